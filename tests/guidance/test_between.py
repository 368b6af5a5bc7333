"""Routes, gaps and suggestions as the fifty-second session's blind tuning sets asked for them: jobs asked for in
between get routes through one before a straight link; "what steps or jobs could bridge the gap?" and "途中でどんな
職種を" ask for a route, not a gap; "欠けているもの" asks for a gap; a Japanese job wanted, named in the words of the
wish, is the target over a job a stray word names ("歯のクリーニング" is no dry cleaner); "どんな仕事が目指せますか"
asks for suggestions; a judge's clerkship is the law clerk's post."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.answer._routes import BETWEEN
from chatbot.models import Intent
from chatbot.retrieval._advice import STRONG_GAP
from chatbot.retrieval._slots import target_words

pytestmark = pytest.mark.slow


def test_what_one_lacks_asks_for_a_gap() -> None:
    assert STRONG_GAP.search("いずれは弁護士として依頼を受けたいのですが、今の自分に欠けているものを教えてください。")


def test_jobs_in_between_are_read() -> None:
    assert BETWEEN.search("What jobs could I take in between to get there?")
    assert BETWEEN.search("途中でどんな職種を経験すればいいですか？")
    assert not BETWEEN.search("How do I get from dishwasher to head chef?")
    assert not BETWEEN.search("how do I get from welder to bridge inspector?")  # a job's name


@pytest.mark.parametrize(
    "question",
    [
        "I'm a bank teller and my long-term goal is to manage a bank branch's lending. What jobs could I take in"
        " between to get to loan officer?",
    ],
)
def test_jobs_asked_for_in_between_come_first(corpus_bot: Chatbot, question: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.intent is Intent.PATH and answer.routes, answer.answer
    assert len(answer.routes[0].jobs) >= 3, answer.routes[0].jobs


@pytest.mark.parametrize(
    "question",
    [
        "I'm a dishwasher at a hotel and would like to eventually work as a baker. What steps or jobs could bridge"
        " the gap?",
        "販売員として3年働いています。将来は店長になりたいのですが、途中でどんな職種を経験すればいいですか？",
    ],
)
def test_a_bridge_or_jobs_on_the_way_ask_for_a_route(corpus_bot: Chatbot, question: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.intent is Intent.PATH, (answer.intent, answer.answer[:200])


@pytest.mark.parametrize(
    ("question", "target"),
    [
        (
            "歯科医院で歯科助手をしています。歯のクリーニングや予防処置ができる歯科衛生士になりたいのですが、今の私に足りないものは？",
            "歯科衛生士",
        ),
        (
            "I'm a paralegal at a small firm. I'd like a clerkship where I research and draft opinions for a judge."
            " What would I need that I don't have?",
            "Judicial Law Clerks",
        ),
    ],
)
def test_the_gap_to_the_job_wanted(corpus_bot: Chatbot, question: str, target: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.gap is not None and answer.gap.target == target, (answer.intent, answer.about)


def test_which_jobs_one_can_aim_at_asks_for_suggestions(corpus_bot: Chatbot) -> None:
    question = (
        "経済学部を出て、今は会計事務所で事務をしています。数字を使って会社の困りごとを解決する専門家になりたいです。"
        "どんな仕事が目指せますか？"
    )
    answer = corpus_bot.ask(question, Conversation())
    assert answer.intent is Intent.MATCH and answer.matches, (answer.intent, answer.answer[:200])


def test_the_job_wanted_said_before_being_trusted_with_more() -> None:
    """ "いずれは店長になってお店全体を任されたい": 店長 is the job wanted (session 53, guidance_tune53)."""
    assert target_words("ホテルで働いています。将来は支配人になってホテル全体を任されたいです。") == "支配人"
