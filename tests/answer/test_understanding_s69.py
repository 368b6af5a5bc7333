"""Understanding examples of the sixty-ninth session, on the full corpus index: the shapes the blind tuning sets
tune141 and tune143-144 found misread, said in other words.

- Japanese "…の先生" where no title joins the two words: the page people call 先生 that the words fit
  ("ピアノの先生" is 音楽教室講師, "動物病院の先生" 獣医師, "鍼灸院の先生" はり師・きゅう師, "保育園の先生" 保育士); a
  place named before it ("…大学って") is no name that keeps it out; whose 先生 ("息子の先生") names no job.
- A résumé's writing taught by a described worker asks no fact of the world.
- "…する側に回ることってできますか" asks the way in.
- The thing a verb acts on before a worker ("マンション建てる現場監督") is no start of a page's name (マンション管理員);
  a generic place before a worker ("現場の監督") tells no kind of site manager.
- ハローワーク said where a described worker works asks no openings.
- A worker after a verb and a field ("…取り付ける工事の人") is described.
- "what's the schooling like for that?" after workers a wish is likened to ("…like the people who time traffic
  lights…") asks their way in, and those workers are what is searched.
- English: "stoplights" is a word as "stoplight" is; "meat cuter" is the commoner "cutter" of two names' words.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.models import Cue, Intent, Scope
from chatbot.retrieval._advice import advice_intent
from chatbot.retrieval._cues import cues_of
from chatbot.retrieval._english import frequency
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._left import told_after
from chatbot.retrieval._scope import scope_of
from chatbot.retrieval._slots import target_words
from chatbot.retrieval._told_apart import acted_on
from chatbot.retrieval._wishes import ASKS_FOR_JOBS
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

WAY_IN_JA = ["Career Path", "Education", "Related Qualifications"]
EXAMPLES: list[Example] = [
    ([], "ピアノの先生として教えるには、どんな資格があるといいですか？", ["音楽教室講師"], WAY_IN_JA, False),
    ([], "動物病院の先生って、どうやったらなれるの？", ["獣医師"], WAY_IN_JA, False),
    ([], "猫を飼っていて、動物病院の先生みたいになりたいです。大学は何年通うんですか？", ["獣医師"], WAY_IN_JA, False),
    ([], "鍼灸院の先生になるにはどうすればいい？", ["はり師・きゅう師"], WAY_IN_JA, False),
    ([], "保育園の先生ってどうやってなるの？", ["保育士"], WAY_IN_JA, False),
    ([], "接骨院の先生になりたいんだけど、何を勉強すればいい？", ["柔道整復師"], WAY_IN_JA, False),
    (
        [],
        "証券会社に勤めています。企業の合併や買収を進める側に回ることってできますか？",
        ["M&Aマネージャー、M&Aコンサルタント/M&Aアドバイザー"],
        WAY_IN_JA,
        False,
    ),
    (
        [],
        "ビルを建てる現場の監督になりたいけど、建築の学校を出てないと無理？",
        ["建築施工管理技術者"],
        WAY_IN_JA,
        False,
    ),
    (
        [],
        "ハローワークなどで仕事探しの相談に乗ったり、履歴書の書き方を教えたりする人って、資格がいるの？",
        ["キャリアカウンセラー/キャリアコンサルタント", "ハローワーク職員"],  # both do it; the page is not refused
        ["Related Qualifications", "Career Path", "Description"],
        False,
    ),
    (
        [],
        "エレベーターを据え付ける工事の人って、どんな仕事をしてるの？",
        ["エレベーター据付"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (
        [],
        "I'd enjoy a public job, something like the people who time traffic signals and count vehicles at "
        "intersections. what's the training like for that?",
        ["Traffic Technicians"],
        ["Education", "Job Zone", "Training"],
        False,
    ),
    (
        [],
        "is a meat cuter job hard to get into without school?",
        ["Meat, Poultry, and Fish Cutters and Trimmers", "Butchers and Meat Cutters"],
        ["Education", "Job Zone"],
        False,
    ),
]
EXAMPLES += [
    (
        [],
        "I was offered a position in parking enforcement. do they ever have to go to court over disputed tickets?",
        ["Parking Enforcement Workers"],
        ["Tasks", "Description"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "息子の先生が宿題を出しすぎる気がするんだけど、どう思う？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_the_side_one_moves_to_asks_the_way_in() -> None:
    assert detect_intent("人の採用を担当する側に回ることってできますか") is Intent.BECOME
    assert detect_intent("人の採用を担当する側の人って忙しい？") is not Intent.BECOME


def test_what_a_verb_acts_on_before_a_worker() -> None:
    assert acted_on("マンション建てる現場監督になるには", "マンション")
    assert acted_on("ビルを建てる現場の監督ってどう？", "ビル")
    assert not acted_on("マンションの管理人になるには", "マンション")
    assert not acted_on("マンション建てる会社に入りたい", "マンション")


def test_the_job_centre_as_where_a_described_worker_works() -> None:
    described = "ハローワークとかで就職の相談に乗ったり、書類の書き方を教えてくれたりする人ってどんな資格がいる？"
    assert scope_of(described, cues_of(described)) is Scope.JOBS
    assert scope_of("ハローワークに今どんな求人が出てる？", []) is Scope.OPENINGS


def test_a_worker_after_a_verb_and_a_field_is_described() -> None:
    assert Cue.WHICH_JOB in cues_of("鉄塔に電線を張る工事の人って、どんな資格がいるの？")
    assert Cue.WHICH_JOB not in cues_of("今いる会社の人ってみんな優しい")


def test_workers_a_wish_is_likened_to_are_what_is_searched() -> None:
    text = "I'd like working outdoors, like the people who survey land for new roads. what's the training like?"
    assert told_after(text, [], []) == "who survey land for new roads"
    assert told_after("I'm a nurse. What does a midwife do?", [], []) is None


def test_the_commoner_word_of_two_one_edit_away() -> None:
    assert frequency("cutter") > frequency("curer")


def test_workers_described_after_what_about_ask_nothing_by_their_words() -> None:
    assert detect_intent("what about the techs who calibrate and repair the equipment at a refinery?") is None
    assert detect_intent("what about the techs who repair the equipment, what training do they need?") is not None
    assert detect_intent("what about the equipment they use?") is Intent.SKILLS


PORTRAITS = [
    # a portrait that asks nothing, naming the person's job and a field wished for: what suits, not a route
    "I've fixed trucks for ten years and I'm the one who breaks in every new hire. I'd like to move into teaching "
    "the trade. I'm patient and I explain things well.",
    "What I enjoy most is planning events. I've run the office parties at my company for five years. I'm organized "
    "and calm under pressure.",
    "銀行の窓口で4年働いています。お客様のお金の相談に乗るのが好きです。これからは資産運用の計画を一緒に考える仕事をしたいです。",
]
ASKED = [
    "I've fixed trucks for ten years. I want to teach at a trade school. Lay out what I'm missing.",
    "I'm a bank teller. I want to become a loan officer. what do i need",
    "銀行の窓口で4年働いています。融資担当になりたいです。足りないものは何でしょうか。",
]


@pytest.mark.parametrize("text", PORTRAITS)
def test_a_portrait_that_asks_nothing_asks_what_suits(text: str) -> None:
    assert advice_intent(text, ["Bus and Truck Mechanics and Diesel Engine Specialists"], [])[0] is Intent.MATCH


@pytest.mark.parametrize("text", ASKED)
def test_an_order_or_a_question_is_no_portrait(text: str) -> None:
    assert advice_intent(text, ["Loan Officers"], ["Tellers"])[0] is not Intent.MATCH


def test_jobs_out_there_are_asked_for() -> None:
    assert ASKS_FOR_JOBS.search("I love animals and want to work with them. what jobs are out there?")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "What does the job involve for the shop people who build cabinets, doors and drawers with power tools?",
            "work",
        ),
        ("what tools do the workers who build ships use?", "skills"),
        ("who are the people who use software to design bridges?", "work"),
    ],
)
def test_what_is_asked_outside_a_description_decides(text: str, intent: str) -> None:
    found = detect_intent(text)
    assert found is not None and found.value == intent


def test_what_they_ever_have_to_do_asks_the_work() -> None:
    assert detect_intent("do they ever have to appear before a judge when a fine is disputed?") is Intent.WORK
    assert detect_intent("does she ever testify at hearings?") is Intent.WORK
    assert detect_intent("do they ever work weekends?") is not Intent.WORK
    assert detect_intent("do you have to be patient for that?") is not Intent.WORK  # a trait, not a duty


def test_whether_a_job_does_it_asks_the_work() -> None:
    # "the ones who…" after the job asked of is what is asked, no description set aside
    assert detect_intent("i just need to know: are pharmacists the ones who check prescriptions?") is Intent.WORK


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # what happens to the person is no wish ("…starting to hurt"), nor what they are instead of ("being on it")
        (
            "I've poured concrete for ten years and my knees are starting to hurt. I'd like to move into estimating "
            "jobs for a contractor. What would I need to work on?",
            "estimating jobs",
        ),
        (
            "I wash dishes at a diner. I'd like to move up and run the kitchen crew instead of just being on it. "
            "What skills would I need?",
            "kitchen crew manager",
        ),
        # the job named in the question asked last, over a wish described before it
        (
            "I'd like to be the one actually fixing the machines. What am I missing to become a maintenance mechanic?",
            "maintenance mechanic",
        ),
    ],
)
def test_the_words_of_the_job_wanted(text: str, wanted: str) -> None:
    assert target_words(text) == wanted
