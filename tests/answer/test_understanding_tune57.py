"""Questions like those the fifty-seventh blind tuning sets found misread: the same shapes in other words.

English: "…thinking about becoming a wildlife officer, what's that job actually like?" asks what the job wished for
is like, not for a gap from a job read out of "fishing and hunting"; "What work values go with being a dental
hygienist?" after what matters to the person asks that job's values, no gap; "I've been teaching elementary school…
thinking about becoming a principal" asks about principals (a name two pages share), not the teachers' page named for
sure; "nanotech technician" is a nanotechnology technician (a name word cut short that English also has); a job
wanted said as what it does ("designing ships and their systems") is no catch-all page named by one word of it, one
said as "supervise the X" is the head of the X, and "assistant to our CFO" names whom the person assists, not where
they go; "what jobs in between make sense?" asks for a route; "is one of them harder … than the other?" compares.

Japanese: "お医者さん" is a 医者 said politely (小児科医); words the titles write in kana are read in kana
("味噌づくり": みそ製造); "長く続けたら出世とかできる？" asks for the career path, not the work style;
"…の店員だとそのへんどう？" asks the last question of another job; "英会話スクールで講師をしています" is the
English-school teacher's own job.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import BECOME_ONET, Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

WORK_EN = ["Description", "Tasks"]
WORK_JA = ["Summary", "Description", "Tasks"]
PREPARATION = ["Job Zone", "Education"]
EXAMPLES: list[Example] = [
    (
        [],
        "I grew up fishing and hunting every weekend. I keep thinking about becoming a wildlife officer, what's that"
        " job actually like?",
        ["Fish and Game Wardens"],
        WORK_EN,
        False,
    ),
    (
        [],
        "Having good coworkers and recognition matters to me. What work values go with being a dental hygienist?",
        ["Dental Hygienists"],
        ["Work Values"],
        False,
    ),
    (
        [],
        "I've been teaching elementary school for ten years and I'm starting to think about becoming a principal. What"
        " does that job involve day to day?",
        ["Education Administrators, Kindergarten through Secondary"],
        WORK_EN,
        False,
    ),
    (
        [],
        "I'm finishing a two-year chemistry program and my friend said to look at nanotech technician jobs. What do"
        " they do all day?",
        ["Nanotechnology Engineering Technologists and Technicians"],
        WORK_EN,
        False,
    ),
    (
        ["what does an electrician do?", "and a plumber?"],
        "Is one of them harder to get into than the other?",
        ["Electricians", "Plumbers, Pipefitters, and Steamfitters"],
        PREPARATION,
        True,
    ),
    ([], "小児科のお医者さんってどんな働き方？", ["小児科医"], ["Work Style", "Employment Type"], False),
    ([], "味噌づくりの仕事ってどんな感じ？", ["みそ製造"], WORK_JA, False),
    ([], "ホテルのフロントって長く続けたら出世とかできる？", ["フロント（ホテル・旅館）"], ["Career Path"], False),
    (
        ["書店員ってどんな仕事？", "正社員ってあんまりいないのかな？"],
        "フラワーショップの店員だとそのへんどう？",
        ["フラワーショップ店員"],
        ["Employment Type", "Work Style"],
        False,
    ),
    # guards: the work of the job wished for, asked after the own job named in full; a principal asked of by one who
    # only says what they teach; a way in asked of one job
    (
        [],
        "I've been a medical assistant for six years and I'm starting to think about becoming a physician assistant."
        " What does that job involve day to day?",
        ["Physician Assistants"],
        WORK_EN,
        False,
    ),
    (
        [],
        "I teach high school English. What does a principal do all day?",
        ["Education Administrators, Kindergarten through Secondary"],
        WORK_EN,
        False,
    ),
    ([], "how do I become a game warden?", ["Fish and Game Wardens"], BECOME_ONET, False),
    # the last question asked of a job described after "same question for", whatever its words name ("activities")
    (
        ["what personality suits a plumber?"],
        "Same question for the people who run activities at a summer camp.",
        ["Recreation Workers"],
        ["Personality Traits"],
        False,
    ),
    # a job described by what it does to machines ("メンテする保全の仕事"): the kind of job its page is titled by
    ([], "紡績工場で機械のメンテする保全の仕事って、休みは取れる？", ["紡織設備管理・保全"], ["Work Style"], False),
]
# schools set against each other, however the other is said ("the one at…" describes no job)
REFUSED: list[Refused] = [([], "Is the dental hygiene program at Ferris State better than the one at Baker College?")]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_what_else_after_passages_goes_on_with_the_tasks_not_shown(corpus_bot: Chatbot) -> None:
    """ "What else is on their plate?" after passages quoting two of a job's tasks (not its first): more tasks, not
    the description again as if the whole list had been shown."""
    conversation = Conversation()
    shown = corpus_bot.ask(
        "I've taught eighth-grade science for years and lately I'm thinking about becoming a principal. What does"
        " that job involve day to day?",
        conversation,
    )
    answer = corpus_bot.ask("what else do they handle?", conversation)
    assert answer.answered and answer.citations[0].section == "Tasks", [c.section for c in answer.citations]
    assert answer.citations[0].job == "Education Administrators, Kindergarten through Secondary"
    before = {c.text for c in shown.citations if c.section == "Tasks"}
    assert not before & {c.text for c in answer.citations if c.section == "Tasks"}


@pytest.mark.parametrize(
    ("request_text", "source", "target"),
    [
        (
            "Forklift driver here. Want to supervise the warehouse workers someday. What would I need to learn?",
            "Industrial Truck and Tractor Operators",
            "First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand",
        ),
        (
            "Ship engineer here, keeping engines running for years. I'm thinking about moving into designing ships and"
            " their systems instead. What's the gap?",
            "Ship Engineers",
            "Marine Engineers and Naval Architects",
        ),
        (
            "I'm a personal assistant to our CFO. I'd like to move into bookkeeping. What's the gap?",
            "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive",
            "Bookkeeping, Accounting, and Auditing Clerks",
        ),
        # what to make up for ("補う") asks for a gap, not the way into the job wanted
        (
            "臨床検査技師として病院で働いています。研究所で働く細胞検査士に転じたいのですが、どんな点を補う必要がありますか？",
            "臨床検査技師",
            "細胞検査士",
        ),
    ],
)
def test_the_job_wanted_is_read_from_what_it_does(
    corpus_bot: Chatbot, request_text: str, source: str, target: str
) -> None:
    """The job wanted said as its work: the head of the workers supervised, not them; the page that does the work,
    not a catch-all page named by one word of it; not whom the person assists now. And a gap asked in other words."""
    check_gap(corpus_bot, request_text, source, target)


@pytest.mark.parametrize(
    ("request_text", "source"),
    [
        ("I'm a cashier. I'd like to be a store manager one day. What jobs in between make sense?", "Cashiers"),
        (
            "英会話スクールで講師をしています。将来は会議やビジネスの場で通訳者として働きたいのですが、どんなルートがありますか？",
            "英会話教師",
        ),
    ],
)
def test_a_route_starts_from_the_own_job(corpus_bot: Chatbot, request_text: str, source: str) -> None:
    """ "What jobs in between make sense?" asks for a route; the own job said with its workplace ("英会話スクールで
    講師") is that workplace's teacher, not any lecturer's page."""
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.routes, answer.answer
    assert answer.routes[0].jobs[0] == source
