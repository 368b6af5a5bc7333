"""Conversations that outlast the page: an SQLite file beside the index, or a PostgreSQL database (chatbot.history._db).

One row per conversation (its owner, title, times and the whole dialogue state, so follow-ups resume where they
were), one per turn (the full answer: text, citations with their quoted passages, jobs, intent, the searched
question, and the index version that produced it) and one per piece of feedback. Every write is one transaction: a
crash mid-write loses at most the turn being written.

Conversations are personal. Each belongs to an owner (a browser's random key, a signed-in user, or the command
line); the store holds only a salted SHA-256 of the owner, never the key itself. Ids are random 128-bit tokens, and
the id is the only way in: an owner sees and changes only their own conversations, and anyone else reaches one only
through a read-only copy its owner shared. Deleting removes the rows; on SQLite it also overwrites their bytes
(secure_delete, then a WAL checkpoint), so a deleted conversation cannot be read back from the file either (on
PostgreSQL vacuum reclaims the space later: docs/deploy.md).
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from pathlib import Path

from pydantic import ValidationError

from chatbot.answer import Conversation
from chatbot.history._db import Connection, Database, database
from chatbot.history._kinds import (
    COMMENT_CHARS,
    ID,
    TITLE_CHARS,
    VERDICTS,
    Feedback,
    Opened,
    Summary,
    new_id,
    owner_digest,
)
from chatbot.models import Answer


class Store:
    """The conversations. Safe to share between threads, processes and (on PostgreSQL) servers: each call opens its
    own connection and is one transaction."""

    def __init__(self, location: Path | str) -> None:
        self.db: Database = database(location)
        self.path = location if isinstance(location, Path) else None  # the SQLite file, if that is where they are

    def connected(self) -> AbstractContextManager[Connection]:
        return self.db.connected()

    def new_id(self) -> str:
        return new_id()

    def save(self, conversation_id: str, conversation: Conversation, index_version: str | None, owner: str) -> bool:
        """Store the conversation's state and the turns not stored yet, in one transaction. False (nothing written)
        when the id is malformed or names someone else's conversation or a shared copy."""
        if not ID.match(conversation_id) or not conversation.turns:
            return False
        now, digest = time.time(), owner_digest(owner)
        title = conversation.turns[0].question[:TITLE_CHARS] or "Conversation"
        with self.connected() as db:
            row = db.execute("SELECT owner, shared FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if row is not None and (row[0] != digest or row[1]):
                return False
            stored = int(
                db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (conversation_id,)).fetchone()[0]
            )
            db.execute(
                "INSERT INTO conversations (id, title, created, updated, state, owner) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, state = excluded.state",
                # the state without its turns (stored once each, below): a turn costs the same in a long chat
                (conversation_id, title, now, now, conversation.model_dump_json(exclude={"turns"}), digest),
            )
            db.executemany(
                "INSERT INTO turns (conversation, n, answer, index_version, created) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [
                    (conversation_id, n, answer.model_dump_json(), index_version, now)
                    for n, answer in enumerate(conversation.turns[stored:], stored + 1)
                ],
            )
        return True

    def open(self, conversation_id: str, owner: str) -> Opened | None:
        """The conversation if it is this owner's (editable) or a shared copy (read-only); None for a malformed,
        unknown or deleted id, someone else's private conversation, or a state this version cannot read. The three
        look the same from outside: a link to a private conversation does not even tell that it exists."""
        if not ID.match(conversation_id or ""):
            return None
        with self.connected() as db:
            row = db.execute(
                "SELECT state, title, owner, shared FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if row is None or not (row[3] or row[2] == owner_digest(owner)):
                return None
            answers = [
                a
                for (a,) in db.execute("SELECT answer FROM turns WHERE conversation = ? ORDER BY n", (conversation_id,))
            ]
        try:
            conversation = Conversation.model_validate_json(row[0])
            turns = [Answer.model_validate_json(a) for a in answers]
        except ValidationError:
            return None
        return Opened(
            conversation=conversation.model_copy(update={"turns": turns}), title=row[1], read_only=bool(row[3])
        )

    def load(self, conversation_id: str, owner: str) -> Conversation | None:
        """The owner's own conversation to go on with (None for anything else, shared copies included)."""
        opened = self.open(conversation_id, owner)
        return opened.conversation if opened and not opened.read_only else None

    def versions(self, conversation_id: str) -> list[str | None]:
        """The index version that produced each stored turn, in order."""
        with self.connected() as db:
            rows = db.execute(
                "SELECT index_version FROM turns WHERE conversation = ? ORDER BY n", (conversation_id,)
            ).fetchall()
        return [row[0] for row in rows]

    def conversations(self, owner: str, limit: int = 50) -> list[Summary]:
        """This owner's conversations and shared copies, the most recent first (nobody else's)."""
        with self.connected() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.updated, COUNT(t.n), c.shared FROM conversations c LEFT JOIN turns t "
                "ON t.conversation = c.id WHERE c.owner = ? GROUP BY c.id ORDER BY c.updated DESC LIMIT ?",
                (owner_digest(owner), limit),
            ).fetchall()
        return [Summary(id=r[0], title=r[1], updated=r[2], turns=r[3], shared=bool(r[4])) for r in rows]

    def rename(self, conversation_id: str, title: str, owner: str) -> bool:
        with self.connected() as db:
            changed = db.execute(
                "UPDATE conversations SET title = ? WHERE id = ? AND owner = ?",
                (title.strip()[:TITLE_CHARS], conversation_id, owner_digest(owner)),
            ).rowcount
        return changed > 0

    def delete(self, conversation_id: str, owner: str) -> bool:
        """Delete one of this owner's conversations with its turns and feedback: the rows go (on SQLite their bytes
        are overwritten too, and the WAL is checkpointed so no copy of them stays in it)."""
        with self.connected() as db:
            deleted = db.execute(
                "DELETE FROM conversations WHERE id = ? AND owner = ?", (conversation_id, owner_digest(owner))
            ).rowcount
        if deleted:
            self.checkpoint()
        return deleted > 0

    def checkpoint(self) -> None:
        """Leave no copy of deleted rows behind (SQLite: empty the WAL into the file; another reader may hold it
        open, then it is emptied later)."""
        self.db.after_delete()

    def share(self, conversation_id: str, owner: str) -> str | None:
        """A read-only copy of this owner's conversation under a new id, for a link anyone may open; None if the
        conversation is not theirs. Later turns do not reach the copy; deleting the copy revokes the link."""
        digest, copy = owner_digest(owner), new_id()
        with self.connected() as db:
            copied = db.execute(
                "INSERT INTO conversations (id, title, created, updated, state, owner, shared) "
                "SELECT ?, title, ?, ?, state, owner, 1 FROM conversations WHERE id = ? AND owner = ? AND shared = 0",
                (copy, time.time(), time.time(), conversation_id, digest),
            ).rowcount
            if not copied:
                return None
            db.execute(
                "INSERT INTO turns (conversation, n, answer, index_version, created) "
                "SELECT ?, n, answer, index_version, created FROM turns WHERE conversation = ?",
                (copy, conversation_id),
            )
        return copy

    def copy_to(self, conversation_id: str, owner: str) -> str | None:
        """A shared conversation continued as the viewer's own: a private copy under a new id."""
        opened = self.open(conversation_id, owner)
        if opened is None:
            return None
        copy = new_id()
        self.save(copy, opened.conversation, None, owner)
        self.rename(copy, opened.title, owner)
        return copy

    def give_feedback(
        self,
        conversation_id: str,
        turn: int,
        verdict: str,
        owner: str,
        citation: int | None = None,
        comment: str = "",
    ) -> bool:
        """Record feedback on a stored turn (1-based), or on one of its citations, of this owner's conversation."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        with self.connected() as db:
            added = db.execute(
                "INSERT INTO feedback (conversation, turn, citation, verdict, comment, created) "
                "SELECT id, ?, ?, ?, ?, ? FROM conversations WHERE id = ? AND owner = ? AND shared = 0",
                (
                    turn,
                    citation,
                    verdict,
                    comment.strip()[:COMMENT_CHARS],
                    time.time(),
                    conversation_id,
                    owner_digest(owner),
                ),
            ).rowcount
        return added > 0

    def feedback(self, owner: str | None) -> list[Feedback]:
        """The feedback on one owner's conversations (None: every owner's, for the deployer's evaluation), each with
        its turn's answer and the questions before it."""
        where, args = ("WHERE c.owner = ?", (owner_digest(owner),)) if owner is not None else ("", ())
        with self.connected() as db:
            rows = db.execute(
                "SELECT f.conversation, f.turn, f.citation, f.verdict, f.comment, t.answer FROM feedback f "
                "JOIN conversations c ON c.id = f.conversation "
                f"JOIN turns t ON t.conversation = f.conversation AND t.n = f.turn {where} ORDER BY f.id",
                args,
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
        return [
            Feedback(
                conversation=conv,
                turn=turn,
                citation=citation,
                verdict=verdict,
                comment=comment,
                question=(answer := Answer.model_validate_json(answer_json)).question,
                earlier=earlier[(conv, turn)],
                answer=answer,
            )
            for conv, turn, citation, verdict, comment, answer_json in rows
        ]
