"""The floor under the first visit: how long Streamlit alone takes to show an enabled chat box in this Chromium.

Serves a page that is nothing but `st.chat_input` with `streamlit run` (same Streamlit, same flags as `chatbot
serve`: headless, no file watcher), then measures as bench/browser.py does: the first visit from the health check's
first answer (its page opened before the server started) and later visits in new browser contexts, to an enabled
chat box and to the script run being over. Whatever the app does on top of this, its first visit cannot be faster.

Usage: .venv/bin/python bench/browser_floor.py [--visits 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from browser import visits
from browser_page import CHROMIUM, VIEWPORT
from browser_server import started
from common import CHROMIUM_ARGS, free_port, percentiles

PAGE = 'import streamlit as st\n\nst.chat_input("Ask about a job")\n'


async def measure(work: Path, later: int) -> dict[str, Any]:
    """The first visit and LATER visits of the bare page."""
    from playwright.async_api import async_playwright

    app = work / "floor_app.py"
    app.write_text(PAGE)
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port)]
    command += ["--server.headless", "true", "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        first = await (await browser.new_context(viewport=VIEWPORT)).new_page()
        with started(command, dict(os.environ), port, work) as server:
            result = await visits(browser, first, server, later, timeout_s=120)
        await browser.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=5, help="later visits after the first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="floor-") as work:
        result = asyncio.run(measure(Path(work), args.visits))
    print(f"first visit: ready {result['first']['ready_ms']:.0f} ms, run over {result['first']['idle_ms']:.0f} ms")
    print("later visits, ready:", percentiles([v["ready_ms"] for v in result["later"]]))


if __name__ == "__main__":
    main()
