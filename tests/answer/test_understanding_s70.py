"""Understanding examples of the seventieth session, on the full corpus index: the shapes the blind sets
guidance_tune142-143 and tune147 and the gap tuning cases found misread, said in other words.

- A supervisors' page whose field the question never says ("the crew boss", "crew supervisor" said by a landscaper)
  is the supervisors' page of the person's own crew.
- "What roles should I target?" after a portrait asks for jobs, not the gap the learned reader saw.
- Japanese "どんな道がありますか？" after work described, no job named: which jobs do that work.
- A question asked of the workers described ("what degree do the people doing that usually have?") is no portrait.
- What the person does, said after "right now" or with "been" alone, is their job; a job someone is hiring for is
  the one wanted; a one-word wish heads the list said after it ("the guy who builds, programs and repairs them").
- Follow-ups: other work told as an interest ("He's also curious about running a wind farm…"), "what about
  professors at a university who…" after a first sentence, "and the guys who test and repair…" (asking no skills);
  Japanese "…する仕事に興味ある" then a question of that work.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from chatbot.models import Intent
from chatbot.retrieval._advice import advice_intent
from chatbot.retrieval._slots import own_words, target_words
from chatbot.retrieval._supervised import own_crew
from chatbot.retrieval._told import jobs_asked_last
from chatbot.retrieval._way_in import asks_of_one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "I mow lawns and plant shrubs for a landscaping company. The owner wants me to become crew supervisor. "
            "What would I need to work on?",
            "Landscaping and Groundskeeping Workers",
            "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers",
        ),
        (
            "I shampoo and rinse clients at a hair salon. I'd like to start cutting and styling hair myself. What "
            "separates me from a stylist?",
            "Shampooers",
            "Hairdressers, Hairstylists, and Cosmetologists",
        ),
    ],
)
def test_the_crew_and_the_work_wanted_in_a_gap(
    corpus_bot: Chatbot, question: str, source: str, target: str
) -> None:
    answer = corpus_bot.ask(question)
    assert answer.gap is not None, answer.answer
    assert (answer.gap.source, answer.gap.target) == (source, target)


def test_a_supervisors_page_of_another_field_is_the_own_crews() -> None:
    related = frozenset({"First-Line Supervisors of Farming, Fishing, and Forestry Workers", "Farmers"})
    said = "I pick and pack in a greenhouse. The owner says I could be crew supervisor. What would I need?"
    mine = "First-Line Supervisors of Farming, Fishing, and Forestry Workers"
    assert own_crew("First-Line Supervisors of Construction Trades and Extraction Workers", said, related) == mine
    # the field said keeps the page as linked; a page of no supervisors is kept
    said = "I pick in a greenhouse but I'd like to supervise construction trades crews. What would I need?"
    theirs = "First-Line Supervisors of Construction Trades and Extraction Workers"
    assert own_crew(theirs, said, related) == theirs
    assert own_crew("Farmers", said, related) == "Farmers"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("I've done payroll for years. I'd like to lead that area. What roles should I target?", True),
        ("Chemist by training, I prefer people. Which careers would fit me?", True),
        ("I do data entry. I'd like to be an accountant. What jobs could I do in between to get there?", False),
        ("Freight agent here. Where could I go so I end up as a supply chain manager?", False),
        ("I shoot weddings. What jobs would get me from behind the camera to running ad campaigns?", False),
        ("経理をしています。どんな仕事が向いていますか？", False),  # English only: the Japanese are read apart
    ],
)
def test_jobs_asked_for_in_so_many_words(text: str, asked: bool) -> None:
    assert jobs_asked_last(text) is asked


def test_roles_to_target_after_a_portrait_are_suggestions(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "Eight years in HR, mostly benefits enrollment and payroll questions. My strength is the numbers: market pay "
        "comparisons, salary bands, choosing retirement plans with brokers. I'd like to run that whole area with a "
        "team of my own. What roles should I target?"
    )
    assert answer.gap is None and answer.matches, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "社内のネットワークの保守を4年やっています。最近は不正アクセスの痕跡を調べて原因を突き止める側の仕事に興味が"
        "あります。報告書をまとめるのも得意です。どんな道がありますか？",
        "トラックで配送をして8年です。介護の研修を受けました。お年寄りの通院の送り迎えと乗り降りの手助けができる仕事"
        "に移りたいです。どんな道がありますか？",
    ],
)
def test_an_open_road_after_work_described_asks_for_jobs(text: str) -> None:
    assert advice_intent(text, [], [], own_words(text), target_words(text))[0] is Intent.MATCH


@pytest.mark.parametrize(
    "text",
    [
        "舞台の衣装をデザインする人になりたいんですが、どういう道がありますか",  # one sentence: its way in
        "タクシー運転手をしています。観光バスの運転士になりたいです。どんな道筋がありますか？",  # a route
    ],
)
def test_a_road_to_one_job_is_no_request_for_jobs(text: str) -> None:
    assert advice_intent(text, [], [], own_words(text), target_words(text))[0] is not Intent.MATCH


@pytest.mark.parametrize(
    ("question", "job", "section"),
    [
        (
            "I volunteer at the library on weekends and love helping people find things. I keep wondering about the "
            "people who organize and catalog the collections. What kind of personality do the people who do that "
            "have?",
            "Librarians and Media Collections Specialists",
            "Personality Traits",
        ),
        (
            "I grew up around cattle and now I'm in college. I keep reading about scientists who improve the "
            "breeding and feeding of farm animals. What degree do the people doing that usually have?",
            "Animal Scientists",
            "Education",
        ),
    ],
)
def test_a_question_of_the_workers_described_is_no_portrait(
    corpus_bot: Chatbot, question: str, job: str, section: str
) -> None:
    answer = corpus_bot.ask(question)
    assert not answer.matches, answer.answer
    cited = [(citation.job, citation.section) for citation in answer.citations[:3]]
    assert (job, section) in cited, cited


def test_a_question_of_the_workers_is_no_portrait_by_the_rules() -> None:
    text = "I volunteer at a shelter and love it. I'm thinking about it as a job. What do the people who run it do?"
    assert advice_intent(text, [], [])[0] is not Intent.MATCH
    mine = "I volunteer at a shelter and love it. I'm thinking about it as a job. What careers would suit me?"
    assert advice_intent(mine, [], [])[0] is Intent.MATCH


@pytest.mark.parametrize(
    ("text", "own", "wanted"),
    [
        (
            "Right now I do sanding and finishing on furniture at a small shop. A boatyard nearby is hiring "
            "fiberglass laminators. What would I be missing?",
            "do sanding and finishing on furniture at a small shop",
            "fiberglass laminators",
        ),
        (
            "Been repairing conveyors in a bottling plant for 6 years. There's a company in town that hires "
            "robotics technicians. What am I lacking?",
            "repairing conveyors",
            "robotics technicians",
        ),
    ],
)
def test_the_work_done_now_and_the_job_on_offer(text: str, own: str, wanted: str) -> None:
    assert own_words(text) == own
    assert target_words(text) == wanted
    assert advice_intent(text, [], [], own, wanted)[0] is Intent.GAP


@pytest.mark.parametrize(
    ("turns", "job", "section"),
    [
        (  # other work told as an interest of the same person ("also curious about running…"): another job
            [
                "my daughter wants to be a dental assistant. do they take x-rays?",
                "He's also curious about running a wind farm - managing the maintenance crews, budgets, that side of "
                "things. How much school is that?",
            ],
            "Wind Energy Operations Managers",
            "Education",
        ),
        (  # "what about <workers> at <a place> who…", after a first sentence: another job
            [
                "What does a fitness and wellness coordinator do?",
                "or maybe teaching. what about professors at a university who train future teachers, how much "
                "school do they need?",
            ],
            "Education Teachers, Postsecondary",
            "Education",
        ),
        (  # "and the guys who test and repair…": the workers described ask no skills; the work asked before kept
            [
                "what do chemical engineers actually work on?",
                "and the guys who test and repair the electrical equipment in our substation and the relays?",
            ],
            "Electrical and Electronics Repairers, Powerhouse, Substation, and Relay",
            "Tasks",
        ),
        (  # Japanese: "…する仕事に興味ある" then a question of it asks that of the work described
            ["印刷機を回す仕事に興味あるんだけど、夜勤ってある？"],
            "印刷オペレーター",
            "Work Style",
        ),
    ],
)
def test_follow_ups_of_the_seventieth_session(corpus_bot: Chatbot, turns: list[str], job: str, section: str) -> None:
    conversation = Conversation()
    answers = [corpus_bot.ask(turn, conversation) for turn in turns]
    cited = [(citation.job, citation.section) for citation in answers[-1].citations[:3]]
    assert (job, section) in cited, cited


def test_work_of_interest_then_what_suits_asks_for_jobs() -> None:
    text = "倉庫で荷物を仕分けする仕事に興味があります。学歴がなくてもできる仕事で、何が合いそうですか？"
    assert asks_of_one(text, text, Intent.WORK_STYLE, of_one=False) is False
    asked = "倉庫で荷物を仕分けする仕事に興味があります。夜勤ってありますか？"
    assert asks_of_one(asked, asked, Intent.WORK_STYLE, of_one=False) is True


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "I fix forklifts at a warehouse. I'd like to be the guy who installs, programs and repairs the robots. "
            "What am I missing?",
            "installs, programs and repairs the robots",
        ),
        (
            "I stock shelves at night. The county is hiring for road and bridge maintenance and the hours are "
            "better. What would I need?",
            "road and bridge maintenance",
        ),
    ],
)
def test_the_list_a_one_word_wish_heads(text: str, wanted: str) -> None:
    assert target_words(text) == wanted
