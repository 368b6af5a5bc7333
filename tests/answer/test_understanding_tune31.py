"""Questions like those the thirty-first blind tuning set (and guidance_tune18) found misread: the same shapes in
other words.

Answered: several parts of one list title said together name that title, in a comparison with the job in focus
("weighers, measurers and checkers": before, the inspectors who weigh were compared with them); a name two pages
share told apart by the words before it ("extruding and forming machine operators"); a Japanese worker named by a
qualifier ("宅配便のドライバー": 宅配便配達員, retrieval/_qualified.py); "what about land surveyors…" after another
job: a job named, though not for sure (two pages), is no longer read as the job in focus; "compare nurses and nurse
practitioners": one word said inside a longer name is another job (_comparands.py). Declined: small talk whose word
only reads like a name ("今日", きょう), no longer masked for the decliner. Guards, which the start code also passed:
the two jobs in focus compared in Japanese, two companies compared declined, "本の編集者", "うどん屋さんの職人"."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        ["what do dentists do"],
        "compare that with weighers, measurers and checkers - which needs more school?",
        ["Dentists, General", "Weighers, Measurers, Checkers, and Samplers, Recordkeeping"],
        ZONE,
        True,
    ),
    (
        [],
        "another one: extruding and forming machine operators, what's that work like",
        ["Extruding, Forming, Pressing, and Compacting Machine Setters, Operators, and Tenders"],
        WORK,
        False,
    ),
    (
        [],
        "宅配便のドライバーになるには何が必要？",
        ["宅配便配達員"],
        ["Career Path"],
        False,
    ),
    (["放送ディレクターになるには？"], "じゃあ本の編集者は？", ["図書編集者"], ["Career Path"], False),
    (
        ["what does a plumber do?"],
        "and what about land surveyors - how long do they train?",
        ["Surveyors", "Geodetic Surveyors"],
        ["On-the-Job Training", "On-Site or In-Plant Training", "Job Zone", "Education"],
        False,
    ),
    ([], "うどん屋さんの職人って休みあるの？", ["そば・うどん調理人"], ["Work Style"], False),
    ([], "compare nurses and nurse practitioners", ["Registered Nurses", "Nurse Practitioners"], WORK, True),
    (
        ["理容師になるには？", "美容師は？"],
        "どっちのほうが資格取りやすい？",
        ["理容師", "美容師"],
        ["Related Qualifications", "Career Path"],
        True,
    ),
]

REFUSED: list[Refused] = [
    (["ハウスクリーニングの仕事ってどんな感じ？"], "ていうか今日めっちゃ暑くない？"),  # 今日 (きょう) is no name
    (["宅配便配達員になるには？", "トラックドライバーは？"], "ヤマトと佐川、どっちが働きやすいと思う？"),
    (["理容師になるには？", "美容師は？"], "スタバとドトールだとどっちがホワイト？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)
