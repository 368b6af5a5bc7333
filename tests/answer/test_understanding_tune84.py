"""Questions like those the eighty-fourth and later blind tuning sets found misread: the same shapes in other words.

A licence of another job asked as one the job in focus may need ("…看護師の免許って必要？" after 保健師, "do I need a
registered nurse license first?") asks of the job in focus; jobs similar to one named, asked with a wish to move,
are its related jobs, not a route; the crew said after "supervise" names the crew's supervisors; "is a diploma
enough…?" after a described job asks its way in; a page that states how many are hired answers how many are; pay
words set aside ("not asking about commission") leave the rest asked; a special ed aide is a special education
teaching assistant.

Facts no page holds are declined: what a material sells for, an exam's fee, a union's waiting list, a crime or a
divorce of the person's own, medicine, a broadcast, an illness guessed, the nearest place, a course's fee, when
applications open.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Intent
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["助産師ってどんな仕事？"],
        "なるにはどうしたらいい？看護師の免許って必要？",
        ["助産師"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
    (
        ["What do nurse practitioners do?"],
        "how would I get there? do I need a registered nurse license first?",
        ["Nurse Practitioners"],
        ["Job Zone", "Education", "Related Qualifications", "Licensing"],
        False,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS)
def test_a_licence_asked_of_the_job_in_focus(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "I work a help desk now. Which jobs are similar to network and computer systems administrators, if I wanted"
            " to move over?",
            "Network and Computer Systems Administrators",
            ["Related Jobs"],
        ),
        ("特許審査官は毎年どれくらいの人数が採用されるの？", "特許審査官", ["Career Path"]),
        (
            "Forget the commission - what software do telemarketers use every day?",
            "Telemarketers",
            ["Technology Skills"],
        ),
        (
            "What kind of personality suits a special ed aide?",
            "Teaching Assistants, Special Education",
            ["Personality Traits"],
        ),
    ],
)
def test_the_job_and_topic_asked(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_a_related_ask_is_no_route(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I stock shelves now. What jobs are similar to retail salesperson if I want to move sideways into something"
        " else?",
        Conversation(),
    )
    assert answer.intent is Intent.RELATED, (answer.intent, answer.answer[:200])


def test_the_crew_said_after_supervise_names_its_supervisors(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I've been a prep cook for two years and the chef wants me to supervise the kitchen staff. What would that"
        " job involve?",
        Conversation(),
    )
    assert "First-Line Supervisors of Food Preparation and Serving Workers" in answer.about, answer.about
    assert "Food Preparation Workers" not in answer.about, answer.about


def test_a_diploma_enough_for_a_described_job_asks_its_way_in(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "The people who run the big presses that print newspapers - is a bachelor's degree enough to get into that?",
        Conversation(),
    )
    assert answer.about[:1] == ["Printing Press Operators"], answer.about
    assert answer.intent is Intent.BECOME, (answer.intent, answer.answer[:200])


@pytest.mark.parametrize(
    "question",
    [
        "What's a box of drywall screws going for right now? I'm pricing a remodel.",
        "Is the CPA exam hard, and what's the exam fee in Texas?",
        "Does the electricians' union in Chicago have a long waiting list?",
        "バイト先のレジのお金をちょっと借りて返したら、罪になる？",
        "離婚調停中なんだけど、養育費ってどれくらいもらえる？",
        "肌荒れがひどいんだけど、どんな薬がいい？美容師目指してるんだけど",
        "『トップナイフ』の続編っていつ放送？",
        "最近疲れやすくて気分も落ちてる。適応障害なのかな？",
        "渋谷から一番近いハローワークはどこ？",
        "介護職員初任者研修の受講料って大阪だといくら？",
        "消防官の採用試験、申し込みはいつから？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
