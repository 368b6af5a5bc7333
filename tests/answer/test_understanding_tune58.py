"""Questions like those the fifty-eighth blind tuning sets found misread: the same shapes in other words.

English: "Another option is supervising the cleaning crew at a big hotel. What does that job involve?" asks of the job
that sentence tells, not of the one in focus; "What related jobs could I move into eventually?" asks the own job's
related jobs ("eventually" is no job wanted); a "shift supervisor" wanted by a machine operator is the production
workers' supervisor, of the first-line supervisors' pages the nearest the own job; "writing the CNC programs" is the
programmers' work, not the operators'; "the restaurant's manager" says the name "restaurant manager"; "What would I
have to get better at…", "What would change skill-wise if I moved into…" ask for a gap; "I run the processing
equipment at…" operates it (no manager).

Japanese: a name three pages share ("カメラマン") said in a follow-up names another job than the one in focus;
"…ないと…のはどっち？" compares the two jobs in focus (a condition, not two things said); "市役所で事務の仕事したい
んだけど、…" finds the job by the clause that tells it; "…を専門にやる職人になりたい" is the craft said before it;
"独立もできるの？", "パソコン苦手だと…" are answered from the section whose text holds 独立, パソコン (the career
path), beside the topic read.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, check, check_gap

pytestmark = pytest.mark.slow

WORK_EN = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    # the section that holds the question's own word, whatever its topic is read as: the path says who goes
    # independent, who needs a computer
    ([], "大工ってきついって聞くけど、独立もできるの？", ["大工"], ["Career Path"], False),
    ([], "一般事務ってパソコン苦手だとしんどい？", ["一般事務"], ["Career Path"], False),
    # likewise where no topic is read at all: the path says what the work asks of the body (体力)
    ([], "大工の仕事ってやっぱ体力いる？高いところの作業とかもあるのかな", ["大工"], ["Career Path"], False),
    (
        ["What does a pharmacist do on a typical day?"],
        "Another option is supervising the cleaning crew at a big hotel. What does that job involve?",
        ["First-Line Supervisors of Housekeeping and Janitorial Workers"],
        WORK_EN,
        False,
    ),
    (
        [],
        "I supervise a retail sales crew. What related jobs could I move into eventually?",
        ["First-Line Supervisors of Retail Sales Workers"],
        ["Related Jobs"],
        False,
    ),
    (
        ["理容師になるには？", "美容師は？"],
        "結局、国家試験に受からないと働けないのはどっち？",
        ["理容師", "美容師"],
        ["Career Path", "Related Qualifications"],
        True,
    ),
    (
        [],
        "市役所で事務の仕事したいんだけど、面接ってどんな感じ？",
        ["地方公務員（行政事務）"],
        ["Summary", "Description", "Career Path"],
        False,
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_read_as_meant(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


def test_a_name_pages_share_said_in_a_follow_up_is_another_job(corpus_bot: Chatbot) -> None:
    """ "じゃあ、雑誌の写真を撮ってるカメラマンの場合は？" after a reporter: one of the camera pages, each linked only
    weakly by the name they share, not the reporter again."""
    conversation = Conversation()
    corpus_bot.ask("テレビ局の記者ってどんな仕事？", conversation)
    answer = corpus_bot.ask("じゃあ、雑誌の写真を撮ってるカメラマンの場合は、どうやってなるの？", conversation)
    assert answer.answered and answer.citations[0].job.endswith("カメラマン"), [c.job for c in answer.citations]


@pytest.mark.parametrize(
    ("request_text", "source", "target"),
    [
        (
            "I operate the packaging machines at a food plant. My boss says I could move up to shift supervisor. What"
            " would I need to get better at?",
            "Packaging and Filling Machine Operators and Tenders",
            "First-Line Supervisors of Production and Operating Workers",
        ),
        (
            "I operate lathes at a machine shop. I'd like to get into writing the CNC programs. What do I need to"
            " learn?",
            "Lathe and Turning Machine Tool Setters, Operators, and Tenders, Metal and Plastic",
            "Computer Numerically Controlled Tool Programmers",
        ),
        (
            "I'm a research chemist and might apply for lab director. What would change skill-wise if I moved into"
            " running the lab?",
            "Chemists",
            "Natural Sciences Managers",
        ),
        ("工場で組立作業をしています。外壁の塗装を専門にやる職人になりたいです。足りない資格は？", None, "建築塗装工"),
    ],
)
def test_the_job_wanted_is_read_as_meant(
    corpus_bot: Chatbot, request_text: str, source: str | None, target: str
) -> None:
    """A rank wanted in the own job's field; the maker of what is said; a gap asked in other words; a craft said
    before the worker word."""
    check_gap(corpus_bot, request_text, source, target)


def test_machines_run_are_operated_not_managed(corpus_bot: Chatbot) -> None:
    """ "I run the processing equipment at an ethanol plant": the technicians who run it, not a manager."""
    answer = corpus_bot.ask(
        "I run the processing equipment at an ethanol plant. Later I want to lead product development for biofuels."
        " What route could get me there?",
        Conversation(),
    )
    assert answer.routes, answer.answer
    assert answer.routes[0].jobs[0] == "Biofuels Processing Technicians", answer.routes[0].jobs
