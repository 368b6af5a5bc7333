"""The ONNX Runtime embedder gives sentence-transformers' vectors, loads without torch, and bf16 is guarded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from chatbot.config import Settings
from chatbot.embed import (
    MIN_COSINE,
    ModelEmbedder,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    cpu_has_bf16,
    export_folder,
    read_export,
    resolve_model,
)
from chatbot.embed._model import QUICK
from chatbot.ingest import read_page
from tests.conftest import JOBTAG, SEEDS

TEXTS = [
    "",
    "   leading and trailing spaces   ",
    "how do I become a ward mayor",
    "word " * 600,  # longer than the model's 256 tokens: truncated the same way
    "大工になるには",
    "Ünïcödé façade — naïve café",
]


def page_texts() -> list[str]:
    settings = Settings()
    paths = [*SEEDS.glob("*.txt"), JOBTAG / "jobtag_0100.txt"]
    pages = [read_page(path, settings.vocabulary.texts, settings.max_file_bytes) for path in paths]
    return [f"{p.title} — {s.heading}\n{s.text}" for p in pages for s in p.sections if s.text]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder) -> Path:
    cache = tmp_path_factory.mktemp("models")
    assert ModelEmbedder("all-MiniLM-L6-v2", cache, precision="fp32").dimension == 384  # exports on first use
    return cache


def test_cpu_bf16_detection_reads_the_flags(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("flags\t\t: fpu sse avx2 fma\n", encoding="utf-8")
    assert not cpu_has_bf16(cpuinfo)
    cpuinfo.write_text("flags\t\t: fpu avx512f avx512_bf16 amx_tile\n", encoding="utf-8")
    assert cpu_has_bf16(cpuinfo)
    assert not cpu_has_bf16(tmp_path / "missing")


def test_an_export_from_other_model_files_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"onnx")
    (folder / "export.json").write_text(json.dumps({"version": 1, "signature": {"x": [1, 2]}}), encoding="utf-8")
    assert read_export(folder, str(tmp_path)) is None
    assert export_folder(tmp_path, "sentence-transformers/all-MiniLM-L6-v2").parent == tmp_path


@pytest.mark.slow
def test_onnx_vectors_match_sentence_transformers(exported: Path, real_embedder: SentenceTransformerEmbedder) -> None:
    folder = export_folder(exported, "all-MiniLM-L6-v2")
    meta = read_export(folder, resolve_model("all-MiniLM-L6-v2"))
    assert meta is not None and meta["dimension"] == 384 and meta["max_length"] == 256
    onnx = OnnxEmbedder("all-MiniLM-L6-v2", folder, meta)
    texts = [*TEXTS, *page_texts()]
    cosines = np.sum(onnx.embed(texts) * real_embedder.embed(texts), axis=1)
    assert cosines.min() > 0.9999
    for text in TEXTS:
        assert onnx.unknown_ratio(text) == pytest.approx(real_embedder.unknown_ratio(text))


def test_a_lone_text_read_lately_is_not_run_again(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = export_folder(exported, "all-MiniLM-L6-v2")
    meta = read_export(folder, resolve_model("all-MiniLM-L6-v2"))
    assert meta is not None
    onnx = OnnxEmbedder("all-MiniLM-L6-v2", folder, meta)
    said = "I Adore Animals. I volunteer at a shelter every weekend."
    alone = onnx.embed([said])[0]
    runs: list[int] = []
    network = onnx.session.run
    monkeypatch.setattr(onnx.session, "run", lambda *args: runs.append(1) or network(*args))
    again = onnx.embed([said.casefold()])  # the same tokens: the model folds case itself
    assert not runs and np.array_equal(again[0], alone)
    again[0] += 1.0  # the caller's copy: what is kept for the next reader is not changed
    assert np.array_equal(onnx.embed([said])[0], alone)
    batch = onnx.embed([said, "how do I become a ward mayor"])  # in a batch: run (padded with the others)
    assert runs == [1] and float(batch[0] @ alone) > 0.9999
    onnx.embed(["a text not read before"])
    assert runs == [1, 1]


@pytest.mark.slow
def test_a_second_process_loads_the_export_without_torch(exported: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from chatbot.embed import ModelEmbedder\n"
        f"e = ModelEmbedder('all-MiniLM-L6-v2', Path({str(exported)!r}), precision='fp32')\n"
        "print(type(e.loaded).__name__, e.embed(['hello']).shape, 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["OnnxEmbedder", "(1,", "384)", "False"]


@pytest.mark.slow
def test_bf16_is_used_only_within_the_cosine_bound(real_embedder: SentenceTransformerEmbedder) -> None:
    bf16 = SentenceTransformerEmbedder(bf16=True)
    bf16._model = real_embedder.model  # the same weights; only the arithmetic differs
    agreement = bf16.agreement()
    assert MIN_COSINE <= agreement < 1.0  # close to fp32, yet really computed in lower precision


@pytest.mark.slow
def test_a_question_is_embedded_in_fp32_even_where_batches_use_bf16(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as on a CPU with AMX: batches in bf16 torch, a question's few texts by the fp32 ONNX export (faster alone)
    monkeypatch.setattr("chatbot.embed._model.cpu_has_bf16", lambda: True)
    monkeypatch.setattr(SentenceTransformerEmbedder, "agreement", lambda self: 1.0)
    embedder = ModelEmbedder("all-MiniLM-L6-v2", exported)
    assert isinstance(embedder.quick, OnnxEmbedder)
    assert isinstance(embedder.loaded, SentenceTransformerEmbedder) and embedder.loaded.bf16
    used: list[str] = []
    for part, name in ((embedder.quick, "OnnxEmbedder"), (embedder.loaded, "SentenceTransformerEmbedder")):
        monkeypatch.setattr(part, "embed", lambda texts, progress=None, name=name: used.append(name))
    embedder.embed(["how do I become a plumber?"])
    embedder.embed([f"page chunk {n}" for n in range(QUICK + 1)])
    assert used == ["OnnxEmbedder", "SentenceTransformerEmbedder"]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_bf16_asked_for_but_too_far_from_fp32_falls_back_without_waiting_on_itself(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SentenceTransformerEmbedder, "agreement", lambda self: 0.5)
    embedder = ModelEmbedder("all-MiniLM-L6-v2", exported, precision="bf16")
    assert isinstance(embedder.quick, OnnxEmbedder) and embedder.quick is embedder.loaded
