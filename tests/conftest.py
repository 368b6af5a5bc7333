"""Shared fixtures: a deterministic fake embedder, the seed pages, the shared corpora and the real model."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from filelock import FileLock

from chatbot import Chatbot
from chatbot.config import Settings
from chatbot.embed import Progress, register_embedder

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def find_shared() -> Path:
    """The shared folder with the seeds and corpora: $CHATBOT_SHARED, ../shared, or /work/shared."""
    candidates = [os.environ.get("CHATBOT_SHARED", ""), ROOT.parent / "shared", "/work/shared"]
    return next((Path(c) for c in candidates if c and (Path(c) / "corpus").is_dir()), ROOT.parent / "shared")


SHARED = find_shared()
CORPUS = SHARED / "corpus"
ONET = CORPUS / "onet" / "docs"
JOBTAG = CORPUS / "jobtag" / "docs"
WARD_MAYOR = "Ward Mayor (Tokyo Special Wards)"
DIRECTOR = "Secretariat Director-General (Each Ministry/Agency)"
WORD = re.compile(r"\w+")
HEADINGS = Settings().vocabulary.texts  # the default heading texts


class FakeEmbedder:
    """Hashed bag of words: deterministic, instant, and similar texts get similar vectors.

    Words with non-ASCII letters count as unknown, like Japanese for the real English model.
    """

    def __init__(self, name: str = "fake", dimension: int = 64) -> None:
        self.name = name
        self.dimension = dimension
        self.embedded: list[str] = []  # every text ever embedded, in order

    def vector(self, text: str) -> np.ndarray:
        out = np.zeros(self.dimension, dtype=np.float32)
        for word in WORD.findall(text.lower()):
            digest = hashlib.md5(word.encode()).digest()
            out[digest[0] % self.dimension] += 1.0 if digest[1] % 2 else -1.0
        norm = np.linalg.norm(out)
        return out / norm if norm else out

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.embedded.extend(texts)
        if progress:
            progress(len(texts))
        return np.stack([self.vector(t) for t in texts]) if texts else np.zeros((0, self.dimension), np.float32)

    def unknown_ratio(self, text: str) -> float:
        words = WORD.findall(text)
        return sum(1 for w in words if not w.isascii()) / len(words) if words else 0.0


SLOW_TIMEOUT = 1200  # seconds: a slow test may build the 1,574-page index (~4 min) before it starts


def uses_corpus(item: pytest.Item) -> bool:
    """Whether a test needs the corpus index (and so may first wait the ~4 min it takes to build)."""
    return "corpus_index" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests get a longer limit than the global one (pyproject's timeout), unless they set their own. The tests
    over the corpus index run last (a stable sort: the same order in every xdist worker), so the workers share
    the other tests first and only one of them waits for the index to be built."""
    items.sort(key=uses_corpus)
    for item in items:
        if (item.get_closest_marker("slow") or uses_corpus(item)) and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))


@pytest.fixture
def fake() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch, fake: FakeEmbedder) -> FakeEmbedder:
    """The fake embedder registered as the model "fake", with CHATBOT_MODEL=fake: Settings() made anywhere (the
    command line, the app) answers with it."""
    register_embedder("fake", lambda: fake)
    monkeypatch.setenv("CHATBOT_MODEL", "fake")
    return fake


@pytest.fixture(autouse=True)
def forget_fake_model() -> Iterator[None]:
    """A test may register_embedder("fake", ...) so that Settings(model="fake") answers with a fake; undone after."""
    yield
    register_embedder("fake", None)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A writable copy of the two seed pages."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path, seeds: Path) -> Settings:
    return Settings(seeds=[seeds], index_dir=tmp_path / "index", model="fake")


@pytest.fixture
def page_text() -> Callable[[str], str]:
    """Text of a seed page by file name."""
    return lambda name: (SEEDS / name).read_text(encoding="utf-8")


def run_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """This test run's temporary folder, which every pytest-xdist worker of the run shares (`make test` runs 2):
    what is costly to build (the model's export, the corpus index) is built there once, under a file lock."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent  # master: no xdist; a worker's base is <run>/popen-gwN


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Path]:
    """One folder for the model's ONNX export for the whole run (workers and subprocesses too), so it is exported
    once (the export itself takes a file lock: chatbot/embed/_onnx.py)."""
    folder = run_folder(tmp_path_factory, worker_id) / "model-cache"
    folder.mkdir(exist_ok=True)
    before = os.environ.get("CHATBOT_MODEL_CACHE")
    os.environ["CHATBOT_MODEL_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("CHATBOT_MODEL_CACHE", None)
    else:
        os.environ["CHATBOT_MODEL_CACHE"] = before


@pytest.fixture(scope="session")
def real_embedder():  # type: ignore[no-untyped-def]
    """The real default model through sentence-transformers (torch), loaded once per test session."""
    from chatbot.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def model_embedder(model_cache: Path):  # type: ignore[no-untyped-def]
    """The real default model as the product runs it (ONNX Runtime, exported once per session)."""
    from chatbot.embed import ModelEmbedder

    return ModelEmbedder("all-MiniLM-L6-v2", model_cache, precision="fp32")


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory: pytest.TempPathFactory, model_embedder) -> Settings:  # type: ignore[no-untyped-def]
    """A real index (real model, real FAISS file) over the two seed pages, built once per session."""
    from chatbot import build_index

    base = tmp_path_factory.mktemp("seeds-index")
    settings = Settings(seeds=[SEEDS], index_dir=base / "index")
    build_index(settings, embedder=model_embedder)
    return settings


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, worker_id: str, model_embedder) -> Settings:  # type: ignore[no-untyped-def]
    """The real index over seeds + O*NET + jobtag (1,574 pages), built once per run: the first worker to need it
    builds it under a file lock, the other waits and then reads the same one.

    $CHATBOT_TEST_CORPUS_INDEX may name one already built from the same pages (a quicker edit-test loop; tests only
    read it). CI builds its own.
    """
    from chatbot import build_index

    prebuilt = os.environ.get("CHATBOT_TEST_CORPUS_INDEX")
    if prebuilt:
        return Settings(seeds=[SEEDS, ONET, JOBTAG], index_dir=Path(prebuilt))
    folder = run_folder(tmp_path_factory, worker_id) / "corpus-index"
    folder.mkdir(exist_ok=True)
    settings = Settings(seeds=[SEEDS, ONET, JOBTAG], index_dir=folder / "index")
    with FileLock(folder / "build.lock"):
        if not (folder / "built").exists():  # written last: a build that failed midway is built again
            build_index(settings, embedder=model_embedder)
            (folder / "built").touch()
    return settings


@pytest.fixture(scope="session")
def corpus_bot(corpus_index: Settings) -> Chatbot:
    """One chatbot over the 1,574 pages for the whole session: it keeps no state between questions but its caches
    (each test asks in its own Conversation), and loading one costs ~3.5 s (40 test modules once loaded their own)."""
    return Chatbot(corpus_index)


@pytest.fixture(scope="session")
def seeds_bot(seeds_index: Settings) -> Chatbot:
    """One chatbot over the two seed pages for the whole session (as corpus_bot)."""
    return Chatbot(seeds_index)
