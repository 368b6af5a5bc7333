"""Conversations that outlast the page: an SQLite file (standard library, WAL mode) beside the index.

One row per conversation (its title, times and the whole dialogue state, so follow-ups resume where they were), one
per turn (the full answer: text, citations with their quoted passages, jobs, intent, the searched question, and the
index version that produced it) and one per piece of feedback. Every write is one transaction: a crash mid-write
loses at most the turn being written. Ids are unguessable tokens; an id that is malformed or unknown opens nothing.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ValidationError

from chatbot.answer import Conversation
from chatbot.errors import ChatbotError
from chatbot.models import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL, state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, n INTEGER NOT NULL,
    answer TEXT NOT NULL, index_version TEXT, created REAL NOT NULL, PRIMARY KEY (conversation, n)
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, turn INTEGER NOT NULL,
    citation INTEGER, verdict TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', created REAL NOT NULL
);
"""
ID = re.compile(r"^[A-Za-z0-9_-]{22}$")  # secrets.token_urlsafe(16)
VERDICTS = ("helpful", "not_helpful", "wrong_source", "not_what_i_asked")
TITLE_CHARS = 80
BUSY_MS = 5000  # how long a writer waits for another one before giving up


class HistoryError(ChatbotError):
    """The conversation file cannot be used (damaged, locked, unwritable): the app goes on without history."""


class Summary(BaseModel):
    """One stored conversation, as the sidebar lists it."""

    id: str
    title: str
    updated: float
    turns: int


class Feedback(BaseModel):
    """One piece of feedback with the turn it is about."""

    conversation: str
    turn: int
    citation: int | None
    verdict: str
    comment: str
    question: str
    earlier: list[str]
    answer: Answer


class Store:
    """The conversation file. Safe to share between threads: each call opens its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self.connected() as db:
                db.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise HistoryError(f"Conversation history is off: {path} cannot be used ({exc}).") from exc

    @contextmanager
    def connected(self) -> Iterator[sqlite3.Connection]:
        """A connection in WAL mode with foreign keys on; committed on success, rolled back on error."""
        db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            with db:
                yield db
        except sqlite3.Error as exc:
            raise HistoryError(f"Conversation history is off: {self.path} cannot be used ({exc}).") from exc
        finally:
            db.close()

    def new_id(self) -> str:
        return secrets.token_urlsafe(16)

    def save(self, conversation_id: str, conversation: Conversation, index_version: str | None) -> None:
        """Store the conversation's state and the turns not stored yet, in one transaction."""
        if not ID.match(conversation_id) or not conversation.turns:
            return
        now = time.time()
        title = conversation.turns[0].question[:TITLE_CHARS] or "Conversation"
        with self.connected() as db:
            row = db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (conversation_id,)).fetchone()
            stored = int(row[0])
            db.execute(
                "INSERT INTO conversations (id, title, created, updated, state) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, state = excluded.state",
                # the state without its turns (stored once each, below): a turn costs the same in a long chat
                (conversation_id, title, now, now, conversation.model_dump_json(exclude={"turns"})),
            )
            db.executemany(
                "INSERT OR IGNORE INTO turns (conversation, n, answer, index_version, created) VALUES (?, ?, ?, ?, ?)",
                [
                    (conversation_id, n, answer.model_dump_json(), index_version, now)
                    for n, answer in enumerate(conversation.turns[stored:], stored + 1)
                ],
            )

    def load(self, conversation_id: str) -> Conversation | None:
        """The stored conversation; None for a malformed or unknown id, or a state this version cannot read."""
        if not ID.match(conversation_id or ""):
            return None
        with self.connected() as db:
            row = db.execute("SELECT state FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            turns = db.execute("SELECT answer FROM turns WHERE conversation = ? ORDER BY n", (conversation_id,))
            answers = [answer for (answer,) in turns]
        if row is None:
            return None
        try:
            conversation = Conversation.model_validate_json(row[0])
            return conversation.model_copy(update={"turns": [Answer.model_validate_json(a) for a in answers]})
        except ValidationError:
            return None

    def versions(self, conversation_id: str) -> list[str | None]:
        """The index version that produced each stored turn, in order."""
        with self.connected() as db:
            rows = db.execute(
                "SELECT index_version FROM turns WHERE conversation = ? ORDER BY n", (conversation_id,)
            ).fetchall()
        return [row[0] for row in rows]

    def conversations(self, limit: int = 50) -> list[Summary]:
        """The stored conversations, the most recent first."""
        with self.connected() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.updated, COUNT(t.n) FROM conversations c LEFT JOIN turns t "
                "ON t.conversation = c.id GROUP BY c.id ORDER BY c.updated DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [Summary(id=r[0], title=r[1], updated=r[2], turns=r[3]) for r in rows]

    def rename(self, conversation_id: str, title: str) -> None:
        with self.connected() as db:
            db.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title.strip()[:TITLE_CHARS], conversation_id)
            )

    def delete(self, conversation_id: str) -> None:
        """Delete a conversation with its turns and feedback."""
        with self.connected() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def give_feedback(
        self, conversation_id: str, turn: int, verdict: str, citation: int | None = None, comment: str = ""
    ) -> None:
        """Record feedback on a stored turn (1-based), or on one of its citations."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        with self.connected() as db:
            db.execute(
                "INSERT INTO feedback (conversation, turn, citation, verdict, comment, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (conversation_id, turn, citation, verdict, comment, time.time()),
            )

    def feedback(self) -> list[Feedback]:
        """Every piece of feedback with its turn's answer and the questions before it."""
        with self.connected() as db:
            rows = db.execute(
                "SELECT f.conversation, f.turn, f.citation, f.verdict, f.comment, t.answer FROM feedback f "
                "JOIN turns t ON t.conversation = f.conversation AND t.n = f.turn ORDER BY f.id"
            ).fetchall()
            earlier = {
                (r[0], r[1]): [
                    Answer.model_validate_json(a[0]).question
                    for a in db.execute(
                        "SELECT answer FROM turns WHERE conversation = ? AND n < ? ORDER BY n", (r[0], r[1])
                    )
                ]
                for r in rows
            }
        found = []
        for conv, turn, citation, verdict, comment, answer_json in rows:
            answer = Answer.model_validate_json(answer_json)
            found.append(
                Feedback(
                    conversation=conv,
                    turn=turn,
                    citation=citation,
                    verdict=verdict,
                    comment=comment,
                    question=answer.question,
                    earlier=earlier[(conv, turn)],
                    answer=answer,
                )
            )
        return found
