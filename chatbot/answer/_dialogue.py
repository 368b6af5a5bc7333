"""Conversation state: the jobs in focus and what was last asked, and how a follow-up resolves against them."""

from __future__ import annotations

from pydantic import BaseModel, Field

from chatbot.answer._phrases import join_names, question_for
from chatbot.models import Answer, Intent, Question

MAX_FOCUS = 5


class Conversation(BaseModel):
    """One person's chat: what was asked, which jobs the talk is about, which sections were already cited."""

    turns: list[Answer] = Field(default_factory=list)
    focus: list[str] = Field(default_factory=list, description="Job titles in focus, most recent first.")
    last_intent: Intent | None = None
    discussed: dict[str, list[str]] = Field(default_factory=dict, description="Job -> sections cited so far.")

    def record(self, answer: Answer) -> None:
        """Remember a turn; an answered turn brings its jobs into focus and becomes what was last asked."""
        self.turns.append(answer)
        for citation in answer.citations:
            sections = self.discussed.setdefault(citation.job, [])
            if citation.section not in sections:
                sections.append(citation.section)
        if answer.answered and answer.jobs:
            self.focus = list(dict.fromkeys([*answer.jobs, *self.focus]))[:MAX_FOCUS]
            self.last_intent = answer.intent

    def resolve(self, question: Question) -> Question:
        """The question with the jobs it is about, its intent given what was said before, and what to search.

        After "how do I become a ward mayor?", "what skills does that need?" is about Ward Mayor (SKILLS);
        "and the Secretariat Director-General?" switches to that job and keeps SKILLS; "compare the two"
        is about both.
        """
        intent, named = question.intent, question.named
        if named:
            jobs = list(named)
            if intent is None and question.elliptical:
                intent = self.last_intent
            if intent is Intent.COMPARE and len(jobs) == 1 and self.focus and self.focus[0] != jobs[0]:
                jobs = [self.focus[0], jobs[0]]
        elif intent is Intent.COMPARE:
            jobs = list(reversed(self.focus[:2]))
        elif self.focus and (question.refers_back or (intent is not None and not question.names_other)):
            jobs = self.focus[:1]
        else:
            jobs = []
        resolved = question.model_copy(update={"intent": intent, "jobs": jobs})
        return resolved.model_copy(update={"standalone": standalone(resolved)})


def standalone(question: Question) -> str:
    """The question to search for: the intent's question about the question's jobs, or the question as asked.

    ("what is its outlook?", OUTLOOK, ["Nurse"]) -> "What is the outlook for Nurse?"
    """
    if not question.jobs:
        return question.text
    if question.intent is Intent.COMPARE and len(question.jobs) >= 2:
        others = join_names(question.jobs[1:], question.lang)
        return question_for(Intent.COMPARE, question.jobs[0], question.lang, other=others)
    if question.intent is not None:
        return question_for(question.intent, join_names(question.jobs, question.lang), question.lang)
    if question.named:
        return question.text
    return f"{question.text} ({join_names(question.jobs, question.lang)})"
