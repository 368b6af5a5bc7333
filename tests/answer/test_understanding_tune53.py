"""Questions like those the fifty-third blind tuning set and the Japanese openings of the earlier tuning sets found
misread: the same shapes in other words.

Answered: a Japanese worker said after a clause of what they do is the page of that worker the clause fits ("細胞の
培養や遺伝子の実験をする技術者": the biotechnology technician, not the researcher), not the worker word's own page;
a job a Japanese description names inside its clause, which the clause (less that name) fits far worse than another,
is a place or co-worker of the job described ("動物病院で獣医師の診察を補助する人": no vet), while a job the clause
still fits stays the one asked of ("電気のメーターを見に来る人"); a part-timer told of by their work ("…を作るパート")
is read like a worker so told; 検事 is a name people say; "どういう会社で働いてる"
asks where the work is done; "my roommate plays music at weddings" tells of another job. After a portrait, "is
there a real career where…" and "what job titles fit what I'm describing?" ask for suggestions; "what would I
actually need…" and "what's the difference in what's expected of me?" ask for a gap, from the job said with where it
is done ("a PTA in an outpatient clinic": PTA is the assistant's, a name people say).
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Cue
from chatbot.retrieval._cues import cues_of
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "細胞の培養や遺伝子の実験をする技術者って、どんな学校を出てる人が多い？",
        ["バイオテクノロジー技術者"],
        ["Education", "Career Path"],
        False,
    ),
    (
        [],
        "工場で産業用ロボットを据え付けて動くように設定する人は、どんな資格を持ってると有利？",
        ["産業用ロボットの設置・設定"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (
        [],
        "動物病院で獣医師の診察を補助する人って、どうやってなるの？",
        ["動物看護"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    (
        [],
        "テレビの収録で、カメラマンや音声さんに指示を出して番組を仕切る人って、どうやってなるの？",
        ["放送ディレクター"],
        ["Career Path", "Education"],
        False,
    ),
    ([], "検事って転勤は多いの？", ["検察官"], ["Work Style"], False),
    # a part-timer told of by their work: the work tells the job ("…をするパート")
    (
        [],
        "旅館で客室の掃除や布団の準備をするパートって、朝は何時から？",
        ["客室清掃・整備担当（ホテル・旅館）"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (
        [],
        "小学校で給食を作るパートって、夏休みはどうなるの？",
        ["給食調理員"],
        ["Work Style", "Employment Type"],
        False,
    ),
    # guards: the clause fits the job it names; a clause that only says they work tells no other page
    (
        [],
        "電気のメーターを見に来る人って、どういう雇われ方をしてるの？",
        ["検針員"],
        ["Employment Type", "Work Style"],
        False,
    ),
    ([], "病院で働いてる看護師さんって夜勤多い？", ["看護師"], ["Work Style"], False),
    (
        [],
        "お客さんを乗せて街を走るタクシーの運転手さんって、どうやってなるの？",
        ["タクシー運転手"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
]
REFUSED: list[Refused] = []
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("My roommate plays bass in a cover band on weekends. What training do they have?", Cue.ANOTHER, True),
        ("my sister writes grant proposals for a living", Cue.ANOTHER, True),
        ("my favourite subject plays a big part in this", Cue.ANOTHER, False),
    ],
)
def test_cues(text: str, cue: Cue, found: bool) -> None:
    """Someone close told of by what they do (plays, writes…) tells of another job."""
    assert (cue in cues_of(text)) is found, cues_of(text)


def test_where_they_work_asks_the_work_style(corpus_bot: Chatbot) -> None:
    """ "どういう会社で働いてる" asks where the work is done: the section that says it, of the job named."""
    answer = corpus_bot.ask("調香師って、どういう会社で働いてる人が多いの？", Conversation())
    assert answer.about == ["調香師"], answer.about
    assert answer.citations and answer.citations[0].section == "Work Style", answer.citations[:2]


def test_a_worker_said_after_what_they_do_is_kept_in_the_talk(corpus_bot: Chatbot) -> None:
    """The page a clause picks is the job in focus for the next turn, as a name would be."""
    conversation = Conversation()
    corpus_bot.ask("電気工事士の働き方ってどう？", conversation)
    corpus_bot.ask("型枠を組み立ててコンクリートを流し込む大工さんのほうは？", conversation)
    answer = corpus_bot.ask("その二つで、一人前になるまでの期間が長いのはどっち？", conversation)
    assert sorted(answer.about) == ["型枠大工", "電気工事士"], answer.about


@pytest.mark.parametrize(
    "request_text",
    [
        "I spent ten years restoring old furniture for a small shop and I love working out how things were made and "
        "how to repair them without ruining their value. I'd go back to school if needed. Is there a real career where "
        "preserving old objects is the main job?",
        "I have a chemistry degree and spent three years in a QC lab. I like running instruments, writing up methods "
        "and chasing down why a batch failed. I don't want to be stuck in sales. What job titles fit what I'm "
        "describing?",
    ],
)
def test_a_portrait_then_a_wish_for_a_career_asks_for_suggestions(corpus_bot: Chatbot, request_text: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert len(answer.matches) >= 3, answer.answer


def test_other_names_of_a_job_are_still_asked_as_names(corpus_bot: Chatbot) -> None:
    """ "What job titles would I see on postings" asks for the job's other names, not for jobs that suit."""
    conversation = Conversation()
    corpus_bot.ask("what do paralegals do?", conversation)
    answer = corpus_bot.ask("what job titles would I see on postings for this?", conversation)
    assert not answer.matches and answer.about == ["Paralegals and Legal Assistants"], answer.about


@pytest.mark.parametrize(
    ("said", "origin", "target"),
    [
        (
            "I'm a PTA at a rehab hospital and want to go further. What would I really need to become a physical "
            "therapist?",
            "Physical Therapist Assistants",
            "Physical Therapists",
        ),
        (
            "I work as a dental assistant in a busy family practice. What's the difference in what's expected of me "
            "if I become a dental hygienist?",
            "Dental Assistants",
            "Dental Hygienists",
        ),
    ],
)
def test_a_gap_asked_in_other_words_from_the_job_said_with_its_place(
    corpus_bot: Chatbot, said: str, origin: str, target: str
) -> None:
    check_gap(corpus_bot, said, origin, target)
