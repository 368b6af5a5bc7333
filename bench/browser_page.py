"""One page of the app in Chromium: wait until it is ready, ask a question and time it in the page itself.

Each turn also reads how long the page's main thread was busy (DevTools' Performance metrics): on 2 cores the
browser's own work is part of Enter-to-answer, and this tells it apart from the server's.

Why the page times a turn: Playwright's expect() polls at 100-1000 ms steps and every call is a round trip to the
browser, so the clock runs in the page, from the Enter keydown's own timestamp to the frame after the DOM shows the
answer. Why not Streamlit's status widget: it appears only after a run has taken 500 ms and fades out over 200 ms,
so it misses short runs and adds 200 ms to long ones; stApp's data-test-script-state is the run state itself.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.async_api import ViewportSize

CHROMIUM = Path("/usr/bin/chromium")  # Debian's: Playwright never downloads a browser here
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}

READY = """() => {
  const box = document.querySelector('[data-testid="stChatInputTextArea"]');
  return box !== null && !box.disabled && box.getClientRects().length > 0;
}"""
IDLE = """() => document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState === 'notRunning'"""

# Installed before Enter is pressed; window.__turn resolves with {ms, answerMs, timedOut, exception}. The answer is
# shown when the next-to-last chat message is this question and the last one shows text and no spinner (answerMs);
# the turn is over when after that the script run is over too (ms). The answer comes first: right after Enter the
# old run's state still reads notRunning. (Not a count of messages: the page may fold older turns into one box.)
WATCH = """([limitMs, question]) => {
  const messages = () => document.querySelectorAll('[data-testid="stChatMessage"]');
  let enter = null;
  let answered = null;
  window.__turn = new Promise((resolve) => {
    const onKey = (event) => { if (event.key === 'Enter' && enter === null) enter = event.timeStamp; };
    const shown = () => {
      const all = messages();
      if (enter === null || all.length < 2 || !all[all.length - 2].textContent.includes(question)) return false;
      const last = all[all.length - 1];
      return !last.querySelector('[data-testid="stSpinner"]') && last.textContent.trim() !== '';
    };
    const done = () => {
      if (answered === null && shown()) answered = performance.now();
      if (answered === null) return false;
      return document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState === 'notRunning';
    };
    const finish = (timedOut) => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      const error = document.querySelector('[data-testid="stException"]');
      requestAnimationFrame(() => resolve({
        ms: enter === null ? null : performance.now() - enter,
        answerMs: enter === null || answered === null ? null : answered - enter,
        timedOut,
        exception: error ? error.innerText.slice(0, 200) : null,
      }));
    };
    const observer = new MutationObserver(() => { if (done()) finish(false); });
    const timer = setTimeout(() => finish(true), limitMs);
    window.addEventListener('keydown', onKey, true);
    observer.observe(document.body, {
      subtree: true, childList: true, characterData: true,
      attributes: true, attributeFilter: ['data-test-script-state'],
    });
  });
}"""


@dataclass
class Turn:
    """One question and how long its answer took."""

    n: int
    question: str
    ms: float | None  # Enter to answer shown and run over; None when there was no answer
    answer_ms: float | None = None  # Enter to answer shown (the run may still be re-rendering the rest of the page)
    error: str | None = None
    page_busy_ms: float | None = None  # the page's main thread busy from typing to the end (all its tasks)
    page_script_ms: float | None = None  # ... of which running JavaScript
    nodes: int | None = None  # DOM nodes when the turn was over


def since_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


async def until_ready(page: Any, started: float, timeout_s: float) -> tuple[float, float]:
    """Milliseconds from STARTED (a perf_counter) until the chat box is enabled, and until the script run is over."""
    await page.wait_for_function(READY, polling="raf", timeout=timeout_s * 1000)
    ready = since_ms(started)
    await page.wait_for_function(IDLE, polling="raf", timeout=timeout_s * 1000)
    return ready, since_ms(started)


async def open_chat(context: Any, url: str, timeout_s: float) -> tuple[Any, float, float]:
    """A new page of the app, ready and idle: the page, and the milliseconds from navigating to its chat box being
    ready and to its script run being over."""
    page, started = await context.new_page(), time.perf_counter()
    await page.goto(url, wait_until="commit")
    return page, *await until_ready(page, started, timeout_s)


async def main_thread(cdp: Any) -> dict[str, float]:
    """The page's main-thread totals so far (Chrome DevTools Performance.getMetrics; seconds and counts)."""
    metrics = (await cdp.send("Performance.getMetrics"))["metrics"]
    return {metric["name"]: metric["value"] for metric in metrics}


async def ask(page: Any, cdp: Any, n: int, question: str, timeout_s: float) -> Turn:
    """Type a question, press Enter and wait for the answer (and the run) to be over."""
    from playwright.async_api import Error

    box = page.get_by_test_id("stChatInputTextArea")
    try:
        before = await main_thread(cdp)
        await box.fill(question, timeout=timeout_s * 1000)
        await page.evaluate(WATCH, [timeout_s * 1000, question])
        await box.press("Enter")
        seen = await page.evaluate("window.__turn")
        after = await main_thread(cdp)
    except Error as exc:  # the page or browser gave up: no answer to time
        return Turn(n, question, None, error=f"playwright: {str(exc).splitlines()[0]}")
    if seen["timedOut"] or seen["ms"] is None:
        return Turn(n, question, None, error=f"no answer within {timeout_s:.0f} s")
    return Turn(
        n,
        question,
        round(seen["ms"], 1),
        round(seen["answerMs"], 1),
        seen["exception"] and f"exception: {seen['exception']}",
        round((after["TaskDuration"] - before["TaskDuration"]) * 1000, 1),
        round((after["ScriptDuration"] - before["ScriptDuration"]) * 1000, 1),
        int(after["Nodes"]),
    )


async def converse(page: Any, questions: list[str], timeout_s: float, think_s: float) -> list[Turn]:
    """Ask the questions in turn, THINK_S seconds apart; stop after a turn without an answer (the page's state is
    unknown then)."""
    import asyncio

    cdp = await page.context.new_cdp_session(page)
    await cdp.send("Performance.enable")
    turns: list[Turn] = []
    for n, question in enumerate(questions, 1):
        turns.append(await ask(page, cdp, n, question, timeout_s))
        if turns[-1].ms is None:
            break
        await asyncio.sleep(think_s)
    return turns
