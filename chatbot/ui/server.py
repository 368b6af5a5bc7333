"""What `chatbot serve` runs: the page (app.py) in Streamlit's own ASGI server (`st.App`), with two additions.

- Ready at once: the model and index load when the server starts, before it answers HTTP, so the first visitor (and
  a balancer's health check) finds a server that can answer, instead of a page waiting behind a spinner. A failed
  load (no index yet, a damaged one) does not stop the server: the page shows why and offers to build it.
- The owner cookie: a page request without one gets a fresh random key in a `Set-Cookie` header (HttpOnly: no
  script in the page can read it; SameSite=Lax: a shared link clicked in an e-mail still arrives with it). The page
  reads it from the request (`st.context.cookies`) before its first line runs. Running app.py directly with
  `streamlit run` still works: the page then sets the cookie itself (chatbot.ui._owner).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

import streamlit as st
from starlette.middleware import Middleware
from streamlit.logger import get_logger

from chatbot import ChatbotError, new_key
from chatbot.ui._loading import load_chatbot, wait_warm
from chatbot.ui._owner import COOKIE, YEAR

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASSETS = ("/_stcore", "/static", "/component", "/media", "/app/static", "/favicon")
log = get_logger(__name__)  # Streamlit's: its handler and level (--logger.level) apply


def preload() -> None:
    """Load the chatbot into the resource cache the pages share; a failure is left for the page to show."""
    # outside a page run the cache says "missing ScriptRunContext", which is expected here
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    try:
        started = time.monotonic()
        load_chatbot()
        log.info("model and index loaded in %.1f s", time.monotonic() - started)
        wait_warm()
        log.info("warmed up in %.1f s", time.monotonic() - started)
    except ChatbotError as exc:
        log.info("the index could not be loaded at start: %s", exc)


@contextlib.asynccontextmanager
async def lifespan(_: Any) -> AsyncIterator[None]:
    await asyncio.to_thread(preload)  # off the event loop; HTTP is served once it is done
    yield


def has_owner(scope: Scope) -> bool:
    """Whether the request carries an owner cookie. Split by hand, not with http.cookies: SimpleCookie stops at the
    first cookie it finds malformed ("a=1;;b=2" gives only a), and another site on the same host may set such a
    cookie; missing ours there would replace the browser's key, and with it the person's list."""
    prefix = f"{COOKIE}=".encode()
    for name, value in scope.get("headers", []):
        if name == b"cookie" and any(part.strip().startswith(prefix) for part in value.split(b";")):
            return True
    return False


class OwnerCookie:
    """Give a browser that comes without an owner cookie a new random key (page requests only, not assets)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(ASSETS) or has_owner(scope):
            await self.app(scope, receive, send)
            return
        secure = "; Secure" if scope.get("scheme") == "https" else ""
        cookie = f"{COOKIE}={new_key()}; Max-Age={YEAR}; Path=/; SameSite=Lax; HttpOnly{secure}".encode()

        async def with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie)]}
            await send(message)

        await self.app(scope, receive, with_cookie)


app = st.App("app.py", lifespan=lifespan, middleware=[Middleware(OwnerCookie)])
