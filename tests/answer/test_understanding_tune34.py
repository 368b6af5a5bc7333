"""Questions like those the thirty-fourth blind tuning set (and guidance_tune21) found misread: the same shapes in
other words.

Answered: another job told of as where someone close works and as what ("my cousin works at a casino as a dealer"),
or after "there's also the … people who" or "あと、…する公務員": before, the job in focus was kept; a word for a kind
of the job in focus ("and for middle school?" after elementary school teachers); a Japanese job word no name
completes, when the page the words rank first is titled by it ("製薬工場の製造": 医薬品製造); a trade said by its
shop ("塗装屋"); a name said cut short ("風力発電のメンテ"); "Aの B" where one page's title alone holds A ("宅配の
ドライバー"); names people say (漬物, 科捜研, 米農家); a comparison of two jobs talked of, said by a word each
("太陽光と風力で"), or of "この二つ" though a qualification is named; two ways of working compared ("開業してる人と
勤務医") of one job; "院卒が多い" asks of schooling. Declined: what to take for one's own symptoms, which bank to pick.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
WORK_JA = ["Summary", "Description", "Tasks"]
STYLE_JA = ["Work Style", "Employment Type"]
WAY_JA = ["Career Path", "Related Qualifications", "Education"]
EXAMPLES: list[Example] = [
    (
        ["what does an electrical engineer do?"],
        "completely different question - my cousin works at a casino as a dealer. what does that job involve?",
        ["Gambling Dealers"],
        WORK,
        False,
    ),
    (
        ["what skills do nuclear technicians need?"],
        "there's also the hospital people who run the MRI scanner, right? what does that job involve",
        ["Magnetic Resonance Imaging Technologists"],
        WORK,
        False,
    ),
    (
        ["警察官になるにはどうすればいい？"],
        "あと、港で輸入品を検査して密輸を取り締まる公務員っていますよね。あれってどうやってなるんですか",
        ["税関職員"],
        WAY_JA,
        False,
    ),
    (
        ["how much education do elementary school teachers need?"],
        "and for middle school?",
        ["Middle School Teachers, Except Special and Career/Technical Education"],
        ZONE,
        False,
    ),
    (  # the kind said for a focus titled by two workers' words
        ["what do environmental science technicians do?", "what tools do they use?"],
        "and for forensic science?",
        ["Forensic Science Technicians"],
        ["Technology Skills", "Required Skills"],
        False,
    ),
    (  # "and the Xs who …": another job, said short
        ["what does a dentist do all day?", "do they pull teeth themselves?"],
        "and the hygienists who clean your teeth first - what's their job?",
        ["Dental Hygienists"],
        WORK,
        False,
    ),
    (  # a comparison asked with one job talked of: what it asks, of that job
        ["how much education do pharmacists need?"],
        "so which one has more people with a doctorate?",
        ["Pharmacists"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # what a comparison asks, said in everyday Japanese: a skill, a way of working
        ["路線バスの運転士になるには？", "観光バスのほうは？"],
        "お客さんに伝える力がより求められるのはどっち？",
        ["路線バス運転士", "観光バス運転士"],
        ["Required Skills", "Abilities", "Knowledge"],
        True,
    ),
    (
        ["理容師になるには？", "美容師は？"],
        "自分のペースで働きやすいのはどっち？",
        ["理容師", "美容師"],
        STYLE_JA,
        True,
    ),
    (["寿司職人になるには？"], "じゃあラーメン屋で働く場合は？休みとか", ["ラーメン調理人"], STYLE_JA, False),
    ([], "鉄骨屋さんになりたいんだけど、資格っている？", ["鉄骨工"], WAY_JA, False),
    ([], "風力発電のメンテって、どんな仕事なの？", ["風力発電のメンテナンス"], WORK_JA, False),
    ([], "宅配のドライバーになるのに、免許は普通免許で足りる？", ["宅配便配達員"], WAY_JA, False),
    ([], "漬け物の工場って夜勤とかあるの？", ["野菜つけ物製造"], STYLE_JA, False),
    ([], "科捜研で働くにはどうしたらいいの？", ["科学捜査研究所鑑定技術職員"], WAY_JA, False),
    ([], "建築設計の仕事って、やっぱり院卒の人が多いの？", ["建築設計技術者"], WAY_JA, False),
    ([], "獣医さんって、独立して開業してる人と勤務医だとどっちが多い？", ["獣医師"], [*STYLE_JA, "Career Path"], False),
    (
        ["太陽光発電のメンテナンスってどんな仕事？", "風力発電のメンテナンスってどんな仕事？"],
        "太陽光と風力、資格がたくさん要るのはどっち？",
        ["太陽光発電のメンテナンス", "風力発電のメンテナンス"],
        WAY_JA,
        True,
    ),
    (
        ["日本料理の板前になるには？", "ラーメン屋で働くってどんな感じ？"],
        "調理師の資格って、この二つどっちにも役立つ？",
        ["日本料理調理人（板前）", "ラーメン調理人"],
        WAY_JA,
        True,
    ),
]

REFUSED: list[Refused] = [
    (["what do roofers do?"], "my knees ache after every roofing shift, should I take ibuprofen before work?"),
    ([], "パン屋を開きたいんだけど、融資ならどこの銀行が一番いい？"),
    # what someone the person knows will do, whether they will be fired, what their own purchase pays back
    (["what do warehouse workers do?"], "would my manager at the warehouse let me switch to nights if I ask nicely?"),
    ([], "うちの店、残業代が出てないっぽいんだけど、労基に言ったらクビになりますか？"),
    ([], "自宅の屋根に太陽光パネルを付けたら何年で元が取れますか？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    "request_text",
    [  # statements with no question: a portrait to be matched
        "調理の専門学校を出ました。魚をさばいている時間が一番楽しいです。一人で黙々とやる仕事がしたくて、接客は苦手です。",
        "大学2年で、初めてのバイトを探してます。人と話すのは嫌いじゃないし、レジもやってみたい。土日に入れるところがいいです。",
    ],
)
def test_a_japanese_portrait_without_a_question_gets_suggestions(corpus_bot: Chatbot, request_text: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.matches, answer.answer


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # what the person rides is their job; "何が足りない" asks for the gap
            "工場でフォークリフトに乗ってます。クレーンの運転士になりたいんですが、何が足りないでしょう？",
            "フォークリフト運転作業員",
            "クレーン運転士",
        ),
        (  # a name several pages share told apart by the words said before it ("elementary school")
            "I'm a teacher's aide in an elementary school special ed classroom. I want to run my own classroom as the "
            "special education teacher. What am I missing?",
            None,  # the aide's page: of special education, or of every classroom (either reads the words)
            "Special Education Teachers, Elementary School",
        ),
    ],
)
def test_the_gap_is_between_the_jobs_said(
    corpus_bot: Chatbot, request_text: str, origin: str | None, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # "道をたどれば" asks for a route
            "駅で改札の仕事をしています。将来は車掌になりたいんですが、どういう道をたどればいいですか？",
            "駅務員",
            "鉄道車掌",
        ),
        (  # what is said after "and" belongs to the job wanted
            "I'm a freelance writer, mostly blog posts. I'd like to end up heading communications and PR for a "
            "nonprofit. What's the route?",
            "Writers and Authors",
            "Public Relations Managers",
        ),
    ],
)
def test_a_route_runs_between_the_jobs_said(corpus_bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    check_route(corpus_bot, request_text, origin, target)
