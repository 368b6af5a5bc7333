"""ONNX Runtime embedder: the sentence-transformers model exported once, so questions load no torch.

Loading sentence-transformers costs 5-8 s on a 2-core machine (torch, transformers and their imports); the same
network exported to ONNX loads in a fraction of a second and runs ~1.25x faster, giving the same vectors
(cosine > 0.9999 with sentence-transformers, tests/test_runtime.py). Only models built of a transformer, mean
pooling and (optionally) normalisation are exported; others keep using sentence-transformers.

An export folder holds model.onnx, tokenizer.json and export.json (what it was exported from).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from filelock import FileLock

from chatbot.embed._kept import Kept
from chatbot.embed._protocol import Progress, in_batches
from chatbot.embed._torch import SentenceTransformerEmbedder

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

EXPORT_VERSION = 1
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
ONNX_BATCH = 4  # texts per run: small batches stay in the CPU cache (400 texts: 10.4 s at 4, 13.7 s at 32)
RECENT = 64  # lone texts whose vectors are kept by their tokens (OnnxEmbedder.run)
log = logging.getLogger(__name__)


def export_folder(cache: Path, model: str) -> Path:
    """Where the export of a model lives: one folder per model name."""
    slug = "".join(c if c.isalnum() or c in "-_." else "_" for c in model.strip("/"))[-80:]
    return cache / f"{slug}-onnx{EXPORT_VERSION}"


def signature(model_path: str) -> dict[str, Any]:
    """What identifies the exported model's files: their names, sizes and modification times."""
    folder = Path(model_path)
    if not folder.is_dir():
        return {"name": model_path}
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p.relative_to(folder)): [p.stat().st_size, p.stat().st_mtime_ns] for p in files}


def read_export(folder: Path, model_path: str) -> dict[str, Any] | None:
    """The export's description if it exists and matches the model's files, else None."""
    try:
        meta = json.loads((folder / "export.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = meta.get("version") == EXPORT_VERSION and meta.get("signature") == signature(model_path)
    return meta if ok and (folder / "model.onnx").is_file() else None


def exportable(model: SentenceTransformer) -> bool:
    """True for a transformer + mean pooling (+ normalize) model with a fast tokenizer."""
    modules: list[Any] = list(model)
    names = [type(module).__name__ for module in modules]
    pooling = modules[1].get_config_dict().get("pooling_mode") if len(names) > 1 else None
    shape_ok = names[:2] == ["Transformer", "Pooling"] and names[2:] in ([], ["Normalize"])
    return shape_ok and pooling == "mean" and bool(getattr(model.tokenizer, "is_fast", False))


def export(model: SentenceTransformer, model_path: str, folder: Path) -> None:
    """Write the ONNX export of an exportable model (beside, then renamed into place)."""
    import torch

    staging = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}")
    staging.mkdir(parents=True)
    try:
        encoded = model.tokenizer(["a b", "c"], padding=True, return_tensors="pt")
        with warnings.catch_warnings():  # the tracer's notes on shape-dependent Python code in transformers
            warnings.simplefilter("ignore")
            torch.onnx.export(
                pooled_network(model[0].auto_model),
                tuple(encoded[name] for name in INPUTS),
                str(staging / "model.onnx"),
                input_names=list(INPUTS),
                output_names=["embedding"],
                opset_version=17,
                dynamo=False,
                dynamic_axes={**{name: {0: "batch", 1: "tokens"} for name in INPUTS}, "embedding": {0: "batch"}},
            )
        model.tokenizer.backend_tokenizer.save(str(staging / "tokenizer.json"))
        meta = {
            "version": EXPORT_VERSION,
            "signature": signature(model_path),
            "max_length": model.max_seq_length,
            "dimension": model.get_embedding_dimension(),
        }
        (staging / "export.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # another process placed the same export first
            os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def exported(model: SentenceTransformerEmbedder, model_path: str, folder: Path) -> dict[str, Any] | None:
    """Export the model, one process at a time, clearing what a killed export left; its description, or None
    when the model cannot be exported."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(folder.parent / ".export.lock"):
        meta = read_export(folder, model_path)
        if meta is not None:  # another process exported it while this one waited
            return meta
        for leftover in folder.parent.glob(f".{folder.name}.*"):
            shutil.rmtree(leftover, ignore_errors=True)
        if not exportable(model.model):
            return None
        try:
            export(model.model, model_path, folder)
        except Exception as exc:  # the exporter raises many types; any of them means "use torch"
            log.warning("ONNX export of %s failed, embedding with sentence-transformers instead: %r", model_path, exc)
            return None
        return read_export(folder, model_path)


def pooled_network(transformer: Any) -> Any:
    """A torch module: the transformer, then masked mean pooling and L2 normalisation (what is exported)."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state  # (batch, tokens, dimension)
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    return Pooled().eval()


class OnnxEmbedder:
    """Embeds with an exported model: tokenizers (Rust) + onnxruntime, no torch."""

    def __init__(self, name: str, folder: Path, meta: dict[str, Any], batch_size: int = ONNX_BATCH, threads: int = 0):
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = name
        self.dimension = int(meta["dimension"])
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(meta["max_length"]))
        self.tokenizer.enable_padding()
        self.unknown_id = self.tokenizer.token_to_id(self.tokenizer.model.unk_token)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or (os.cpu_count() or 1)
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Idle worker threads would spin after each run, taking the cores the rest of an update needs. Measured again
        # (sixty-first session): spinning allowed, runs back to back take 11 instead of 18 ms, but a person's first
        # match request waits longer (p95 94 -> 145 ms over 321: the spinning worker and numpy's BLAS threads contend
        # for the two cores), and allowed with session.force_spinning_stop a run is no faster (18.7 ms).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.recent: Kept[tuple[int, ...]] = Kept(RECENT)  # lone texts' vectors by their tokens (run)
        self.session = onnxruntime.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return in_batches(texts, self.dimension, self.batch_size, self.run, progress)

    def run(self, texts: list[str]) -> np.ndarray:
        """One batch through the network: (len(texts), dimension) float32, L2-normalised. A text alone whose tokens
        were run lately is not run again: a request is read as folded by the intent reader and as said by matching,
        and the model folds case itself (one run, not two: 15 ms of a first match request)."""
        encoded = self.tokenizer.encode_batch(texts)
        if len(encoded) == 1:
            return self.recent.get(tuple(encoded[0].ids), lambda _: self.network(encoded))
        return self.network(encoded)

    def network(self, encoded: list[Any]) -> np.ndarray:
        """The tokenised texts through the network."""
        feed = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        found: np.ndarray = self.session.run(None, feed)[0]
        return found

    def unknown_ratio(self, text: str) -> float:
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        return sum(1 for i in ids if i == self.unknown_id) / len(ids) if ids else 0.0
