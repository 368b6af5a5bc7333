"""The app as people meet it: first visit, Enter-to-answer per turn and concurrent sessions, in real Chromium.

Starts `chatbot serve` on an index (a fresh conversation file; the seeds are copies of the corpus carrying the file
times the index recorded, so the sidebar finds the index up to date with a stat per page, as on the machine that
built it), then drives headless Debian chromium with Playwright's asyncio API:

- first visit: from the health check's first answer to an enabled chat box in a page opened before the server
  started, and the same for later visits (each a new browser context: a new session with a cold browser cache);
- turns: R conversations of T turns, one user; each timed in the page from the Enter keydown until the new
  assistant message shows its answer and the script run is over (stApp's data-test-script-state is notRunning);
- sessions: N contexts of one chromium, opened one by one, then a short conversation in each at once; errors
  (stException shown, timeouts), turn latency, and while they talk the server's CPU time and peak RSS (its
  process tree, from /proc), the browser's CPU time and what the rest of the machine used.

Of the app, only Streamlit's test ids and test attributes are read in the page (and the file times in the index's
manifest), so the script keeps working while the app changes, as long as it has a chat input.

Usage: .venv/bin/python bench/browser.py --index DIR [--rounds 3] [--sessions 1,4,16] [--json PATH]
       (the server runs this checkout's chatbot, or --code DIR's, first on its PYTHONPATH)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from browser_page import CHROMIUM, VIEWPORT, Turn, converse, open_chat, until_ready
from browser_report import markdown, targets
from browser_server import Server, server_env, serving, traceback_count
from common import CHROMIUM_ARGS, ROOT, free_port, percentiles
from procfs import Usage, metered, peak_rss_mb

# Four conversations of five turns, each opened by a question that stands alone: the one-user run asks all 20 in
# order, concurrent session k asks conversation k mod 4.
QUESTIONS = [
    "how do I become a pharmacist?",
    "what skills does that need?",
    "and electricians?",
    "which of the two needs more schooling?",
    "what is the outlook for electricians?",
    "看護師になるには？",
    "必要なスキルは？",
    "what does a registered nurse do?",
    "compare nurses and pharmacists",
    "大工の仕事内容は？",
    "I like animals and science: what suits me?",
    "what does a veterinarian do?",
    "how do I become one?",
    "and animal scientists?",
    "which of the two needs more schooling?",
    "how do I get from restaurant cook to head chef?",
    "what skills does a head chef need?",
    "I enjoy working with my hands outdoors: which jobs fit?",
    "what education do statisticians need?",
    "what tools do electricians use?",
]
BLOCK = 5


def questions(start: int, count: int) -> list[str]:
    """COUNT questions from START, wrapping round the list."""
    return [QUESTIONS[(start + i) % len(QUESTIONS)] for i in range(count)]


def summary(ms: list[float]) -> dict[str, float]:
    """p50/p95/max/n of some milliseconds ({"n": 0} for none)."""
    return percentiles(ms) if ms else {"n": 0}


def page_work(turns: list[Turn]) -> dict[str, Any]:
    """Of answered turns: time to the answer shown, the page's main thread busy and running script, DOM size."""
    return {
        "answer_shown": summary([t.answer_ms for t in turns if t.answer_ms is not None]),
        "page_busy": summary([t.page_busy_ms for t in turns if t.page_busy_ms is not None]),
        "page_script": summary([t.page_script_ms for t in turns if t.page_script_ms is not None]),
        "nodes_max": max((t.nodes or 0 for t in turns), default=0),
    }


def usage(metered_usage: Usage) -> dict[str, float]:
    return {key: round(value, 2) for key, value in vars(metered_usage).items()}


def phase_usage(served: Usage, client: Usage) -> dict[str, dict[str, float] | float]:
    """The server's and the client's usage, and the CPU time the rest of the machine took meanwhile."""
    others = max(0.0, served.machine_cpu_s - served.cpu_s - client.cpu_s)
    return {"server": usage(served), "client": usage(client), "others_cpu_s": round(others, 1)}


async def visits(browser: Any, first: Any, server: Server, later: int, timeout_s: float) -> dict[str, Any]:
    """The first visit (its page opened before the server started) and LATER visits in new contexts."""
    await first.goto(server.url, wait_until="commit")
    ready, idle = await until_ready(first, server.healthy_at, timeout_s)
    await first.context.close()
    again = []
    for _ in range(later):
        page, later_ready, later_idle = await open_chat(
            await browser.new_context(viewport=VIEWPORT), server.url, timeout_s
        )
        again.append({"ready_ms": later_ready, "idle_ms": later_idle})
        await page.context.close()
    return {"first": {"ready_ms": ready, "idle_ms": idle}, "later": again}


async def open_all(browser: Any, server: Server, sessions: int, timeout_s: float) -> tuple[list[Any], list[str]]:
    """SESSIONS pages of the app, each in its own context, opened one after another (opened together, 16 pages
    would spend minutes parsing the frontend on 2 cores: a cost of the test browser, not of the server); the pages,
    each with how long it took to open (chat box ready, run over), and what failed."""
    from playwright.async_api import Error

    pages, errors = [], []
    for _ in range(sessions):
        context = await browser.new_context(viewport=VIEWPORT)
        try:
            pages.append(await open_chat(context, server.url, timeout_s))
        except Error as exc:  # a page that does not open is a result, not the end of the run
            errors.append(f"opening: {str(exc).splitlines()[0]}")
    return pages, errors


async def rounds(browser: Any, server: Server, args: argparse.Namespace) -> dict[str, Any]:
    """ROUNDS conversations of TURNS turns, one after another, each in its own session (the pages opened first)."""
    pages, errors = await open_all(browser, server, args.rounds, args.timeout)
    talks: list[list[Turn]] = []
    with metered(server.process.pid) as served, metered(os.getpid(), None) as client:
        for page, _, _ in pages:
            talks.append(await converse(page, questions(0, args.turns), args.timeout, 0.0))
            await page.context.close()
    answered = [t for talk in talks for t in talk if t.ms is not None]
    per_turn = []
    for n, question in enumerate(questions(0, args.turns), 1):
        ms = [t.ms for t in answered if t.n == n and t.ms is not None]
        turn_work = page_work([t for t in answered if t.n == n])
        per_turn.append({"turn": n, "question": question, "samples_ms": ms, **summary(ms), **turn_work})
    return {
        "rounds": args.rounds,
        "per_turn": per_turn,
        "overall": {**summary([t.ms for t in answered if t.ms is not None]), **page_work(answered)},
        "errors": errors
        + [f"round {r + 1} turn {t.n}: {t.error}" for r, talk in enumerate(talks) for t in talk if t.error],
        **phase_usage(served, client),
    }


async def crowd(browser: Any, server: Server, sessions: int, args: argparse.Namespace) -> dict[str, Any]:
    """SESSIONS users at once: the pages opened one by one, then every conversation started together."""
    pages, errors = await open_all(browser, server, sessions, args.timeout)
    scripts = [questions(BLOCK * (k % (len(QUESTIONS) // BLOCK)), args.session_turns) for k in range(len(pages))]
    with metered(server.process.pid) as served, metered(os.getpid(), None) as client:
        talks = await asyncio.gather(
            *(
                converse(page, script, args.timeout, args.think)
                for (page, _, _), script in zip(pages, scripts, strict=True)
            )
        )
    for page, _, _ in pages:
        await page.context.close()
    every = [t for talk in talks for t in talk]
    errors += [f"session {k + 1} turn {t.n}: {t.error}" for k, talk in enumerate(talks) for t in talk if t.error]
    return {
        "sessions": sessions,
        "turns_per_session": args.session_turns,
        "think_s": args.think,
        "answered": sum(t.ms is not None for t in every),
        "expected": sessions * args.session_turns,
        "errors": errors,
        "open_ms": summary([idle for _, _, idle in pages]),
        "turn": summary([t.ms for t in every if t.ms is not None]),
        **page_work([t for t in every if t.ms is not None]),
        **phase_usage(served, client),
    }


async def measure(args: argparse.Namespace, env: dict[str, str], work: Path) -> dict[str, Any]:
    """Every phase against one server; the browser is up before the server starts, so the first visit counts the
    server only."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        first = await (await browser.new_context(viewport=VIEWPORT)).new_page()
        with serving(args.code, env, args.port or free_port(), work) as server:
            result: dict[str, Any] = {"visits": await visits(browser, first, server, args.visits, args.timeout)}
            result["turns"] = await rounds(browser, server, args) if args.turns else None
            result["crowds"] = (
                [] if args.skip_concurrency else [await crowd(browser, server, n, args) for n in args.sessions]
            )
            result["server_vmhwm_mb"] = round(peak_rss_mb(server.process.pid), 1)
            result["server_tracebacks"] = traceback_count(server)
        await browser.close()
    return result


def git_commit(code: Path) -> str:
    """The checkout's commit, with "+changes" when its tracked files differ from it."""
    head = subprocess.run(["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(code), "diff", "--quiet", "HEAD"], capture_output=True)
    return (head.stdout.strip() or "unknown") + ("+changes" if dirty.returncode else "")


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True, metavar="DIR", help="the built index (CHATBOT_INDEX_DIR)")
    parser.add_argument(
        "--model-cache",
        type=Path,
        metavar="DIR",
        default=os.environ.get("CHATBOT_MODEL_CACHE"),
        help="the model's ONNX export (default: $CHATBOT_MODEL_CACHE, else the index's own)",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="seed folders as they are (default: copies of the corpus with the index's file times)",
    )
    parser.add_argument(
        "--code", type=Path, default=ROOT, metavar="DIR", help="the checkout to serve (default: this one)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="one-user conversations")
    parser.add_argument("--turns", type=int, default=20, help="turns per one-user conversation (0: none)")
    parser.add_argument("--visits", type=int, default=3, help="later visits after the first")
    parser.add_argument(
        "--sessions",
        type=lambda s: [int(n) for n in s.split(",")],
        default=[1, 4, 16],
        metavar="N,N",
        help="concurrent sessions, one run for each count",
    )
    parser.add_argument("--session-turns", type=int, default=BLOCK, help="turns per concurrent session")
    parser.add_argument("--think", type=float, default=0.0, help="seconds a concurrent user waits between turns")
    parser.add_argument("--skip-concurrency", action="store_true")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a turn or a page may take")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    return parser.parse_args()


def main() -> None:
    args = options()
    args.code, args.index = args.code.resolve(), args.index.resolve()
    passed = " ".join(
        f"{k}={shlex.quote(os.environ[k])}" for k in ("PYTHONPATH", "CHATBOT_MODEL_CACHE") if k in os.environ
    )
    result: dict[str, Any] = {
        "command": f"{passed} {shlex.join([sys.executable, *sys.argv])}".strip(),
        "started": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git_commit(args.code),
        "cores": os.cpu_count(),
        "load_before": [round(load, 2) for load in os.getloadavg()],
    }
    with tempfile.TemporaryDirectory(prefix="browserbench-") as tmp:
        env, result["setup"] = server_env(args, Path(tmp))
        result |= asyncio.run(measure(args, env, Path(tmp)))
    result["load_after"] = [round(load, 2) for load in os.getloadavg()]
    result["targets"] = targets(result)
    print(markdown(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
