"""Questions like those the nineteenth and twentieth blind tuning sets found misread (the same shapes, other words).

What a job's day is asked indirectly ("what a X actually does", "spend the day doing", "do during a shift", "what
does a shift consist of"); a worker said with an everyday modifier ("an ordinary security guard"); which of the two
jobs in focus suits one kind of person against another ("someone who … vs someone who …"); "how does that compare
to X, the people who …" (a comparison, not a description of someone working with X); a name of common words only
("change over") is no job's name; a job named in passing in a description ("the person in the tower guiding
pilots") is not the job described; Japanese: の(は)どっち compares, 自営 and 独立 ask how people are employed, a
name typed in kana before に向いてる, 価値感 for 価値観, a description (…してる人みたいに) is no name. Refused: a
particular employer ("at X specifically"), who holds an office now, and whether to quit one's job.

Twentieth: "any more? keep going"; "if I went the X route instead" names X; the worker beside the job in focus ("and
the assistants who help them?", "and the techs?"), and "the assistants" still of them after; "what about" after a
sentence of its own; a job's future said as
"look different ten years from now" or これから先どう変わる; "responsible for", "what's the job like other than …",
どんなことをしてる, …以外に何が, 一年の流れ (what the work is); computer programs in the plural are no programmers;
a shop named in a follow-up (…屋だとどうなんだろう)."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import BECOME_ONET, WORK_ONET, Example, check, check_refused
from tests.conftest import DIRECTOR, WARD_MAYOR

pytestmark = pytest.mark.slow

LIFEGUARDS = "Lifeguards, Ski Patrol, and Other Recreational Protective Service Workers"
SUITS = ["Interests", "Personality Traits", "Work Values"]
EXAMPLES: list[Example] = [
    (
        [],
        "I've always wondered what a locksmith actually does when someone is locked out.",
        ["Locksmiths and Safe Repairers"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "I'm thinking about nursing school. What does a nurse anesthetist actually spend the day doing?",
        ["Nurse Anesthetists"],
        WORK_ONET,
        False,
    ),
    ([], "What does a flight attendant's shift actually consist of?", ["Flight Attendants"], WORK_ONET, False),
    ([], "What does an ordinary security guard do during a shift?", ["Security Guards"], WORK_ONET, False),
    (
        ["what do plumbers do?", "and electricians?"],
        "which one suits someone who likes puzzles vs someone who likes routine?",
        ["Plumbers, Pipefitters, and Steamfitters", "Electricians"],
        SUITS,
        True,
    ),
    (
        ["what does a graphic designer do?"],
        "how does that compare to web developers, the people who build websites?",
        ["Graphic Designers", "Web Developers"],
        ["Summary", "Description", "Tasks"],
        True,
    ),
    (
        ["what does the secretariat director-general do?"],
        "how is the role expected to change over the coming years?",
        [DIRECTOR],
        ["Future Outlook"],
        False,
    ),
    (
        [],
        "I want to be the person in the control tower guiding pilots onto the runway. How do I start?",
        ["Air Traffic Controllers"],
        BECOME_ONET,
        False,
    ),
    ([], "what does the person sitting by the pool watching over swimmers do?", [LIFEGUARDS], WORK_ONET, False),
    (
        ["美容師の仕事は？", "理容師は？"],
        "独立して自分の店を持つ人が多いのはどっち？",
        ["美容師", "理容師"],
        ["Employment Type"],
        True,
    ),
    ([], "かんごしに向いてる人ってどんな価値感の人？", ["看護師"], ["Work Values"], False),
    (
        [],
        "ニュースで天気を伝えてる人みたいになるには資格がいりますか？",
        ["気象予報士"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
]
EXAMPLES += [  # the twentieth set
    (
        ["which software do accountants use?"],
        "any more? keep going",
        ["Accountants and Auditors"],
        ["Technology Skills"],
        False,
    ),
    (
        ["What would I be doing as a carpenter?"],
        "and if I went the roofing route instead?",
        ["Roofers"],
        WORK_ONET,
        False,
    ),
    (
        ["how much school do occupational therapists need?"],
        "and the assistants who help them?",
        ["Occupational Therapy Assistants"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # a follow-up's "what about" after a sentence of its own keeps the topic
        ["how long does it take to become an occupational therapist?"],
        "wow, that long. what about being the assistant who works with them?",
        ["Occupational Therapy Assistants"],
        BECOME_ONET,
        False,
    ),
    (
        ["what does a veterinarian do?"],
        "and the techs?",
        ["Veterinary Technologists and Technicians"],
        WORK_ONET,
        False,
    ),
    (
        ["what do physical therapist assistants do?"],
        "what do the assistants need to study?",
        ["Physical Therapist Assistants"],
        BECOME_ONET,
        False,
    ),
    ([], "will a ward mayor's job look different twenty years from now?", [WARD_MAYOR], ["Future Outlook"], False),
    ([], "官房長の仕事はこれから先どう変わっていきますか？", [DIRECTOR], ["Future Outlook"], False),
    ([], "保育士って毎日どんなことをしてるの？", ["保育士"], ["Summary", "Description", "Tasks"], False),
    (
        [],
        "看護師の仕事って患者さんのお世話以外に何がありますか？",
        ["看護師"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    ([], "What are bartenders responsible for besides mixing drinks?", ["Bartenders"], WORK_ONET, False),
    ([], "What's the job of a firefighter like other than putting out fires?", ["Firefighters"], WORK_ONET, False),
    (
        [],
        "If I become a paralegal, which computer programs would I use?",
        ["Paralegals and Legal Assistants"],
        ["Technology Skills"],
        False,
    ),
    (
        ["パン職人になるにはどんな修行をする？"],
        "ケーキ屋だとどうなんだろう",
        ["洋菓子製造、パティシエ"],
        ["Career Path", "Training Before Entry", "Training After Entry", "Education"],
        False,
    ),
]
REFUSED: list[tuple[list[str], str]] = [
    (["保育士の仕事は？"], "ありがとう、とても参考になりました！"),  # thanks, however warmly said, asks nothing
    ([], "What's it like to be a nurse at Mayo Clinic specifically? Is the culture good?"),
    (["what does a ward mayor do?"], "who is the current ward mayor of Minato?"),
    (["what do electricians do?"], "Should I quit my retail job to become an electrician? I have a family to support."),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(("before", "question"), REFUSED, ids=[q for _, q in REFUSED])
def test_what_no_page_covers_is_refused(corpus_bot: Chatbot, before: list[str], question: str) -> None:
    check_refused(corpus_bot, before, question)
