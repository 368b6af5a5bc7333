"""Interleaved A/B of two checkouts of this project on one index: question latency, cold start, one-page update.

Each arm runs in its own process with its checkout first on PYTHONPATH, arms alternating round by round (this
machine is noisy: compare medians, never single runs). The update arm works on its own copy of the index and a
writable copy of the first seeds folder, adding, changing and removing one page per round.

Usage:
    git worktree add /tmp/before <commit>
    .venv/bin/python bench/ab.py --before /tmp/before --after . --index DIR --seeds seeds ../shared/corpus/...

Older checkouts have the CLI at chatbot.cli, newer ones at chatbot.ui.cli; both are found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT

# The latency arm, run inside a checkout: the same 232 questions as bench/latency.py, one conversation each.
LATENCY = """
import json, statistics, sys, time
from pathlib import Path
try:
    from chatbot import Chatbot, Conversation, Settings
except ImportError:
    from chatbot.pipeline import Chatbot
    from chatbot.dialogue import Conversation
    from chatbot.config import Settings
questions = json.loads(sys.argv[2])
bot = Chatbot(Settings(index_dir=Path(sys.argv[1])))
if hasattr(bot, "warm"):
    bot.warm(wait=True)
for question in questions[:20]:
    bot.ask(question)
times = []
for question in questions:
    started = time.perf_counter()
    bot.ask(question, Conversation())
    times.append((time.perf_counter() - started) * 1000)
times.sort()
print(json.dumps({"p50": statistics.median(times), "p95": times[int(0.95 * len(times))]}))
"""
SUMMARY = re.compile(r"; (?P<seconds>[\d.]+)s(?: \(model load (?P<model>[\d.]+)s\))?$")


def cli_module(checkout: Path) -> str:
    return "chatbot.ui.cli" if (checkout / "chatbot" / "ui" / "cli.py").is_file() else "chatbot.cli"


def run(checkout: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    return subprocess.run([sys.executable, *args], cwd=checkout, env=env, capture_output=True, text=True, check=True)


def latency(checkout: Path, index: Path, questions: list[str]) -> dict[str, float]:
    return json.loads(run(checkout, "-c", LATENCY, str(index), json.dumps(questions)).stdout)


def cold_start(checkout: Path, index: Path) -> float:
    started = time.perf_counter()
    run(checkout, "-m", cli_module(checkout), "ask", "how do I become a ward mayor", "--index", str(index))
    return time.perf_counter() - started


def update(checkout: Path, index: Path, seeds: list[Path]) -> float:
    """Seconds of one `chatbot index` beyond process start and model load, as its summary line reports them."""
    folders = [arg for folder in seeds for arg in ("--seeds", str(folder))]
    out = run(checkout, "-m", cli_module(checkout), "index", *folders, "--index", str(index)).stdout
    found = SUMMARY.search(out.strip().splitlines()[-1])
    assert found, out
    return float(found["seconds"]) - float(found["model"] or 0)


def questions() -> list[str]:
    from latency import eval_questions  # the questions bench/latency.py asks, less the random job questions

    return eval_questions()


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--before", type=Path, required=True)
    options.add_argument("--after", type=Path, default=ROOT)
    options.add_argument("--index", type=Path, required=True)
    options.add_argument("--seeds", type=Path, nargs="+", required=True, help="the index's seed folders")
    options.add_argument("--rounds", type=int, default=3)
    args = options.parse_args()
    arms = {"before": args.before.resolve(), "after": args.after.resolve()}
    asked = questions()
    work = Path(tempfile.mkdtemp(prefix="ab-"))
    copies = {}
    for name in arms:  # each arm updates its own copy of the index and of the first seeds folder
        shutil.copytree(args.index, work / name / "index")
        shutil.copytree(args.seeds[0], work / name / "seeds")
        copies[name] = (work / name / "index", [work / name / "seeds", *args.seeds[1:]])
        update(arms[name], *copies[name])  # records the copied files' times
    results: dict[str, dict[str, list[float]]] = {name: {} for name in arms}
    page = next(args.seeds[0].glob("*.txt")).read_text(encoding="utf-8").split("\n", 1)[1]
    for round_ in range(args.rounds):
        for name, checkout in arms.items():
            measured = results[name]
            for key, value in latency(checkout, args.index, asked).items():
                measured.setdefault(key, []).append(value)
            measured.setdefault("cold start s", []).append(cold_start(checkout, args.index))
            index, seeds = copies[name]
            new = seeds[0] / f"zz-bench-{round_}.txt"
            new.write_text(f"Bench Page {round_}\n{page}", encoding="utf-8")
            measured.setdefault("add s", []).append(update(checkout, index, seeds))
            new.write_text(f"Bench Page {round_}\n{page}\nChanged.\n", encoding="utf-8")
            measured.setdefault("change s", []).append(update(checkout, index, seeds))
            new.unlink()
            measured.setdefault("remove s", []).append(update(checkout, index, seeds))
    shutil.rmtree(work)
    print(json.dumps(results, indent=1))
    for key in results["before"]:
        before, after = (statistics.median(results[name][key]) for name in arms)
        print(f"{key:<14} before {before:8.3f}   after {after:8.3f}   (medians of {args.rounds})")


if __name__ == "__main__":
    main()
