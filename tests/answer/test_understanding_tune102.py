"""Questions like those the hundred-and-second to hundred-and-fifth blind tuning sets (written in the fifty-sixth
session) found misread: the same shapes in other words.

What is asked without the section's name: the busy and quiet seasons ("夏はヒマ", "いそがしいのは何月"), the fields
to know ("どんな分野に詳しいと"), the eyes ("目の良さ"), learning the job from co-workers, joining straight from
school ("新卒で入る"), what postings call a role, what a job forgives ("would that rule me out"). A worker said where
they work ("福祉事務所でケースワーカー") and shops said as people say them (本屋, クリーニング屋) name their pages;
"…の人だと、どうですか？" asks the last question again of the job it describes; "the crew boss one" is the
supervisors talked of, not a page whose alias it is; a gap asked for its skills leads with them.

Facts no page holds are declined: bringing up a child, what a service costs, a résumé photo, a quitting service, a
named person's name.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("花屋さんって冬はヒマなの？", "フラワーショップ店員", ["Work Style"]),
        ("税理士の仕事がいそがしいのは何月ごろ？", "税理士", ["Work Style"]),
        ("測量士って、どんな分野に詳しいと役に立つ？", "測量士", ["Knowledge"]),
        ("工場の製品の検査工って目の良さとか求められますか", "検査工（工業製品）", ["Abilities"]),
        (
            "If I get hired as a glazier, how long until I've learned the trade from my co-workers?",
            "Glaziers",
            ["On-the-Job Training"],
        ),
        ("タクシー運転手って新卒で入る人もいるんですか？", "タクシー運転手", ["Career Path", "Education"]),
        (
            "I'm shy and hate speaking in public. Would that rule me out of becoming a secretariat director-general?",
            "Secretariat Director-General (Each Ministry/Agency)",
            ["Aptitudes (Weaknesses Acceptable)"],
        ),
        ("市役所の福祉事務所でケースワーカーとして働くには何が必要？", "福祉事務所ケースワーカー", ["Career Path"]),
        ("本屋さんの仕事って一日どんなことするの？", "書店員", ["Summary", "Description", "Tasks"]),
        ("クリーニング屋さんで働くのに資格っている？", "クリーニング師", ["Related Qualifications", "Career Path"]),
    ],
)
def test_what_is_asked_in_other_words(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_what_postings_call_the_role_asks_its_other_names(corpus_bot: Chatbot) -> None:
    example: Example = (
        ["What does a logistician do?"],
        "What would job postings call that role? The ads all seem to use different names.",
        ["Logisticians"],
        ["Aliases", "Reported Job Titles"],
        False,
    )
    check(corpus_bot, example)


def test_a_long_description_then_dou_desu_ka_asks_the_last_question_again(corpus_bot: Chatbot) -> None:
    example: Example = (
        ["美容師になるにはどうしたらいいですか？"],
        "お客さんの爪をきれいに整えて色を塗るネイリストの人だと、どうですか？",
        ["ネイリスト"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    )
    check(corpus_bot, example)


def test_the_crew_boss_one_is_the_supervisors_talked_of(corpus_bot: Chatbot) -> None:
    """ "Crew boss" is an alias of the firefighting supervisors, but "the X one" points back at a job talked of."""
    example: Example = (
        [
            "What does a bartender do?",
            "What do first-line supervisors of construction trades and extraction workers do?",
        ],
        "Between the bartender job and the crew boss one, which needs more related work experience?",
        ["Bartenders", "First-Line Supervisors of Construction Trades and Extraction Workers"],
        ["Related Work Experience", "Job Zone"],
        True,
    )
    check(corpus_bot, example)


def test_a_gap_asked_for_its_skills_cites_the_skills_first(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I've been a cashier for six years and want to become a retail store manager. What skills would I need?",
        Conversation(),
    )
    assert answer.gap is not None, answer.answer
    assert answer.citations and answer.citations[0].section == "Required Skills", answer.citations[:3]


@pytest.mark.parametrize(
    "question",
    [
        "How do I make my 10-year-old actually finish his chores?",
        "What does a typical dental cleaning cost in Chicago?",
        "面接の服装って、履歴書の写真と同じスーツじゃないとダメ？",
        "退職代行って頼んでも問題ないですか？",
        "ラジオでよく聞く天気予報の人の名前ってわかる？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)


def test_a_worker_one_deals_with_in_a_portrait_is_no_job_asked(corpus_bot: Chatbot) -> None:
    """ "ケアマネさんとの連絡" names whom the work deals with, and "現場の仕事" is where it is done: the person
    describes themselves, to be matched with jobs."""
    answer = corpus_bot.ask(
        "デイサービスで介護職員をしています。現場の仕事も好きですが、最近は送迎の計画づくりやケアマネさんとの連絡など、"
        "まとめ役の仕事に興味があります。大学には行きません。",
        Conversation(),
    )
    assert answer.matches, answer.answer
    assert answer.about[:1] != ["介護支援専門員/ケアマネジャー"], answer.about
