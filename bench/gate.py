"""The gate, calibrated: false refusals against false answers for each rule's cut-off, on labelled dialogues.

A question that names no job is answered when retrieval finds a section close enough in meaning (support_cosine
with an intent, support_cosine_no_intent without), and is answered about one job when that job leads the next by
guess_margin. Each is swept with the others at their settings, over a labelled set with answerable and
unanswerable turns (by default the tuning dialogue set: never the frozen held-out one). The chosen operating point
is the lowest false-answer count, then the fewest false refusals, then the most turns right.

Usage: .venv/bin/python bench/gate.py --index DIR [--set FILE.jsonl]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import ROOT

from chatbot import Chatbot, Settings, load_dialogues

SWEEPS = {
    "support_cosine": [0.25, 0.3, 0.35, 0.4, 0.45],
    "support_cosine_no_intent": [0.45, 0.5, 0.55, 0.6, 0.65],
    "guess_margin": [0.0, 0.05, 0.1, 0.15, 0.25, 0.4],
}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--index", type=Path, required=True)
    options.add_argument("--set", type=Path, default=ROOT / "tests" / "eval" / "tune_dialogue.jsonl")
    args = options.parse_args()
    base = Settings(index_dir=args.index)
    cases = load_dialogues(args.set)
    bot = Chatbot(base)
    print(f"{args.set.name}: {sum(len(c.turns) for c in cases)} turns")
    for name, values in SWEEPS.items():
        print(f"\n{name} (setting {getattr(base, name)})")
        print(f"{'value':>8} {'right':>6} {'false refusals':>15} {'false answers':>14}")
        for value in values:
            bot.settings = base.model_copy(update={name: value})
            bot._retriever.settings = bot.settings
            report = bot.evaluate_dialogues(cases).overall
            print(
                f"{value:>8.2f} {report.right:>6.3f} {report.false_refusals:>7} of {report.answerable:<4}"
                f" {report.false_answers:>6} of {report.unanswerable:<4}"
            )


if __name__ == "__main__":
    main()
