"""Incremental reindex over the 1,574 pages: nothing changed, one page added, changed, removed.

For the command line, each case is `chatbot index` in a fresh process (the wall time), split into what the
process spends starting (interpreter and imports), loading the model, and the rest (the update itself). For the
app, the same cases go through Chatbot.reindex with the model and index already loaded.

Usage: .venv/bin/python bench/reindex.py [--index DIR]   (DIR: a built index of the corpus to start from)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import copy_corpus, save, timer

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from chatbot.embed import make_embedder

ADDED = "onet_47-2111.00_electricians.txt"  # held out of the first build, then added and removed each round
CHANGED = "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt"
ROUNDS = 3  # every case is repeated: on this machine one update varies by +/-0.5 s


def chatbot(*args: str, env: dict[str, str]) -> tuple[float, str]:
    """Run the chatbot command; wall seconds and its summary line."""
    started = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).with_name("chatbot")), *args], capture_output=True, text=True, env=env, check=True
    )
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1]


def process_start() -> float:
    """Seconds from process start to the CLI ready to work: the interpreter plus the imports of `chatbot index`."""
    code = "import chatbot.ui.cli, chatbot.pipeline, chatbot.index"
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def cli_case(name: str, change: Callable[[], None], args: list[str], env: dict[str, str], start: float) -> dict:
    """One change, then `chatbot index`: wall, model load (from its summary) and what is left beyond both."""
    change()
    wall, summary = chatbot(*args, env=env)
    model = float(m.group(1)) if (m := re.search(r"model load ([\d.]+)s", summary)) else 0.0
    return {
        "case": name,
        "wall_s": round(wall, 2),
        "process_start_s": round(start, 2),
        "model_load_s": round(model, 2),
        "beyond_start_and_model_s": round(wall - start - model, 2),
        "summary": summary,
    }


def edit(path: Path) -> None:
    """Change the first sentence of a page (its description)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(". ", " (benchmark edit). ", 1), encoding="utf-8")


def app_case(bot: Chatbot, name: str, change: Callable[[], None]) -> dict:
    """One change, then the app's Reindex (model and index already in memory)."""
    change()
    with timer() as took:
        report = bot.reindex()
    return {"case": name, "seconds": round(took[0], 3), "summary": report.summary()}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--index", type=Path, help="a built corpus index to copy (saves a full build)")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folders = copy_corpus(base)
        onet = folders[1]
        held = base / ADDED
        shutil.move(onet / ADDED, held)
        settings = Settings(seeds=folders, index_dir=base / "index", model_cache=base / "models")
        if args.index:
            shutil.copytree(args.index, settings.index_dir, ignore=shutil.ignore_patterns(".lock"))
        build_index(settings)  # brings the copy up to date (or builds it)
        assert make_embedder(settings).dimension  # the model's ONNX export exists before anything is timed
        env = {**os.environ, "CHATBOT_MODEL_CACHE": str(base / "models")}
        cli = ["index", "--index", str(settings.index_dir), *(a for f in folders for a in ("--seeds", str(f)))]
        start = process_start()
        cases = [cli_case("nothing changed", lambda: None, cli, env, start)]
        for _ in range(ROUNDS):  # add a page, change another, remove the one added: the corpus is as it was
            cases.append(cli_case("one page added", lambda: shutil.copy(held, onet / ADDED), cli, env, start))
            cases.append(cli_case("one page changed", lambda: edit(onet / CHANGED), cli, env, start))
            cases.append(cli_case("one page removed", lambda: (onet / ADDED).unlink(), cli, env, start))
        bot = Chatbot(settings)
        bot.ask("how do I become an electrician")  # the model is loaded, as in a running app
        app = []
        for _ in range(ROUNDS):
            app.append(app_case(bot, "one page added", lambda: shutil.copy(held, onet / ADDED)))
            app.append(app_case(bot, "one page changed", lambda: edit(onet / CHANGED)))
            app.append(app_case(bot, "one page removed", lambda: (onet / ADDED).unlink()))
    summary = {
        "cli_beyond_start_and_model_s": spread(cases, "beyond_start_and_model_s"),
        "cli_wall_s": spread(cases, "wall_s"),
        "app_s": spread(app, "seconds"),
    }
    save("reindex", {"cores": os.cpu_count(), "summary": summary, "cli": cases, "app": app})


def spread(cases: list[dict], key: str) -> dict[str, dict[str, float]]:
    """Per case: the median, min and max of one measure over the rounds."""
    out = {}
    for name in dict.fromkeys(case["case"] for case in cases):
        values = [case[key] for case in cases if case["case"] == name]
        out[name] = {"median": round(statistics.median(values), 2), "min": min(values), "max": max(values)}
    return out


if __name__ == "__main__":
    main()
