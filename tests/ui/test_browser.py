"""The real app in a real browser: `chatbot serve` with the real model, driven by headless Debian chromium."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chatbot import build_index
from chatbot.config import Settings
from tests.conftest import ONET, SEEDS, WARD_MAYOR
from tests.ui.test_app import HOSTILE

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LEGISLATORS = ONET / "onet_11-1031.00_legislators.txt"
SHOWN = 8  # chat messages a page shows at most: the last four turns (chatbot.ui.app.RECENT)
SLOW_MS = 180_000  # the app loads the model on the first question; the CPU is shared


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    """Wait until Streamlit answers its health check (or fail with the server's log)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"chatbot serve exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"chatbot serve did not come up in {timeout:.0f}s:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def serving(settings: dict[str, str], log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`chatbot serve` on a free port with these CHATBOT_ variables (and only the session's model cache besides),
    up and healthy: its URL and process. On exit its whole process group is stopped."""
    with servers(settings, [log]) as [started]:
        yield started


@contextlib.contextmanager
def servers(settings: dict[str, str], logs: list[Path]) -> Iterator[list[tuple[str, subprocess.Popen[bytes]]]]:
    """One `chatbot serve` per log, each on its own free port, all started before any is waited for (their start-up
    imports overlap on the cores), up and healthy: their URLs and processes. On exit each process group is stopped."""
    keep = {"CHATBOT_MODEL_CACHE"}  # the model is exported once per session, not once per server
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_") or k in keep} | settings
    started: list[tuple[str, subprocess.Popen[bytes]]] = []
    try:
        for log in logs:
            port = free_port()
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [str(Path(sys.executable).with_name("chatbot")), "serve", "--port", str(port)],
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own process group, stopped as a whole
                )
            started.append((f"http://127.0.0.1:{port}", process))
        for (url, process), log in zip(started, logs, strict=True):
            wait_healthy(url, process, log)
        yield started
    finally:
        for _, process in started:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group, SIGKILL if it has not gone in 20 s."""
    with contextlib.suppress(ProcessLookupError):  # the group may be gone already
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)


@pytest.fixture
def served(tmp_path: Path, model_embedder: Any) -> Iterator[tuple[str, Path]]:
    """`chatbot serve` on a free port over a copy of the seeds plus a hostile page, indexed with the real model."""
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run `make browser` (apt-get install chromium)")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in SEEDS.glob("*.txt"):
        (seeds / page.name).write_bytes(page.read_bytes())
    (seeds / "pastry.txt").write_text(HOSTILE, encoding="utf-8")
    index = tmp_path / "index"
    build_index(Settings(seeds=[seeds], index_dir=index), embedder=model_embedder)
    settings = {"CHATBOT_SEEDS": json.dumps([str(seeds)]), "CHATBOT_INDEX_DIR": str(index)}
    with serving(settings, tmp_path / "serve.log") as (url, _):
        yield url, seeds


@contextlib.contextmanager
def opened(url: str, width: int = 1400, height: int = 2000) -> Iterator[tuple[Any, list[str]]]:
    """The app in headless chromium, ready for a question; the page and the messages of any dialogs it opens."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": width, "height": height}).new_page()  # tabs may share it
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url)
        expect(page.get_by_test_id("stChatInputTextArea")).to_be_visible(timeout=SLOW_MS)
        try:
            yield page, dialogs
        finally:
            browser.close()


def ask(page: Any, question: str, messages: int) -> Any:
    """Type a question, press Enter, wait for its answer to finish; the answer's chat message."""
    from playwright.sync_api import expect

    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    box.press("Enter")
    chat = page.get_by_test_id("stChatMessage")
    shown = min(messages, SHOWN)  # older turns are folded into one block (app.RECENT)
    expect(chat).to_have_count(shown, timeout=SLOW_MS)
    expect(chat.nth(shown - 2)).to_contain_text(question, timeout=SLOW_MS)
    answer = chat.nth(shown - 1)
    expect(answer.get_by_test_id("stExpander").first).to_be_visible(timeout=SLOW_MS)
    settle(page)
    return answer


def settle(page: Any) -> None:
    """Wait until the script run is over (Streamlit shows its status widget while running)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=SLOW_MS)


def citation_box(answer: Any, label: str) -> Any:
    """The source box of a citation ("[2] Ward Mayor ... — Career Path"), not the "Why these sources" panel that
    names the same source in its text."""
    return answer.get_by_test_id("stExpander").filter(has_text=label).filter(has_not_text="Why these sources")


def open_expander(expander: Any) -> None:
    if expander.locator("details").get_attribute("open") is None:
        expander.locator("summary").click()


def test_chat_upload_reindex_and_inert_pages_in_chromium(served: tuple[str, Path], tmp_path: Path) -> None:
    from playwright.sync_api import expect

    url, seeds = served
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with opened(url) as (page, dialogs):
        expect(page.get_by_test_id("stSidebar")).to_contain_text("3 pages", timeout=SLOW_MS)

        answer = ask(page, "how do I become a ward mayor", 2)
        career = citation_box(answer, f"{WARD_MAYOR} — Career Path")
        expect(career).to_have_count(1)
        open_expander(career)
        expect(career).to_contain_text("General Administrative Staff → Section Chief Level")
        diagram = answer.get_by_test_id("stExpander").filter(has_text="Career path:")
        open_expander(diagram)
        expect(diagram.locator("svg").filter(has_text="Deputy Ward Mayor")).to_have_count(1, timeout=30_000)
        page.screenshot(path=shots / "1-ward-mayor.png", full_page=True)

        follow_up = ask(page, "what skills does that need?", 4)
        expect(follow_up).to_contain_text("Ward Mayor")
        page.screenshot(path=shots / "2-follow-up.png", full_page=True)

        step = ask(page, "and the step before that one?", 6)  # no cue word: a step along the path shown before
        expect(step).to_contain_text("Deputy Ward Mayor")
        expect(citation_box(step, f"{WARD_MAYOR} — Career Path")).to_have_count(1)
        page.screenshot(path=shots / "3-step-before.png", full_page=True)

        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(LEGISLATORS))
        add = page.get_by_role("button", name="Add and reindex")
        expect(add).to_be_enabled(timeout=60_000)
        add.click()
        expect(page.get_by_test_id("stSidebar")).to_contain_text("added 1", timeout=SLOW_MS)
        settle(page)
        assert (seeds / LEGISLATORS.name).read_bytes() == LEGISLATORS.read_bytes()
        expect(page.get_by_test_id("stSidebar")).to_contain_text("4 pages")
        page.screenshot(path=shots / "4-uploaded.png", full_page=True)

        legislators = ask(page, "what do legislators do?", 8)
        expect(legislators.get_by_test_id("stExpander").filter(has_text="Legislators —").first).to_be_visible()
        page.screenshot(path=shots / "5-new-job.png", full_page=True)

        pastry = ask(page, "what does a pastry chef do?", 10)
        for expander in pastry.get_by_test_id("stExpander").filter(has_text="Pastry Chef —").all():
            open_expander(expander)
        for link in pastry.get_by_text("the guild").all():
            link.click()
        page.wait_for_timeout(1000)
        page.screenshot(path=shots / "6-inert-page.png", full_page=True)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == []
        body = page.locator("body").inner_text()
        assert "<script>window.__xss = 1</script>" in body or "[the guild](javascript:" in body
        assert page.locator("a[href^='javascript']").count() == 0
        assert pastry.locator("a").count() == 0  # not even the page's http URL became a link
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("script", has_text="__xss").count() == 0
    assert len(list(shots.glob("*.png"))) == 6


@pytest.mark.slow
def test_serve_stops_on_sigterm_to_its_own_pid(tmp_path: Path) -> None:
    """`chatbot serve` becomes the Streamlit server, so a supervisor's SIGTERM to it leaves no server behind."""
    no_index = {"CHATBOT_INDEX_DIR": str(tmp_path / "index")}  # the page offers to build one; health is enough
    with serving(no_index, tmp_path / "serve.log") as (url, process):
        assert "streamlit" in Path(f"/proc/{process.pid}/cmdline").read_bytes().decode(errors="replace")
        process.send_signal(signal.SIGTERM)  # the pid only, not its group
        assert process.wait(timeout=30) is not None
        with pytest.raises(OSError):
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)


FINDER_PAGES = ["onet_35-2014.00_cooks-restaurant.txt", "onet_35-1011.00_chefs-and-head-cooks.txt"]
FINDER_PAGES += ["onet_19-1011.00_animal-scientists.txt", "onet_29-1131.00_veterinarians.txt"]
FINDER_PAGES += ["onet_15-2041.00_statisticians.txt", "onet_47-2111.00_electricians.txt"]
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"  # kept after the run (git-ignored)


def test_find_jobs_sliders_and_route_diagram_in_chromium(tmp_path: Path, model_embedder: Any) -> None:
    from playwright.sync_api import expect

    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run `make browser` (apt-get install chromium)")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in FINDER_PAGES:
        (seeds / name).write_bytes((ONET / name).read_bytes())
    index = tmp_path / "index"
    build_index(Settings(seeds=[seeds], index_dir=index), embedder=model_embedder)
    SHOTS.mkdir(parents=True, exist_ok=True)
    settings = {"CHATBOT_SEEDS": json.dumps([str(seeds)]), "CHATBOT_INDEX_DIR": str(index)}
    with serving(settings, tmp_path / "serve.log") as (url, _), opened(url) as (page, dialogs):
        panel = page.get_by_test_id("stExpander").filter(has_text="Find jobs for me")
        open_expander(panel)
        sliders = panel.get_by_role("slider")
        expect(sliders).to_have_count(6)
        investigative = sliders.nth(1)
        investigative.focus()
        for _ in range(10):  # 0 -> 100 in steps of 10, as a person does with the keyboard
            investigative.press("ArrowRight")
        expect(investigative).to_have_value("100")
        panel.get_by_role("button", name="Find jobs").click()
        chat = page.get_by_test_id("stChatMessage")
        expect(chat).to_have_count(2, timeout=SLOW_MS)
        settle(page)
        expect(chat.nth(1)).to_contain_text("Jobs that may suit you")
        ask_buttons = page.get_by_role("button", name="Ask about")
        expect(ask_buttons.first).to_be_visible()
        assert ask_buttons.count() == 5
        page.screenshot(path=SHOTS / "finder-1-suggestions.png", full_page=True)
        first = ask_buttons.first.inner_text().removeprefix("Ask about ").strip()
        ask_buttons.first.click()
        expect(chat).to_have_count(4, timeout=SLOW_MS)
        settle(page)
        expect(chat.nth(2)).to_contain_text(f"Tell me about {first}")
        page.screenshot(path=SHOTS / "finder-2-asked-about.png", full_page=True)

        settle(page)
        expect(page.get_by_test_id("stChatInputTextArea")).to_be_editable()
        route = ask(page, "how do I get from restaurant cook to head chef?", 6)
        diagram = route.get_by_test_id("stExpander").filter(has_text="Route diagram")
        open_expander(diagram)
        expect(diagram.locator("svg").filter(has_text="Chefs and Head Cooks")).to_have_count(1, timeout=30_000)
        page.screenshot(path=SHOTS / "finder-3-route-diagram.png", full_page=True)
        assert dialogs == []
    print(f"screenshots: {SHOTS}")  # noqa: T201 - where to look, in the test output
    assert {p.name for p in SHOTS.glob("finder-*.png")} >= {"finder-1-suggestions.png", "finder-3-route-diagram.png"}


SCREENS = {"desktop": (1400, 1000), "phone": (390, 844)}
MIN_TEXT_PX = 8  # diagram text smaller than this cannot be read


@pytest.mark.parametrize("screen", list(SCREENS))
def test_first_screen_answer_comparison_and_diagram_on_desktop_and_phone(served: tuple[str, Path], screen: str) -> None:
    from playwright.sync_api import expect

    url, _ = served
    SHOTS.mkdir(parents=True, exist_ok=True)
    width, height = SCREENS[screen]
    with opened(url, width, height) as (page, dialogs):
        expect(page.get_by_text("job pages:")).to_be_visible(timeout=SLOW_MS)  # what the pages cover
        examples = page.get_by_role("button", name="How do I become a ward mayor?")
        expect(examples).to_be_visible()
        page.screenshot(path=SHOTS / f"{screen}-1-first-screen.png", full_page=True)

        answer = ask(page, "how do I become a ward mayor", 2)
        expect(answer).to_contain_text("directly elected by residents")
        page.screenshot(path=SHOTS / f"{screen}-2-cited-answer.png", full_page=True)

        diagram = answer.get_by_test_id("stExpander").filter(has_text="Career path:")
        open_expander(diagram)
        svg = diagram.locator("svg").filter(has_text="Deputy Ward Mayor")
        expect(svg).to_have_count(1, timeout=30_000)
        svg.scroll_into_view_if_needed()
        heights = [box["height"] for t in svg.locator("text").all() if (box := t.bounding_box())]
        assert heights and min(heights) >= MIN_TEXT_PX, heights  # readable, also at 390 px
        page.screenshot(path=SHOTS / f"{screen}-3-career-diagram.png", full_page=True)

        compared = ask(page, "compare the ward mayor and the secretariat director-general", 4)
        for job in ("Ward Mayor (Tokyo Special Wards)", "Secretariat Director-General (Each Ministry/Agency)"):
            expect(compared.get_by_text(f"{job}:").first).to_be_visible()  # every cell says whose it is
        page.screenshot(path=SHOTS / f"{screen}-4-comparison.png", full_page=True)
        placeholder = page.get_by_test_id("stChatInputTextArea").get_attribute("placeholder") or ""
        assert len(placeholder) <= 30
        assert dialogs == []
    print(f"screenshots: {SHOTS}")  # noqa: T201 - where to look, in the test output


def test_reload_second_tab_and_feedback_export_in_chromium(served: tuple[str, Path], tmp_path: Path) -> None:
    from playwright.sync_api import expect

    url, seeds = served
    with opened(url) as (page, dialogs):
        ask(page, "how do I become a ward mayor", 2)
        ask(page, "what skills does that need?", 4)
        page.wait_for_function("() => new URL(location.href).searchParams.get('c') !== null")
        link = page.url
        page.reload()  # the conversation and its citations come back
        chat = page.get_by_test_id("stChatMessage")
        expect(chat).to_have_count(4, timeout=SLOW_MS)
        earlier = chat.nth(1).get_by_test_id("stExpander").filter(has_text="Sources (")  # an earlier answer: one box
        open_expander(earlier)
        expect(earlier.get_by_text("Ward Mayor (Tokyo Special Wards) — Career Path").first).to_be_visible()
        expect(citation_box(chat.nth(3), "Ward Mayor (Tokyo Special Wards) — Required Skills").first).to_be_visible()
        second = page.context.new_page()  # the same conversation opened by its URL in a second tab of this browser
        second.goto(link)
        expect(second.get_by_test_id("stChatMessage")).to_have_count(4, timeout=SLOW_MS)
        second.close()
        box = citation_box(chat.nth(3), "Ward Mayor (Tokyo Special Wards) — Required Skills").first
        open_expander(box)
        noted = page.get_by_text("Thank you: noted.")
        for _ in range(3):  # a click that lands while the page is still re-running after the reload is dropped
            settle(page)
            box.get_by_role("button", name="Wrong source").click()
            try:
                expect(noted).to_be_visible(timeout=20_000)
                break
            except AssertionError:
                continue
        expect(noted).to_be_visible()  # stored before the export
        assert dialogs == []
        key = owner_key(page)
    index = seeds.parent / "index"
    exported = subprocess.run(
        [str(Path(sys.executable).with_name("chatbot")), "feedback", "export", "--index", str(index), "--owner", key],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    cases = [json.loads(line) for line in exported.splitlines()]
    assert any(
        case["turns"][-1]["marked_wrong"] == ["Ward Mayor (Tokyo Special Wards)", "Required Skills"]
        and case["turns"][-1]["q"] == "what skills does that need?"
        for case in cases
    ), cases


def owner_key(page: Any) -> str:
    """The owner of this browser's conversations, as `chatbot feedback export --owner` takes it (from its cookie)."""
    [cookie] = [c for c in page.context.cookies() if c["name"] == "chatbot_owner"]
    return f"browser:{cookie['value']}"


def test_two_browsers_keep_their_conversations_apart(tmp_path: Path, model_embedder: Any) -> None:
    """Browser A asks two questions; browser B (another context: its own cookie jar, like another computer or a
    private window) lists nothing, and A's private link, a made-up id and a deleted id all show the same plain
    message; a copy A shares opens read-only in B. Nothing of the ids or keys reaches the server's info log."""
    from playwright.sync_api import expect, sync_playwright

    index = tmp_path / "index"
    build_index(Settings(seeds=[SEEDS], index_dir=index), embedder=model_embedder)
    env = {"CHATBOT_SEEDS": json.dumps([str(SEEDS)]), "CHATBOT_INDEX_DIR": str(index), "STREAMLIT_LOGGER_LEVEL": "info"}
    gone = "This conversation no longer exists"
    with serving(env, tmp_path / "serve.log") as (url, _), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        a = browser.new_context(viewport={"width": 1400, "height": 2000}).new_page()
        a.goto(url)
        expect(a.get_by_test_id("stChatInputTextArea")).to_be_visible(timeout=SLOW_MS)
        ask(a, "how do I become a ward mayor", 2)
        ask(a, "what skills does that need?", 4)
        a.wait_for_function("() => new URL(location.href).searchParams.get('c') !== null")
        private = a.url
        key = owner_key(a)
        assert key.removeprefix("browser:") not in a.content()  # the key is never in the page
        [cookie] = [c for c in a.context.cookies() if c["name"] == "chatbot_owner"]
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"  # no script of the page can read it
        assert a.evaluate("document.cookie").find(cookie["value"]) == -1
        sidebar = a.get_by_test_id("stSidebar")
        sidebar.get_by_role("button", name="New chat").click()
        settle(a)
        ask(a, "what does a secretariat director-general do?", 2)
        a.wait_for_function(f"() => location.href !== {json.dumps(private)}")
        doomed = a.url
        doomed_id = doomed.split("c=")[1]
        settle(a)
        a.locator(f".st-key-delete-{doomed_id} button").first.click()  # (a run's stale copy may linger a moment)
        settle(a)
        expect(a.locator("[class*='st-key-open-']")).to_have_count(1)
        a.goto(private)
        expect(a.get_by_test_id("stChatMessage")).to_have_count(4, timeout=SLOW_MS)
        settle(a)
        sidebar.get_by_role("button", name="Share a read-only copy").click()
        settle(a)
        shared = sidebar.get_by_test_id("stCode").inner_text().strip()
        assert "?c=" in shared and shared != private

        b = browser.new_context(viewport={"width": 1400, "height": 2000}).new_page()
        b.goto(url)
        expect(b.get_by_test_id("stChatInputTextArea")).to_be_visible(timeout=SLOW_MS)
        settle(b)
        expect(b.get_by_test_id("stSidebar").get_by_text("None yet")).to_be_visible()
        expect(b.locator("[class*='st-key-open-']")).to_have_count(0)  # B's list is empty
        made_up = url + "/?c=" + "Q" * 22
        for link in (made_up, doomed, private):  # made up, deleted, A's own: one plain message, nothing of A's
            b.goto(link)
            expect(b.get_by_text(gone)).to_be_visible(timeout=SLOW_MS)
            settle(b)
            expect(b.get_by_test_id("stChatMessage")).to_have_count(0)
            # A's own words (not "ward mayor": the welcome screen's examples may show it)
            assert "what skills does that need" not in b.inner_text("body").casefold()
        b.goto(shared)
        expect(b.get_by_test_id("stChatMessage")).to_have_count(4, timeout=SLOW_MS)
        expect(b.get_by_text("you can read it, not add to it")).to_be_visible()
        expect(b.get_by_test_id("stChatInputTextArea")).to_be_disabled()
        b.screenshot(path=SHOTS / "shared-read-only.png", full_page=True)
        ids = {private.split("c=")[1], doomed_id, shared.split("c=")[1], key.removeprefix("browser:"), owner_key(b)}
        browser.close()
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert "model and index loaded" in log  # an info-level line: the log ran at info level
    assert not [i for i in ids if i.removeprefix("browser:") in log]
