"""Where conversations live: an SQLite file (the default, standard library, WAL mode) or a PostgreSQL database that
several app servers share (a `postgresql://` URL). The store speaks one SQL to both: "?" placeholders (PostgreSQL
gets "%s"), `ON CONFLICT`, `INSERT ... SELECT`; only the schema's types and the set-up differ."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from chatbot.errors import ChatbotError

BUSY_MS = 5000  # how long a writer waits for another one before giving up
CONNECT_SECONDS = 5  # how long to wait for a PostgreSQL server to answer at all (libpq's minimum is 2)
COLUMNS = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, created {real} NOT NULL, updated {real} NOT NULL, state TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '', shared INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS turns (
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, n INTEGER NOT NULL,
    answer TEXT NOT NULL, index_version TEXT, created {real} NOT NULL, PRIMARY KEY (conversation, n)
);
CREATE TABLE IF NOT EXISTS feedback (
    id {serial},
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, turn INTEGER NOT NULL,
    citation INTEGER, verdict TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', created {real} NOT NULL
)
"""
INDEX = "CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated)"  # after ADDED
# Files written before conversations had owners gain the columns; their conversations belong to nobody.
ADDED = {"owner": "TEXT NOT NULL DEFAULT ''", "shared": "INTEGER NOT NULL DEFAULT 0"}


class HistoryError(ChatbotError):
    """The conversation store cannot be used (damaged, locked, unwritable, unreachable): the app goes on without
    history."""


class Connection(Protocol):
    """What the store needs of a connection (sqlite3's, or psycopg's through Postgres' adapter)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]], /) -> Any: ...


class Database(Protocol):
    where: str

    def connected(self) -> AbstractContextManager[Connection]: ...

    def after_delete(self) -> None: ...


class SQLite:
    """The default: one file on this machine, WAL mode, secure delete."""

    def __init__(self, path: Path) -> None:
        self.path, self.where = path, str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self.connected() as db:
                for statement in COLUMNS.format(real="REAL", serial="INTEGER PRIMARY KEY AUTOINCREMENT").split(";"):
                    db.execute(statement)
                have = {row[1] for row in db.execute("PRAGMA table_info(conversations)")}
                for column, kind in ADDED.items():
                    if column not in have:
                        db.execute(f"ALTER TABLE conversations ADD COLUMN {column} {kind}")
                db.execute(INDEX)
        except OSError as exc:
            raise HistoryError(f"Conversation history is off: {path} cannot be used ({exc}).") from exc

    @contextmanager
    def connected(self) -> Iterator[Connection]:
        """A connection in WAL mode with foreign keys and secure delete on; committed on success, rolled back on
        error."""
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000)
        except sqlite3.Error as exc:
            raise HistoryError(f"Conversation history is off: {self.path} cannot be used ({exc}).") from exc
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left in free pages
            with db:
                yield db
        except sqlite3.Error as exc:
            raise HistoryError(f"Conversation history is off: {self.path} cannot be used ({exc}).") from exc
        finally:
            db.close()

    def after_delete(self) -> None:
        """Copy the WAL into the file and empty it, so no copy of deleted rows stays in it."""
        with self.connected() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class _Adapted:
    """A psycopg connection that takes the store's "?" placeholders."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        return self.connection.execute(sql.replace("?", "%s"), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]], /) -> Any:
        with self.connection.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows)
            return cursor


class Postgres:
    """A PostgreSQL database shared by several app servers (psycopg 3). Each call takes a fresh connection: a few
    milliseconds on a local network, and no pool to go stale when the database restarts."""

    SETUP_LOCK = 727_318  # an advisory lock: two servers starting at once do not race to create the tables

    def __init__(self, url: str) -> None:
        self.url, self.where = url, described(url)
        with self.connected() as db:
            db.execute("SELECT pg_advisory_xact_lock(?)", (self.SETUP_LOCK,))
            for statement in COLUMNS.format(real="DOUBLE PRECISION", serial="BIGSERIAL PRIMARY KEY").split(";"):
                db.execute(statement)
            for column, kind in ADDED.items():
                db.execute(f"ALTER TABLE conversations ADD COLUMN IF NOT EXISTS {column} {kind}")
            db.execute(INDEX)

    @contextmanager
    def connected(self) -> Iterator[Connection]:
        """A connection in one transaction, committed on success, rolled back on error. A lock held elsewhere (a
        stuck transaction, a migration) is waited for BUSY_MS at most, like SQLite's busy timeout: an error, not a
        hung page."""
        import psycopg  # only where a PostgreSQL URL is configured

        try:
            with psycopg.connect(self.url, connect_timeout=CONNECT_SECONDS) as connection:
                connection.execute(f"SET LOCAL lock_timeout = {int(BUSY_MS)}")
                yield _Adapted(connection)
        except psycopg.Error as exc:
            problem = reason(exc, self.url)
            raise HistoryError(f"Conversation history is off: {self.where} cannot be used ({problem}).") from exc

    def after_delete(self) -> None:
        """Nothing to do at once: PostgreSQL's (auto)vacuum reclaims the deleted rows' space (docs/deploy.md)."""


def described(url: str) -> str:
    """The database a URL names, without its user or password: "the PostgreSQL database at db.internal:5432/chat"."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "the PostgreSQL database"
    return f"the PostgreSQL database at {parts.netloc.rpartition('@')[2]}{parts.path}"


def reason(exc: Exception, url: str) -> str:
    """The first line of psycopg's message without the URL's password: libpq quotes the parts of a URL it cannot
    read ('invalid percent-encoded token: "s3cret%zz"'), so every form of the password is blanked out; a URL too
    broken to find its password in gives only the kind of error."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return type(exc).__name__
    query = [pair.partition("=") for pair in parts.query.split("&")]
    raw = [parts.password or "", *(value for key, _, value in query if unquote(key) == "password")]
    line = next(iter(str(exc).strip().splitlines()), "") or type(exc).__name__
    for secret in sorted({*raw, *map(unquote, raw)} - {""}, key=len, reverse=True):
        line = line.replace(secret, "***")
    return line


def database(location: Path | str) -> Database:
    """The database a location names: a postgresql:// URL, else an SQLite file path."""
    if isinstance(location, str) and location.startswith(("postgresql://", "postgres://")):
        return Postgres(location)
    if isinstance(location, str) and "://" in location:  # a typo or SQLAlchemy's postgresql+psycopg://, not a file
        scheme = location.split("://", 1)[0][:40]
        raise HistoryError(f"Conversation history is off: history_url must start with postgresql://, not {scheme}://.")
    return SQLite(Path(location))
