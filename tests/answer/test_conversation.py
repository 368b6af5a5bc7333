"""Multi-turn conversations through Chatbot.ask: follow-ups, a switch of job, a comparison, refusals, the LLM path.

The same scripts run three ways: with the fake embedder over the seeds (fast), with the real model over the seeds,
and with the real model over the full index of seeds + O*NET + jobtag (both slow).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer

import pytest

from chatbot import Chatbot, build_index
from chatbot.answer import Conversation
from chatbot.answer._citations import citation_problems
from chatbot.config import Settings
from chatbot.index import Library
from chatbot.models import Answer
from tests.answer.test_llm import Endpoint, Script
from tests.conftest import DIRECTOR, SEEDS, WARD_MAYOR, FakeEmbedder

CARPENTER = "大工"


@dataclass
class Step:
    """One question and what its answer must show: answered or not, cited (job, section) pairs, jobs, phrases."""

    question: str
    answered: bool
    cites: list[tuple[str, str]] = field(default_factory=list)
    jobs: list[str] | None = None
    says: list[str] = field(default_factory=list)
    standalone: str | None = None
    avoid: list[str] = field(default_factory=list)  # jobs the answer must not cite


WARD_MAYOR_TALK = [
    Step(
        "How do I become a ward mayor?",
        True,
        [(WARD_MAYOR, "Career Path"), (WARD_MAYOR, "Required Skills")],
        [WARD_MAYOR],
        ["1. General Administrative Staff", "5. Ward Mayor"],
    ),
    Step(
        "What skills does that need?",
        True,
        [(WARD_MAYOR, "Required Skills"), (WARD_MAYOR, "Recommended Skills")],
        [WARD_MAYOR],
        standalone=f"What skills does {WARD_MAYOR} need?",
    ),
    Step(
        "And the Secretariat Director-General?",
        True,
        [(DIRECTOR, "Required Skills"), (DIRECTOR, "Recommended Skills")],
        [DIRECTOR],
        ["Policy Coordination and Negotiation"],
        standalone=f"What skills does {DIRECTOR} need?",
    ),
    Step("What is its outlook?", True, [(DIRECTOR, "Future Outlook")], [DIRECTOR], ["digital transformation"]),
    Step(
        "Compare the two",
        True,
        [
            (WARD_MAYOR, "Description"),
            (DIRECTOR, "Description"),
            (WARD_MAYOR, "Career Path"),
            (DIRECTOR, "Career Path"),
        ],
        [WARD_MAYOR, DIRECTOR],
        [f"| Section | {WARD_MAYOR} | {DIRECTOR} |"],
    ),
    Step(
        "And a city mayor?",
        False,
        [(WARD_MAYOR, "Related Jobs")],
        says=["I have no page for City Mayor", f"It is listed as a job related to **{WARD_MAYOR}** [1]."],
        standalone="And a city mayor?",
    ),
    Step("What is the outlook for it?", True, [(WARD_MAYOR, "Future Outlook")], [WARD_MAYOR]),
]
SWITCH_TALK = [
    Step("What does a Secretariat Director-General do?", True, [(DIRECTOR, "Summary")], [DIRECTOR]),
    Step("How do I become a ward mayor?", True, [(WARD_MAYOR, "Career Path")], [WARD_MAYOR]),
    Step("Who is suited to it? What personality?", True, [(WARD_MAYOR, "Personality Traits")], [WARD_MAYOR]),
    Step("How do I become an astronaut?", False, says=["could not find", "The closest jobs I do cover:"]),
    Step("Does it pay well?", False, says=[f"The page for **{WARD_MAYOR}** does not cover pay", "Its page does cover"]),
    Step("What is its outlook?", True, [(WARD_MAYOR, "Future Outlook")], [WARD_MAYOR]),
]
COMPARISON_TALK = [
    Step(
        "Compare the ward mayor and the secretariat director-general",
        True,
        [(WARD_MAYOR, "Required Skills"), (DIRECTOR, "Required Skills"), (DIRECTOR, "Related Qualifications")],
        [WARD_MAYOR, DIRECTOR],
    ),
]
REFUSAL_TALK = [
    Step("hello!", False, says=["citing the page"]),
    Step("compare the two", False, says=["which jobs to compare"]),
    Step("and a city mayor?", False, [(WARD_MAYOR, "Related Jobs")], says=["no page for City Mayor"]),
]
SEED_TALKS = [WARD_MAYOR_TALK, SWITCH_TALK, COMPARISON_TALK, REFUSAL_TALK]


def check(answer: Answer, step: Step, library: Library) -> None:
    """The answer keeps every promise of the step, and its citations pass the checker."""
    where = f"{step.question!r} -> {answer.answer[:300]!r}"
    assert answer.answered is step.answered, where
    pairs = {(c.job, c.section) for c in answer.citations}
    assert set(step.cites) <= pairs, where
    if step.jobs is not None:
        assert answer.jobs == step.jobs, where
    assert all(phrase in answer.answer for phrase in step.says), where
    assert not any(c.job in step.avoid for c in answer.citations), where
    if step.standalone is not None:
        assert answer.standalone_question == step.standalone
    sections = {(c.job, c.section): library.text(c.job, c.section) or "" for c in answer.citations}
    assert citation_problems(answer.answer, answer.citations, sections) == [], where
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def talk(bot: Chatbot, steps: list[Step]) -> list[Answer]:
    conversation = Conversation()
    answers = []
    for step in steps:
        streamed: list[str] = []
        answer = bot.ask(step.question, conversation, on_text=streamed.append)
        assert "".join(streamed) == answer.answer
        check(answer, step, Library(bot.index, bot.settings.vocabulary))
        answers.append(answer)
    return answers


@pytest.fixture(scope="module")
def fake_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(seeds=[SEEDS], index_dir=tmp_path_factory.mktemp("fake-seeds") / "index", model="fake")
    build_index(settings, embedder=FakeEmbedder())
    return settings


@pytest.fixture
def fake_bot(fake_settings: Settings) -> Chatbot:
    return Chatbot(fake_settings, FakeEmbedder())


@pytest.mark.parametrize("steps", SEED_TALKS, ids=["ward-mayor", "switch", "comparison", "refusals"])
def test_seed_conversations_with_the_fake_embedder(fake_bot: Chatbot, steps: list[Step]) -> None:
    talk(fake_bot, steps)


def test_comparison_fills_the_model_and_the_table(fake_bot: Chatbot) -> None:
    answer = talk(fake_bot, COMPARISON_TALK)[0]
    assert answer.comparison is not None and answer.comparison.jobs == [WARD_MAYOR, DIRECTOR]
    assert all(len(row.cells) == 2 for row in answer.comparison.rows) and len(answer.comparison.rows) >= 5
    assert answer.contract()["comparison"]["rows"][0]["section"] == "Description"  # what each does, side by side


def test_json_carries_the_standalone_question_and_keeps_the_contract(fake_bot: Chatbot) -> None:
    conversation = Conversation()
    fake_bot.ask("How do I become a ward mayor?", conversation)
    contract = fake_bot.ask("what is its outlook?", conversation).contract()
    assert {"answer", "answered", "citations", "jobs"} <= set(contract)
    assert (
        contract["standalone_question"] == f"What is the outlook for {WARD_MAYOR}?" and contract["intent"] == "outlook"
    )
    assert set(contract["citations"][0]) >= {"n", "job", "section", "source", "text"}
    assert "hits" not in contract and isinstance(contract["suggestions"], list)


def test_suggestions_move_on_to_sections_not_yet_discussed(fake_bot: Chatbot) -> None:
    answers = talk(fake_bot, WARD_MAYOR_TALK[:2])
    assert 2 <= len(answers[0].suggestions) <= 3
    assert not any("become" in s.lower() or "skills" in s.lower() for s in answers[1].suggestions)


def test_ask_without_a_conversation_answers_alone(fake_bot: Chatbot) -> None:
    answer = fake_bot.ask("What is its outlook?")
    assert answer.standalone_question == "What is its outlook?" and WARD_MAYOR not in answer.standalone_question


def test_too_long_question_is_refused_with_a_reason(fake_bot: Chatbot) -> None:
    answer = fake_bot.ask("why " * 600)
    assert not answer.answered and "too long" in answer.answer


@pytest.fixture
def llm_bot(fake_settings: Settings) -> Iterator[tuple[Script, Chatbot]]:
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Scripted", (Endpoint,), {"script": script}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/v1"
    settings = fake_settings.model_copy(update={"llm_base_url": url, "llm_model": "tiny", "llm_timeout_s": 1.0})
    yield script, Chatbot(settings, FakeEmbedder())
    server.shutdown()
    server.server_close()


def test_llm_answer_streams_and_cites_real_passages(llm_bot: tuple[Script, Chatbot]) -> None:
    script, bot = llm_bot
    script.pieces = ["Start as general administrative staff ", "[1", "]. Then rise [9]."]
    streamed: list[str] = []
    answer = bot.ask("How do I become a ward mayor?", on_text=streamed.append)
    assert answer.answered and answer.answer == "Start as general administrative staff [1]. Then rise."
    assert len(streamed) >= 2 and [c.n for c in answer.citations] == [1]
    # passage 1 is the page's deciding sentence ("directly elected by residents"), which leads a become answer
    assert (answer.citations[0].job, answer.citations[0].section) == (WARD_MAYOR, "Description")
    assert "<passages>" in script.requests[0]["messages"][1]["content"]


def test_llm_error_falls_back_to_the_grounded_answer(llm_bot: tuple[Script, Chatbot]) -> None:
    script, bot = llm_bot
    script.status = 503
    streamed: list[str] = []
    answer = bot.ask("How do I become a ward mayor?", on_text=streamed.append)
    assert answer.answered and "1. General Administrative Staff" in answer.answer and streamed == [answer.answer]


def test_llm_timeout_midway_falls_back_after_a_note(llm_bot: tuple[Script, Chatbot]) -> None:
    script, bot = llm_bot
    script.pieces, script.stall_s = ["Start as staff [1]. ", "Then more [1]."], 0.7
    streamed: list[str] = []
    answer = bot.ask("How do I become a ward mayor?", on_text=streamed.append)
    assert "1. General Administrative Staff" in answer.answer and "Start as staff" not in answer.answer
    assert streamed[0] == "Start as staff [1]. " and "did not finish" in streamed[1] and streamed[-1] == answer.answer


def test_refusals_do_not_go_to_the_llm(llm_bot: tuple[Script, Chatbot]) -> None:
    script, bot = llm_bot
    assert not bot.ask("hi").answered and script.requests == []


@pytest.mark.slow
@pytest.mark.parametrize("steps", SEED_TALKS, ids=["ward-mayor", "switch", "comparison", "refusals"])
def test_seed_conversations_with_the_real_model(seeds_bot: Chatbot, steps: list[Step]) -> None:
    talk(seeds_bot, steps)


CORPUS_TALKS = [
    *SEED_TALKS,
    [
        Step("大工になるには？", True, [(CARPENTER, "Career Path")], [CARPENTER], ["**大工**になるには："]),
        Step("必要なスキルは？", True, [(CARPENTER, "Required Skills")], [CARPENTER]),
        Step("その資格は？", True, [(CARPENTER, "Related Qualifications")], [CARPENTER]),
    ],
    [
        Step("What do legislators do?", True, [("Legislators", "Description")], ["Legislators"]),
        Step("What is their outlook?", False, says=["does not cover the outlook"]),
        Step("Compare them with chief executives", True, [("Chief Executives", "Description")]),
    ],
    [
        Step("How do I become a ward mayor?", True, [(WARD_MAYOR, "Career Path")], [WARD_MAYOR]),
        Step("What skills does a nurse need?", True, [("Registered Nurses", "Required Skills")], avoid=[WARD_MAYOR]),
    ],
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "steps", CORPUS_TALKS, ids=["ward-mayor", "switch", "comparison", "refusals", "japanese", "onet", "other-job"]
)
def test_conversations_over_the_full_index(corpus_bot: Chatbot, steps: list[Step]) -> None:
    talk(corpus_bot, steps)
