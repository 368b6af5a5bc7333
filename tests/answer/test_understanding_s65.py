"""Understanding examples of the sixty-fifth session, on the full corpus index: the shapes the blind tuning sets
tune124-127 found misread, said in other words (a few as the sets said them).

- Another job told in a follow-up by its work: someone close who works somewhere "where she cleans teeth", a
  work the person is "more drawn to", "one of the professors who teach…" (not "be one" pointing back), "completely
  different: the technicians who…", "ok back to careers. the people who…" (back to the subject, not to a job).
- A job named as one the job in focus works with ("Do they work with judges…?") is not the job asked about.
- "totally different direction, but what about X?" asks the last topic of X.
- Japanese: a worker described and asked of like the last ("…する歯医者さんはどう？"), a job someone recommended
  ("…をすすめられてるんだけど、そっちは…"), "そっちはどうやってなるの？" asks the way in, a wish to do a described
  work ("…運転してみたい", "…で働いてみたいんだけど、…雇ってもらえる？") asks of that work, not for suggestions;
  short follow-ups that leave the job out ("一日の流れ教えて") are of the job in focus.
- Declined: a measure of a thing ("…何メートル？"), an exam's past papers asked for.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.models import Cue
from chatbot.retrieval._cues import cues_of
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["What do telemarketers do?"],
        "my aunt works at a clinic where she cleans teeth and takes x-rays. what does her day look like?",
        ["Dental Hygienists"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["What do HVAC mechanics do?"],
        "honestly I'm more drawn to teaching dogs and horses to follow commands. what's the training like for that?",
        ["Animal Trainers"],
        ["On-the-Job Training", "Education", "Job Zone"],
        False,
    ),
    (
        ["How do I become a pharmacist?"],
        "my real dream is to be one of the professors who teach nursing students at a university. what software do "
        "they use?",
        ["Nursing Instructors and Teachers, Postsecondary"],
        ["Technology Skills"],
        False,
    ),
    (  # tune126: the comparison after the described job is over both jobs
        [
            "I need a job pretty quick and I don't have a degree. Can you get into telemarketing without college?",
            "hmm. my cousin works at a hospital where she injects patients with radioactive tracers and then scans "
            "them with a special camera. what does a normal day look like for her?",
        ],
        "which of the two needs more schooling before you can start?",
        ["Telemarketers", "Nuclear Medicine Technologists"],
        ["Education", "Job Zone"],
        True,
    ),
    (
        ["what kind of person makes a good travel guide?"],
        "completely different: the technicians who fix elevators and escalators in office towers, what's their work "
        "like?",
        ["Elevator and Escalator Installers and Repairers"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["What do paralegals do?"],
        "ok back to careers. the people who bake bread and pastries overnight, how long is their training?",
        ["Bakers"],
        ["On-the-Job Training", "Job Zone"],
        False,
    ),
    (
        ["What do paralegals do?"],
        "Do they work with judges or court reporters much?",
        ["Paralegals and Legal Assistants"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["what programs do range managers use on a computer?"],
        "totally different direction, but what about dental hygienists?",
        ["Dental Hygienists"],
        ["Technology Skills"],
        False,
    ),
    (
        ["診療放射線技師って夜勤ある？"],
        "歯の治療をする歯医者さんはどう？働く時間とか",
        ["歯科医師"],
        ["Work Style"],
        False,
    ),
    (
        ["イラストレーターって会社勤めの人が多い？"],
        "父には銀行の窓口の仕事をすすめられてるんだけど、そっちは学歴どうなの？",
        ["銀行等窓口事務"],
        ["Education", "Career Path"],
        False,
    ),
    (
        ["診療放射線技師って夜勤ある？"],
        "全然違うけど、パンを焼く職人にも興味あって。そっちはどうやってなるの？",
        ["パン製造、パン職人"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
    (
        [],
        "倉庫でフォークリフトを運転してみたい",
        ["フォークリフト運転作業員"],
        ["Career Path", "Description", "Related Qualifications", "Summary"],
        False,
    ),
    (
        [],
        "動物病院で働いてみたいんだけど、資格なしでも雇ってもらえる？",
        ["動物看護"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
    (
        [],
        "ディープラーニングで教師データを大量に学習させて、判定の精度を上げていく開発の仕事をしたい。どんなスキルが要る？",
        ["AIエンジニア"],
        ["Required Skills", "Knowledge", "Career Path"],
        False,
    ),
    (
        ["タンクローリーの運転手になるのに必要な免許って？"],
        "一日の流れ教えて",
        ["タンクローリー乗務員"],
        ["Description", "Tasks", "Summary"],
        False,
    ),
    (["水族館飼育員って資格いる？"], "採用って狭き門？", ["水族館飼育員"], ["Career Path"], False),
    (  # names people say: a big rig's driver, a phone shop's clerk (no employer), a refinery's operator
        [],
        "the people who drive the big 18-wheelers across the country, what do they do besides driving?",
        ["Heavy and Tractor-Trailer Truck Drivers"],
        ["Tasks", "Description"],
        False,
    ),
    ([], "ケータイショップの店員ってやっていけると思う？", ["携帯電話販売"], ["Career Path", "Description"], False),
    ([], "製油所のオペレーターってどんな仕事？", ["石油精製オペレーター"], ["Summary", "Description"], False),
    (
        ["what do camera operators for film do?", "and what about substance abuse counselors?"],
        "Which path is shorter?",
        ["Camera Operators, Television, Video, and Film", "Substance Abuse and Behavioral Disorder Counselors"],
        ["Job Zone", "Education"],
        True,
    ),
    (
        [],
        "役所に出す許可の書類とかを代わりに作ってあげる仕事がしたい",
        ["行政書士"],
        ["Summary", "Description", "Career Path", "Tasks"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "東京タワーの高さって何メートル？"),
    ([], "消防士の採用試験の過去問を出して"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("my roommate works in a lab testing food and drinks. what does her job involve?", Cue.ANOTHER, True),
        ("my brother works at a bank in the morning", Cue.ANOTHER, False),
        ("my sister wants to be a doctor for kids instead. same question for her", Cue.ANOTHER, True),
        ("to be one of the professors who lecture on design. what software do they use?", Cue.REFERS_BACK, False),
        ("how do I become one?", Cue.REFERS_BACK, True),
        ("ok back to careers. the people who process paychecks, how long do they train?", Cue.BACK, False),
        ("ok back to the nurses, what do they earn?", Cue.BACK, True),
        ("totally different: the engineers who plan oil wells, what's their work like?", Cue.FRESH, True),
        ("lol totally different question, the people who drive trucks?", Cue.FRESH, True),
        ("that's totally different from what I thought", Cue.FRESH, False),
        ("Which path is shorter?", Cue.BOTH, True),  # after two jobs: a comparison of them
        ("which path should I take first?", Cue.BOTH, False),
    ],
)
def test_cues(text: str, cue: Cue, found: bool) -> None:
    """The cues that tell of another job, or of none pointed back at."""
    assert (cue in cues_of(text)) is found, cues_of(text)


def test_a_described_job_wanted_from_ones_own_asked_how_is_a_gap_with_its_routes(corpus_bot: Chatbot) -> None:
    """guidance_tune134: the person's job and the work wanted both said, the way there asked: not jobs that suit."""
    answer = corpus_bot.ask(
        "物流倉庫でピッキングの仕事をしています。フォークリフトに乗る仕事に変わりたいのですが、どうすればいいですか？"
    )
    assert answer.gap is not None and answer.gap.target == "フォークリフト運転作業員", answer.answer
    assert answer.routes and answer.routes[0].jobs == ["ピッキング作業員", "フォークリフト運転作業員"]
