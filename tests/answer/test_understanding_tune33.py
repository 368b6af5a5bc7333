"""Questions like those the thirty-third blind tuning set (and guidance_tune20) found misread: the same shapes in
other words.

Answered: a follow-up that tells of another job by its work, not by name ("my cousin runs the cranes at the port",
"あと、パンを作る職人も気になってて", "印刷工場でオペレーターやるのってどう？"): before, the job in focus was
kept; a two-kanji field opening a clause names its worker ("通訳って休みは取りやすい？": 通訳者); a therapist's field
names the therapist ("physical therapy"); "Xだとどうかな" keeps the last question; "そこから上に行くと" moves along
the career path; "教習所の先生" names 自動車教習指導員; two schoolings compared of one job ("a high school diploma vs
an associate's degree") ask for its education, not a comparison; "what do X spend their time on" asks what they do;
a job compared by a name several pages share is the one talked of. Declined: a Japanese request to write one's
self-promotion, a Japanese question of which party to vote for."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, Refused, check_case, check_route, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
WORK_JA = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        ["what do nurses do?"],
        "my cousin runs the cranes at the port. how long is the training for that?",
        ["Crane and Tower Operators"],
        ZONE,
        False,
    ),
    (
        ["what do electricians do?"],
        "my uncle keeps telling me to fix elevators with him. what does that job involve?",
        ["Elevator and Escalator Installers and Repairers"],
        WORK,
        False,
    ),
    (
        ["看護師ってどんな仕事？"],
        "あと、パンを作る職人も気になってて、一人前までどのくらい？",
        ["パン製造、パン職人"],
        ["Career Path"],
        False,
    ),
    (
        ["保育士になるには？"],
        "印刷工場でオペレーターやるのってどう？一人前まで何年くらい？",
        ["印刷オペレーター"],
        ["Career Path"],
        False,
    ),
    (
        ["客室乗務員ってどんな仕事？"],
        "通訳って休みは取りやすい？",
        ["通訳者"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (
        ["what do locksmiths do?"],
        "and physical therapy, what kind of person suits that?",
        ["Physical Therapists"],
        ["Personality Traits", "Interests"],
        False,
    ),
    (["溶接工になるには？"], "塗装工だとどうかな", ["建築塗装工", "自動車板金塗装"], ["Career Path"], False),
    (
        ["検査工（工業製品）になるには？"],
        "そこから上に行くとどうなる？",
        ["検査工（工業製品）"],
        ["Career Path"],
        False,
    ),
    ([], "教習所の先生ってどんな仕事？", ["自動車教習指導員"], WORK_JA, False),
    (
        [],
        "how many welders have a high school diploma vs an associate's degree?",
        ["Welders, Cutters, Solderers, and Brazers"],
        ["Education"],
        False,
    ),
    ([], "what do actuaries spend most of their time on?", ["Actuaries"], WORK, False),
    (
        ["食品の検査工ってどんな仕事？", "溶接工ってどんな仕事？"],
        "検査工と溶接工、正社員が多いのはどっち？",
        ["検査工（食料品等）", "溶接工"],
        ["Employment Type"],
        True,
    ),
]

# The same shapes found in the thirtieth and thirty-first tuning sets' misses
EXAMPLES += [
    (
        ["木材製造ってどんな仕事？"],
        "家具職人って何か資格ある？",
        ["家具製造"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (["自転車販売の繁忙期っていつ？"], "酒蔵で働く場合は忙しい時期いつ？", ["清酒製造"], ["Work Style"], False),
    (
        [],
        "手話通訳を仕事にしたいけど、正社員で雇ってもらえる？",
        ["手話通訳者"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (["電子機器技術者ってどんな仕事？"], "フレックスとかってあるの？", ["電子機器技術者"], ["Work Style"], False),
    (
        [],
        "測量の仕事って測量士とか持ってないとできない？",
        ["測量士"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    ([], "鉄筋工って夏はしんどそう…実際どうなんだろう", ["鉄筋工"], ["Work Style"], False),
    (
        [],
        "i'd love to teach history at a community college one day. what does that kind of job look like",
        ["History Teachers, Postsecondary"],
        WORK,
        False,
    ),
]

# …and in the twenty-seventh's: initials for a worker with a qualifier; a turn opening on the people it describes
EXAMPLES += [
    (
        ["セキュリティエキスパートってどんな仕事？"],
        "組込みのSEはどうですか？夜勤とか",
        ["システムエンジニア（組込み、IoT）"],
        ["Work Style"],
        False,
    ),
    ([], "ゲーム会社のPMってどんな仕事？", ["プロジェクトマネージャ（IT）"], WORK_JA, False),
    (
        ["what does a construction manager do?"],
        "and the people who actually pour and finish the concrete, how much school do they need?",
        ["Cement Masons and Concrete Finishers"],
        ZONE,
        False,
    ),
]

# …and the twenty-sixth's: a thing's making for the page that makes it; how the work proceeds is the work
EXAMPLES += [
    ([], "家具づくりの仕事って休みは多い？", ["家具製造"], ["Work Style", "Employment Type"], False),
    ([], "測量の仕事ってどういう流れで進むんですか？", ["測量士"], WORK_JA, False),
]

# …and the twenty-third's: whom a described job reports to is not that job; a catch-all page named by a bare worker
# word gives way to what the description says
EXAMPLES += [
    ([], "子どもの家庭の事情を調べて裁判官に報告する人の仕事を知りたい", ["家庭裁判所調査官"], WORK_JA, False),
    (
        [],
        "a therapist who uses music with patients to help them recover - what do they do in sessions?",
        ["Music Therapists"],
        WORK,
        False,
    ),
]

# …and the thirty-third's again: a page named by two words of the question over one named by one of them; route
# sales ("ルートセールス") is no route
EXAMPLES.append(
    (
        [],
        "食品メーカーの営業って、ルートセールスみたいな感じなの？",
        ["食品営業（食品メーカー）"],
        [*WORK_JA, "Aliases"],
        False,
    )
)

REFUSED: list[Refused] = [
    (["営業事務ってどんな仕事？"], "自己PR、300字くらいで書いてくれない？"),
    ([], "与党と野党、どっちに入れたらいい？"),
    ([], "副業で動画編集してます。確定申告っていくらから必要なんですか？"),  # the person's own taxes
    (["看護師になるには？"], "看護師の国家試験って毎年何月ごろに実施されるの？"),  # an exam's date
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    "request_text",
    [
        "数字を見るのが好きで、コツコツ作業するのも得意です。事務系でやれそうな仕事ってありますか？",
        "外で体を動かす仕事がいい。細かい事務は無理。学歴は気にしないところがいいです。何がある？",
        "Short version: like engines, like tools, like fixing things. Worked summers at my uncle's garage. HS diploma.",
    ],
)
def test_a_portrait_with_the_ask_in_other_words_gets_suggestions(corpus_bot: Chatbot, request_text: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.matches, answer.answer


def test_work_the_person_will_not_do_is_not_suggested(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I won't work with meat, I'm vegan. I love baking bread and pastries and I'd like steady shifts in a "
        "bakery or a food factory. What are my options?",
        Conversation(),
    )
    jobs = [match.job for match in answer.matches[:5]]
    assert jobs and not any("Meat" in job or "Butcher" in job or "Slaughter" in job for job in jobs), jobs


@pytest.mark.parametrize(
    ("request_text", "target"),
    [
        (  # the list said after the wanted words tells the job ("run the whole IT department" alone read film editing)
            "I'm a database administrator. One day I want to run the whole IT department, budgets, staff, vendors. "
            "What am I missing?",
            "Computer and Information Systems Managers",
        ),
        (  # a name inside the wanted words first, before the words after it
            "I'm a teacher's aide at an elementary school. What would it take for me to become a teacher with my own "
            "classroom?",
            "Elementary School Teachers, Except Special Education",
        ),
    ],
)
def test_the_gap_is_to_the_job_wanted(corpus_bot: Chatbot, request_text: str, target: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.gap is not None, answer.answer
    assert answer.gap.target == target


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "営業事務をしています。いずれは営業チームをまとめる課長クラスになりたい。どういうステップを踏めばいい？",
            "営業事務",
            "営業課長",
        ),
        (
            "宇宙開発技術者としてロケットの開発をしています。航空機のジェットエンジン開発に移るにはどういう道がありますか？",
            "宇宙開発技術者",
            "航空機開発エンジニア（ジェットエンジン）",
        ),
        (  # the person's work told in the clauses of a sentence, not its last clause alone
            "スーパーで商品を並べたり、売り場を整えたりする仕事をしています。店長に移りたいんですが、どういう道筋がありますか？",
            "スーパー店員",
            "スーパー店長",
        ),
    ],
)
def test_a_japanese_route_runs_between_the_jobs_said(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    check_route(corpus_bot, request_text, origin, target)


def test_a_higher_schooling_more_of_the_target_have_is_missing_though_the_usual_one_carries_over(
    corpus_bot: Chatbot,
) -> None:
    answer = corpus_bot.ask(
        "I'm a network architect. Long term I want to run the whole IT department, budgets, staff, strategy. "
        "Where are my gaps?",
        Conversation(),
    )
    assert answer.gap is not None and answer.gap.target == "Computer and Information Systems Managers", answer.answer
    rows = {(row.kind, row.item): row for row in answer.gap.rows}
    assert ("carries_over", "Bachelor's Degree") in rows
    masters = rows.get(("schooling", "Master's Degree"))
    assert masters is not None and masters.need == "Master's Degree: 14.4%" and masters.have == "Master's Degree: 5.0%"
