"""Questions like those the forty-eighth blind tuning set found misread: the same shapes in other words.

Answered: "if I wanted to move into something related, which jobs are close to what X do?" asks for X's related jobs,
not a gap to some job; "what computer systems are X expected to know?" asks for their technology skills; an employer
"that backs me up" and good colleagues are work values; "…以外にどんな仕事を抱える" asks about the work of the job in
focus, not which job does something; "みそ造りって具体的にどういう…" names the job (みそ製造) with a word of manner
between; "…始められますか？" asks the way in; "Not really a concierge, more the desk clerk." rules the concierge out
in a sentence of its own; "ok thanks, that honestly helps a lot" is small talk. Declined: how many an employer will
hire this year.
Advice (from guidance_tune32's gap and path cases, in other words): "hey, i grade and sort apples…" tells the
person's own work after a greeting, so "what am i missing?" asks for a gap; "how would I go from bedside nursing to
becoming a health services manager?" asks for a route, not a gap; "自動車メーカーで設計の仕事" is read with where it is
done; "…を目指しています" is the job wanted and "…で7年調理をしてきました" the one held. Matching: "not great with
customers" is a dislike.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from chatbot.guidance._likes import likes
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_small_talk, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "I've been sanding floors for years. If I wanted to move into something related, which jobs are close to "
        "what floor sanders do?",
        ["Floor Sanders and Finishers"],
        ["Related Jobs"],
        False,
    ),
    (
        [],
        "What computer systems are dispatchers expected to know?",
        ["Dispatchers, Except Police, Fire, and Ambulance"],
        ["Technology Skills"],
        False,
    ),
    (
        [],
        "Prestige means nothing to me; I want a boss who backs me up and good colleagues. Would working as a loan "
        "officer line up with that?",
        ["Loan Officers"],
        ["Work Values"],
        False,
    ),
    (
        ["保育士になるにはどうしたらいい？"],
        "子どもと遊ぶ以外にどんな仕事を抱えることになるんですか",
        ["保育士"],
        ["Summary", "Description"],
        False,
    ),
    (
        [],
        "家の片付けや掃除を代わりにやる家政婦の仕事は、50代からでも始められますか？",
        ["家政婦（夫）"],
        ["Career Path", "Education"],
        False,
    ),
    (  # the work told before, pointed at: no name of its own ("ああいう仕事")
        [],
        "叔父の葬儀で、遺体をきれいに整えて棺に納めてくれる人がいました。ああいう仕事って具体的に何をするんですか？",
        ["納棺師"],
        ["Summary", "Description"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "楽天って来年エンジニアを何人採用する予定ですか？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_making_named_with_a_word_of_manner_between(corpus_bot: Chatbot) -> None:
    """ "しょうゆ造りって具体的にどんな作業をするの？" names しょうゆ製造: it leads, not a page the words 作業 touch."""
    answer = corpus_bot.ask("しょうゆ造りって具体的にどんな作業をするの？", Conversation())
    assert answer.citations and answer.citations[0].job == "しょうゆ製造", answer.answer[:300]


def test_a_job_ruled_out_in_a_sentence_of_its_own(corpus_bot: Chatbot) -> None:
    """ "Not really a concierge, more the desk clerk." leaves the concierges' page out of the answer."""
    answer = corpus_bot.ask(
        "My uncle runs the front desk at a hotel: checks guests in, takes reservations and answers questions. Not "
        "really a concierge, more the desk clerk. What skills does that job need?",
        Conversation(),
    )
    jobs = [citation.job for citation in answer.citations]
    assert jobs and jobs[0] == "Hotel, Motel, and Resort Desk Clerks" and "Concierges" not in jobs, jobs


def test_a_greeting_before_the_own_work_still_tells_it(corpus_bot: Chatbot) -> None:
    check_gap(
        corpus_bot,
        "hey, i grade and sort apples at a packing house. i'd like to become an agricultural inspector someday. "
        "what am i missing?",
        None,
        "Agricultural Inspectors",
    )


def test_go_from_one_to_becoming_another_asks_a_route(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I'm a nurse on a hospital ward. How would I go from bedside nursing to becoming a health services manager?",
        Conversation(),
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:300]
    first = answer.routes[0].jobs
    assert (first[0], first[-1]) == ("Registered Nurses", "Medical and Health Services Managers"), first


def test_not_great_with_customers_is_a_dislike() -> None:
    wanted, unwanted = likes("I like fixing small engines in my shed. I'm not great with customers or paperwork.")
    assert "engines" in wanted and "customers" not in wanted and "customers" in unwanted


def test_the_job_wanted_is_read_with_where_it_is_done(corpus_bot: Chatbot) -> None:
    """ "自動車メーカーで設計の仕事がしたい": the car maker's design work (自動車技術者), not any machine design."""
    answer = corpus_bot.ask(
        "工場で機械オペレーターをしています。将来は自動車メーカーで設計の仕事がしたいです。どうやってキャリアを移せばいいですか？",
        Conversation(),
    )
    assert answer.routes, answer.answer[:300]
    assert answer.routes[0].jobs[-1] == "自動車技術者", answer.routes[0].jobs


def test_thanks_with_an_adverb_is_small_talk(corpus_bot: Chatbot) -> None:
    check_small_talk(corpus_bot, "ok thanks, that honestly helps a lot")


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "すし屋で7年調理をしてきました。料亭で日本料理の板前を目指しています。何が足りないでしょうか？",
            "すし職人",
            "日本料理調理人（板前）",
        ),
        (
            "パン屋で5年パンづくりをしてきました。洋菓子のパティシエを目指しています。何が足りないでしょうか？",
            "パン製造、パン職人",
            "洋菓子製造、パティシエ",
        ),
    ],
)
def test_what_one_aims_at_is_no_work_one_does(corpus_bot: Chatbot, question: str, origin: str, target: str) -> None:
    """ "…の板前を目指しています" is the job wanted, not the one held (which "…で7年調理をしてきました" tells)."""
    check_gap(corpus_bot, question, origin, target)
