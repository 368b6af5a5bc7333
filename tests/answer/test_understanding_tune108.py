"""Questions like those the fifty-seventh session's blind tuning sets (tune108 to tune111) found misread: the same
shapes in other words.

A gap question's last sentence says what it asks for first ("What skills matter most for that?": the skills needed
more lead the table, before the schooling); understand() reads it once into Question.asked_last.
A shop named by "…ショップ" is its worker's page, as "…屋" is; a firm's kind said as where the job is ("車のディーラーで
営業") is no job of its own; "fender bender" names no benders; an acronym's plural names its job when one job has it
("PAs"), none when several do ("RTs"); "would that be a problem / count against me" asks what a job forgives;
"バランス感覚" is an ability; "…のか気になる" is curiosity, not "になる"; a school's teacher asks no schooling,
nor does the schooling a person tells before asking; "保育園で…の仕事" names its job; "what could I move
into with my skills?" names none and asks the related jobs; "special ed preschool"; "brand-name programs" asks the
technology; 動物病院の看護師 and メイクさん, as people say them. A portrait in English that asks nothing is a
request for what suits, though the learned reader finds a route in it.

Facts no page holds are declined: a person ranked, the person's credit, an employer's conduct judged or reported, a
district's legal duty, two brands' shops weighed, the person's own ailment guessed, what a home sells for, which
magazine sells more, a name for one's business, where to buy something cheap.
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
        ("パティシエって普段何してるのか気になる", "洋菓子製造、パティシエ", ["Summary", "Description", "Tasks"]),
        (
            "動物園で飼育の仕事をしたいんですが、資格はいりますか",
            "動物園飼育員",
            ["Related Qualifications", "Career Path"],
        ),
        ("中学校の先生って、どんな価値観を大事にしてる？", "中学校教員", ["Work Values"]),
        (
            "大学で建築を勉強してるんですけど、大工って具体的に何をするんですか",
            "大工",
            ["Summary", "Description", "Tasks"],
        ),
        ("動物病院の看護師になるには資格が必要？", "動物看護", ["Related Qualifications", "Career Path"]),
        ("メイクさんってどうやったらなれるの？", "メイクアップアーティスト", ["Career Path"]),
        (
            "Twenty years of roofing and my back is done. What similar kinds of work could I move into with my skills?",
            "Roofers",
            ["Related Jobs"],
        ),
        (
            "If I teach special ed elementary, what will my days actually look like?",
            "Special Education Teachers, Elementary School",
            ["Tasks", "Description"],
        ),
        ("Are there brand-name programs a dental hygienist has to learn?", "Dental Hygienists", ["Technology Skills"]),
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
        "Got any clever name for my dog-walking business?",
        "古着を安く買えるお店って大阪だとどこ？",
        "父が最近忘れっぽくて、認知症なんでしょうか",
    ],
)
def test_facts_no_page_holds_are_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)


def test_a_portrait_that_asks_nothing_gets_suggestions(corpus_bot: Chatbot) -> None:
    """Told in sentences of one's own, asking nothing, a wish to stay near the work one knows is a request for what
    suits, not a route to the job it rules out ("I don't want to be cooking for customers")."""
    answer = corpus_bot.ask(
        "I cut meat at a grocery store's back counter for three years and I'm fast with a knife. Cold rooms and blood"
        " don't bother me. I want steady work with my hands in food processing; I don't want to be cooking for"
        " customers, and I'm not interested in more school.",
        Conversation(),
    )
    assert answer.matches, answer.answer
    assert not answer.routes, answer.routes
