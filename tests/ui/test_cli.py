"""CLI: the index summary, exit codes and the --json contract of ask and chat."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatbot.index import current_version, load_index
from chatbot.ui import cli
from tests.conftest import ONET, SEEDS, WARD_MAYOR, FakeEmbedder

CONTRACT_KEYS = {"answer", "answered", "citations", "jobs"}
CITATION_KEYS = {"n", "job", "section", "source", "text"}


def check_contract(answer: dict) -> None:
    assert set(answer) >= CONTRACT_KEYS
    assert isinstance(answer["answer"], str) and isinstance(answer["answered"], bool)
    assert all(isinstance(job, str) for job in answer["jobs"])
    for n, citation in enumerate(answer["citations"], start=1):
        assert set(citation) >= CITATION_KEYS
        assert citation["n"] == n
        assert all(isinstance(citation[key], str) for key in CITATION_KEYS - {"n"})


def test_index_prints_summary_and_exit_code(
    tmp_path: Path, seeds: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    assert cli.main(["index", "--seeds", str(seeds), "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added 2, changed 0, removed 0, unchanged 0 files;") and "chunks" in out
    (seeds / "broken.txt").write_bytes(b"\x00binary")
    assert cli.main(["index", "--seeds", str(seeds), "--index", str(index)]) == cli.EXIT_SKIPPED
    captured = capsys.readouterr()
    assert "skipped broken.txt: binary file" in captured.err
    assert "unchanged 2 files" in captured.out


def test_index_takes_several_seed_folders(
    tmp_path: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(ONET / "onet_11-1011.00_chief-executives.txt", extra)
    index = tmp_path / "idx"
    assert cli.main(["index", "--seeds", str(SEEDS), "--seeds", str(extra), "--index", str(index)]) == 0
    assert set(load_index(index).manifest.files) == {
        *(p.name for p in SEEDS.glob("*.txt")),
        "onet_11-1011.00_chief-executives.txt",
    }


def test_ask_json_contract(
    tmp_path: Path, seeds: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(tmp_path / "idx")
    cli.main(["index", "--seeds", str(seeds), "--index", index])
    capsys.readouterr()
    assert cli.main(["ask", "how do I become a ward mayor", "--index", index, "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    answer = json.loads(lines[0])
    check_contract(answer)
    assert answer["answered"] and WARD_MAYOR in answer["jobs"]


def test_chat_answers_one_line_per_question(
    tmp_path: Path,
    seeds: Path,
    fake_model: FakeEmbedder,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    index = str(tmp_path / "idx")
    cli.main(["index", "--seeds", str(seeds), "--index", index])
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("how do I become a ward mayor\n\nwhat skills does that need?\n"))
    assert cli.main(["chat", "--index", index, "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(answers) == 2
    for answer in answers:
        check_contract(answer)


def test_missing_index_is_a_clear_error(
    tmp_path: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["ask", "hello", "--index", str(tmp_path / "none")]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: No index in") and "chatbot index" in err and "Traceback" not in err


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    chatbot = Path(sys.executable).with_name("chatbot")
    return subprocess.run([str(chatbot), *args], capture_output=True, text=True, timeout=600, **kwargs)


@pytest.mark.slow
def test_real_cli_index_ask_chat(tmp_path: Path) -> None:
    """The installed `chatbot` command with the real model and a real FAISS index."""
    index = str(tmp_path / "idx")
    built = run_cli("index", "--seeds", str(SEEDS), "--index", index)
    assert built.returncode == 0, built.stderr
    assert "added 2" in built.stdout
    again = run_cli("index", "--seeds", str(SEEDS), "--index", index)
    assert "unchanged 2 files" in again.stdout and "0 embedded" in again.stdout
    asked = run_cli("ask", "how do I become a ward mayor", "--index", index, "--json")
    answer = json.loads(asked.stdout)
    check_contract(answer)
    assert any(c["job"] == WARD_MAYOR and c["section"] == "Career Path" for c in answer["citations"])
    chat = subprocess.Popen(
        [str(Path(sys.executable).with_name("chatbot")), "chat", "--index", index, "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert chat.stdin and chat.stdout
    chat.stdin.write("how do I become a ward mayor\n")
    chat.stdin.flush()
    first = json.loads(chat.stdout.readline())  # answered before stdin closes: output is flushed per line
    chat.stdin.write("what skills does that need?\n")
    chat.stdin.close()
    second = json.loads(chat.stdout.readline())
    chat.wait(timeout=60)
    for answer in (first, second):
        check_contract(answer)
    assert WARD_MAYOR in first["jobs"]


@pytest.mark.slow
def test_reindex_killed_midway_leaves_old_index_usable(tmp_path: Path) -> None:
    """SIGKILL `chatbot index` while it embeds new pages: the old index still loads and answers."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    index = str(tmp_path / "idx")
    assert run_cli("index", "--seeds", str(seeds), "--index", index).returncode == 0
    before = current_version(Path(index))
    for path in sorted(ONET.glob("*.txt"))[:40]:
        shutil.copy(path, seeds)
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("chatbot")), "index", "--seeds", str(seeds), "--index", index],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr
    seen = b""
    while b"embedding" not in seen and process.poll() is None:
        seen += process.stderr.read1(256)
    time.sleep(1.0)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert current_version(Path(index)) == before
    asked = run_cli("ask", "how do I become a ward mayor", "--index", index, "--json")
    assert asked.returncode == 0 and json.loads(asked.stdout)["answered"]
    finished = run_cli("index", "--seeds", str(seeds), "--index", index)
    assert finished.returncode == 0 and "added 40" in finished.stdout
    assert current_version(Path(index)) != before
    assert not list(Path(index).glob(".tmp-*"))


def test_chat_resumes_a_stored_conversation_and_feedback_is_exported(
    tmp_path: Path,
    seeds: Path,
    fake_model: FakeEmbedder,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from chatbot import LOCAL, Settings, Store, history_file

    index = str(tmp_path / "idx")
    cli.main(["index", "--seeds", str(seeds), "--index", index])
    monkeypatch.setattr(sys, "stdin", io.StringIO("how do I become a ward mayor\n"))
    assert cli.main(["chat", "--index", index, "--json"]) == 0
    store = Store(history_file(Settings(index_dir=Path(index))))
    [stored] = store.conversations(LOCAL)
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("what skills does that need?\n"))
    assert cli.main(["chat", "--index", index, "--json", "--conversation", stored.id]) == 0
    [answer] = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert WARD_MAYOR in answer["jobs"]  # the follow-up kept the stored thread
    loaded = store.load(stored.id, LOCAL)
    assert loaded is not None and len(loaded.turns) == 2
    store.give_feedback(stored.id, 2, "wrong_source", LOCAL, citation=1)
    other, someone = store.new_id(), "browser:" + "s" * 43  # another owner's conversation and feedback
    conversation = store.load(stored.id, LOCAL)
    assert conversation is not None and store.save(other, conversation, None, someone)
    store.give_feedback(other, 1, "not_what_i_asked", someone, comment="someone else's words")
    assert cli.main(["feedback", "export", "--index", index, "--owner", LOCAL]) == 0
    [case] = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [t["q"] for t in case["turns"]] == ["how do I become a ward mayor", "what skills does that need?"]
    assert cli.main(["feedback", "summary", "--index", index, "--owner", LOCAL]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == {"wrong_source": 1}
    assert cli.main(["feedback", "export", "--index", index, "--owner", someone]) == 0
    exported = capsys.readouterr().out
    assert "someone else's words" in exported and "wrong_source" not in exported
    assert cli.main(["feedback", "export", "--index", index, "--all"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    with pytest.raises(SystemExit):  # whose feedback must be said
        cli.main(["feedback", "export", "--index", index])
