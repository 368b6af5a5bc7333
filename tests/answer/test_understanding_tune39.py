"""Questions like those the thirty-ninth blind tuning set found misread: the same shapes in other words.

Answered: someone's work told in a sentence before "that job" ("…he tunes pianos in people's homes. what does that
job involve?") is the job asked of, not the one in focus; an opening that leaves the jobs talked of ("New question:",
"全然違うんですけど") starts afresh, its "different" no comparison; "酪農にも興味" names the field's worker; Japanese
tools asked point at the description and tasks (no Technology Skills there); where one works, live-in work and
"どんな一日" point at their sections; "…大事なんでしょう。…知りたいです" asks of the job named, not for suggestions;
a job said as what the one asked about "is like" is no job asked about; "have me doing" asks of the work; "a sense of
achievement … cares about" points at work values; "介護施設の事務" is 介護事務; "…体力とか…能力" compared of the two in
focus are no jobs; "なれたりする" is no ナレーター; "大学生で" tells of the person, not schooling asked. Declined: one
named employer or school ("the Johnson County Sheriff's office", "ニトリとイケア"), a decision left to the adviser,
interview questions, the person's own licence, medicine and tax limits, the best school in a city. Advice: a gap
asked in any sentence that asks, not only the last ("…何を身につければいいですか？資格もあるんでしょうか。"), and
"どんな力を伸ばす必要がありますか".
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

WORK = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (  # a third person's work told, then "that job": the job told of, not the web developers in focus
        ["what do web developers do?"],
        "my uncle wants me to do what he does — he repairs and tunes pianos in people's homes. what does that job "
        "involve?",
        ["Musical Instrument Repairers and Tuners"],
        WORK,
        False,
    ),
    (  # "New question:" leaves the paralegals; its "that" is the orthodontist just named
        ["what do paralegals do?"],
        "New question: my cousin is thinking about becoming an orthodontist. How is that different from a dentist?",
        ["Orthodontists"],
        WORK,
        False,
    ),
    (  # the same in Japanese, a two-kanji field "にも興味" naming its worker
        ["保育士になるには？"],
        "全然違うんですけど、酪農にも興味があって。未経験からでも始められますか？",
        ["酪農従事者"],
        ["Career Path", "Experience Before Entry", "Related Work Experience"],
        False,
    ),
    (  # tools asked of a Japanese page: its description and tasks say what is used
        [],
        "グラフィックデザイナーってどんなソフトや道具を使って仕事をするんですか？",
        ["グラフィックデザイナー"],
        ["Description", "Tasks"],
        False,
    ),
    (  # where one works: Work Style
        [],
        "臨床検査技師ってどういうところに勤めるんですか",
        ["臨床検査技師"],
        ["Work Style"],
        False,
    ),
    (  # live-in work of the job in focus, not a job called 住み込み
        ["ホテルの客室清掃ってどんな仕事？"],
        "住み込みになることもあるんでしょうか。休みはとれますか",
        ["客室清掃・整備担当（ホテル・旅館）"],
        ["Work Style"],
        False,
    ),
    (  # asked of the job named in a sentence ending "でしょう。": its abilities, no suggestions
        [],
        "パティシエって手先の器用さがどのくらい大事なんでしょう。求められる能力を知りたいです",
        ["洋菓子製造、パティシエ"],
        ["Abilities"],
        False,
    ),
    (  # "なれたりする": no narrator
        ["コンビニの店員ってどんな仕事？"],
        "ずっと続けてたら店長とかになれたりする？",
        ["コンビニエンスストア店員"],
        ["Career Path"],
        False,
    ),
    (  # "is it like X?" after the job asked of: X is what it may be like, not the job asked about
        [],
        "what does an orthotist do all day? is it kind of like being a physical therapist?",
        ["Orthotists and Prosthetists"],
        WORK,
        False,
    ),
    (  # "what would the position have me doing": the work
        [],
        "is data entry still a real job? what would a data entry keyer position have me doing",
        ["Data Entry Keyers"],
        WORK,
        False,
    ),
    (  # "a sense of achievement … that's what he cares about": work values, of the job in focus
        ["what do firefighters do?"],
        "does the job give you a sense of achievement? that's what my brother cares about",
        ["Firefighters"],
        ["Work Values"],
        False,
    ),
    (  # "XのY" with X a kind of facility: the title without the facility word
        [],
        "50代です。介護施設の事務の仕事って未経験でも採用されますか？",
        ["介護事務"],
        ["Career Path", "Experience Before Entry", "Related Work Experience"],
        False,
    ),
    (  # "その二つだと、…体力とか…能力は": what is compared of the two in focus, no job without a page
        ["宅配便の配達員ってどんな仕事？", "解体工ってどんな作業をするの？"],
        "その二つだと、必要な体力とか身体的な能力はどっちが大変そう？",
        ["宅配便配達員", "解体工"],
        ["Tasks", "Work Style", "Abilities"],
        True,
    ),
    (  # "どんな一日": what the work is
        [],
        "宅配便の配達員って、どんな一日になるんでしょうか",
        ["宅配便配達員"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
]

REFUSED: list[Refused] = [
    ([], "Does the Johnson County Sheriff's office hire people with visible tattoos?"),
    ([], "Is the nursing program at Villanova worth the tuition?"),
    ([], "Which college has the best veterinary program if I want to work with horses?"),
    (["what do welders do?", "what do electricians do?"], "honestly I can't choose between them, you decide"),
    ([], "ニトリとイケア、入社するならどっちがいいと思いますか"),
    ([], "事務職の面接でよく聞かれる質問を教えてください"),
    ([], "去年免停になったんですが、タクシー運転手に応募しても大丈夫ですか？"),
    ([], "私の腰痛に効く薬を教えてください"),
    ([], "パートで扶養内に収めたいんですが、年いくらまでなら働けますか"),
    ([], "美容師になりたいです。大阪で一番いい美容専門学校はどこですか"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


GAPS = [  # (the request, the person's job, the job wanted)
    (  # a gap asked in a sentence before the last one that asks ("…何を身につければいい？資格とかもある？")
        "建設現場で作業員をしています。タイル工になるには何を身につければいいですか？資格もあるんでしょうか。",
        "建設・土木作業員",
        "タイル工",
    ),
    (  # "どんな力を伸ばす必要がありますか": what the person lacks, asked plainly
        "広告営業をしています。コピーライターに移るなら、どんな力を伸ばす必要がありますか？",
        "広告営業",
        "コピーライター",
    ),
]


@pytest.mark.parametrize(("request_text", "origin", "target"), GAPS)
def test_the_gap_is_read_from_any_sentence_that_asks(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)
