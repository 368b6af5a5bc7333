"""The configured model: which implementation embeds (ONNX Runtime, sentence-transformers, bf16), and named
embedders registered by the process (the injection point tests and tools use instead of patching)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from chatbot.config import Settings
from chatbot.embed._onnx import ONNX_BATCH, OnnxEmbedder, export_folder, exported, read_export
from chatbot.embed._protocol import Embedder, Progress
from chatbot.embed._torch import MIN_COSINE, TORCH_BATCH, SentenceTransformerEmbedder, cpu_has_bf16, resolve_model

_registered: dict[str, Callable[[], Embedder]] = {}
# Texts: up to this many (a question, a few changed pages) go to the quick embedder, more (a build) to the batch one,
# whose torch load (3.5 s) a one-page update would otherwise pay: add a page 0.21 -> 3.6 s with 8 here.
QUICK = 256


def register_embedder(name: str, factory: Callable[[], Embedder] | None) -> None:
    """Make make_embedder() use factory() for settings whose model is name (None: forget it).

    register_embedder("fake", FakeEmbedder) lets a test's Settings(model="fake") answer without a real model.
    """
    if factory is None:
        _registered.pop(name, None)
    else:
        _registered[name] = factory


def make_embedder(settings: Settings) -> Embedder:
    """The configured model (it loads on first use): a registered one by that name, else ONNX Runtime when
    exportable, else sentence-transformers."""
    if settings.model in _registered:
        return _registered[settings.model]()
    cache = settings.model_cache or settings.index_dir / "models"
    return ModelEmbedder(
        settings.model, cache, settings.batch_size, settings.threads, settings.onnx, settings.precision
    )


class ModelEmbedder:
    """The configured model: its ONNX export when there is one, else sentence-transformers (exported for next
    time when the model allows); for more than QUICK texts at once, bf16 torch where the CPU computes it. Loads
    on first use; safe to share between threads."""

    def __init__(
        self,
        name: str,
        cache: Path,
        batch_size: int | None = None,
        threads: int = 0,
        onnx: bool = True,
        precision: str = "auto",
    ) -> None:
        """Args:
        batch_size: texts per forward pass; None for each runtime's best (ONNX Runtime 4, sentence-transformers 32).
        """
        self.name = name
        self.cache = cache
        self.batch_size = batch_size
        self.threads = threads
        self.onnx = onnx
        self.precision = precision
        self._loaded: Embedder | None = None
        self._quick: Embedder | None = None
        self._lock = threading.Lock()
        self._quick_lock = threading.Lock()  # apart: loading the batch embedder may load the quick one

    @property
    def loaded(self) -> Embedder:
        """The embedder of large batches, an index build's (loading it the first time)."""
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()
            return self._loaded

    @property
    def quick(self) -> Embedder:
        """The embedder of a few texts (a question's, an updated page's): fp32, by the ONNX export where there is
        one. bf16 torch pays off in large batches only: on a CPU with AMX one question took 8 ms in bf16 against
        2.8 ms by ONNX Runtime, and 60-120 ms when torch's threads waited behind FAISS's (question p95 107 -> 12 ms;
        docs/benchmarks.md, thirteenth session)."""
        return self.loaded if self.precision == "bf16" else self._fp32()  # bf16 asked for: everywhere

    def _fp32(self) -> Embedder:
        """The fp32 embedder, loaded once (the batch embedder too where bf16 is not used: one model, not two)."""
        with self._quick_lock:
            if self._quick is None:
                self._quick = self._load_fp32()
            return self._quick

    def _load(self) -> Embedder:
        """bf16 torch where the CPU has it and it agrees with fp32; else the ONNX export (made if missing);
        else sentence-transformers in fp32."""
        if self.precision == "bf16" or (self.precision == "auto" and cpu_has_bf16()):
            bf16 = SentenceTransformerEmbedder(self.name, self.batch_size or TORCH_BATCH, self.threads, bf16=True)
            if bf16.agreement() >= MIN_COSINE:
                return bf16
        return self._fp32()  # not self.quick: with precision "bf16" that would wait on this load's own lock

    def _load_fp32(self) -> Embedder:
        """The ONNX export (made if missing), else sentence-transformers in fp32."""
        torch_model = SentenceTransformerEmbedder(self.name, self.batch_size or TORCH_BATCH, self.threads)  # lazy
        if not self.onnx:
            return torch_model
        path, folder = resolve_model(self.name), export_folder(self.cache, self.name)
        meta = read_export(folder, path) or exported(torch_model, path, folder)
        if meta is None:
            return torch_model
        return OnnxEmbedder(self.name, folder, meta, self.batch_size or ONNX_BATCH, self.threads)

    @property
    def dimension(self) -> int:
        return self.quick.dimension

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return (self.quick if len(texts) <= QUICK else self.loaded).embed(texts, progress)

    def unknown_ratio(self, text: str) -> float:
        return self.quick.unknown_ratio(text)
