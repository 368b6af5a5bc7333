"""What keeping conversations costs: the time to store one turn (Store.save after each answer, as the app does) and
the file size per turn, over real answers from the full index.

Usage:
    .venv/bin/python bench/history.py --index DIR [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT

from chatbot import Chatbot, Conversation, Settings, Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bot = Chatbot(Settings(index_dir=args.index, history=False))
    cases = map(json.loads, (ROOT / "tests/eval/tune_dialogue.jsonl").open(encoding="utf-8"))
    questions = [turn["question"] for case in cases for turn in case["turns"]][:40]  # a 40-turn conversation
    answers = Conversation()
    for question in questions:
        bot.ask(question, answers)
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "history.sqlite3")
        for _ in range(args.rounds):
            conversation_id, growing = store.new_id(), Conversation()
            for turn in answers.turns:
                growing.record(turn)
                started = time.perf_counter()
                store.save(conversation_id, growing, "v1", "browser:" + "b" * 43)
                timings.append(1000 * (time.perf_counter() - started))
        stored = args.rounds * len(answers.turns)
        size = sum(path.stat().st_size for path in Path(folder).iterdir())
    ordered = sorted(timings)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"turns stored: {stored}; save p50 {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms")
    print(f"file size (with WAL): {size / 1024:.0f} KiB, {size / stored / 1024:.1f} KiB per turn")


if __name__ == "__main__":
    main()
