"""Questions like those the twenty-fifth blind tuning set found misread: the same shapes in other words.

How a jobtag job is paid (歩合, how 報酬 is decided) is answered from the lines of its page that say so, and a
question of how much is declined while quoting them; "either of them" compares the two jobs in focus; "正社員と
パートどっちが多い" asks one job's employment, not a comparison of jobs; "中華の料理人" is 中華料理調理人, not
another cook; "選挙で決まる" asks the way in; a word the focus job's page uses ("任期は？") asks of that job; "OT
aides" are the aides beside the therapists "OT" names; "検疫所で働く看護師" is 検疫官（看護師）, the title that
holds 看護師 and says 検疫; "pen testers" says Penetration Testers short; "what values do landscapers have"
names its job without an article; "それで？" asks for more. Thanks with a remark is small talk; a vote, an
exam's date, a scholarship or the person's record are declined."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (["タクシー運転手ってどんな仕事？"], "給料って歩合制なの？", ["タクシー運転手"], ["Work Style"], False),
    (["翻訳者ってどんな仕事？"], "報酬はどうやって決まるんですか", ["翻訳者"], ["Work Style", "Career Path"], False),
    (
        ["what do coroners do?", "embalmers"],
        "would either of them need a degree?",
        ["Coroners", "Embalmers"],
        ["Job Zone", "Education"],
        True,
    ),
    ([], "保育士は正社員とパート、どちらが多いですか", ["保育士"], ["Employment Type", "Work Style"], False),
    ([], "中華の料理人になるには何年修行する？", ["中華料理調理人"], ["Career Path", "Training After Entry"], False),
    ([], "区長って選挙で決まるんですか", ["Ward Mayor (Tokyo Special Wards)"], ["Career Path", "Description"], False),
    (["国会議員ってどんな仕事？"], "任期は？", ["国会議員"], ["Work Style", "Description"], False),
    # a role after a short name: OT names the therapists, "OT aides" the aides; "pen testers" said short
    # a title that holds the named one, and what it adds said: 検疫官（看護師）, not 看護師
    ([], "空港の検疫所で働く看護師になるには？", ["検疫官（看護師）"], ["Career Path", "Education"], False),
    (
        [],
        "what values do landscapers usually have?",
        ["Landscaping and Groundskeeping Workers"],
        ["Work Values"],
        False,
    ),
    (["翻訳者ってどんな仕事？"], "それで？", ["翻訳者"], ["Tasks", "Description", "Work Style"], False),  # more of it
    ([], "what do OT aides do all day?", ["Occupational Therapy Aides"], ["Tasks", "Description"], False),
    (["what do network architects do?"], "and pen testers?", ["Penetration Testers"], ["Tasks", "Description"], False),
]

REFUSED: list[Refused] = [
    (["what do paramedics do?"], "i have a felony on my record, could i still get hired as one in texas"),
    (["看護師になるには？"], "看護学校の奨学金はどこで借りるのがいい？"),
    (["国会議員ってどんな仕事？"], "次の選挙はどの政党に投票すべき？"),
    (["国家公務員になるには？"], "試験日はいつ？"),
]

# Each example answered right, each personal question declined with nothing cited.
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_how_much_is_declined_quoting_what_the_page_says_of_pay(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("タクシー運転手の年収はどれくらい？", Conversation())
    assert not answer.answered  # no figure on the page
    assert [(c.job, c.section) for c in answer.citations] == [("タクシー運転手", "Work Style")]
    assert "歩合" in answer.citations[0].text and "金額の記載がない" in answer.answer


def test_pay_on_a_page_without_it_is_still_declined_plainly(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("how much do electricians earn?", Conversation())
    assert not answer.answered and not answer.citations


def test_thanks_with_a_remark_is_small_talk(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("what do embalmers do?", conversation)
    answer = corpus_bot.ask("thanks, pretty grim but interesting", conversation)
    assert answer.act is not None and answer.act.value == "small_talk" and not answer.citations
    follow = corpus_bot.ask("ok and watch repairers", conversation)  # thanks and a job: not small talk
    assert follow.answered and follow.citations[0].job == "Watch and Clock Repairers", follow.citations


def test_a_lone_word_of_a_title_names_that_job_not_the_one_in_focus(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("一般事務ってどんな仕事？", conversation)  # its page says 総務
    answer = corpus_bot.ask("総務は？", conversation)
    assert answer.answered and "総務" in answer.citations[0].job, answer.citations
