"""Corrupt, mismatched or busy index: a clear error that says what to run (CLI, Chatbot API, app), then a rebuild."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from chatbot import Chatbot
from chatbot.config import Settings
from chatbot.errors import ChatbotError, IndexBusyError, IndexCorruptError, IndexMismatchError
from chatbot.index import current_version, load_index, update_index, update_lock
from chatbot.ui import cli
from tests.conftest import ONET, SEEDS, FakeEmbedder
from tests.ui.test_app import plain, sidebar_button, start, use_index

NEW_PAGE = ONET / "onet_11-1031.00_legislators.txt"


def edit_json(path: Path, **changes: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, **changes}), encoding="utf-8")


def data_file(version: Path, role: str, holding: str = "") -> Path:
    """The first data file of a role ("chunks", "vectors", ...) in the version's shards, holding some text."""
    return next(p for p in sorted(version.glob(f"{role}-*")) if holding.encode() in p.read_bytes())


def truncate(role: str) -> Callable[[Path], None]:
    def damage(version: Path) -> None:
        path = data_file(version, role)
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])

    return damage


def edit_chunks(version: Path) -> None:
    """A chunk's text changed by hand, the JSON still valid: answers would quote words the page never had."""
    path = data_file(version, "chunks", "Section Chief")
    path.write_text(path.read_text(encoding="utf-8").replace("Section Chief", "Grand Vizier"), encoding="utf-8")


def edit_jobs(version: Path) -> None:
    """A job table's first title changed by hand: the job would be named wrongly."""
    path = data_file(version, "jobs")
    first, *rest = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([json.dumps({**json.loads(first), "title": "Someone Else"}), *rest]) + "\n")


def foreign_manifest(version: Path) -> None:
    """The manifest of another build (same model and settings, other data files) copied over this one's."""
    other = {path.name: hashlib.sha256(path.name.encode()).hexdigest() for path in version.glob("chunks-*")}
    edit_json(version / "manifest.json", checksums=other, files={})


# name -> (damage done to the live version, the error it must raise)
DAMAGE: dict[str, tuple[Callable[[Path], None], type[ChatbotError]]] = {
    "truncated-faiss": (truncate("vectors"), IndexCorruptError),
    "truncated-chunks": (truncate("chunks"), IndexCorruptError),
    "edited-chunks": (edit_chunks, IndexCorruptError),
    "edited-jobs": (edit_jobs, IndexCorruptError),
    "missing-lexical": (lambda v: data_file(v, "lexical").unlink(), IndexCorruptError),
    "other-model": (lambda v: edit_json(v / "manifest.json", model="other-model"), IndexMismatchError),
    "old-format": (lambda v: edit_json(v / "manifest.json", format_version=1), IndexMismatchError),
    "future-format": (lambda v: edit_json(v / "manifest.json", format_version=99), IndexCorruptError),
    "other-dimension": (lambda v: edit_json(v / "manifest.json", dimension=384), IndexCorruptError),
    "garbage-manifest": (lambda v: (v / "manifest.json").write_bytes(b"\x00garbage"), IndexCorruptError),
    "foreign-manifest": (foreign_manifest, IndexCorruptError),
    "missing-version": (lambda v: shutil.rmtree(v), IndexCorruptError),
}


@pytest.fixture
def built(settings: Settings, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """An index of the seeds (fake model), and the CLI and the app set to use it."""
    update_index(settings, lambda: fake)
    use_index(monkeypatch, settings, fake)
    return settings


def damage(settings: Settings, name: str) -> type[ChatbotError]:
    version = current_version(settings.index_dir)
    assert version is not None
    hurt, error = DAMAGE[name]
    hurt(version)
    return error


def career_is_right(answer_text: str) -> bool:
    return "Section Chief Level" in answer_text and "Grand Vizier" not in answer_text


@pytest.mark.parametrize("name", DAMAGE)
def test_api_and_cli_say_what_to_run_and_index_repairs(
    built: Settings, fake: FakeEmbedder, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    error = damage(built, name)
    with pytest.raises(error, match=r"chatbot index (--full )?--index"):
        Chatbot(built, fake)
    index = str(built.index_dir)
    assert cli.main(["ask", "how do I become a ward mayor", "--index", index]) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("error: ") and "Traceback" not in captured.err
    advice = re.search(r"chatbot (index (--full )?--index (\S+))$", captured.err.strip())
    assert advice and advice[3] == index and len(captured.err.splitlines()) == 1
    assert cli.main([*advice[1].split(), "--seeds", str(built.seeds[0])]) == cli.EXIT_OK  # what it says to run
    capsys.readouterr()
    assert cli.main(["ask", "how do I become a ward mayor", "--index", index, "--json"]) == cli.EXIT_OK
    answer = json.loads(capsys.readouterr().out)
    assert answer["answered"] and career_is_right(answer["answer"])


@pytest.mark.parametrize("name", DAMAGE)
def test_app_shows_the_error_and_rebuilds(built: Settings, name: str) -> None:
    error = damage(built, name)
    at = start()
    assert not at.exception
    message = plain(at.error[0].value)
    assert "chatbot index" in message and str(built.index_dir) in message
    assert at.chat_input[0].disabled
    sidebar_button(at, "Rebuild the index" if error is IndexCorruptError else "Build the index").click().run()
    assert not at.exception and not at.error and not at.chat_input[0].disabled
    at.chat_input[0].set_value("how do I become a ward mayor").run()
    answer = at.session_state["conversation"].turns[-1]
    assert answer.answered and career_is_right(answer.answer)


def test_vectors_of_another_dimension_are_a_mismatch_not_a_crash(built: Settings) -> None:
    """The model behind a name changed (CHATBOT_MODEL is a folder whose model was replaced): its vectors have
    another dimension. Fails until Chatbot checks the embedder's dimension against the manifest's
    (pipeline.Chatbot._checked, see docs/robustness.md); today the first question raises numpy's ValueError."""
    with pytest.raises(IndexMismatchError, match="chatbot index"):
        Chatbot(built, FakeEmbedder(dimension=32)).ask("how do I become a ward mayor")


def test_index_rebuilds_when_the_models_dimension_changed(built: Settings) -> None:
    """Same name, another dimension: the update must re-embed everything, not stack 64- on 32-wide vectors.
    Fails until indexer.write_version rebuilds in that case (see docs/robustness.md)."""
    shutil.copy(NEW_PAGE, built.seeds[0])
    update_index(built, lambda: FakeEmbedder(dimension=32))
    index = load_index(built.index_dir)
    assert index.manifest.dimension == 32 and index.vectors.shape[1] == 32 and len(index.manifest.files) == 3


@pytest.fixture
def busy(built: Settings) -> Iterator[Settings]:
    """The index's update lock held, as by a `chatbot index` running in another process."""
    with update_lock(built.index_dir):
        yield built


def test_second_updater_gets_a_clear_busy_error(
    busy: Settings, fake: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    before = current_version(busy.index_dir)
    shutil.copy(NEW_PAGE, busy.seeds[0])
    assert cli.main(["index", "--seeds", str(busy.seeds[0]), "--index", str(busy.index_dir)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: Another `chatbot index` is updating") and "Traceback" not in err
    bot = Chatbot(busy, fake)
    with pytest.raises(IndexBusyError):
        bot.reindex()
    assert current_version(busy.index_dir) == before
    assert bot.ask("how do I become a ward mayor").answered  # the bot still answers from the live version


def test_app_reindex_while_busy_shows_the_error(busy: Settings) -> None:
    at = start()
    shutil.copy(NEW_PAGE, busy.seeds[0])
    sidebar_button(at, "Reindex").click().run()
    assert not at.exception
    assert "Another `chatbot index` is updating" in plain(at.error[0].value)
    at.chat_input[0].set_value("how do I become a ward mayor").run()
    assert at.session_state["conversation"].turns[-1].answered


def holds_a_lock(pid: int) -> bool:
    """True when the process holds a flock (Linux lists them in /proc/locks: "1: FLOCK ADVISORY WRITE <pid> ...")."""
    return any(line.split()[1:5] == ["FLOCK", "ADVISORY", "WRITE", str(pid)] for line in open("/proc/locks"))


@pytest.mark.slow
def test_two_real_index_processes(tmp_path: Path) -> None:
    """Two `chatbot index` at once: the second says the index is busy; the first completes a sound index.

    The first run exports the model to ONNX (no model cache yet), so it holds the lock for seconds."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for page in sorted(ONET.glob("onet_15-*.txt"))[:3]:
        shutil.copy(page, seeds)
    index = tmp_path / "idx"
    chatbot = str(Path(sys.executable).with_name("chatbot"))
    command = [chatbot, "index", "--seeds", str(seeds), "--index", str(index)]
    env = {**os.environ, "CHATBOT_MODEL_CACHE": str(tmp_path / "models")}  # a cache of its own: it exports
    first = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    while not holds_a_lock(first.pid) and first.poll() is None:  # then it exports and loads the model: seconds
        time.sleep(0.01)
    second = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert second.returncode == cli.EXIT_ERROR
    assert second.stderr.startswith(f"error: Another `chatbot index` is updating {index}")
    out, err = first.communicate(timeout=600)
    assert first.returncode == cli.EXIT_OK, err
    assert b"added 5" in out
    assert len(load_index(index).manifest.files) == 5 and not list(index.glob(".tmp-*"))
