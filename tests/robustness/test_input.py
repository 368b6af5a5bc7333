"""Input limits: empty, over-long and control-character questions get a clear reply from the API, CLI and app."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest

from chatbot import Chatbot, build_index
from chatbot.answer import Conversation
from chatbot.answer._turn import EMPTY
from chatbot.config import Settings
from chatbot.embed import register_embedder
from chatbot.text import clean_question
from chatbot.ui import cli
from tests.conftest import SEEDS, WARD_MAYOR, FakeEmbedder
from tests.ui.test_app import use_index

HUGE = "how do I become a ward mayor " * 3_500  # ~100 kB
BLANK = ["", "   ", "\t\n\r", "\x00\x01\x07\x1b", "\u3000\x85"]


@pytest.fixture(scope="module")
def fake_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(seeds=[SEEDS], index_dir=tmp_path_factory.mktemp("input") / "index", model="fake")
    build_index(settings, embedder=FakeEmbedder())
    return settings


@pytest.fixture
def bot(fake_settings: Settings) -> Chatbot:
    return Chatbot(fake_settings, FakeEmbedder())


@pytest.mark.parametrize(
    ("question", "cleaned"),
    [
        (" how do I\x00become a\n mayor\x1b[1m ", "how do I become a mayor [1m"),
        ("\udcff ward mayor", "\ufffd ward mayor"),
        ("a\u0085b\u009bc", "a b c"),
        ("\t\n", ""),
        ("区長\u3000になるには", "区長 になるには"),
    ],
)
def test_clean_question(question: str, cleaned: str) -> None:
    assert clean_question(question) == cleaned


@pytest.mark.parametrize("question", BLANK, ids=["empty", "spaces", "line-ends", "controls", "wide-space"])
def test_empty_question_gets_a_clear_reply(bot: Chatbot, question: str) -> None:
    streamed: list[str] = []
    answer = bot.ask(question, on_text=streamed.append)
    assert not answer.answered and answer.answer.startswith(EMPTY) and "For example" in answer.answer
    assert answer.suggestions and "".join(streamed) == answer.answer and answer.question == ""


def test_over_long_question_is_refused_at_once(bot: Chatbot) -> None:
    started = time.monotonic()
    answer = bot.ask(HUGE)
    assert time.monotonic() - started < 1
    assert not answer.answered and "too long" in answer.answer and f"{len(HUGE.strip())} characters" in answer.answer
    assert len(answer.question) <= 200


def test_control_characters_are_dropped_and_the_question_answered(bot: Chatbot) -> None:
    conversation = Conversation()
    answer = bot.ask("how do I\x00 become a ward\x1b[31m mayor?\x07", conversation)
    assert answer.answered and WARD_MAYOR in answer.jobs
    assert answer.question == "how do I become a ward [31m mayor?" and conversation.turns[-1] is answer


def test_undecodable_bytes_never_reach_the_json(fake_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """`chatbot ask $'\\xff ...'`: Python hands the byte over as a lone surrogate; a strict UTF-8 stdout
    (PYTHONIOENCODING=utf-8, a UTF-8 locale) would raise on printing it."""
    register_embedder("fake", lambda: FakeEmbedder())
    monkeypatch.setenv("CHATBOT_MODEL", "fake")
    out = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8", errors="strict"))
    code = cli.main(["ask", "\udcff how do I become a ward mayor", "--index", str(fake_settings.index_dir), "--json"])
    sys.stdout.flush()
    assert code == cli.EXIT_OK
    answer = json.loads(out.getvalue().decode("utf-8"))
    assert answer["answered"] and answer["question"] == "\ufffd how do I become a ward mayor"


@pytest.mark.parametrize("question", ["", "   ", "\x1b\x07", HUGE])
def test_cli_ask_replies_clearly(
    fake_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    register_embedder("fake", lambda: FakeEmbedder())
    monkeypatch.setenv("CHATBOT_MODEL", "fake")
    assert cli.main(["ask", question, "--index", str(fake_settings.index_dir), "--json"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    answer = json.loads(captured.out)
    assert not answer["answered"] and ("too long" in answer["answer"] or answer["answer"].startswith(EMPTY))
    assert captured.err == ""


def test_cli_chat_survives_bad_lines(
    fake_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    register_embedder("fake", lambda: FakeEmbedder())
    monkeypatch.setenv("CHATBOT_MODEL", "fake")
    lines = ["\x00\x07", HUGE, "how do I become a ward mayor\x1b[0m", "what skills does that need?"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["chat", "--index", str(fake_settings.index_dir), "--json"]) == cli.EXIT_OK
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["answered"] for a in answers] == [False, False, True, True]
    assert answers[0]["answer"].startswith(EMPTY) and "too long" in answers[1]["answer"]
    assert WARD_MAYOR in answers[3]["jobs"]  # the bad lines did not break the thread


def test_cli_chat_reads_undecodable_stdin(
    fake_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stdin line that is not UTF-8 (strict decoding, as under a UTF-8 locale or PYTHONIOENCODING=utf-8) is
    answered like any other line. Fails until cli.run_chat decodes stdin with errors="replace" (docs/robustness.md).
    """
    register_embedder("fake", lambda: FakeEmbedder())
    monkeypatch.setenv("CHATBOT_MODEL", "fake")
    data = b"caf\xe9 owner?\nhow do I become a ward mayor\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict"))
    assert cli.main(["chat", "--index", str(fake_settings.index_dir), "--json"]) == cli.EXIT_OK
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(answers) == 2 and answers[1]["answered"]


@pytest.mark.parametrize("question", ["   ", "\x00\x1b", HUGE, "ward mayor\x07 career path"])
def test_app_replies_clearly(
    fake_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, question: str
) -> None:
    from streamlit.testing.v1 import AppTest

    from tests.ui.test_app import APP

    use_index(monkeypatch, fake_settings, FakeEmbedder())
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.chat_input[0].set_value(question).run()
    assert not at.exception and not at.error
    answer = at.session_state["conversation"].turns[-1]
    shown = " ".join(md.value for md in at.chat_message[1].markdown)
    assert answer.answer.split(".")[0] in shown.replace("\\", "")
    if question.strip("\x00\x1b "):
        assert answer.answered == ("career" in question) and ("too long" in shown) == (question is HUGE)
    else:
        assert shown.startswith(EMPTY.split(" (")[0])
