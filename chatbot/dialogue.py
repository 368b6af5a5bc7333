"""Conversation state: the jobs in focus and what was last asked, and how a follow-up resolves against them."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from chatbot.language import Lang, join_names, question_for
from chatbot.models import Answer, Intent

MAX_FOCUS = 5
# Words that point back at a job already talked about ("what is its outlook?", "compare the two").
REFERS_BACK = re.compile(
    r"\b(it|its|it's|that|this|they|them|their|these|those|both|the two|either|same|tell me more|what else)\b|"
    r"それ|その|この|あの|そこ|両方|二つ|2つ|どちら|同じ|もっと|詳しく|他には",
    re.IGNORECASE,
)
# Openings of an elliptical follow-up that keeps the last question ("and the Secretariat Director-General?").
ELLIPTICAL = re.compile(
    r"^\s*(and|also|what about|how about|then|same for|or)\b|^\s*(では|じゃあ|それと|なら|あと)"
    r"|^[^、。？?]{1,20}(?<!に)は[？?]\s*$",
    re.IGNORECASE,
)
SMALL_TALK = re.compile(
    r"^\s*(hi|hello|hey|thanks|thank you|thx|bye|goodbye|good (morning|afternoon|evening)|ok|okay|cool|great|"
    r"how are you|who are you|こんにちは|こんばんは|おはよう|ありがとう|さようなら|よろしく|はい|いいえ)"
    r"[\s!.?！？。、]*(you|very much|so much|again)?[\s!.?！？。]*$",
    re.IGNORECASE,
)


def is_small_talk(question: str) -> bool:
    """True for greetings, thanks, goodbyes and questions without a word: nothing to look up."""
    return not re.search(r"\w", question) or bool(SMALL_TALK.match(question))


def refers_back(question: str) -> bool:
    """True when the question points back at a job already discussed or leaves it out ("and its outlook?")."""
    return bool(REFERS_BACK.search(question) or ELLIPTICAL.search(question))


class Turn(BaseModel):
    """A question resolved against the conversation: what it is about and what the system searches for."""

    question: str
    lang: Lang = "en"
    intent: Intent | None = None
    jobs: list[str] = Field(default_factory=list, description="Jobs the turn is about; [] searches every job.")
    named: bool = Field(False, description="The question named its jobs itself.")
    standalone: str = Field("", description="The question with its references filled in: what is searched.")


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

    def resolve(
        self, question: str, lang: Lang, intent: Intent | None, named: list[str], names_other: bool = False
    ) -> Turn:
        """The jobs and intent a question is about, given what was said before.

        Args:
            named: jobs the question names (linked to pages).
            names_other: the question seems to name some other job, one no page matches well ("a nurse").

        After "how do I become a ward mayor?", "what skills does that need?" is about Ward Mayor (SKILLS);
        "and the Secretariat Director-General?" switches to that job and keeps SKILLS; "compare the two"
        is about both.
        """
        if named:
            jobs = list(named)
            if intent is None and ELLIPTICAL.search(question):
                intent = self.last_intent
            if intent is Intent.COMPARE and len(jobs) == 1 and self.focus and self.focus[0] != jobs[0]:
                jobs = [self.focus[0], jobs[0]]
        elif intent is Intent.COMPARE:
            jobs = list(reversed(self.focus[:2]))
        elif self.focus and (refers_back(question) or (intent is not None and not names_other)):
            jobs = self.focus[:1]
        else:
            jobs = []
        turn = Turn(question=question, lang=lang, intent=intent, jobs=jobs, named=bool(named))
        return turn.model_copy(update={"standalone": standalone(turn)})


def standalone(turn: Turn) -> str:
    """The question to search for: the intent's question about the turn's jobs, or the question as asked.

    ("what is its outlook?", OUTLOOK, ["Nurse"]) -> "What is the outlook for Nurse?"
    """
    if not turn.jobs:
        return turn.question
    if turn.intent is Intent.COMPARE and len(turn.jobs) >= 2:
        return question_for(Intent.COMPARE, turn.jobs[0], turn.lang, other=join_names(turn.jobs[1:], turn.lang))
    if turn.intent is not None:
        return question_for(turn.intent, join_names(turn.jobs, turn.lang), turn.lang)
    return turn.question if turn.named else f"{turn.question} ({join_names(turn.jobs, turn.lang)})"
