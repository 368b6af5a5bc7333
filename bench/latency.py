"""Question latency (retrieval + grounded answer, no LLM) and cold start, over the full 1,574-page index.

Questions: every question of the development and held-out sets, plus questions about jobs drawn at random from
the index (English and Japanese templates), at least 200 in all; each asked in a new conversation, then a few
follow-up conversations. Cold start: `chatbot ask` in a fresh process, process start to the printed answer.

Usage: .venv/bin/python bench/latency.py --index DIR
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, percentiles, save, timer

from chatbot import Chatbot
from chatbot.answer import Conversation
from chatbot.config import Settings
from chatbot.text import is_japanese

TEMPLATES_EN = ["What does a {job} do?", "How do I become a {job}?", "What skills does a {job} need?"]
TEMPLATES_JA = ["{job}になるには？", "{job}の仕事内容は？", "{job}に必要なスキルは？"]
FOLLOW_UPS = [
    [
        "how do I become a ward mayor?",
        "what skills does that need?",
        "and the Secretariat Director-General?",
        "what is its outlook?",
        "compare the two",
    ],
    ["what does an electrician do?", "how do I become one?", "and a plumber?", "compare them"],
    ["大工になるには？", "必要なスキルは？", "資格は？"],
]


def eval_questions() -> list[str]:
    """The first question of every case in the development and held-out sets."""
    out = []
    for name in ("dev.jsonl", "holdout.jsonl"):
        for line in (ROOT / "tests" / "eval" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            out.append(case.get("question") or case["turns"][0])
    return out


def job_questions(bot: Chatbot, count: int) -> list[str]:
    """Questions about jobs drawn at random (seeded) from the index, in the job's language."""
    rng = random.Random(7)
    questions = []
    for job in rng.sample(bot.index.jobs, count):
        title = job.title.split(",")[0].split("（")[0]
        templates = TEMPLATES_JA if is_japanese(title) else TEMPLATES_EN
        questions.append(rng.choice(templates).format(job=title))
    return questions


def single_turns(bot: Chatbot, questions: list[str]) -> list[float]:
    """Milliseconds per question, each in a new conversation."""
    times = []
    for question in questions:
        with timer() as took:
            bot.ask(question, Conversation())
        times.append(took[0] * 1000)
    return times


def conversations(bot: Chatbot) -> list[float]:
    """Milliseconds per turn of the follow-up conversations."""
    times = []
    for turns in FOLLOW_UPS:
        conversation = Conversation()
        for question in turns:
            with timer() as took:
                bot.ask(question, conversation)
            times.append(took[0] * 1000)
    return times


def cold_start(index: Path, runs: int = 3) -> dict[str, float]:
    """Seconds from starting `chatbot ask` to its answer on stdout (median of runs)."""
    command = [
        str(Path(sys.executable).with_name("chatbot")),
        "ask",
        "how do I become an electrician",
        "--index",
        str(index),
    ]
    subprocess.run(command, capture_output=True, check=True)  # untimed: exports the model if it is not yet
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        walls.append(time.perf_counter() - started)
    return {"median_s": round(statistics.median(walls), 2), "max_s": round(max(walls), 2), "runs": runs}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--index", type=Path, required=True)
    args = options.parse_args()
    cold = cold_start(args.index)
    with timer() as load:
        bot = Chatbot(Settings(index_dir=args.index))
        bot.warm(wait=True)  # as the app has it moments after it starts
    questions = eval_questions()
    questions += job_questions(bot, max(0, 220 - len(questions)))
    single_turns(bot, questions[:10])  # warm-up
    single = single_turns(bot, questions)
    turns = conversations(bot)
    save(
        "latency",
        {
            "cores": os.cpu_count(),
            "load_s": round(load[0], 2),
            "cold_start": cold,
            "questions": percentiles(single),
            "follow_up_turns": percentiles(turns),
            "all": percentiles(single + turns),
        },
    )


if __name__ == "__main__":
    main()
