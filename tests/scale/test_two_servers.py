"""Scale-out in a real browser: two `chatbot serve` processes over one index folder, sharing conversations through
one PostgreSQL. A conversation begun on one server goes on on the other, and comes back whole on the first; another
browser sees none of it. The owner cookie belongs to the host, not the port, so one browser is one owner on both,
as it is behind a balancer that sends its requests to either server."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chatbot.config import Settings
from tests.conftest import SEEDS, WARD_MAYOR
from tests.ui.test_browser import CHROMIUM, CHROMIUM_ARGS, SLOW_MS, ask, citation_box, servers, settle

pytestmark = pytest.mark.slow

QUESTIONS = ["how do I become a ward mayor", "what skills does that need?", "and the step before that one?"]


def shows(page: Any, url: str, turns: int) -> Any:
    """Open a conversation's link and wait for its turns (a question and an answer each); its chat messages."""
    from playwright.sync_api import expect

    page.goto(url)
    chat = page.get_by_test_id("stChatMessage")
    expect(chat).to_have_count(2 * turns, timeout=SLOW_MS)
    settle(page)
    for n, question in enumerate(QUESTIONS[:turns]):
        expect(chat.nth(2 * n)).to_contain_text(question)
    expect(citation_box(chat.nth(1), f"{WARD_MAYOR} — Career Path")).to_have_count(1)  # cited, quotes and all
    return chat


def test_a_conversation_goes_on_on_another_server(seeds_index: Settings, postgres_url: str, tmp_path: Any) -> None:
    from playwright.sync_api import expect, sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run `make browser` (apt-get install chromium)")
    env = {
        "CHATBOT_SEEDS": json.dumps([str(SEEDS)]),
        "CHATBOT_INDEX_DIR": str(seeds_index.index_dir),  # one folder, read by both
        "CHATBOT_HISTORY_URL": postgres_url,
    }
    with servers(env, [tmp_path / "one.log", tmp_path / "two.log"]) as [(one, _), (two, _)], sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 2000}).new_page()
        page.goto(one)
        expect(page.get_by_test_id("stChatInputTextArea")).to_be_visible(timeout=SLOW_MS)
        ask(page, QUESTIONS[0], 2)
        ask(page, QUESTIONS[1], 4)
        page.wait_for_function("() => new URL(location.href).searchParams.get('c') !== null")
        conversation_id = page.url.split("c=")[1]

        chat = shows(page, f"{two}/?c={conversation_id}", 2)  # server two, the same browser: the same owner
        expect(chat.nth(3)).to_contain_text("Ward Mayor")
        step = ask(page, QUESTIONS[2], 6)  # a follow-up: the dialogue state came over too
        expect(step).to_contain_text("Deputy Ward Mayor")

        chat = shows(page, f"{one}/?c={conversation_id}", 3)  # back on server one: all three
        expect(chat.nth(5)).to_contain_text("Deputy Ward Mayor")

        other = browser.new_context(viewport={"width": 1400, "height": 2000}).new_page()  # another browser
        other.goto(two)
        expect(other.get_by_test_id("stChatInputTextArea")).to_be_visible(timeout=SLOW_MS)
        settle(other)
        expect(other.get_by_test_id("stSidebar").get_by_text("None yet")).to_be_visible()
        expect(other.locator("[class*='st-key-open-']")).to_have_count(0)
        other.goto(f"{two}/?c={conversation_id}")
        expect(other.get_by_text("This conversation no longer exists")).to_be_visible(timeout=SLOW_MS)
        expect(other.get_by_test_id("stChatMessage")).to_have_count(0)
        browser.close()
