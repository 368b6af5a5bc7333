"""Intent: what a question asks, in English and Japanese, and the sections that answer it."""

from __future__ import annotations

import pytest

from chatbot.config import Settings
from chatbot.headings import DEFAULT_HEADINGS, INTENT_KEYS
from chatbot.models import Intent, JobLink
from chatbot.retrieval import job_mention
from chatbot.retrieval._advice import asked_last
from chatbot.retrieval._comparands import comparands
from chatbot.retrieval._hints import hinted_keys, preferred_sections
from chatbot.retrieval._intent import asked_part, detect_intent
from chatbot.retrieval._name_said import in_title, named

VOCABULARY = Settings().vocabulary


def intent_of(question: str) -> Intent | None:
    """What understand() finds: the intent of the question without the job it names."""
    return detect_intent(asked_part(question, job_mention(question)))


def preferred(question: str) -> list[str]:
    """The headings understand() and retrieval prefer for a question."""
    asked = asked_part(question, job_mention(question))
    return preferred_sections(VOCABULARY.texts_of(hinted_keys(asked)), detect_intent(asked), VOCABULARY)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How do I become an electrician?", Intent.BECOME),
        ("What education do plumbers need?", Intent.BECOME),
        ("Is there an apprenticeship for carpenters?", Intent.BECOME),
        ("What does a ward mayor do?", Intent.WORK),
        ("What are the daily tasks of a nurse?", Intent.WORK),
        ("What skills does a CEO need?", Intent.SKILLS),
        ("Tell me about plumbers", Intent.WORK),  # an overview: what the work is
        ("thinking about becoming a dental hygienist, what do they do exactly?", Intent.WORK),  # the last clause
        ("Which software do architects use?", Intent.SKILLS),
        ("Do I need a license to be an electrician?", Intent.QUALIFICATIONS),
        ("What is the future outlook for ward mayors?", Intent.OUTLOOK),
        ("What kind of person is suited to be a director-general?", Intent.PERSONALITY),
        ("What are the working hours of a ward mayor?", Intent.WORK_STYLE),
        ("What jobs are related to ward mayor?", Intent.RELATED),
        ("What other names does a plumber go by?", Intent.RELATED),
        ("What is the difference between an electrician and a plumber?", Intent.COMPARE),
        ("electrician vs plumber", Intent.COMPARE),
        ("大工になるには", Intent.BECOME),
        ("大工になるにはどんな訓練が必要ですか", Intent.BECOME),
        ("看護師の仕事内容を教えて", Intent.WORK),
        ("プログラマーに必要なスキルは？", Intent.SKILLS),
        ("電気工事士の資格について", Intent.QUALIFICATIONS),
        ("区長の将来性は？", Intent.OUTLOOK),
        ("看護師に向いている性格は", Intent.PERSONALITY),
        ("大工の働き方は", Intent.WORK_STYLE),
        ("大工の別名は", Intent.RELATED),
        ("大工と型枠大工の違いは", Intent.COMPARE),
        ("is a roofer really the same as a shingler?", Intent.COMPARE),
        ("その二つで残業が多いのはどっち？", Intent.COMPARE),
        ("保育士ってなにする人？", Intent.WORK),
        ("what does an exercise physiologist do differently from a trainer?", Intent.COMPARE),
        ("what would he actually be doing on a shift", Intent.WORK),
        ("is repairing instruments an actual career?", Intent.WORK),
        ("what jobs are close to it?", Intent.RELATED),
        ("講習って何日くらいかかる？", Intent.BECOME),
        ("入団ってどうやって決まるの？", Intent.BECOME),
        ("助産師の仕事の中身", Intent.WORK),
        ("区長ってどういう仕事なの", Intent.WORK),
        ("消防士の勤務ってどんな感じ", Intent.WORK_STYLE),  # 勤務 is what is asked, not the job's name
        ("I want to learn about the midwife job", Intent.WORK),
        ("how do people usually end up in that seat", Intent.BECOME),
        ("看護師って夜に働くこともあるの？", Intent.WORK_STYLE),  # when and how long one works
        ("保育士って家庭と両立できる？", Intent.WORK_STYLE),
        ("美容師って何歳まで働ける？", Intent.WORK_STYLE),  # not "何歳まで入れる": the way in
        ("パン職人って、いつか自分の店を持てるものですか？", Intent.BECOME),  # where a career path leads
        ("大工さんって女の人もいるの？", Intent.WORK_STYLE),  # jobtag says who works it in Work Style
        ("工場のクレーンを動かしてみたい", Intent.BECOME),  # a wish to do the work, said last: the way in
        ("新しい事業を企画する側に回りたいと思ってて", Intent.BECOME),
        ("二つのうち、なるまでに時間がかかるのはどっち？", Intent.COMPARE),
        ("いずれは独立して事務所を持ちたい", Intent.BECOME),
        ("is it more about leading people?", Intent.PERSONALITY),
    ],
)
def test_detects_intent_in_both_languages(question: str, intent: Intent) -> None:
    assert intent_of(question) == intent


# (a wish before the question is no way-in asked: "…やってみたいんだけど、あれって相当な力仕事？")
@pytest.mark.parametrize("question", ["electrician", "hello", "大工", "", "塗装もやってみたいけど、あれって力仕事？"])
def test_nothing_specific_asked_is_none(question: str) -> None:
    assert intent_of(question) is None


def test_every_intent_prefers_known_headings() -> None:
    assert set(INTENT_KEYS) == set(Intent)
    for keys in INTENT_KEYS.values():
        assert keys and set(keys) <= set(DEFAULT_HEADINGS)


@pytest.mark.parametrize(
    ("intent", "seeds", "onet", "jobtag"),
    [
        (Intent.BECOME, "Career Path", "Job Zone", "Training Before Entry"),
        (Intent.SKILLS, "Required Skills", "Technology Skills", "Knowledge"),
        (Intent.PERSONALITY, "Aptitudes (Strengths Preferred)", "Personality Traits", "Interests"),
        (Intent.WORK, "Description", "Tasks", "Work Activities"),
    ],
)
def test_preferred_sections_span_all_three_sources(intent: Intent, seeds: str, onet: str, jobtag: str) -> None:
    assert {seeds, onet, jobtag} <= set(VOCABULARY.for_intent(intent))


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        ("What education do pharmacists need?", Intent.BECOME, "Education"),
        ("How much on-the-job training do dental hygienists get?", Intent.BECOME, "On-the-Job Training"),
        ("Which software do architects use?", Intent.SKILLS, "Technology Skills"),
        ("What other names does a plumber go by?", Intent.RELATED, "Aliases"),
        ("獣医師の学歴は？", Intent.BECOME, "Education"),
        ("消防官に必要な知識は？", Intent.SKILLS, "Knowledge"),
        ("学芸員の雇用形態は？", Intent.WORK_STYLE, "Employment Type"),
        ("How do I become an electrician?", Intent.BECOME, "Career Path"),
        ("which one handles stress better, comparing the two", Intent.COMPARE, "Personality Traits"),
    ],
)
def test_words_of_the_question_refine_the_preferred_sections(question: str, intent: Intent, first: str) -> None:
    headings = preferred(question)
    assert intent_of(question) == intent and headings[0] == first
    assert set(VOCABULARY.for_intent(intent)) <= set(headings) and len(headings) == len(set(headings))


def test_no_intent_and_no_hint_prefers_nothing() -> None:
    assert preferred("hello") == []


def test_a_comparison_of_the_work_itself_compares_the_work() -> None:
    from chatbot.retrieval._intent import compared_topic

    assert compared_topic("how different is their daily work?") is Intent.WORK
    assert compared_topic("what's the difference between them?") is None


@pytest.mark.parametrize(
    "question",
    ["書店員って正社員とパートどっちが多い？", "保育士は正社員とアルバイト、どちらが多いですか"],
)
def test_two_ways_of_working_compared_is_no_comparison_of_jobs(question: str) -> None:
    assert detect_intent(question) is not Intent.COMPARE and comparands(question) == []


@pytest.mark.parametrize(
    ("question", "software"),
    [
        ("What do the people who run the county's mentoring programs do all day?", False),  # a scheme
        ("what programs do drafters use?", True),
    ],
)
def test_a_program_of_an_activity_is_no_software(question: str, software: bool) -> None:
    assert (detect_intent(question) is Intent.SKILLS) is software


def test_a_condition_said_with_to_names_no_job_to_compare() -> None:
    """ "…ないと" is "unless": the comparison is of the two jobs in focus, not of two things said."""
    assert comparands("結局、資格を取らないと開業できないのはどっち？") == []
    assert comparands("看護師と薬剤師、どっちが忙しい？") == ["看護師", "薬剤師"]


@pytest.mark.parametrize(
    ("words", "a_name"),
    [
        (["education", "administrator"], True),
        (["physician", "assistant"], True),
        (["related", "work"], False),  # of "…and Related Workers": names no one
        (["pick", "up"], False),
        (["nurse"], False),  # one word may be a word of the question
        (["construction", "workers"], False),  # the "workers" every kind of job is
    ],
)
def test_a_name_said_is_two_words_ending_with_a_worker(words: list[str], a_name: bool) -> None:
    assert named(words) is a_name


@pytest.mark.parametrize(
    ("title", "matched", "own_words"),
    [
        ("Education Administrators, All Other", "education administrator", True),
        ("Textile, Apparel, and Furnishings Workers, All Other", "Change Over", False),  # another name of its
    ],
)
def test_a_name_said_is_its_titles_own_words(title: str, matched: str, own_words: bool) -> None:
    link = JobLink(title=title, source="page.txt", score=0.2, matched=matched)
    assert in_title(link) is own_words


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("I mow lawns and might move up to running a grounds crew. What skills matter most for that?", Intent.SKILLS),
        ("What skills carry over? And what schooling would I need?", Intent.BECOME),  # the last sentence decides
        ("看護助手から看護師になるには、どんな学歴がいる？", Intent.BECOME),
        ("I'm a cashier. What would I need to become a bank teller?", None),
    ],
)
def test_the_last_sentence_says_what_an_advice_question_asks_first(question: str, asked: Intent | None) -> None:
    assert asked_last(question) is asked
