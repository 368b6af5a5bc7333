"""Questions like those the thirty-second blind tuning set (and guidance_tune19) found misread: the same shapes in
other words.

Answered: two jobs said as "X or Y" after the ask compared ("which takes more school, nurses or nurse
practitioners?": before, "school, nurses" was read across the comma as the alias School Nurse); "back to PR" returns
to the job whose title those are the initials of; a Japanese worker word said with a qualifier names the page whose
title holds the qualifier, over the page the bare word names ("学童の指導員": 学童保育指導員, not 児童指導員;
"マンションのフロント": マンション管理フロント, not the hotel's); a loanword cut short ("ITコンサル",
"コンサルってどんなスキル" with 経営コンサルタント in focus); Japanese asks of hardship ("きつい?"), the future ("この先
も仕事ある?", from a jobtag page's Work Style), and the time to learn the trade ("一人前になるまで"); a gap question
that tells the job wanted only in a sentence between the person's job and the ask. Declined: thanks in other words
("much appreciated")."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, Refused, check_case, check_route, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        [],
        "which takes more school, nurses or nurse practitioners?",
        ["Registered Nurses", "Nurse Practitioners"],
        ZONE,
        True,
    ),
    (
        ["my brother works in PR, what does a PR specialist do all day?", "and what do electricians do?"],
        "going back to PR, what kind of personality suits it?",
        ["Public Relations Specialists"],
        ["Personality Traits", "Interests"],
        False,
    ),
    ([], "学童の指導員さんってどうやったらなれる？", ["学童保育指導員"], ["Career Path"], False),
    (
        [],
        "マンションのフロント担当って夜勤ある？",
        ["マンション管理フロント"],
        ["Work Style", "Employment Type"],
        False,
    ),
    ([], "ITコンサルってどんな仕事？", ["ITコンサルタント"], ["Summary", "Description", "Tasks"], False),
    (
        ["経営コンサルタントってどんな仕事？"],
        "コンサルってどんなスキルが要るんだろ",
        ["経営コンサルタント"],
        ["Required Skills", "Knowledge", "Career Path"],
        False,
    ),
    ([], "左官ってきつい？", ["左官"], ["Work Style"], False),
    ([], "漁師ってこの先も仕事あるのかな", ["沿岸漁業従事者", "漁師"], ["Work Style"], False),
    (
        [],
        "ラーメン屋の店員って、仕込みとかもしたりするの？",
        ["ラーメン調理人"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (
        [],
        "職布工ってどんな仕事なんですか？",
        ["織布工/織機オペレーター"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
]

REFUSED: list[Refused] = [
    (["what does a PR specialist do?"], "much appreciated"),
    # a personal question in work words, with no page topic asked in cue words: declined on less (DECLINE_UNCUED)
    (["経理事務ってどんな仕事？"], "経理やってて副業で40万くらい稼いだんですが、私の場合いくら税金払えばいいですか"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_wish_told_between_the_job_and_the_ask_is_the_target(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I'm a cashier at a grocery store. I've been thinking about bookkeeping for small businesses. "
        "What would I need that I don't have?",
        Conversation(),
    )
    assert answer.gap is not None
    assert (answer.gap.source, answer.gap.target) == ("Cashiers", "Bookkeeping, Accounting, and Auditing Clerks")


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # the field said apart from the employer ("in customer service for a phone company")
            "I take calls in customer service for a phone company. I'd like to become a sales manager one day. "
            "How do I get there?",
            "Customer Service Representatives",
            "Sales Managers",
        ),
        (  # the job wanted named as an example of what they describe
            "I'm a cashier at a supermarket. Someday I want to be in charge of a whole store, like a general "
            "manager. What's a realistic path?",
            "Cashiers",
            "General and Operations Managers",
        ),
    ],
)
def test_the_route_runs_between_the_jobs_meant(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    check_route(corpus_bot, request_text, origin, target)


def test_jobs_asked_for_after_a_story_with_a_route_in_it_are_suggested(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "After my dad's stroke I watched a therapist help him work out how to get back to driving and cooking on his "
        "own. I'm patient, I like making step-by-step plans with people, and I have a psychology degree. "
        "What should I be looking at?",
        Conversation(),
    )
    assert answer.matches and not answer.routes, answer.answer


def test_a_japanese_route_asked_as_how_the_move_goes(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "ファミレスでホールをしてます。もっと料理を作る仕事に移りたいんですけど、どういう流れで行けますか？",
        Conversation(),
    )
    assert answer.routes, answer.answer
    assert answer.routes[0].jobs[0] == "ホールスタッフ（レストラン）" and "調理" in answer.routes[0].jobs[-1]
