"""Understanding examples of the sixty-sixth session, on the full corpus index: the shapes the blind tuning sets
found misread, said in other words.

- A description that names, further on in its clause, the workers its job works with or over: "the person who
  supervises a crew of firefighters", "the people who book concerts for bands and singers": not those workers.
- A job named only weakly (an alias, a title's part) that the question's other words plainly do not describe: "lawn
  mowers and leaf blowers … repairing small engines" is of the small engine mechanics, not the landscapers a "Lawn
  Mower" alias names. A title or an alias said whole stays ("a weatherization tech").
- Japanese: pay told as the work described ("給与の支払いや決算まで管理する立場の人") asks no pay; "…はとっておいた
  ほうがいい？" asks the way in. A Latin name in a Japanese question ("CAって…") is still the job asked. A name placed
  after the scope was read ("天気予報の人") is no weather asked; "ハローワークの窓口の人" no openings. "どういう流れで
  進むの？" asks how the work goes, "…で働くのってどうなんだろう" what it is like, "…側に回りたいんだよね" the way in;
  "仕事に何を求めてる" its values, "数学できないときつい？" its skills and knowledge.
- Still declined: a shop to recommend ("おすすめの焼き鳥屋さん"), the weather beside a job's name; now declined: who
  holds a named firm's top post ("Who's the CEO of Toyota right now?").
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "what does the person who supervises a crew of firefighters at a station actually do?",
        ["First-Line Supervisors of Firefighting and Prevention Workers"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "I'm curious about the people who book concerts for bands and singers and negotiate their fees. What schooling "
        "do they have?",
        ["Agents and Business Managers of Artists, Performers, and Athletes"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        [],
        "how much school do you need to be a professor who trains future nurses at a college?",
        ["Nursing Instructors and Teachers, Postsecondary"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        [],
        "I mess around with lawn mowers and leaf blowers in my shed. Could repairing small engines be a real career?",
        ["Outdoor Power Equipment and Other Small Engine Mechanics"],
        ["Description", "Tasks", "Summary"],
        False,
    ),
    (
        [],
        "what do dragline operators at open-pit mines do?",
        ["Excavating and Loading Machine and Dragline Operators, Surface Mining"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "I want a trade that doesn't need a degree. What does a weatherization tech do?",
        ["Weatherization Installers and Technicians"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "英語が得意な大学生です。CAって機内でどんな仕事をしてるの？",
        ["客室乗務員"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (
        [],
        "会社で経理部をまとめて、給与の支払いや決算まで管理する立場の人って、どんな経歴でなるの？",
        ["経理課長"],
        ["Career Path"],
        False,
    ),
    (
        [],
        "会社の経理の仕事をやりたいんだけど、簿記はとっておいたほうがいい？",
        ["経理事務"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    ([], "天気予報の人になるには、どうしたらいい？", ["気象予報士"], ["Career Path", "Related Qualifications"], False),
    (
        [],
        "ハローワークの窓口にいる人たちって、普段どんな仕事をしてるんですか？",
        ["ハローワーク職員"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    ([], "車を組み立てる工場で働くのってどうなんだろう", ["自動車組立"], ["Summary", "Description", "Tasks"], False),
    (
        [],
        "ロボットを動かすプログラムを作る側に回りたいんだよね",
        ["産業用ロボット開発技術者"],
        ["Career Path", "Education", "Summary", "Description"],
        False,
    ),
    ([], "建物の耐震診断ってどういう流れで進むの？", ["耐震診断"], ["Summary", "Description", "Tasks"], False),
    ([], "スーパーのレジの人って、仕事に何を求めてる人が多いの？", ["スーパーレジ係"], ["Work Values"], False),
    ([], "みそ作りってどんな流れでやるの？", ["みそ製造"], ["Summary", "Description", "Tasks"], False),
    (
        [],
        "ブルドーザーを運転する仕事がしたいんだけど、何から始めればいい？",
        ["建設機械オペレーター"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    ([], "中学校の先生ってどんな仕事をしているのか教えて", ["中学校教員"], ["Summary", "Description", "Tasks"], False),
]
REFUSED: list[Refused] = [
    ([], "給料ってどのくらいもらえる仕事？"),
    ([], "新宿でおすすめの焼き鳥屋さん教えて"),
    ([], "お天気キャスターって明日の天気も当てられる？"),
    ([], "Who's the CEO of Toyota right now?"),  # a named firm's post holder: a fact of the world
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)
