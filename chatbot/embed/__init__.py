"""Embedding: the Embedder protocol and its implementations (ONNX Runtime, sentence-transformers), loaded offline."""

from chatbot.embed._japanese import JapaneseVectors, japanese_vectors
from chatbot.embed._kept import Kept
from chatbot.embed._model import ModelEmbedder, make_embedder, register_embedder
from chatbot.embed._onnx import OnnxEmbedder, export_folder, read_export
from chatbot.embed._protocol import Embedder, Progress
from chatbot.embed._torch import MIN_COSINE, SentenceTransformerEmbedder, cpu_has_bf16, load_model, resolve_model

__all__ = [
    "Kept",
    "MIN_COSINE",
    "Embedder",
    "JapaneseVectors",
    "ModelEmbedder",
    "OnnxEmbedder",
    "Progress",
    "SentenceTransformerEmbedder",
    "cpu_has_bf16",
    "export_folder",
    "japanese_vectors",
    "load_model",
    "make_embedder",
    "read_export",
    "register_embedder",
    "resolve_model",
]
