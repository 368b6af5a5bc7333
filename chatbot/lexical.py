"""Lexical search: stemmed English words plus Japanese words (MeCab), scored with BM25 over the chunk table.

Japanese has no spaces: MeCab (fugashi) with the UniDic-lite dictionary, both from PyPI, cuts it into words; on the
development set this beat overlapping character bigrams (docs/benchmarks.md). The BM25 weights are those of bm25s
(Lucene variant, k1=1.5, b=0.75; tests/test_lexical.py pins them to bm25s), computed with numpy from per-chunk term
counts so that an index update tokenises only new chunks. Row i of every array here is chunk i of the chunk table.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chatbot.script import JAPANESE_CHARS

if TYPE_CHECKING:
    from fugashi import Tagger
    from Stemmer import Stemmer

Tokenizer = Callable[[str], list[str]]
TOKENIZER = "words+mecab-unidic-lite/1"  # stored with the counts; change it together with store.FORMAT_VERSION
K1, B = 1.5, 0.75
TOKEN = re.compile(rf"([{JAPANESE_CHARS}]+)|([^\W_{JAPANESE_CHARS}]+)")  # a Japanese run, or a word
FUNCTION_WORDS = ("助詞", "助動詞", "補助記号", "記号", "空白")  # UniDic parts of speech that carry no topic
# fmt: off
STOPWORDS = frozenset(
    [
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does",
        "doing", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "its", "me", "my", "of",
        "on", "or", "our", "should", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "to", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will",
        "with", "would", "you", "your"
    ]
)
# fmt: on


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    """The Snowball English stemmer (PyStemmer, C code)."""
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """MeCab with the UniDic-lite dictionary that ships inside the unidic-lite package (nothing is downloaded)."""
    import fugashi
    import unidic_lite

    rc = os.path.join(unidic_lite.DICDIR, "mecabrc")
    return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r "{rc}"')


def normalise(text: str) -> str:
    """NFKC and case folding: "ＣＥＯ　Ｐｌｕｍｂｅｒｓ" -> "ceo plumbers"."""
    return unicodedata.normalize("NFKC", text).casefold()


def japanese_words(run: str) -> list[str]:
    """Content words of Japanese text in dictionary form: "大工に就きたい" -> ["大工", "就く"]."""
    return [word.feature.orthBase or word.surface for word in tagger()(run) if word.feature.pos1 not in FUNCTION_WORDS]


def terms(text: str) -> list[str]:
    """BM25 terms: stemmed words without stopwords, and the content words of Japanese runs.

    "Electricians' training 大工になるには" -> ["electrician", "train", "大工", "なる"]
    """
    out: list[str] = []
    latin: list[str] = []
    for match in TOKEN.finditer(normalise(text)):
        japanese, word = match.groups()
        if japanese:
            out.extend(japanese_words(japanese))
        elif word not in STOPWORDS:
            latin.append(word)
    return (stemmer().stemWords(latin) if latin else []) + out


def chunk_text(job: str, section: str, text: str) -> str:
    """What BM25 reads of a chunk: the job title and heading too, so names and headings are found."""
    return f"{job}\n{section}\n{text}"


@dataclass
class TermCounts:
    """Term counts per chunk, CSR rows: chunk i has terms[offsets[i]:offsets[i+1]] with those counts."""

    vocabulary: list[str]
    offsets: np.ndarray  # (n_chunks + 1,) int64
    terms: np.ndarray  # (nnz,) int32, ids into vocabulary
    counts: np.ndarray  # (nnz,) uint16 (a chunk has a few hundred tokens at most)

    @classmethod
    def from_texts(cls, texts: Sequence[str], tokenize: Tokenizer | None = None) -> TermCounts:
        """Tokenise texts (the only place chunk text is tokenised); tokenize defaults to terms()."""
        vocabulary: dict[str, int] = {}
        per_chunk = [Counter((tokenize or terms)(text)) for text in texts]
        ids = [vocabulary.setdefault(term, len(vocabulary)) for counter in per_chunk for term in counter]
        counts = [count for counter in per_chunk for count in counter.values()]
        offsets = np.cumsum([0, *(len(counter) for counter in per_chunk)], dtype=np.int64)
        capped = np.minimum(np.array(counts, np.int64), np.iinfo(np.uint16).max)  # a word 70,000 times is just many
        return cls(list(vocabulary), offsets, np.array(ids, np.int32), capped.astype(np.uint16))

    @property
    def n_chunks(self) -> int:
        return len(self.offsets) - 1

    def rows(self, rows: Sequence[int]) -> TermCounts:
        """The counts of these chunks only, in this order (same vocabulary)."""
        index = np.asarray(rows, dtype=np.int64)
        starts, sizes = self.offsets[index], self.offsets[index + 1] - self.offsets[index]
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        # Entry j of the result is old entry starts[row] + (j - offsets[row]).
        picked = np.repeat(starts - offsets[:-1], sizes) + np.arange(offsets[-1])
        return TermCounts(self.vocabulary, offsets, self.terms[picked], self.counts[picked])

    def concat(self, other: TermCounts) -> TermCounts:
        """These chunks followed by other's, on a vocabulary of only the terms still used."""
        return TermCounts.join([self, other]).compact()

    @classmethod
    def join(cls, parts: Sequence[TermCounts]) -> TermCounts:
        """The chunks of all parts in order, on one vocabulary (terms in order of first appearance)."""
        vocabulary = list(dict.fromkeys(chain.from_iterable(part.vocabulary for part in parts)))
        lookup = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
        terms, offsets, end = [np.zeros(0, np.int32)], [np.zeros(1, np.int64)], 0
        for part in parts:
            remap = np.fromiter(map(lookup.__getitem__, part.vocabulary), np.int32, len(part.vocabulary))
            terms.append(remap[part.terms] if len(part.terms) else np.zeros(0, np.int32))
            offsets.append(part.offsets[1:] + end)
            end += int(part.offsets[-1])
        counts = np.concatenate([np.zeros(0, np.uint16), *(part.counts for part in parts)])
        return cls(vocabulary, np.concatenate(offsets), np.concatenate(terms), counts)

    def compact(self) -> TermCounts:
        """The same counts on a vocabulary of only the terms some chunk uses."""
        used = np.bincount(self.terms, minlength=len(self.vocabulary)) > 0
        new_id = (np.cumsum(used) - 1).astype(np.int32)  # old id -> id among the used terms
        vocabulary = [term for term, keep in zip(self.vocabulary, used.tolist(), strict=True) if keep]
        return TermCounts(vocabulary, self.offsets, new_id[self.terms], self.counts)

    def save(self, path: Path) -> None:
        """Write the counts to an .npz file, with the tokenizer that made them."""
        with path.open("wb") as handle:
            np.savez(
                handle,
                tokenizer=np.array(TOKENIZER),
                vocabulary=np.frombuffer("\n".join(self.vocabulary).encode(), dtype=np.uint8),
                offsets=self.offsets,
                terms=self.terms,
                counts=self.counts,
            )

    @classmethod
    def load(cls, path: Path) -> TermCounts:
        """Read counts saved by save() (or the lexical.npz of index format 2); ValueError if another tokenizer
        made them."""
        with np.load(path, allow_pickle=False) as data:
            if str(data["tokenizer"]) != TOKENIZER:
                raise ValueError(f"lexical data of tokenizer {data['tokenizer']}, this program uses {TOKENIZER}")
            vocabulary = data["vocabulary"].tobytes().decode().split("\n") if data["vocabulary"].size else []
            return cls(vocabulary, data["offsets"], data["terms"], data["counts"])


class LexicalIndex:
    """BM25 over chunks: per-chunk term counts plus the term -> (chunk, weight) postings built from them."""

    def __init__(self, counts: TermCounts, tokenize: Tokenizer | None = None) -> None:
        """Args:
        tokenize: how queries are tokenised; must be what counted the chunks (default terms()).
        """
        self.counts = counts
        self.tokenize = tokenize or terms
        self.lookup = {term: i for i, term in enumerate(counts.vocabulary)}
        # CSC: term t has chunks rows[starts[t]:starts[t+1]] with BM25 weights weights[...]
        self.starts, self.rows, self.weights = bm25_postings(counts)

    def __len__(self) -> int:
        return self.counts.n_chunks

    def scores(self, query: str, ignore: frozenset[str] = frozenset()) -> np.ndarray:
        """BM25 score of every chunk for the query, (n_chunks,) float32 (a repeated query term counts again).

        Args:
            ignore: terms of the query to leave out.
        """
        ids = [self.lookup[term] for term in self.tokenize(query) if term in self.lookup and term not in ignore]
        out = np.zeros(len(self), dtype=np.float32)
        for term in ids:
            start, end = self.starts[term], self.starts[term + 1]
            out[self.rows[start:end]] += self.weights[start:end]
        return out


def bm25_postings(counts: TermCounts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Term-major postings with BM25 weights: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf saturated by length."""
    n_chunks, n_terms = counts.n_chunks, len(counts.vocabulary)
    chunk_of = np.repeat(np.arange(n_chunks, dtype=np.int32), np.diff(counts.offsets))  # (nnz,)
    lengths = np.bincount(chunk_of, weights=counts.counts, minlength=n_chunks)  # tokens per chunk
    average = lengths.mean() if n_chunks else 1.0
    df = np.bincount(counts.terms, minlength=n_terms)
    idf = np.log(1 + (n_chunks - df + 0.5) / (df + 0.5))
    tf = counts.counts.astype(np.float64)
    weights = idf[counts.terms] * tf / (tf + K1 * (1 - B + B * lengths[chunk_of] / max(average, 1e-9)))
    # chunk-major -> term-major, chunks in order within a term (a radix sort when term ids fit 16 bits)
    keys = counts.terms.astype(np.uint16) if n_terms <= 1 << 16 else counts.terms
    by_term = np.argsort(keys, kind="stable")
    starts = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
    return starts, chunk_of[by_term], weights[by_term].astype(np.float32)
