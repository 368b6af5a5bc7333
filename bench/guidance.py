"""Career guidance latency on the full 1,574-page index: matching from chat words, matching from the sliders, gap
tables and routes, each after warm-up (profiles read, graph built: what Chatbot.warm does at start), plus the
first-use cost of that warm-up itself.

Usage:
    .venv/bin/python bench/guidance.py --index DIR [--rounds 5]

Questions come from the tuning set (tests/eval/guidance_tune.jsonl), never the held-out one. Prints p50/p95 per
kind in milliseconds. "match (first)" is each request's first asking (the first round): what a person meets, with
nothing kept from the same text; "match (chat)" is every round's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from common import ROOT

from chatbot import Chatbot, Conversation, InterestReading, Settings

SLIDERS = [
    {"I": 1.0, "R": 0.5},
    {"S": 1.0, "A": 0.6},
    {"E": 1.0, "C": 0.7},
    {"R": 1.0},
    {"A": 1.0, "I": 0.4},
    {"C": 1.0, "S": 0.3},
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    cases = [json.loads(line) for line in (ROOT / "tests/eval/guidance_tune.jsonl").open(encoding="utf-8")]
    bot = Chatbot(Settings(index_dir=args.index))
    started = time.perf_counter()
    bot.warm(wait=True)
    warm_s = time.perf_counter() - started
    kinds = ["match (chat)", "match (first)", "match (sliders)", "gap", "path"]
    timings: dict[str, list[float]] = {kind: [] for kind in kinds}
    for round_ in range(args.rounds):
        for case in cases:
            text = case.get("request") or case.get("question")
            started = time.perf_counter()
            answer = bot.ask(text, Conversation())
            elapsed = 1000 * (time.perf_counter() - started)
            timings[{"match": "match (chat)"}.get(case["kind"], case["kind"])].append(elapsed)
            if case["kind"] == "match" and round_ == 0:  # asked for the first time: no memo of its text helps it
                timings["match (first)"].append(elapsed)
            assert answer.intent is not None
        for scores in SLIDERS:
            started = time.perf_counter()
            bot.suggest_jobs(InterestReading(scores=scores, schooling=4), "", "en", Conversation())
            timings["match (sliders)"].append(1000 * (time.perf_counter() - started))
    print(f"warm-up (profiles + graph + retrieval caches): {warm_s:.2f} s")
    print(f"{'kind':<18}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}")
    for kind, values in timings.items():
        print(f"{kind:<18}{len(values):>6}{statistics.median(values):>10.1f}{percentile(values, 0.95):>10.1f}")


if __name__ == "__main__":
    main()
