"""BM25 term counts per chunk: what the index stores so that retrieval can build its postings, and an update
tokenises only new chunks. Row i is chunk i of the chunk table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np

from chatbot.text import TOKENIZER, Tokenizer, terms


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
