"""Japanese words by meaning: the chiVe word vectors (Works Applications, Apache-2.0) that the ja-ginza package
ships, read without spaCy.

The English model cannot read Japanese (it knows single kanji, not words), so Japanese was matched by its words
alone: "本屋で働きたい" never found 書店員. chiVe places 本屋 beside 書店 (cosine 0.80), 料理 beside 調理 (0.63), 車
beside 自動車 (0.68). A text's vector is the SIF-weighted mean of its words' vectors (Arora et al. 2017: rare words
weigh more, a / (a + frequency), frequencies from wordfreq), the usual baseline for sentences from word vectors.

ja-ginza is installed without its dependencies (Makefile): only its vector table is read, 20,000 rows of 300
floats with 480,443 words mapped to them (`vocab/vectors`, a NumPy file, and `vocab/key2row`, msgpack of word key
to row). The keys are spaCy's string hashes, MurmurHash64A with seed 1 of the UTF-8 bytes; importing spaCy and its
Sudachi dictionary for that hash would cost some 2 s and 550 MB, so the hash is written here (24 lines) and checked
against spaCy's in tests/embed/test_japanese.py.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

import msgpack
import numpy as np
from wordfreq import get_frequency_dict

from chatbot.text import fold, japanese_words

MASK = (1 << 64) - 1
MULTIPLIER = 0xC6A4A7935BD1E995
SIF = 1e-4  # a in a / (a + frequency): a word as common as 1 in 10,000 weighs half as much as a rare one
PACKAGE = "ja_ginza"


def murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A (Austin Appleby), the hash spaCy keys its strings by: murmur64a("本屋".encode()) is
    spacy.strings.hash_string("本屋")."""
    h = (seed ^ (len(data) * MULTIPLIER)) & MASK
    end = len(data) - len(data) % 8
    for i in range(0, end, 8):
        k = int.from_bytes(data[i : i + 8], "little") * MULTIPLIER & MASK
        k = (k ^ (k >> 47)) * MULTIPLIER & MASK
        h = (h ^ k) * MULTIPLIER & MASK
    if end < len(data):
        h = (h ^ int.from_bytes(data[end:], "little")) * MULTIPLIER & MASK
    h = (h ^ (h >> 47)) * MULTIPLIER & MASK
    return h ^ (h >> 47)


class JapaneseVectors:
    """Word and text vectors for Japanese from one vector table (a folder with `vectors` and `key2row`)."""

    def __init__(self, folder: Path) -> None:
        table = np.load(folder / "vectors").astype(np.float32)
        norms = np.linalg.norm(table, axis=1, keepdims=True)
        self.table = table / np.where(norms > 0, norms, 1.0)  # unit rows: a text's vector is a mean of directions
        self.rows: dict[int, int] = msgpack.unpackb((folder / "key2row").read_bytes(), strict_map_key=False)
        self.dimension = int(self.table.shape[1])
        self.name = folder.parent.name  # "ja_ginza-5.3.0": what vectors made from this table are keyed by

    def row(self, word: str) -> int | None:
        """The table row of a word, None for a word the table does not know."""
        return self.rows.get(murmur64a(word.encode("utf-8")))

    def embed(self, text: str, skip: Collection[str] = ()) -> np.ndarray:
        """The text's unit vector: its content words' vectors, SIF-weighted, less the words to skip; zeros when it
        has no known word."""
        words = [word for word in japanese_words(fold(text)) if word not in skip]
        found = [(row, weight(word)) for word in words if (row := self.row(word)) is not None]
        if not found:
            return np.zeros(self.dimension, dtype=np.float32)
        rows, weights = zip(*found, strict=True)
        vector = np.asarray(weights, dtype=np.float32) @ self.table[list(rows)]
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_many(self, texts: list[str], skip: Collection[str] = ()) -> np.ndarray:
        """(len(texts), dimension) float32: each text's vector."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        return np.stack([self.embed(text, skip) for text in texts])


@lru_cache(maxsize=8192)
def weight(word: str) -> float:
    """A word's SIF weight: near 1 for a rare word, small for one as common as する or こと."""
    return SIF / (SIF + frequencies().get(word, 0.0))


@lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """wordfreq's Japanese word frequencies, read as a table: its word_frequency() would tokenise each word with
    MeCab's Python binding, which is not installed (fugashi tokenises here)."""
    return get_frequency_dict("ja")


def table_folder() -> Path | None:
    """The vocab folder of the installed ja-ginza package, None when it is not installed."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob(f"{PACKAGE}-*/vocab"))
    return found[-1] if found and (found[-1] / "key2row").is_file() else None


@lru_cache(maxsize=1)
def japanese_vectors() -> JapaneseVectors | None:
    """The word vectors, loaded once per process (some 0.2 s); None when ja-ginza is not installed."""
    folder = table_folder()
    return JapaneseVectors(folder) if folder is not None else None
