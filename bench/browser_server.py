"""`chatbot serve` for a benchmark: its environment, the seeds it compares the index with, start, health, stop."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import copy_corpus


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    healthy_at: float = 0.0  # perf_counter when /_stcore/health first answered


def recorded_times(index: Path) -> dict[str, int]:
    """Page name -> mtime_ns as the index's manifest recorded it ({} when it cannot be read: then the sidebar's
    status hashes every page on every run, ~100 ms more per run on 2 cores)."""
    try:
        version = (index / "CURRENT").read_text(encoding="utf-8").strip()
        files = json.loads((index / version / "manifest.json").read_text(encoding="utf-8"))["files"]
        return {name: int(record["mtime_ns"]) for name, record in files.items()}
    except (OSError, KeyError, ValueError, TypeError, AttributeError):
        return {}


def seed_copies(index: Path, work: Path) -> tuple[list[Path], str]:
    """Copies of the corpus folders whose pages carry the file times the index recorded: the index is up to date
    with them by size and time, as on the machine that built it (the originals' times differ, so the sidebar would
    hash all 1,574 pages on every run)."""
    folders, times = copy_corpus(work), recorded_times(index)
    matched = 0
    for folder in folders:
        for page in folder.iterdir():
            if page.name in times:
                os.utime(page, ns=(times[page.name], times[page.name]))
                matched += 1
    return folders, f"copies of the corpus, {matched} of {len(times)} indexed pages with the index's file times"


def server_env(args: argparse.Namespace, work: Path) -> tuple[dict[str, str], dict[str, Any]]:
    """The server's environment (no CHATBOT_ variable of ours leaks in) and a description of the set-up."""
    seeds, note = (args.seeds, "as given") if args.seeds else seed_copies(args.index, work)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CHATBOT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(args.code), os.environ.get("PYTHONPATH")]))
    env["CHATBOT_INDEX_DIR"] = str(args.index)
    env["CHATBOT_SEEDS"] = json.dumps([str(folder) for folder in seeds])
    env["CHATBOT_HISTORY_FILE"] = str(work / "history.sqlite3")  # fresh, and the shared one stays untouched
    if args.model_cache:
        env["CHATBOT_MODEL_CACHE"] = str(args.model_cache)
    setup = {
        "index": str(args.index),
        "seeds": note,
        "model_cache": env.get("CHATBOT_MODEL_CACHE"),
        "code": str(args.code),
    }
    return env, setup


def cli_module(code: Path) -> str:
    """The command line's module in that checkout (older ones have it at chatbot.cli)."""
    return "chatbot.ui.cli" if (code / "chatbot" / "ui" / "cli.py").exists() else "chatbot.cli"


def wait_healthy(server: Server, timeout_s: float = 300) -> float:
    """Poll the health check every 20 ms; the perf_counter of its first answer."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"chatbot serve exited:\n{server.log.read_text(errors='replace')[-3000:]}")
        with contextlib.suppress(OSError), urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=1) as answer:
            if answer.status == 200:
                return time.perf_counter()
        time.sleep(0.02)
    raise TimeoutError(f"chatbot serve did not answer in {timeout_s:.0f} s")


def serving(code: Path, env: dict[str, str], port: int, work: Path) -> contextlib.AbstractContextManager[Server]:
    """`chatbot serve` from CODE on PORT, healthy; stopped with its process group at the end."""
    return started([sys.executable, "-m", cli_module(code), "serve", "--port", str(port)], env, port, work)


@contextlib.contextmanager
def started(command: list[str], env: dict[str, str], port: int, work: Path) -> Iterator[Server]:
    """A Streamlit server started by COMMAND on PORT, healthy; stopped with its process group at the end."""
    log = work / "serve.log"
    with log.open("wb") as out:  # cwd: a folder without seeds/ or embeddings/, so no default is picked up
        process = subprocess.Popen(
            command,
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        server.healthy_at = wait_healthy(server)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=20)


def traceback_count(server: Server) -> int:
    """Tracebacks in the server's log so far (an error the page may not show)."""
    return server.log.read_text(errors="replace").count("Traceback (most recent call last)")
