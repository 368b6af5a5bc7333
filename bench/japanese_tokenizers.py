"""Japanese lexical tokenisation: MeCab words (what the index stores) against overlapping character bigrams.

Usage: .venv/bin/python bench/japanese_tokenizers.py --index /work/cache/corpus-index-v2 [--set tests/eval/dev.jsonl]
Each alternative re-tokenises every chunk in memory, then the set is scored in bm25 and full modes. English is
tokenised the same way in all three (stemmed words), so only Japanese differs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from chatbot.config import Settings
from chatbot.embed import make_embedder
from chatbot.index import TermCounts, chunk_text, load_index
from chatbot.retrieval import LexicalIndex, Mode, Retriever, evaluate, format_report, load_cases
from chatbot.text import STOPWORDS, fold, japanese_words
from chatbot.text._terms import TOKEN, stemmer


def bigrams(run: str) -> list[str]:
    """Overlapping character pairs of a Japanese run ("大工さん" -> ["大工", "工さ", "さん"]); one char stays one."""
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def tokenizer(with_words: bool, with_bigrams: bool) -> Callable[[str], list[str]]:
    """English like terms(); Japanese runs as MeCab words, bigrams, or both."""

    def tokenize(text: str) -> list[str]:
        out: list[str] = []
        latin: list[str] = []
        for match in TOKEN.finditer(fold(text)):
            japanese, word = match.groups()
            if japanese:
                out += (japanese_words(japanese) if with_words else []) + (bigrams(japanese) if with_bigrams else [])
            elif word not in STOPWORDS:
                latin.append(word)
        return (stemmer().stemWords(latin) if latin else []) + out

    return tokenize


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--index", type=Path, required=True)
    args.add_argument("--set", type=Path, default=Path("tests/eval/dev.jsonl"))
    options = args.parse_args()
    settings = Settings(index_dir=options.index)
    index = load_index(settings.index_dir)
    embedder = make_embedder(settings)
    cases = load_cases(options.set)
    texts = [chunk_text(c.job, c.section, c.text) for c in index.chunks]
    variants: dict[str, Callable[[str], list[str]] | None] = {
        "mecab (stored)": None,
        "bigrams": tokenizer(with_words=False, with_bigrams=True),
        "mecab+bigrams": tokenizer(with_words=True, with_bigrams=True),
    }
    for name, tokenize in variants.items():
        started = time.perf_counter()
        lexical = (
            LexicalIndex(index.counts)  # type: ignore[arg-type]
            if tokenize is None
            else LexicalIndex(TermCounts.from_texts(texts, tokenize), tokenize)
        )
        built = time.perf_counter() - started
        print(f"## {name} (tokenise + index {built:.1f}s, vocabulary {len(lexical.counts.vocabulary)})")  # type: ignore[union-attr]
        for mode in (Mode.BM25, Mode.FULL):
            print(format_report(evaluate(Retriever(index, embedder, settings, mode, lexical), cases)))


if __name__ == "__main__":
    main()
