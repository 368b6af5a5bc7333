"""Conversation state: the turns so far and the jobs in focus."""

from __future__ import annotations

from pydantic import BaseModel, Field

from chatbot.models import Answer


class Conversation(BaseModel):
    """One person's chat: what was asked and which jobs the talk is about."""

    turns: list[Answer] = Field(default_factory=list)
    focus: list[str] = Field(default_factory=list, description="Job titles in focus, most recent first.")

    def record(self, answer: Answer) -> None:
        """Remember a turn; the jobs it was about come into focus."""
        self.turns.append(answer)
        if answer.jobs:
            self.focus = list(dict.fromkeys([*answer.jobs, *self.focus]))
