"""Questions like those the ninety-second and ninety-third blind tuning sets found misread: the same shapes in other
words.

"Same question if she went for sociology instead" after a professor's page asks of that field's professors; a
teacher said by where they teach ("学習塾で教える先生") is that school's teacher; "文系でもなれますか" asks the way
in, even of a job told by its work; a plant said by what it makes ("ワインつくってる工場") is that making's page;
"post-doctoral training" points at Education; an oral surgeon said as patients say it. A name a longer phrase holds
("helped carpenters") is that phrase's job alone. "どんな選択肢がありますか" asks for jobs that suit.

Facts no page holds are declined: a neighbour's noise, a recipe's amounts, an insurance to take out.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Intent, JobLink
from chatbot.retrieval._distinct import distinct
from tests.answer.test_understanding import check_asked, check_refused

pytestmark = pytest.mark.slow


def test_the_same_question_of_another_field_keeps_the_role(corpus_bot: Chatbot) -> None:
    """ "…a philosophy professor…", "what software would she use?", "same question if she went for sociology
    instead": the sociology professors, not the sociologists."""
    conversation = Conversation()
    for earlier in [
        "My daughter wants to be a philosophy professor at a university. What does that job involve?",
        "what software would she use?",
    ]:
        assert corpus_bot.ask(earlier, conversation).answered, earlier
    answer = corpus_bot.ask("same question if she went for sociology instead", conversation)
    assert answer.about[:1] == ["Sociology Teachers, Postsecondary"], answer.about
    assert answer.citations[0].section == "Technology Skills", answer.citations[:2]


@pytest.mark.parametrize(
    ("before", "question", "job", "sections"),
    [
        (
            ["中学校の先生ってどんな仕事？"],
            "学習塾で教える先生だとどう？何してるの？",
            "学習塾教師",
            ["Summary", "Description"],
        ),
    ],
)
def test_a_worker_said_by_where_they_work(
    corpus_bot: Chatbot, before: list[str], question: str, job: str, sections: list[str]
) -> None:
    conversation = Conversation()
    for earlier in before:
        assert corpus_bot.ask(earlier, conversation).answered, earlier
    answer = corpus_bot.ask(question, conversation)
    assert answer.about[:1] == [job], answer.about
    assert any(c.job == job and c.section in sections for c in answer.citations[:3]), answer.citations


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "パソコン関係でキーボードの入力とか、データをまとめる仕事があるって聞いたんですけど、文系でもなれますか？",
            "データ入力",
            ["Career Path", "Education"],
        ),
        ("ワインつくってる工場で働きたい。どんな人が向いてる？", "ワイン製造", ["Career Path", "Interests"]),
        ("do most biochemists end up doing post-doctoral training?", "Biochemists and Biophysicists", ["Education"]),
        (
            "My son is getting his wisdom teeth out with an oral surgeon next week. What else do those surgeons do?",
            "Oral and Maxillofacial Surgeons",
            ["Tasks", "Description"],
        ),
    ],
)
def test_a_job_and_topic_said_loosely(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_which_options_asks_for_jobs(corpus_bot: Chatbot) -> None:
    """ "…仕事に就きたいと思っています。どんな選択肢がありますか？" asks which jobs suit, not the way into one."""
    answer = corpus_bot.ask(
        "看護学科の学生です。公務員として、地域の人の健康を守る仕事に就きたいと思っています。どんな選択肢がありますか？",
        Conversation(),
    )
    assert answer.intent == Intent.MATCH and answer.matches, (answer.intent, answer.answer[:200])


def test_a_name_a_longer_phrase_holds_is_its_job() -> None:
    """ "what if I helped carpenters": the helpers' link ("helped carpenter") holds the carpenters' ("Carpenters"),
    which is no job asked of beside it."""
    carpenters = JobLink(title="Carpenters", source="c", score=1.0, matched="Carpenters")
    helpers = JobLink(title="Helpers--Carpenters", source="h", score=0.8, matched="helped carpenter")
    assert distinct("what if I helped carpenters instead?", [carpenters, helpers]) == [helpers]


@pytest.mark.parametrize(
    "question",
    [
        "アパートの上の階の音がうるさくて眠れない。管理人さんに相談すべき？",
        "パン職人がよく使う、砂糖と塩の分量ってどれくらい？",
        "保険営業の人にすすめられたけど、がん保険って入るべき？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
