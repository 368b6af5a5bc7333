"""Questions like those the fifty-seventh session's blind tuning sets (tune108, tune109) found misread: the same
shapes in other words.

A gap question's last sentence says what it asks for first ("What skills matter most for that?": the skills needed
more lead the table, before the schooling); understand() reads it once into Question.asked_last.
A shop named by "…ショップ" is its worker's page, as "…屋" is; a firm's kind said as where the job is ("車のディーラーで
営業") is no job of its own; "fender bender" names no benders; an acronym's plural names its job when one job has it
("PAs"), none when several do ("RTs"); "would that be a problem / count against me" asks what a job forgives, and
"バランス感覚" is an ability.

Facts no page holds are declined: a person ranked, the person's credit, an employer's conduct judged or reported, a
district's legal duty, two brands' shops weighed, the person's own ailment guessed, what a home sells for, which
magazine sells more.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import check_asked, check_refused

pytestmark = pytest.mark.slow

GROUNDS = "I mow lawns for a landscaping company and might move up to running a grounds crew."
SECRETARIAT = "Secretariat Director-General (Each Ministry/Agency)"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (f"{GROUNDS} What skills matter most for that?", {"more", "not_listed"}),
        ("I'm a cashier. What would I need to become a bank teller? Which skills most of all?", {"more", "not_listed"}),
    ],
)
def test_a_gap_shows_first_what_its_last_sentence_asks(corpus_bot: Chatbot, question: str, first: set[str]) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.gap is not None, answer.answer
    assert answer.gap.rows[0].kind in first, [row.kind for row in answer.gap.rows]


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("ペットショップで働きたいけど、入ってから研修ってある？", "ペットショップ店員", ["Training After Entry"]),
        ("車のディーラーで営業をするなら、どんな知識がいる？", "自動車営業", ["Knowledge"]),
        (
            "Everyone talks about PAs lately. What do they actually do in a clinic?",
            "Physician Assistants",
            ["Tasks", "Description"],
        ),
        (
            "I have bad balance and I'm not strong. Would that count against me as a secretariat chief?",
            SECRETARIAT,
            ["Aptitudes (Weaknesses Acceptable)"],
        ),
        (
            "I get tired easily. Would that be a problem if I wanted to become a secretariat director-general?",
            SECRETARIAT,
            ["Aptitudes (Weaknesses Acceptable)"],
        ),
        ("とび職って、色彩感覚より方向感覚とかバランス感覚が大事？", "とび", ["Abilities"]),
    ],
)
def test_the_job_and_section_asked(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_after_a_fender_bender_no_benders_are_named(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "After a fender bender last week, who decides how much the insurer pays out?", Conversation()
    )
    assert all("Benders" not in c.job for c in answer.citations), answer.citations


def test_an_acronym_several_jobs_share_keeps_the_job_in_focus(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("What does a respiratory therapist do all day?", conversation)
    answer = corpus_bot.ask("what level of schooling do those RTs have?", conversation)
    assert answer.about[:1] == ["Respiratory Therapists"], answer.about


@pytest.mark.parametrize(
    "question",
    [
        "Who's the most famous chef in Chicago right now?",
        "My credit score is 610. Can I still qualify for a car loan?",
        "My manager makes us clock out and keep working. Is that even legal?",
        "Is the hospital legally required to give me a break after 6 hours?",
        "日産の販売店とマツダの販売店、どっちが営業の残業少ない？",
        "ずっとパソコン作業してて指が痛い。これってばね指かな",
        "実家の一戸建て、今売ったらいくらになるかな",
        "少年ジャンプとマガジン、どっちが売れてるの？",
    ],
)
def test_facts_no_page_holds_are_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
