"""Questions like those the eighty-eighth and eighty-ninth blind tuning sets found misread: the same shapes in other
words.

"Xはそのへんどうなってる？" and "Xも似たような感じ？" ask the last topic of another job; a job someone told the person
of ("he also said there's a guy in the yard who…", "he also mentioned…") is another job; "is a bachelor's enough…?"
asks the way in; "what else do they do all day?" asks the work; a British "-isation" names the American title.

Facts no page holds are declined: a text to translate, a tax or stamp duty to pay, a school near the person that
takes working adults, universities ranked.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.text import name_words
from tests.answer.test_understanding import Example, check, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["税理士ってどんな仕事？", "資格を取ったらすぐ開業できるの？"],
        "弁理士はそのへんどうなってる？",
        ["弁理士"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    (
        ["美容師の休みってどんな感じ？"],
        "理容師も似たような感じ？",
        ["理容師"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (
        ["What do statisticians do?"],
        "ok and is a master's enough or do most of them get a doctorate?",
        ["Statisticians"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["What do meteorologists need to study?"],
        "and besides forecasting, what else do they do all day?",
        ["Atmospheric and Space Scientists"],
        ["Tasks", "Description"],
        False,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS)
def test_a_follow_up_read_as_it_is_asked(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("before", "question"),
    [
        (
            "My aunt runs a logging crew. What do logging equipment operators do?",
            "She also said there's a woman at the mill who measures the logs and grades them. what's that job about?",
        ),
        (
            "My dad is an electrical engineer. What does that job involve?",
            "He also mentioned he might rather test and fix relays and breakers at a substation. What kind of schooling"
            " do those repair folks usually have?",
        ),
    ],
)
def test_a_job_someone_told_of_is_another(corpus_bot: Chatbot, before: str, question: str) -> None:
    """ "He also said there's a guy who…", "he also mentioned…": another job, told by its work, not the one in focus."""
    conversation = Conversation()
    first = corpus_bot.ask(before, conversation)
    assert first.answered, first.answer
    answer = corpus_bot.ask(question, conversation)
    assert answer.answered and answer.about[:1] != first.about[:1], (answer.about, first.about)


def test_a_british_spelling_is_the_american_title_word() -> None:
    assert name_words("industrial organisational psychologists") == name_words(
        "Industrial Organizational Psychologists"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Can you translate 'I am a hard worker' into French for my cover letter?",
        "会社を作るときの印紙代っていくら？いずれ独立したくて",
        "名古屋で社会人が夜に通える専門学校ってある？",
        "which colleges have the best nursing programs in Texas?",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
