"""Questions like those the fifty-fifth blind tuning sets found misread: the same shapes in other words.

Japanese: whether one can get in without something or this late ("英語が話せないとダメ？", "今からでも遅くない？")
asks the way in, also after a job described by its work; so does how the craft is learnt ("どうやって覚えるの？"); a
job described by the company that does the work ("家具作る会社") is the job that does it, not a name no page has; a
title typed with one slip is that title's page before one that has the title as an alias ("スタイルスト":
スタイリスト, not 美容師), and so is a word of two kanji typed as its homophone ("雑誌偏執者": 雑誌編集者) and a name
of two loanwords each cut short ("プロマネ": プロジェクトマネージャ); "国家試験に受かったあとは？どんな道がある？"
goes on along the job in focus, it asks for no other jobs; the date of next year's exam is declined; "あとピアノ教室の
先生にも興味あるんだけど" tells of another job, and no "…教室の先生" is the school nurse (保健室の先生).

English: "And the airport security people who pat you down, what traits matter for them?": "them" are the people the
sentence describes, not the job before; "what does the job of a college history teacher involve?" asks about the
work (the college is where they teach, no schooling asked), and so do "the ones cooking meals in schools" and "a
special ed teacher at the middle school level" (the school is where the work is done); "fiberglass laminater" is a
laminator, the word that stands beside "fiberglass" in a name, not "laminate", as near; "and for an ordinary
factory production manager?" names a job (its last word a worker's), placed by all its words (Industrial Production
Managers, not the first page with the alias "Production Manager"); "the job where you work for a judge" describes a
clerk, the judge is whom they work for.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import BECOME_ONET, Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

WAY_IN_JA = ["Career Path", "Education", "Related Qualifications", "Training Before Entry", "Training After Entry"]
EXAMPLES: list[Example] = [
    ([], "外国の人に観光案内する仕事に興味あるけど、英語が話せないとダメかな？", ["通訳ガイド"], WAY_IN_JA, False),
    ([], "ピアノの音を合わせる仕事って、今からでも遅くないかな？もう35なんだけど", ["ピアノ調律師"], WAY_IN_JA, False),
    ([], "家具作る会社に転職したいんだけど、何か資格っている？", ["家具製造"], WAY_IN_JA, False),
    ([], "スタイルストってどんな仕事？", ["スタイリスト"], ["Summary", "Description"], False),
    # a word typed as its homophone; a name of two loanwords, each cut short
    ([], "雑誌偏執者の仕事って？", ["雑誌編集者"], ["Summary", "Description"], False),
    ([], "プロマネってどんな仕事？", ["プロジェクトマネージャ（IT）"], ["Summary", "Description"], False),
    # the road on from a step of the job in focus, not other jobs
    (["看護師になるにはどうすればいい？"], "国家試験に受かったあとは？どんな道がある？", ["看護師"], WAY_IN_JA, False),
    # the people described are who "them" means, not the job before
    (
        ["what do paramedics do?", "what personality suits that job?"],
        "And the airport security people who pat you down, what traits matter for them?",
        ["Transportation Security Screeners"],
        ["Personality Traits", "Interests"],
        False,
    ),
    # what the job of a college teacher involves: the work, not the schooling its college hints at
    (
        [],
        "I'm finishing a master's in history and might teach. What does the job of a college history teacher involve?",
        ["History Teachers, Postsecondary"],
        ["Description", "Tasks"],
        False,
    ),
    # two words typed with a slip each: the one that stands beside the other in a name ("laminater": laminator)
    ([], "how do I become a fiberglass laminater?", ["Fiberglass Laminators and Fabricators"], BECOME_ONET, False),
    # another job told of by an interest in it too, after the first
    (
        ["看護師ってどんな仕事？"],
        "あとピアノ教室の先生にも興味あるんだけど、休みってどんな感じ？",
        ["音楽教室講師"],
        ["Work Style", "Employment Type"],
        False,
    ),
    # a follow-up naming a job in more than two words that end in a worker's word: a name, placed by all its words
    (
        ["what does a biofuels plant operator do?", "which skills matter most for that?"],
        "and for an ordinary factory production manager?",
        ["Industrial Production Managers"],
        ["Required Skills", "Technology Skills"],
        False,
    ),
    # a school as where the work is done, not schooling asked
    (
        [],
        "Give me an overview of institutional cooks, the ones cooking meals in schools and prisons.",
        ["Cooks, Institution and Cafeteria"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "tell me about being a special ed teacher at the middle school level",
        ["Special Education Teachers, Middle School"],
        ["Description", "Tasks"],
        False,
    ),
    # a job named as whom the described worker works for is no answer ("where you work for a judge")
    (
        [],
        "what's the job where you work for a judge and draft opinions?",
        ["Judicial Law Clerks"],
        ["Description", "Tasks"],
        False,
    ),
    # guards: what the job is, still; a craft asked how it is learnt, with its job named; a degree asked of
    ([], "通訳ガイドってどんな仕事？", ["通訳ガイド"], ["Summary", "Description"], False),
    ([], "着物の着付けってみんなどうやって覚えるの？", ["きもの着付指導員"], WAY_IN_JA, False),
    ([], "美容師になるには？", ["美容師"], WAY_IN_JA, False),
    ([], "製薬工場の製造の仕事って、毎日どんな作業？", ["医薬品製造"], ["Summary", "Description", "Tasks"], False),
    ([], "タンクローリーの運転手になるのに必要な免許ってなに？", ["タンクローリー乗務員"], WAY_IN_JA, False),
    ([], "what schooling do college history teachers need?", ["History Teachers, Postsecondary"], BECOME_ONET, False),
]
REFUSED: list[Refused] = [
    ([], "保育士の試験って来年はいつ？"),  # a date no page gives
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_full_time_job_wanted_is_the_job_named(corpus_bot: Chatbot) -> None:
    """ "a full-time high school teacher" names the high school teachers' page ("full-time" says how, not which):
    the gap is to it, not to the page nearest the person's own job (middle school teachers)."""
    answer = corpus_bot.ask(
        "I'm a teacher assistant in a primary school. I'm thinking about becoming a full-time high school teacher. "
        "What would I need?",
        Conversation(),
    )
    assert answer.gap is not None, answer.answer
    assert answer.gap.target == "Secondary School Teachers, Except Special and Career/Technical Education"


def test_the_gap_quotes_the_schooling_line_of_the_job_wanted_whole(corpus_bot: Chatbot) -> None:
    """The job wanted's cell quotes its page's education line as the page says it (what the category covers and the
    share); the row and the person's cell name the category short."""
    answer = corpus_bot.ask("I am a rigger. What would I need to become a crane operator?", Conversation())
    assert answer.gap is not None, answer.answer
    rows = [row for row in answer.gap.rows if row.kind == "schooling" and " - " in (row.need or "")]
    assert rows, [(row.kind, row.need) for row in answer.gap.rows]
    for row in rows:
        assert row.need and row.need.endswith("%") and row.need in answer.answer
        assert " - " not in row.item and row.need.startswith(row.item)
        assert row.have is None or " - " not in row.have


@pytest.mark.parametrize("question", ["料理教室の先生ってどんな仕事？", "ピアノ教室の先生ってどんな仕事？"])
def test_a_teacher_of_a_class_no_page_has_is_not_the_school_nurse(corpus_bot: Chatbot, question: str) -> None:
    """ "…教室の先生" is no 養護教諭, whose page calls them 保健室の先生: neither "室の" nor the bare "先生" (a
    worker's word, said on many pages) names that page."""
    answer = corpus_bot.ask(question, Conversation())
    assert "養護教諭" not in [citation.job for citation in answer.citations], answer.answer
