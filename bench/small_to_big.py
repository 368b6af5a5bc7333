"""Small-to-big: what embedding each task (and each Description sentence) on its own adds to retrieval.

Long sections match short questions badly as one vector ("who fixes cars for a living?" against 30 tasks). This
embeds the items of the English Tasks sections and the sentences of the Description sections as vectors of their
own, and scores a chunk by the better of its own cosine and its best item's. It measures, on the same index:
build cost (items, seconds to embed them, megabytes), and the dev set, the tuning dialogue set and a chosen
dialogue set with and without the items.

Usage: .venv/bin/python bench/small_to_big.py --index DIR [--set tests/eval/tune_dialogue.jsonl ...]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np
from common import ROOT

from chatbot import Chatbot, Settings, load_cases, load_dialogues
from chatbot.text import mostly_japanese

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def items_of(bot: Chatbot) -> tuple[list[str], np.ndarray]:
    """The texts to embed on their own and the chunk row each belongs to: English Tasks items and Description
    sentences, each prefixed with the job and heading as chunks are."""
    texts, rows = [], []
    for row, chunk in enumerate(bot.index.chunks):
        if chunk.section not in ("Tasks", "Description") or mostly_japanese(chunk.text):
            continue
        pieces = [line.strip(" •") for line in chunk.text.split("\n") if line.strip().startswith("•")]
        pieces = pieces if chunk.section == "Tasks" else SENTENCE.split(chunk.text)
        for piece in pieces:
            if len(piece) > 20:
                texts.append(f"{chunk.job} — {chunk.section}\n{piece}")
                rows.append(row)
    return texts, np.array(rows, dtype=np.int64)


def with_items(bot: Chatbot, vectors: np.ndarray, rows: np.ndarray) -> None:
    """Make the bot's dense scores the better of a chunk's cosine and its best item's."""
    dense = bot._retriever.dense
    plain = dense.scores

    def scored(query: np.ndarray | None, allowed: np.ndarray | None) -> np.ndarray | None:
        scores = plain(query, allowed)
        if scores is None or query is None:
            return None
        best = np.zeros_like(scores)
        np.maximum.at(best, rows, vectors @ query)
        if allowed is not None:
            mask = np.zeros(len(scores), dtype=bool)
            mask[allowed] = True
            best[~mask] = 0
        return np.maximum(scores, best)

    dense.scores = scored  # type: ignore[method-assign]


def scores(bot: Chatbot, sets: list[Path]) -> dict[str, str]:
    out = {}
    dev = bot.evaluate(load_cases(ROOT / "tests" / "eval" / "dev.jsonl"))
    out["dev job@1 / section@3"] = f"{dev.overall.job_hits[1]:.2f} / {dev.overall.section_hits[3]:.2f}"
    for path in sets:
        report = bot.evaluate_dialogues(load_dialogues(path))
        out[path.name] = f"{report.overall.right:.3f} (false refusals {report.overall.false_refusals})"
    return out


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--index", type=Path, required=True)
    options.add_argument("--set", type=Path, nargs="*", default=[ROOT / "tests" / "eval" / "tune_dialogue.jsonl"])
    args = options.parse_args()
    bot = Chatbot(Settings(index_dir=args.index))
    before = scores(bot, args.set)
    texts, rows = items_of(bot)
    started = time.perf_counter()
    vectors = bot.embedder.embed(texts)
    seconds = time.perf_counter() - started
    with_items(bot, vectors, rows)
    started = time.perf_counter()
    after = scores(bot, args.set)
    print(
        f"items embedded: {len(texts)} in {seconds:.1f} s ({len(texts) / seconds:.0f}/s), "
        f"{vectors.nbytes / 2**20:.1f} MB"
    )
    for key in before:
        print(f"{key:<32} without items {before[key]:<28} with items {after[key]}")


if __name__ == "__main__":
    main()
