"""The owner cookie middleware of `chatbot serve`: a page request without the cookie gets a fresh random key, one
with it (among any other cookies, malformed ones included) keeps its own, and assets never get one."""

from __future__ import annotations

import asyncio
from typing import Any

from chatbot import KEY
from chatbot.ui.server import OwnerCookie


def served(path: str, cookie: bytes | None) -> list[bytes]:
    """The Set-Cookie headers the middleware adds to a GET of this path."""
    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.body", "body": b"page"})

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"cookie", cookie)] if cookie is not None else []
    scope = {"type": "http", "method": "GET", "path": path, "headers": headers, "scheme": "http"}
    asyncio.run(OwnerCookie(app)(scope, receive, send))
    return [value for name, value in sent[0]["headers"] if name == b"set-cookie"]


def test_a_first_visit_gets_a_random_http_only_key() -> None:
    first, second = served("/", None), served("/", None)
    assert len(first) == 1 and first != second
    value = first[0].decode()
    key = value.split(";")[0].removeprefix("chatbot_owner=")
    assert KEY.match(key) and "HttpOnly" in value and "SameSite=Lax" in value and "Path=/" in value


def test_a_browser_with_its_key_keeps_it_whatever_else_it_sends() -> None:
    key = "k" * 43
    for header in [f"chatbot_owner={key}", f"a=1;;b=2; chatbot_owner={key}", f'x="open; é=1; chatbot_owner={key}']:
        assert served("/", header.encode()) == [], header


def test_assets_and_health_checks_get_no_cookie() -> None:
    for path in ["/_stcore/health", "/static/js/index.js", "/favicon.png"]:
        assert served(path, None) == []
