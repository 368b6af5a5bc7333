"""Crash safety: `chatbot index` killed with SIGKILL at random moments leaves a loadable index and the next run works.

The kill loop runs a real `chatbot index` subprocess (real model, real FAISS) that adds a few O*NET pages, and
kills it in one of three phases, in turn: before embedding (start-up, scanning and parsing, loading the model), while
embedding, and while saving. Each phase is found by what the run shows (the progress bar on stderr, the staging
folder in the index folder), then the kill waits a random part of that phase's length, measured on an
uninterrupted run first. CHATBOT_KILL_LOOPS sets the number of kills (default 3, one per phase; the slow-and-long
run in docs/robustness.md used 24); CHATBOT_KILL_SEED repeats a run's random delays.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from chatbot.embed import Embedder
from chatbot.index import current_version, load_index, update_index, update_lock
from chatbot.index._ivf import assign
from chatbot.retrieval import Retriever
from tests.conftest import ONET, ROOT, SEEDS, WARD_MAYOR, FakeEmbedder

KILLS = int(os.environ.get("CHATBOT_KILL_LOOPS", "3"))
SEED = int(os.environ.get("CHATBOT_KILL_SEED", str(time.time_ns() % 1_000_000)))
PHASES = ("before embedding", "embedding", "saving")
PAGES_PER_RUN = 3
CHATBOT = str(Path(sys.executable).with_name("chatbot"))


@dataclass
class Watched:
    """A `chatbot index` subprocess and what it showed: stderr, the staging folder, the swap of CURRENT."""

    process: subprocess.Popen[bytes]
    index: Path
    live: str
    started: float = field(default_factory=time.monotonic)
    stderr: bytes = b""
    seen: dict[str, float] = field(default_factory=dict)  # event -> seconds after the start

    def poll(self) -> None:
        """Note any event that happened since the last look."""
        assert self.process.stderr is not None
        with contextlib.suppress(BlockingIOError):  # nothing new on stderr
            self.stderr += os.read(self.process.stderr.fileno(), 1 << 16)
        now = time.monotonic() - self.started
        if b"embedding" in self.stderr:
            self.seen.setdefault("embedding", now)
        if any(self.index.glob(".tmp-*")):
            self.seen.setdefault("saving", now)
        live = current_version(self.index)
        if live is not None and live.name != self.live:
            self.seen.setdefault("swapped", now)

    def wait_for(self, event: str | None, then: float) -> None:
        """Wait for the event (None: the start; "end": the exit), then `then` seconds more, watching all along."""
        while event is not None and event not in self.seen and self.process.poll() is None:
            self.poll()
            time.sleep(0.002)
        deadline = time.monotonic() + then
        while time.monotonic() < deadline and self.process.poll() is None:
            self.poll()
            time.sleep(0.002)

    def finish(self, kill: bool) -> int:
        if kill and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        code = self.process.wait(timeout=600)
        self.poll()
        assert self.process.stderr is not None
        self.stderr += self.process.stderr.read()
        self.seen.setdefault("end", time.monotonic() - self.started)
        return code

    def landed(self) -> str:
        """Where the run was when it ended, judged from what it showed."""
        for event in ("swapped", "saving", "embedding"):
            if event in self.seen:
                return {"swapped": "after the swap", "saving": "saving"}.get(event, event)
        return "before embedding"


def start(seeds: Path, index: Path, env: dict[str, str]) -> Watched:
    process = subprocess.Popen(
        [CHATBOT, "index", "--seeds", str(seeds), "--index", str(index)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    live = current_version(index)
    return Watched(process, index, live.name if live else "")


def phase_windows(measured: Watched) -> tuple[dict[str, tuple[str | None, float]], dict[str, float]]:
    """An uninterrupted run watched to the end: for each phase, the event that starts it and how long it lasts;
    and when each event came."""
    measured.wait_for("end", 0)
    assert measured.finish(kill=False) == 0, measured.stderr.decode(errors="replace")
    times = measured.seen
    assert {"embedding", "saving", "swapped"} <= set(times), (times, measured.stderr)
    windows = {
        "before embedding": (None, times["embedding"]),
        "embedding": ("embedding", times["saving"] - times["embedding"]),
        "saving": ("saving", times["swapped"] - times["saving"]),
    }
    return windows, times


def index_to_the_end(seeds: Path, index: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`chatbot index` left to finish."""
    command = [CHATBOT, "index", "--seeds", str(seeds), "--index", str(index)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=env, check=False)


def answers_from(settings: Settings, embedder: Embedder) -> None:
    """The live index loads, checks out, and answers from the pages."""
    bot = Chatbot(settings, embedder)
    answer = bot.ask("how do I become a ward mayor")
    assert answer.answered and any(c.job == WARD_MAYOR and c.section == "Career Path" for c in answer.citations)


def cli_env(model_cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    return env | {"CHATBOT_MODEL_CACHE": str(model_cache), "CHATBOT_PRECISION": "fp32", "PYTHONUNBUFFERED": "1"}


@pytest.mark.slow
def test_sigkill_at_random_moments(tmp_path: Path, model_embedder: Embedder, model_cache: Path) -> None:
    assert model_embedder.dimension == 384  # exported to the session's model cache before anything is timed
    rng = random.Random(SEED)
    note = f"CHATBOT_KILL_SEED={SEED}"
    seeds, index = tmp_path / "seeds", tmp_path / "idx"
    shutil.copytree(SEEDS, seeds)
    settings = Settings(seeds=[seeds], index_dir=index)
    build_index(settings, embedder=model_embedder)
    env = cli_env(model_cache)
    pages = sorted(ONET.glob("onet_1[135]-*.txt"))
    batches = [pages[i : i + PAGES_PER_RUN] for i in range(0, PAGES_PER_RUN * (KILLS + 1), PAGES_PER_RUN)]
    assert len(batches[-1]) == PAGES_PER_RUN, "not enough O*NET pages for this many kills"

    for page in batches[0]:  # an uninterrupted run of the same shape measures each phase
        shutil.copy(page, seeds)
    windows, times = phase_windows(start(seeds, index, env))

    landed: Counter[str] = Counter()
    log = [f"uninterrupted: {times}"]
    for kill, batch in enumerate(batches[1:]):
        before = load_index(index)
        old_files = set(before.manifest.files)
        new_files = old_files | {page.name for page in batch}
        for page in batch:
            shutil.copy(page, seeds)
        phase = PHASES[kill % len(PHASES)]
        event, length = windows[phase]
        delay = rng.uniform(0, length)
        run = start(seeds, index, env)
        run.wait_for(event, delay)
        code = run.finish(kill=True)
        assert code in (0, -signal.SIGKILL), (note, code, run.stderr.decode(errors="replace"))
        landed[run.landed() if code else "finished"] += 1
        log.append(f"aimed at {phase} (+{delay:.2f}s): {run.landed() if code else 'finished'}, seen {run.seen}")

        after = load_index(index)  # verifies every checksum
        assert set(after.manifest.files) == (new_files if after.version != before.version else old_files), note
        answers_from(settings, model_embedder)
        with update_lock(index):  # the killed run's lock died with it
            pass

        completed = index_to_the_end(seeds, index, env)
        assert completed.returncode == 0, (note, completed.stderr)
        assert set(load_index(index).manifest.files) == new_files, note
        assert not list(index.glob(".tmp-*")) and len(list(index.glob("v-*"))) <= 2, note
    answers_from(settings, model_embedder)
    print(f"\n{KILLS} kills ({note}); where they landed: {dict(landed)}", *log, sep="\n")
    assert sum(landed.values()) == KILLS and landed["finished"] < KILLS, (note, landed)


def test_crash_while_swapping_current_leaves_no_litter(
    settings: Settings, seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between writing CURRENT's replacement and renaming it into place: the index stays sound, and the
    next update clears the staging file. Fails until versions.prune also removes stale `.CURRENT.*` files."""
    import chatbot.index._versions as versions

    update_index(settings, lambda: fake)
    live = current_version(settings.index_dir)
    real_replace = os.replace

    def die_on_current(source: object, target: object) -> None:
        if Path(str(target)).name == "CURRENT":
            raise KeyboardInterrupt("killed just before the rename")
        real_replace(source, target)  # type: ignore[arg-type]

    shutil.copy(ONET / "onet_11-1031.00_legislators.txt", seeds)
    monkeypatch.setattr(versions.os, "replace", die_on_current)
    with pytest.raises(KeyboardInterrupt):
        update_index(settings, lambda: fake)
    monkeypatch.setattr(versions.os, "replace", real_replace)
    assert current_version(settings.index_dir) == live and list(settings.index_dir.glob(".CURRENT.*"))
    assert Chatbot(settings, fake).ask("how do I become a ward mayor").answered
    report = update_index(settings, lambda: fake)
    assert report.added == ["onet_11-1031.00_legislators.txt"]
    assert not list(settings.index_dir.glob(".CURRENT.*")) and not list(settings.index_dir.glob(".tmp-*"))


@pytest.mark.slow
def test_sigkill_during_the_model_export(tmp_path: Path) -> None:
    """The first run of a model exports it to ONNX (seconds of torch work); a kill then must cost nothing but time.

    Fails until runtime.export clears the staging folders killed exports leave (~90 MB each; docs/robustness.md).
    """
    seeds, index, cache = tmp_path / "seeds", tmp_path / "idx", tmp_path / "models"
    shutil.copytree(SEEDS, seeds)
    env = cli_env(cache)
    run = start(seeds, index, env)
    while not any(cache.glob(".*-onnx*")) and run.process.poll() is None:  # the export's staging folder
        time.sleep(0.01)
    run.wait_for(None, random.uniform(0, 1.0))
    assert run.finish(kill=True) == -signal.SIGKILL
    assert current_version(index) is None
    completed = index_to_the_end(seeds, index, env)
    assert completed.returncode == 0, completed.stderr
    assert len(load_index(index).manifest.files) == 2
    folders = sorted(path.name for path in cache.iterdir() if path.is_dir())
    assert folders == ["all-MiniLM-L6-v2-onnx1"]  # the export, and no staging folder left behind


IVF_UPDATE = """
import sys, time
from pathlib import Path

import chatbot.index._store as store
from chatbot.config import Settings
from chatbot.index import update_index
from tests.conftest import FakeEmbedder


class Slow(FakeEmbedder):
    def embed(self, texts, progress=None):
        print("embedding", file=sys.stderr, flush=True)
        time.sleep(0.2)
        return super().embed(texts, progress)


write_shard = store.write_shard


def slow_write(*args):
    time.sleep(0.05)  # saving lasts long enough for a kill to land in it
    write_shard(*args)


store.write_shard = slow_write
seeds, index = (Path(arg) for arg in sys.argv[1:3])
update_index(Settings(seeds=[seeds], index_dir=index, model="fake", ivf_threshold=100, ivf_lists=3), Slow)
"""


def start_ivf_update(seeds: Path, index: Path) -> Watched:
    """An update of an IVF index in a subprocess: the fake embedder (0.2 s a batch), shards written in 50 ms."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen(
        [sys.executable, "-c", IVF_UPDATE, str(seeds), str(index)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    live = current_version(index)
    return Watched(process, index, live.name if live else "")


def sound_ivf_index(settings: Settings, fake: FakeEmbedder, centroids: np.ndarray) -> set[str]:
    """The live version loads (every checksum), keeps the trained centroids with every row in its nearest list,
    and answers through its IVF index; returns its files."""
    index = load_index(settings.index_dir)
    assert index.centroids is not None and np.array_equal(index.centroids, centroids)
    assert np.array_equal(index.lists, assign(index.vectors, centroids))  # type: ignore[arg-type]
    retriever = Retriever(index, fake, settings)
    assert retriever.dense.ivf is not None
    hits = retriever.retrieve(retriever.understand("how do I become a ward mayor")).hits
    assert hits and hits[0].chunk.job == WARD_MAYOR
    return set(index.manifest.files)


def test_sigkill_during_updates_of_an_ivf_index(tmp_path: Path, fake: FakeEmbedder) -> None:
    """The kill loop above, on an index built above the IVF threshold, with the fake embedder: killed before
    embedding, while embedding and while saving, the index keeps its previous version (or has the new one whole),
    its IVF index intact, and the next update completes it."""
    rng = random.Random(SEED)
    note = f"CHATBOT_KILL_SEED={SEED}"
    seeds, index = tmp_path / "seeds", tmp_path / "idx"
    shutil.copytree(SEEDS, seeds)
    for page in sorted(ONET.glob("onet_47-*.txt"))[:16]:
        shutil.copy(page, seeds)
    settings = Settings(seeds=[seeds], index_dir=index, model="fake", ivf_threshold=100, ivf_lists=3)
    assert build_index(settings, embedder=fake).ivf_trained == 3
    centroids = load_index(index).centroids
    assert centroids is not None
    pages = sorted(ONET.glob("onet_49-*.txt"))
    batches = [pages[i : i + 2] for i in range(0, 2 * (len(PHASES) + 1), 2)]

    for page in batches[0]:  # an uninterrupted run of the same shape measures each phase
        shutil.copy(page, seeds)
    windows, _ = phase_windows(start_ivf_update(seeds, index))
    landed: Counter[str] = Counter()
    for phase, batch in zip(PHASES, batches[1:], strict=True):
        before = sound_ivf_index(settings, fake, centroids)
        for page in batch:
            shutil.copy(page, seeds)
        event, length = windows[phase]
        run = start_ivf_update(seeds, index)
        run.wait_for(event, rng.uniform(0, length))
        code = run.finish(kill=True)
        assert code in (0, -signal.SIGKILL), (note, code, run.stderr.decode(errors="replace"))
        landed[run.landed() if code else "finished"] += 1
        after = sound_ivf_index(settings, fake, centroids)
        assert after in (before, before | {page.name for page in batch}), (note, phase)
        with update_lock(index):  # the killed run's lock died with it
            pass
        update_index(settings, lambda: fake)
        assert sound_ivf_index(settings, fake, centroids) == before | {page.name for page in batch}, note
        assert not list(index.glob(".tmp-*")) and len(list(index.glob("v-*"))) <= 2, note
    print(f"\n{len(PHASES)} kills of an IVF index update ({note}); where they landed: {dict(landed)}")
    assert landed["finished"] < len(PHASES), (note, landed)


def test_crash_while_writing_ivf_lists_keeps_the_previous_version(
    settings: Settings, seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after some shards' lists are written and before the rest: the previous version stays live, whole."""
    for page in sorted(ONET.glob("onet_47-*.txt"))[:16]:
        shutil.copy(page, seeds)
    settings = settings.model_copy(update={"ivf_threshold": 100, "ivf_lists": 3})
    build_index(settings, embedder=fake)
    centroids = load_index(settings.index_dir).centroids
    assert centroids is not None
    live = current_version(settings.index_dir)
    real_save = np.save
    saved: list[str] = []

    def die_on_the_second_lists_file(file: Path, array: np.ndarray, **kwargs: object) -> None:
        if Path(file).name.startswith("lists-") and saved:
            raise KeyboardInterrupt("killed while writing the IVF lists")
        saved.append(Path(file).name)
        real_save(file, array, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("chatbot.index._shards.np.save", die_on_the_second_lists_file)
    with pytest.raises(KeyboardInterrupt):
        build_index(settings, embedder=fake, full=True)  # a full rebuild retrains and writes every shard
    monkeypatch.undo()
    assert saved and current_version(settings.index_dir) == live and list(settings.index_dir.glob(".tmp-*"))
    files = sound_ivf_index(settings, fake, centroids)
    shutil.copy(ONET / "onet_11-1031.00_legislators.txt", seeds)
    assert update_index(settings, lambda: fake).added == ["onet_11-1031.00_legislators.txt"]
    assert sound_ivf_index(settings, fake, centroids) == files | {"onet_11-1031.00_legislators.txt"}
    assert not list(settings.index_dir.glob(".tmp-*"))
