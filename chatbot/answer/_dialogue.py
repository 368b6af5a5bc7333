"""Conversation state and dialogue acts: which jobs a turn is about, what it asks, and how it follows on.

The state: the jobs in focus (most recent first), every job in the order it came up (for "the first one"), the
last intent, the sections cited per job, the last comparison and the career path last shown with the step the
talk is at. Each turn gets a DialogueAct from its cues (chatbot/retrieval/_cues.py) weighed against that state.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from chatbot.answer._phrases import join_names, question_for
from chatbot.models import Answer, Cue, DialogueAct, Intent, PathPosition, Question, Scope
from chatbot.text import STOPWORDS, name_words

MAX_FOCUS = 5
PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")  # "Assistant Section Chief (Ministry/Agency)" is named without them
Resolution = tuple[DialogueAct, list[str], Intent | None]


class Conversation(BaseModel):
    """One person's chat: what was asked, which jobs the talk is about, which sections were already cited."""

    turns: list[Answer] = Field(default_factory=list)
    focus: list[str] = Field(default_factory=list, description="Job titles in focus, most recent first.")
    history: list[str] = Field(default_factory=list, description="Every job answered about, in order of first use.")
    last_intent: Intent | None = None
    discussed: dict[str, list[str]] = Field(default_factory=dict, description="Job -> sections cited so far.")
    compared: list[str] = Field(default_factory=list, description="The jobs of the last comparison.")
    position: PathPosition | None = Field(None, description="The career path last shown, and the step it is at.")

    def record(self, answer: Answer) -> None:
        """Remember a turn; an answered turn brings its jobs into focus and becomes what was last asked."""
        self.turns.append(answer)
        for citation in answer.citations:
            sections = self.discussed.setdefault(citation.job, [])
            if citation.section not in sections:
                sections.append(citation.section)
        about = answer.about or answer.jobs
        if not (answer.answered and about):
            return
        self.focus = list(dict.fromkeys([*about, *self.focus]))[:MAX_FOCUS]
        self.history = list(dict.fromkeys([*self.history, *about]))
        self.last_intent = answer.intent if answer.intent is not Intent.COMPARE else self.last_intent
        if answer.comparison is not None:
            self.compared = list(answer.comparison.jobs)
        if answer.position is not None:
            self.position = answer.position

    def resolve(self, question: Question) -> Question:
        """The question with its act, the jobs it is about, its intent given what was said before, and what to search.

        After "how do I become a ward mayor?", "what skills does that need?" is about Ward Mayor (SKILLS);
        "and the Secretariat Director-General?" switches to that job and keeps SKILLS; "compare the two" is about
        both; "and after that?" moves one step along the career path last shown.
        """
        act, jobs, intent = self.act_of(question)
        update: dict[str, object] = {"act": act, "jobs": jobs, "intent": intent}
        if act is DialogueAct.COMPARE and question.intent not in (None, Intent.COMPARE):
            update["topic"] = question.intent  # "which of the two needs more schooling?": compare on BECOME
        along = {Cue.NEXT, Cue.BEFORE} & set(question.cues)
        if act is DialogueAct.CONTINUATION and along and self.position is not None and jobs == [self.position.job]:
            update["step"] = self.step_of(question)
        resolved = question.model_copy(update=update)
        return resolved.model_copy(update={"standalone": standalone(resolved)})

    def act_of(self, question: Question) -> Resolution:
        """The act of a question, the jobs it is about and its intent (see the module docstring)."""
        cues, named, intent = set(question.cues), question.named, question.intent
        if question.small_talk:
            return DialogueAct.SMALL_TALK, [], intent
        if question.scope is Scope.OFF_TOPIC and not named:
            return DialogueAct.OFF_TOPIC, [], intent
        if compared := self.comparison(question, cues):
            return compared
        if cues & {Cue.NEXT, Cue.BEFORE} and self.named_step(question) is not None:  # "the step after section chief"
            return DialogueAct.CONTINUATION, [self.position.job], Intent.BECOME  # type: ignore[union-attr]
        if named:
            return self.named_act(question, cues)
        if Cue.FIRST in cues and self.history:
            return DialogueAct.RETURN, self.history[:1], intent or self.last_intent
        if Cue.BACK in cues and (recalled := self.recalled(question)):
            return DialogueAct.RETURN, [recalled], intent or self.last_intent
        if cues & {Cue.NEXT, Cue.BEFORE} and self.position is not None and intent in (None, Intent.BECOME):
            return DialogueAct.CONTINUATION, [self.position.job], Intent.BECOME
        if not self.focus or (Cue.WHICH_JOB in cues and Cue.REFERS_BACK not in cues):
            return DialogueAct.NEW, [], intent
        if cues & {Cue.MORE, Cue.NEXT, Cue.BEFORE}:  # "tell me more", "and then?" about a path in prose
            return DialogueAct.CONTINUATION, self.focus[:1], intent or self.last_intent
        elliptical = intent is None and bool(cues & {Cue.ELLIPTICAL, Cue.SAME_AGAIN}) and Cue.REFERS_BACK not in cues
        if elliptical and self.last_intent is not None:  # "and police officers?", "ケーキを作る職人だとどう？"
            return DialogueAct.SAME_TOPIC_OTHER_JOB, [], self.last_intent  # a job to find by its description
        points_back = bool(cues & {Cue.REFERS_BACK, Cue.ELLIPTICAL})  # "is it stressful?" despite a stray name
        uncovered = question.scope in (Scope.PAY, Scope.OPENINGS)
        if points_back or (not question.names_other and (intent is not None or uncovered)):
            return DialogueAct.OTHER_TOPIC_SAME_JOB, self.focus[:1], intent
        return DialogueAct.NEW, [], intent

    def comparison(self, question: Question, cues: set[Cue]) -> Resolution | None:
        """A comparison: of the jobs it names, of one named job with the one in focus, or of the focus itself."""
        named, explicit = question.named, question.intent is Intent.COMPARE
        if not (explicit or (Cue.BOTH in cues and (named or len(self.focus) >= 2))):
            return None
        if len(named) >= 2:
            return DialogueAct.NEW, list(named), Intent.COMPARE
        if len(named) == 1:
            if not self.focus or self.focus[0] == named[0]:
                return None
            return DialogueAct.COMPARE, [self.focus[0], named[0]], Intent.COMPARE
        pair = self.compared if Cue.BOTH in cues and len(self.compared) >= 2 else list(reversed(self.focus[:2]))
        return DialogueAct.COMPARE, pair, Intent.COMPARE

    def named_act(self, question: Question, cues: set[Cue]) -> Resolution:
        """A question that names its job: back to an earlier one, the same question for another, or a new one."""
        named, intent = question.named, question.intent
        if Cue.BACK in cues or (Cue.FIRST in cues and named[0] in self.history):
            return DialogueAct.RETURN, named[:1], intent or self.last_intent
        if intent is None and cues & {Cue.ELLIPTICAL, Cue.SAME_AGAIN} and self.last_intent is not None:
            return DialogueAct.SAME_TOPIC_OTHER_JOB, list(named), self.last_intent
        return DialogueAct.NEW, list(named), intent

    def recalled(self, question: Question) -> str | None:
        """The earlier job a "going back to ..." names by a word of its title ("pilots": Commercial Pilots)."""
        words = set(name_words(question.text)) - STOPWORDS
        overlap = {job: len(words & set(name_words(job))) for job in self.history}
        best = max(overlap, key=lambda job: overlap[job], default=None)
        return best if best is not None and overlap[best] else None

    def named_step(self, question: Question) -> int | None:
        """The step of the career path last shown that the question names ("after section chief level"), if any."""
        if self.position is None:
            return None
        text = question.text.casefold()
        steps = self.position.steps
        named = [i for i, step in enumerate(steps) if PARENTHESES.sub("", step).strip().casefold() in text]
        return max(named, key=lambda i: len(steps[i])) if named else None

    def step_of(self, question: Question) -> int:
        """The career step a follow-up along the path asks about: one after (or before) the step it names, or the
        step the talk is at."""
        position = self.position
        assert position is not None
        at = self.named_step(question)
        at = position.at if at is None else at
        if Cue.BEFORE in question.cues:
            return max(at - 1, 0)
        if Cue.NEXT in question.cues:
            return min(at + 1, len(position.steps))
        return at


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
