"""Questions like those the fiftieth blind tuning set found misread: the same shapes in other words.

Answered: a catch-all name said with whom it means ("the therapists who use games, dance and community outings")
is found by the description, not read as the therapist in focus; "the practitioners" after a told description is
no unknown job's name (said alone it still is, and is declined); a rare English word one edit from a far commoner
job-name word is its typo ("masson": mason); "…出たあとはどうやって…" is "after that", no name before とは; of the
pages a word ends (税務事務官, 検察事務官), the one whose other words the question says; "…を焼く仕事って、どんな価値観
…人に向いてる？" asks whom the one job suits, not for suggestions; "back to the hacking job" recalls the job the
person asked about in those words; "…を点検する仕事に興味あるんだけど、夜勤って…？ずっと駅に…？" is the job
whose work the clause tells, not one the asked words match ("駅"); "…に関わってみたいと思ってます" asks the way
in. A title's bracketed qualifier ("（ジェットエンジン）") names no worker.
Advice (from guidance_tune34's cases, in other words): "レジを担当している社員です" tells the own job despite the
standing said after it; "左官として住宅の壁を塗ってきました" tells it by "として…てきました".
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["What does an art therapist do?"],
        "what about the therapists who use games, dance and community outings with patients?",
        ["Recreational Therapists"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "I've been seeing someone who adjusts my spine for back pain and I'm curious about doing that myself. What "
        "schooling do the practitioners need?",
        ["Chiropractors"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        [],
        "what does a masson do?",
        ["Plasterers and Stucco Masons", "Cement Masons and Concrete Finishers", "Brickmasons and Blockmasons"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "My grandma sees someone who uses herbs and thin needles for her arthritis and I'm curious about doing that "
        "for a living. What education do the practitioners usually have?",
        ["Acupuncturists", "Naturopathic Physicians"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["パン職人になるには？"],
        "で、学校出たあとはどうやって一人前になっていくの？",
        ["パン製造、パン職人"],
        ["Career Path", "Education"],
        False,
    ),
    ([], "税務署で調査をする事務官の仕事ってどんな感じ？", ["税務事務官"], ["Summary", "Description"], False),
    ([], "パンを焼く仕事って、どんな価値観を大事にする人に向いてる？", ["パン製造、パン職人"], ["Work Values"], False),
    (
        [],
        "電車の線路とか架線を点検する仕事に興味あるんだけど、夜勤ってどうなってるの？ずっと駅にいるの？",
        ["鉄道線路管理"],
        ["Work Style"],
        False,
    ),
    (
        [],
        "将来は橋やトンネルをつくる工事に関わってみたいと思ってます",
        ["土木設計技術者", "土木施工管理技術者"],
        ["Career Path", "Education"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "what training do the practitioners need"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("first", "second", "back"),
    [
        (  # "hacking" is on neither page: only the person's own words tell which
            "I do bug bounty hacking on weekends and want to get paid to break into company networks legally. What "
            "does that job involve?",
            "and what software do web developers use?",
            "ok back to the hacking job - what personality does it suit?",
        ),
        (
            "I spend my weekends restoring old furniture and I'd like to do it for a living. What does that job "
            "involve?",
            "and the people who build custom kitchen cabinets?",
            "ok back to the restoring job - what training do they need?",
        ),
    ],
)
def test_a_job_recalled_by_the_words_it_was_asked_in(corpus_bot: Chatbot, first: str, second: str, back: str) -> None:
    """ "back to the hacking job" is the job the person asked about when they said "hacking", whatever its title;
    not the job in focus."""
    conversation = Conversation()
    asked = corpus_bot.ask(first, conversation)
    then = corpus_bot.ask(second, conversation)
    assert asked.about and then.about and asked.about[0] != then.about[0], (asked.about, then.about)
    returned = corpus_bot.ask(back, conversation)
    assert returned.about[:1] == asked.about[:1], (returned.about, asked.about)


def test_a_bracketed_qualifier_names_no_worker(corpus_bot: Chatbot) -> None:
    """ "船のエンジン" ends the jet-engine developers' qualifier (ジェットエンジン), which names what they work on."""
    answer = corpus_bot.ask("船のエンジンの整備をする仕事って休みはある？", Conversation())
    assert "航空機開発エンジニア（ジェットエンジン）" not in {c.job for c in answer.citations}, answer.citations


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "スーパーでレジを担当している社員です。いずれ店長を目指したいのですが、今と比べて何を身につける必要がありますか。",
            "スーパーレジ係",
            "スーパー店長",
        ),
    ],
)
def test_gap_read_from_its_words(corpus_bot: Chatbot, question: str, origin: str | None, target: str) -> None:
    check_gap(corpus_bot, question, origin, target)


def test_a_route_from_the_job_told_with_its_years(corpus_bot: Chatbot) -> None:
    """ "左官として…塗ってきました" is the person's job: the route starts there, not at a way into 左官."""
    answer = corpus_bot.ask(
        "左官として住宅の壁を塗ってきました。将来は建物の設計をする仕事がしたいです。どういうルートで目指せますか。",
        Conversation(),
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:300]
    assert answer.routes[0].hops[0].source == "左官", answer.routes[0]
