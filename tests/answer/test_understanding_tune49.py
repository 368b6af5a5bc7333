"""Questions like those the forty-ninth blind tuning set found misread: the same shapes in other words.

Answered: an opening the person tells of in a clause ("…, I saw a posting for one last week") is no question about
openings; a remark after the question ("?? i need a job fast") does not turn it into a request for suggestions;
"…作る職人の仕事に興味があります。一人前になるまで…？" and "…の仕事って、どういうことに興味がある人に
合ってる？" ask about the one job described, not for jobs that suit; "自動車学校の教官" is a driving instructor
(教官 said for 指導員); "close enough to mine" asks for related jobs (and "mine" is no mining job); "the better
fit for someone who enjoys…" asks the interests; "a regular middle school teacher" is the general page, not the
special-education one that shares its alias. Declined: how many an employer will hire this year ("何人ぐらい採用").
Advice (from guidance_tune33's cases, in other words): "…との違いで、身につけるべきことは" asks a gap, not a
comparison; the own work is read with where it is done ("お菓子の工場で…ライン作業": not car assembly); "become one of
the mechanics who…" names the job wanted; "What roles match that?" after a portrait asks for suggestions, and "I love
running the pass" is what the person likes doing, no job wanted.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["How much schooling do dental hygienists need?"],
        "Same question for dental assistants, I saw a posting for one last week.",
        ["Dental Assistants"],
        ["Job Zone", "Education"],
        False,
    ),
    (
        [],
        "how much training do cashiers need?? i need a job fast",
        ["Cashiers"],
        ["On-the-Job Training", "Education", "Job Zone"],
        False,
    ),
    (
        [],
        "革の財布やバッグを作る職人の仕事に興味があります。一人前になるまで何年くらいかかりますか？",
        ["かばん・袋物製造"],
        ["Training After Entry", "Career Path"],
        False,
    ),
    ([], "ネイルの仕事って、どういうことに興味がある人に合ってる？", ["ネイリスト"], ["Interests"], False),
    ([], "自動車学校の教官になるにはどうすればいい？", ["自動車教習指導員"], ["Career Path", "Education"], False),
    (
        [],
        "I've been a dental hygienist for ten years. Which occupations are close enough to mine that I could switch?",
        ["Dental Hygienists"],
        ["Related Jobs"],
        False,
    ),
    (
        ["What do librarians do?", "what about archivists"],
        "Which is the better fit for someone who enjoys routine and order?",
        ["Librarians and Media Collections Specialists", "Archivists"],
        ["Interests"],
        False,
    ),
    (
        ["how much school do special education teachers in middle school need?"],
        "and for a regular middle school teacher?",
        ["Middle School Teachers, Except Special and Career/Technical Education"],
        ["Education", "Job Zone"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "トヨタって今年何人ぐらい採用するか知ってる？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_the_general_page_is_meant_when_no_kind_is_said(corpus_bot: Chatbot) -> None:
    """ "high school teacher" is an alias of the general page and of the special-education one: the general page,
    alone; said with "special", both stay."""
    plain = corpus_bot.ask("what does a high school teacher do?", Conversation())
    assert {c.job for c in plain.citations} == {
        "Secondary School Teachers, Except Special and Career/Technical Education"
    }, [c.job for c in plain.citations]


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "看護師として病院で働いています。保健師への転向を考えています。看護師との違いで、身につけるべきことは何でしょうか。",
            "看護師",
            "保健師",
        ),
        (
            "お菓子の工場で包装のライン作業をしています。同じ食品工場で異物の検査を担当する検査工になりたい。何が足りませんか。",
            "洋菓子製造、パティシエ",
            "検査工（食料品等）",
        ),
        (
            "I sort parcels on a conveyor at a depot. I'd like to become one of the mechanics who keep the machinery "
            "running. What would I need to learn?",
            None,
            "Industrial Machinery Mechanics",
        ),
    ],
)
def test_gap_read_from_its_words(corpus_bot: Chatbot, question: str, origin: str | None, target: str) -> None:
    check_gap(corpus_bot, question, origin, target)


def test_roles_that_match_a_portrait_are_suggestions(corpus_bot: Chatbot) -> None:
    """ "What roles match that?" after what the person does and likes asks for jobs that suit; "I love running the
    pass" is what they like doing, not a job they want (no gap to a "pass manager")."""
    answer = corpus_bot.ask(
        "I've been a line cook for six years; I love running the pass, ordering supplies and training new cooks. "
        "What roles match that?",
        Conversation(),
    )
    assert answer.intent is Intent.MATCH and answer.matches, answer.answer[:300]
    assert answer.gap is None
