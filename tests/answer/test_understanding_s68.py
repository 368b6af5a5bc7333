"""Understanding examples of the sixty-eighth session, on the full corpus index: the shapes the blind tuning sets
tune137-140 found misread, said in other words.

- The person's own job told first, then another worker described and asked of ("I'm a plumber… Who are the people
  who go through the blueprints…?"): the described job, searched without the own job's words.
- "what do the <worker told at length> do?" asks their work, whatever way-in word the description holds ("training
  department"), and points at no heading by it.
- A standing ("I'm a college student.", "I'm 19.") is no job to start a gap or route from.
- "wondering what X actually do" asks the work; "someone running a…" and "the managers in charge of…" describe a job.
- A possessive inside a description ("…when their computers freeze") points back at no job talked of.
- "CO Op" (an acronym and a short word) is no name in "a farm co-op".
- "what about running a tugboat…?" after another job tells of a new job by its work ("what about working nights?"
  does not); so does "…working at a zoo as the keeper who…" and "my brother is the opposite, he repairs…".
- A thing a title names, said after whom a description is of, counts not against that page ("the people who fix
  vending machines" are the vending machine repairers); "fulfilled", "rewarding" point at Work Values.
- Japanese: "…会社入ってすぐできる？" asks the way in; "…仕事にずっと憧れてる", "…作る職人に憧れてる" are a wish
  for the work described, and what is asked after it is asked of that work; 博士 and ステップアップ ask the way in;
  "…以外にはどんな仕事があるの" asks more of the job talked of, not for jobs that suit.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.models import Cue, Intent
from chatbot.retrieval._cues import cues_of
from chatbot.retrieval._hints import hinted_keys
from chatbot.retrieval._slotwords import STANDING
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "I'm a plumber on commercial jobs. Who are the people who go through the blueprints and estimate what the "
        "whole build will cost? what do they do?",
        ["Cost Estimators"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "I operate a drill press in a metal shop. What do the folks who set up and run lathes do?",
        ["Lathe and Turning Machine Tool Setters, Operators, and Tenders, Metal and Plastic"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "I'm an HR assistant. What do the managers in charge of a company's employee training programs do?",
        ["Training and Development Managers"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "I'm a welder at a truck plant. There are techs who calibrate and repair the medical equipment in hospitals, "
        "what training do they get?",
        ["Medical Equipment Repairers"],
        ["On-the-Job Training", "Education", "Job Zone"],
        False,
    ),
    (
        [],
        "wondering what college economics professors actually do besides lecturing",
        ["Economics Teachers, Postsecondary"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["What do network architects do?"],
        "and the help desk folks who answer people's calls when their computers freeze?",
        ["Computer User Support Specialists"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "What does someone running a biofuel refinery do day to day?",
        ["Biofuels Production Managers"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "I'm a college student. How do I become a dental hygienist?",
        ["Dental Hygienists"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        [],
        "英語を日本語に訳す仕事にずっと憧れてるんだけど、フリーでやってる人って多いの？",
        ["翻訳者"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (
        [],
        "システム会社に入ってすぐプログラマーとしてできるもの？",
        ["プログラマー"],
        ["Career Path", "Training After Entry"],
        False,
    ),
]
EXAMPLES += [
    (
        ["how do you become a plumber?"],
        "ok what about running a tugboat, what skills matter there?",
        ["Captains, Mates, and Pilots of Water Vessels"],
        ["Required Skills", "Knowledge"],
        False,
    ),
]
EXAMPLES += [
    (["薬剤師ってどんな仕事をしてるの？"], "博士まで行く人もいるの？", ["薬剤師"], ["Education", "Career Path"], False),
    (
        ["証券アナリストってどうやってなるの？"],
        "そこからどうやってステップアップするの？",
        ["証券アナリスト"],
        ["Career Path"],
        False,
    ),
    (
        [],
        "木の家具を一から作る職人に憧れてるんだけど、未経験でも入れる？",
        ["家具製造"],
        ["Career Path", "Experience Before Entry"],
        False,
    ),
    (
        ["保育士ってどんな働き方？"],
        "子どもの世話以外にはどんな仕事があるの？",
        ["保育士"],
        ["Description", "Summary", "Tasks"],
        False,
    ),
]
EXAMPLES += [
    (
        ["how do you become a dental assistant?"],
        "what about working at a zoo as the keeper who feeds the animals and cleans their enclosures? same question",
        ["Animal Caretakers"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["what degree do college biology professors need?"],
        "besides teaching classes, what else fills their week?",
        ["Biological Science Teachers, Postsecondary"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "what do the people who fix vending machines at offices do?",
        ["Coin, Vending, and Amusement Machine Servicers and Repairers"],
        ["Tasks", "Description"],
        False,
    ),
    ([], "what makes pharmacists feel fulfilled at work?", ["Pharmacists"], ["Work Values"], False),
    (
        ["what software do web developers use?"],
        "my brother is the opposite, he repairs bicycles all day at a shop. same question for him",
        ["Bicycle Repairers"],
        ["Technology Skills", "Required Skills"],
        False,
    ),
    (
        [],
        "日本酒の蔵で働いてみたいんだけど、冬のあいだだけの仕事なの？",
        ["清酒製造"],
        ["Work Style", "Employment Type"],
        False,
    ),
]
REFUSED: list[Refused] = []
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_standing_is_no_job_to_start_from(corpus_bot: Chatbot) -> None:
    """ "I'm a college student." tells no job: the way into nursing is asked, not a route from some page."""
    assert STANDING.fullmatch("i'm a college student") and STANDING.fullmatch("i'm 19")
    assert not STANDING.fullmatch("i'm a nursing assistant")
    for said in ("I'm a college student. How do I become a registered nurse?", "I'm 19. How do I become a nurse?"):
        question = corpus_bot._retriever.understand(said)
        assert question.intent is Intent.BECOME and question.origin is None, said
    assert corpus_bot._retriever.understand("I'm a nursing assistant. How do I become a nurse?").intent is Intent.GAP


def test_a_possessive_in_a_description_points_back_at_nothing() -> None:
    """ "their" of whom a description tells is theirs; "their" asked after a job talked of points back."""
    assert Cue.REFERS_BACK not in cues_of("what about the repair people who fix copiers when their toner jams?")
    assert Cue.REFERS_BACK in cues_of("what is their schedule like?")


def test_a_worker_told_at_length_points_at_no_heading() -> None:
    """The words of the worker in "what do the … do?" point at no heading; the same word asked does."""
    assert hinted_keys("what do the managers in charge of a company's whole training department do?") == []
    assert "on_the_job_training" in hinted_keys("what training do the managers get?")


def test_an_acronym_with_a_word_is_no_name_in_lower_case(corpus_bot: Chatbot) -> None:
    """ "CO Op" (Central Office Operator) is not the "co-op" a person sells through; "AV Tech" still names its job."""
    question = corpus_bot._retriever.understand("we sell eggs through a farm co-op. what do farmworkers do?")
    assert "Telephone Operators" not in question.named
    assert "Audio and Video Technicians" in corpus_bot._retriever.understand("what does an AV tech do?").named


def test_work_done_after_what_about_is_another_job() -> None:
    """ "what about <doing something>" tells of another job; the job's own ways ("working nights") do not."""
    assert Cue.ANOTHER in cues_of("what about running a tugboat or a ferry, what skills are important there?")
    assert Cue.ANOTHER in cues_of("ok what about working behind a meat counter cutting steaks?")
    assert Cue.ANOTHER not in cues_of("what about working nights?")
    assert Cue.ANOTHER not in cues_of("how about getting certified?")


def test_two_fields_taught_at_a_college() -> None:
    """ "teaching journalism and broadcasting at a college" names the first field's teachers; "career and technical
    courses" is one field, not the technical professors its second word alone would name; "ESL or GED" either."""
    from chatbot.models import JobLink
    from chatbot.retrieval._doing import taught_links

    pages = {
        "journalism professor": ("Communications Teachers, Postsecondary", "Journalism Professor"),
        "technical professor": ("Engineering Teachers, Postsecondary", "Technical Professor"),
        "ged teacher": ("Adult Basic Education Instructors", "GED Teacher"),
    }

    def link(name: str) -> list[JobLink]:
        found = pages.get(name.lower())
        return [JobLink(title=found[0], source=found[0], score=0.8, matched=found[1])] if found else []

    taught = taught_links("teaching journalism and broadcasting at a college", link)
    assert [found.title for found in taught] == ["Communications Teachers, Postsecondary"]
    assert taught_links("to teach career and technical courses at a college", link) == []
    assert [found.title for found in taught_links("teaching ESL or GED classes", link)] == [pages["ged teacher"][0]]


def test_a_side_pointed_at_is_no_job_wanted() -> None:
    """ "あっち側で働いてみたい" points back at whom the person told of; it names no job to link by its sound (it had
    read しょうゆ製造); a job said as wanted still is one."""
    from chatbot.retrieval._slots import target_words

    told = "区役所の窓口の人にすごく助けられた。今度は自分がそっち側で働いてみたいんだけど、どういう道がある？"
    assert target_words(told) is None
    assert target_words("一般事務から社労士に転身したい") == "社労士"
