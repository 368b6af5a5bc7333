"""Fast checks of the readers the sixty-sixth session added: a worker said further on in a description is whom the
job works with, a weak name its question's words outweigh is dropped, pay told as the described work asks no pay, and
the everyday words that point at a heading or ask something of a job."""

from __future__ import annotations

import pytest

from chatbot.models import Cue, Intent, JobLink, Question, Scope
from chatbot.retrieval._acted import a_worker, acted_on
from chatbot.retrieval._foreground import mention_at
from chatbot.retrieval._hints import hinted_keys
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._outweighed import OUTWEIGHED, outweighed, weakly_named
from chatbot.retrieval._scope import pointed_at, scope_of
from chatbot.retrieval._world import asks_world
from chatbot.text import fold, name_words


def link(title: str, matched: str, score: float = 0.7) -> JobLink:
    return JobLink(title=title, source=title, score=score, matched=matched)


@pytest.mark.parametrize(
    ("text", "name", "worker", "acted"),
    [
        ("the people who represent musicians and athletes", "athletes", True, True),
        ("the person who oversees a squad of police officers and detectives", "police officers", True, True),
        ("a professor who trains future librarians", "librarians", True, True),
        ("a person backstage whose whole job is getting actors in and out of outfits", "actors", True, True),
        ("the job where you work for a judge", "judge", False, True),  # right after the verb: any name
        # a thing further on is not whom the work is for: "who fix railroad signals and track switches"
        ("the guys who fix railroad signals and track switches", "switches", False, False),
        ("who earns more, nurses or teachers?", "nurses", True, False),
        ("people who went on to be nurses", "nurses", True, False),
        ("someone who works in a clinic as a nurse", "nurse", True, False),
        ("I know someone who is a nurse", "nurse", True, False),
        (
            "a data science grad who loves satellite imagery. What do remote sensing scientists do?",
            "scientists",
            True,
            False,
        ),
    ],
)
def test_whom_a_description_acts_on(text: str, name: str, worker: bool, acted: bool) -> None:
    assert acted_on(name_words(text), mention_at(text, name), worker) is acted


def test_a_name_not_in_english_is_never_acted_on() -> None:
    """The session's first cut read every Japanese question's Latin name as acted on (a None or False "is not None")."""
    text = "英語を活かせる仕事を探してる大学3年です。CAって飛行機の中で実際どんなことしてるんですか？"
    assert not acted_on(name_words(text), mention_at(text, "CA"), a_worker(link("客室乗務員", "CA")))


@pytest.mark.parametrize(
    ("title", "matched", "worker"),
    [
        ("Police and Sheriff's Patrol Officers", "police officers", True),
        ("Musicians and Singers", "musicians", True),
        ("Detectives and Criminal Investigators", "Detectives", True),
        ("Power Plant Operators", "power plants", False),
        ("Cooks, Restaurant", "restaurant", False),  # the qualifier after the comma names no worker
        ("客室乗務員", "CA", False),
    ],
)
def test_a_link_that_names_its_worker(title: str, matched: str, worker: bool) -> None:
    assert a_worker(link(title, matched)) is worker


def asked(text: str, named: list[JobLink], **update: object) -> Question:
    question = Question(raw=text, text=text, lang="en", links=named, named=[ln.title for ln in named])
    return question.model_copy(update=update)


LAWN = link("Landscaping and Groundskeeping Workers", "Lawn Mower", 0.8)
ENGINES = "Outdoor Power Equipment and Other Small Engine Mechanics"
TEXT = "I fix lawn mowers and chainsaws in my garage. Is that a real job?"


def test_a_weak_name_outweighed_by_the_words_is_dropped() -> None:
    question = asked(TEXT, [LAWN])
    assert weakly_named(question) == LAWN
    kept = outweighed(question, LAWN, [(ENGINES, 1.2), ("Farmworkers", 0.6)])  # the name is not among them
    assert kept.named == [] and kept.links == []


def test_a_weak_name_the_words_do_not_outweigh_by_enough_is_kept() -> None:
    question = asked(TEXT, [LAWN])
    scores = [(ENGINES, 1.0), (LAWN.title, 1.0 - OUTWEIGHED + 0.01)]
    assert outweighed(question, LAWN, scores).named == [LAWN.title]
    assert outweighed(question, LAWN, [(LAWN.title, 0.4), (ENGINES, 0.3)]).named == [LAWN.title]


@pytest.mark.parametrize(
    "question",
    [
        asked(TEXT, [link(LAWN.title, "Landscaping Worker", 1.0)]),  # a title said whole: sure
        asked(TEXT, [LAWN], lang="ja"),  # Japanese: more lost than gained when measured
        asked(TEXT, [LAWN], intent=Intent.GAP),  # advice names where the person is and goes
        asked(TEXT, [LAWN], cues=[Cue.ELLIPTICAL]),  # "and a lawn mower guy?": the last question kept
        asked(TEXT, [LAWN, link("Farmworkers", "farm")]),  # two jobs named
    ],
)
def test_names_never_weighed(question: Question) -> None:
    assert weakly_named(question) is None


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("会社で人事課をまとめて、採用や給与、部下の評価まで管理する立場の人って、どんな経歴でなるの？", Scope.JOBS),
        ("給与計算をする仕事って給料いいの？", Scope.PAY),
        ("看護師の給与ってどのくらい？", Scope.PAY),
    ],
)
def test_pay_told_as_the_work_described_asks_no_pay(question: str, scope: Scope) -> None:
    assert scope_of(fold(question), [Cue.WHICH_JOB]) is scope


def test_a_licence_one_had_better_hold_asks_the_way_in_in_hiragana_too() -> None:
    assert detect_intent("経理の事務をやりたいんだけど、簿記はとっておいたほうがいい？") is Intent.BECOME


@pytest.mark.parametrize(
    ("question", "key", "found"),
    [
        ("which editing programs should i learn if i want to cut video professionally?", "technology_skills", True),
        ("if i want to cut films for a living which programs should i get good at", "technology_skills", True),
        ("what programs do nurses need to finish to get licensed?", "technology_skills", False),  # schooling
        ("would modeling suit someone who really wants to be recognized for what they do?", "work_values", True),
        ("測量士って数学できないときつい？", "knowledge", True),
        ("測量士ってどういう能力が求められるの？やっぱり数学系？", "knowledge", False),  # the abilities, elaborated
        ("スーパーの品出しの人って、仕事に何を求めてる人が多いのかな", "work_values", True),
    ],
)
def test_the_headings_everyday_words_point_at(question: str, key: str, found: bool) -> None:
    assert (key in hinted_keys(fold(question))) is found


def test_a_question_that_asks_whether_the_job_gives_what_was_just_said_points_back_at_it() -> None:
    text = "honestly what I care about most is good coworkers. would respiratory therapy give me that?"
    assert pointed_at(fold(text), False)[:1] == ["work_values"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("耐震診断の仕事ってどういう流れで進むんですか？", Intent.WORK),
        ("クラフトビールってどういう流れで作るの？", Intent.WORK),
        ("看護師になるにはどんな流れで進むの？", Intent.BECOME),  # the way in, said so
        ("印刷された紙を綴じる工場で働くのってどうなんだろう", Intent.WORK),
        ("車が勝手に走る技術を作る側に回りたいんだよね", Intent.BECOME),
        ("みそ作りってどんな流れでやるの？", Intent.WORK),
        ("小学校の先生ってどんな仕事をしているのか、ざっくり説明してもらえますか", Intent.WORK),  # a school, worked at
        ("学校はどこに行けばいい？", Intent.BECOME),
    ],
)
def test_what_a_japanese_question_asks_without_the_usual_cue(question: str, intent: Intent) -> None:
    assert detect_intent(fold(question)) is intent


@pytest.mark.parametrize(
    ("question", "world"),
    [
        ("Who's running Microsoft these days, like who is the CEO?", True),
        ("who's the  of nike at the moment?", True),  # "CEO", a job's name, left out before the scope is read
        ("who is the head of a hospital department usually?", False),
        ("who's the president of the union at my plant, and what does that role involve?", False),
        ("what does the ceo of a company do?", False),
    ],
)
def test_who_holds_a_named_firms_top_post_is_a_fact_of_the_world(question: str, world: bool) -> None:
    assert asks_world(fold(question)) is world
