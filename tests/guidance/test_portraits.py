"""People who describe themselves without asking in so many words, Japanese read by meaning, and labelled examples
that overrule cue words, on the real 1,574-page index: a portrait is a request for suitable jobs (its school or
hours words are no question about one job), a job asked about after a portrait is still that job's question,
Japanese words find the pages that say them in other words (本屋: 書店員), and a question whose nearest examples
agree on another topic than its cue words is read as they say."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from chatbot import Answer, Intent

pytestmark = pytest.mark.slow

Ask = Callable[[str], Answer]
GARDEN = "Weekends I'm always in the garden pruning roses and building raised beds. My office job bores me to tears."
MODELS_JA = "子どものころからプラモデルを作るのが大好きです。細かい作業なら何時間でも平気です。"
BAKING_JA = "ケーキやクッキーを焼くのが趣味です。週末はいつも家族に作ってます。"
CHILDCARE = re.compile(r"保育|幼稚園|児童|ベビー|学童")


@pytest.mark.parametrize(("portrait", "lang"), [(GARDEN, "en"), (MODELS_JA, "ja"), (BAKING_JA, "ja")])
def test_a_portrait_asks_which_jobs_suit(ask: Ask, titles: dict[str, str], portrait: str, lang: str) -> None:
    answer = ask(portrait)
    assert answer.intent is Intent.MATCH and answer.answered and len(answer.matches) == 5, answer.answer[:200]
    jobtag = [titles[m.job].startswith("jobtag_") for m in answer.matches]
    assert all(jobtag) if lang == "ja" else not any(jobtag), [m.job for m in answer.matches]


def test_a_garden_portrait_suggests_outdoor_plant_work(ask: Ask) -> None:
    jobs = [m.job for m in ask(GARDEN).matches]
    assert "Landscaping and Groundskeeping Workers" in jobs[:2], jobs


def test_since_childhood_is_not_about_children(ask: Ask) -> None:
    """ "子どものころから" says when the liking began: the suggestions are made things, not childcare."""
    jobs = [m.job for m in ask(MODELS_JA).matches]
    assert not [job for job in jobs if CHILDCARE.search(job)], jobs


def test_japanese_words_are_matched_by_meaning(ask: Ask) -> None:
    """No page of a bookshop clerk says 本屋; the word vectors put it beside 書店."""
    jobs = [m.job for m in ask("本屋さんで働くのが夢です。どんな仕事が向いてる？").matches]
    assert "書店員" in jobs[:2], jobs


@pytest.mark.parametrize(
    ("question", "job"),
    [("山で木を切る人の仕事って？", "林業作業"), ("本のお店でレジや棚の整理をする人の仕事って？", "書店員")],
)
def test_a_japanese_description_finds_its_job_by_meaning(ask: Ask, question: str, job: str) -> None:
    answer = ask(question)
    assert answer.answered and answer.citations[0].job == job, [(c.job, c.section) for c in answer.citations[:3]]


@pytest.mark.parametrize(
    ("question", "job", "intent"),
    [
        ("I'm a big fan of boats. tell me about the motorboat mechanic job", "Motorboat Mechanics", Intent.WORK),
        ("I'd like to drive buses for a living. How do I start?", "Bus Drivers", Intent.BECOME),
        ("動物園の飼育員って、人と関わるのが好きなタイプ向き？", "動物園飼育員", Intent.PERSONALITY),
    ],
)
def test_a_job_asked_about_after_a_few_words_of_oneself_is_no_portrait(
    ask: Ask, question: str, job: str, intent: Intent
) -> None:
    answer = ask(question)
    assert answer.intent is intent and not answer.matches, (answer.intent, [m.job for m in answer.matches])
    assert answer.citations and answer.citations[0].job.startswith(job), [c.job for c in answer.citations[:3]]


# --- a route asked after the person says what they do ---------------------------------------------------------


def test_how_would_i_get_there_from_the_job_said_is_a_route(ask: Ask) -> None:
    answer = ask(
        "I fit glasses at an optical shop. I keep thinking about becoming an optometrist - how would I get there?"
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert all(r.jobs[0] == "Opticians, Dispensing" and r.jobs[-1] == "Optometrists" for r in answer.routes)


# --- the labelled examples overrule cue words they clearly disagree with ------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent", "job"),
    [  # "tools" is a skills word, but the question describes a job to be named: what it does
        ("who's the one that passes the dentist the tools and gets patients ready in the chair", Intent.WORK, "Dental"),
        ("what tools does a dental assistant use", Intent.SKILLS, "Dental Assistants"),  # the cue words stand
    ],
)
def test_examples_that_agree_overrule_the_cue_words(ask: Ask, question: str, intent: Intent, job: str) -> None:
    answer = ask(question)
    assert answer.intent is intent and answer.citations, (answer.intent, answer.answer[:200])
    assert answer.citations[0].job.startswith(job), [(c.job, c.section) for c in answer.citations[:3]]


@pytest.mark.parametrize(
    "portrait",
    [
        "I'm 26 with a chemistry degree. I liked running titrations more than the theory and I'm very precise. "
        "I'd rather not sell anything. What kinds of jobs should I be looking at?",
        "8 yrs as a line cook, good under pressure, know the kitchen inside out. want to run the place now. what fits?",
        "Math grad. like stats + puzzles. hate meetings. jobs?",
        "I'm a bookkeeper at a small firm and I've done it for years. The part I actually like is the analysis side - "
        "budgets, forecasts, figuring out where the money goes each month. I don't want to chase invoices forever "
        "and I'm not a salesperson. Bachelor's in finance. Which roles lean into the analysis side?",
    ],
)
def test_an_ask_for_jobs_after_a_portrait_is_a_match(ask: Ask, portrait: str) -> None:
    """ "what kinds of jobs should I…", "what fits?", "jobs?" asked last: the portrait before them asks for jobs,
    whatever job it names as the person's own or which section words it holds."""
    answer = ask(portrait)
    assert answer.intent is Intent.MATCH and len(answer.matches) == 5, (answer.intent, answer.answer[:200])


def test_a_bare_ask_alone_is_no_portrait(ask: Ask) -> None:
    """ "Jobs?" says nothing of the person: nothing to match."""
    assert ask("Jobs?").intent is not Intent.MATCH


@pytest.mark.parametrize(
    ("portrait", "suited"),
    [
        (
            "I took auto shop in high school and spent every lunch break under the hood of a car. I want a trade "
            "where I fix engines and brakes in a garage. College isn't happening; a certificate is about my limit.",
            "Automotive Service Technicians and Mechanics",
        ),
        (
            "高校を中退してからずっとバイト生活です。古いお寺の柱や梁を直している職人さんをテレビで見て、かっこいいと思"
            "いました。木を削って組む手仕事に惹かれます。学校はもういいです。",
            "大工",
        ),
    ],
)
def test_a_portrait_that_asks_nothing_is_a_match_whatever_its_schooling_words(
    ask: Ask, portrait: str, suited: str
) -> None:
    """Several sentences of oneself, no question and no job named: which jobs suit, not how to get into one; "a
    certificate is about my limit", "学校はもういいです" are a limit on the jobs, not a schooling question."""
    answer = ask(portrait)
    assert answer.intent is Intent.MATCH and answer.matches, answer.answer[:200]
    assert suited in [match.job for match in answer.matches], [match.job for match in answer.matches]
