"""The store a server holds: opened when first asked for, and tried again later when it could not be opened, so a
server started before its database (or while the file was locked) takes history up once it can, without a
restart."""

from __future__ import annotations

import time
from pathlib import Path

from chatbot.history._db import HistoryError
from chatbot.history._store import Store


class StoreOpener:
    """Opens the store at a location at most once per RETRY seconds until it opens; thread-safe enough: two threads
    that race to open it both get a working store."""

    RETRY = 30.0  # seconds: a page run asks several times, and a database that is down costs a connect timeout

    def __init__(self, location: Path | str) -> None:
        self.location = location
        self.problem: str | None = None  # why the store could not be opened, the last time it was tried
        self._store: Store | None = None
        self._next_try = 0.0  # time.monotonic() before which a failed store is not tried again

    def store(self) -> Store | None:
        """The store, or None while it cannot be opened (then `problem` says why)."""
        if self._store is None and time.monotonic() >= self._next_try:
            try:
                self._store, self.problem = Store(self.location), None
            except HistoryError as exc:
                self.problem, self._next_try = str(exc), time.monotonic() + self.RETRY
        return self._store
