"""Peak memory (RSS) of the app process with the full index loaded, after answering in a real browser.

Starts `chatbot serve` on the index, opens the page in headless Debian chromium (Playwright), asks a question and
waits for the answer, then reads the Streamlit process's VmHWM (peak RSS) and VmRSS from /proc.

Usage: .venv/bin/python bench/memory.py --index DIR
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from common import CHROMIUM_ARGS, free_port, save


def wait_up(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


def memory_kb(pid: int) -> dict[str, int]:
    """VmHWM and VmRSS of a process, in kB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return {key: int(fields[key].split()[0]) for key in ("VmHWM", "VmRSS")}


def streamlit_pid(parent: int) -> int:
    """The Streamlit server: the child `chatbot serve` started."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return int(children[0]) if children else parent


def ask_in_browser(url: str, question: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url)
        page.get_by_placeholder("Ask about a job").fill(question)
        page.keyboard.press("Enter")
        page.get_by_text("Why these sources").first.wait_for(timeout=120_000)
        browser.close()


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--index", type=Path, required=True)
    args = options.parse_args()
    port = free_port()
    command = [str(Path(sys.executable).with_name("chatbot")), "serve", "--index", str(args.index), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_up(url + "/_stcore/health")
        ask_in_browser(url, "how do I become an electrician")
        result = memory_kb(streamlit_pid(server.pid))
    finally:
        server.terminate()
        server.wait(timeout=30)
    save(
        "memory",
        {
            "cores": os.cpu_count(),
            "peak_rss_mb": round(result["VmHWM"] / 1024),
            "rss_mb": round(result["VmRSS"] / 1024),
        },
    )


if __name__ == "__main__":
    main()
