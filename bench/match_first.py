"""Matching latency as a person meets it: every match request of the guidance tuning sets guidance_tune2..N asked
once, each for the first time in the process (nothing kept from the same text helps it), after the warm-up
(Chatbot.warm, as at start). The tail is the long English statements: their sentences are each read by the model.

Usage:
    .venv/bin/python bench/match_first.py --index DIR [--last 12]

Prints the count and p50 / p90 / p95 / max in milliseconds; --slowest N lists the N slowest requests.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from common import ROOT

from chatbot import Chatbot, Conversation, Settings


def requests(last: int) -> list[str]:
    """The match requests of guidance_tune2..last, in order (tuning sets only: never a held-out one)."""
    found = []
    for n in range(2, last + 1):
        for line in (ROOT / f"tests/eval/guidance_tune{n}.jsonl").open(encoding="utf-8"):
            case = json.loads(line)
            if case["kind"] == "match":
                found.append(case["request"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--last", type=int, default=12)
    parser.add_argument("--slowest", type=int, default=0)
    args = parser.parse_args()
    bot = Chatbot(Settings(index_dir=args.index, history=False))
    bot.warm(wait=True)
    for text in ("I like fixing bikes and being outdoors.", "料理が好きで、人を喜ばせたいです。"):  # first-call costs
        bot.ask(text, Conversation())
    timed = []
    for text in requests(args.last):
        started = time.perf_counter()
        bot.ask(text, Conversation())
        timed.append((1000 * (time.perf_counter() - started), text))
    times = sorted(ms for ms, _ in timed)

    def at(q: float) -> float:
        return times[round(q * (len(times) - 1))]

    print(f"n {len(times)}  p50 {at(0.5):.1f}  p90 {at(0.9):.1f}  p95 {at(0.95):.1f}  max {times[-1]:.1f} ms")
    for ms, text in sorted(timed, reverse=True)[: args.slowest]:
        print(f"{ms:7.1f}  {len(text):4d} chars  {text[:90]}")


if __name__ == "__main__":
    main()
