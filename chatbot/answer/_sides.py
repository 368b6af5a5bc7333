"""Two earlier jobs a question sets side by side by a word of each, not by name: "between the steel one and the
railroad one, which…?" after ironworkers and the signal and track switch repairers, "栽培の方も研究の方も…" after the
plant factory's growers and its researchers, "監視と監査どっちが…" after two security experts. Each word names the
earlier job whose title says it, else the one whose question said it ("the guys who fix railroad signals"), else
the one whose page uses it; both must be found, and apart, or the question is read as before. One Japanese side
alone ("設計の方は資格いる？") names the earlier job whose title says it (found in tune71_dialogue, tune17's misses)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatbot.answer._recall import SIDE, Recall, asked_with, by_title
from chatbot.models import Answer, DialogueAct, Intent, Question
from chatbot.text import is_japanese

ONE = r"(?:one|job|role|thing|gig|side|option|track)s?"
WORD = r"[a-z][\w-]*(?: [a-z][\w-]*)?"
# "between the steel one and the railroad one", "the hospital job or the school job"
SIDES_EN = re.compile(
    rf"\bthe (?P<a>{WORD}) {ONE},? (?:and|or|vs\.?|versus|compared (?:to|with)) (?:the )?(?P<b>{WORD}) {ONE}\b"
)
BOSS = re.compile(r"\b(boss|head|lead|chief|foreman|forewoman)\b")  # whom a title calls supervisors or managers
# "監視と監査どっちが", "栽培と研究だと、どちらが"
SIDES_JA = re.compile(
    r"(?P<a>[一-龥ァ-ヶー]{2,8})と(?P<b>[一-龥ァ-ヶー]{2,8})(?:だと|なら|では|で)?、?(?:どっち|どちら)"
)


def sides(question: Question, history: list[str], turns: Sequence[Answer], recall: Recall | None) -> list[str]:
    """The two earlier jobs the question's two side words name, in the order said, or the one earlier job a single
    Japanese side names by its title ("設計の方は…" after the railway car designers: not the machine designers the
    bare word links to); [] when it says no side or they do not name earlier jobs apart."""
    said = said_sides(question.text)
    if len(history) < 2 or not said:
        return []
    if len(said) == 1:
        return one_side(said[0], question, history)
    jobs = [side_job(words, question, history, turns, recall) for words in said]
    if not is_japanese(question.text) and jobs.count(None) == 1:  # "between the projector job and the crew boss
        other = jobs.index(None)  # one": the other side found earlier, this one is an earlier job too, though its
        jobs[other] = side_job(said[other], question, history, turns, recall, fresh=False)  # words name one anew
    return [job for job in jobs if job] if len(jobs) == 2 and None not in jobs and jobs[0] != jobs[1] else []


def one_side(words: str, question: Question, history: list[str]) -> list[str]:
    """The earlier job whose title says the one side's words, when the question names no other job."""
    named_elsewhere = any(link.title in question.named and link.matched not in words for link in question.links)
    # a side that is a title of its own ("…テクニカルイラストレーターのほうは？" after illustrators): that job
    titled = None if named_elsewhere or names_new(question, history, words) else by_title(words, history)
    return [titled] if titled else []


def resolved(jobs: list[str], focus: list[str], intent: Intent | None) -> tuple[DialogueAct, list[str], Intent | None]:
    """Two jobs set side by side are compared; one is returned to (or stays in focus) with what the question asks."""
    if len(jobs) == 2:
        return DialogueAct.COMPARE, jobs, Intent.COMPARE
    return (DialogueAct.OTHER_TOPIC_SAME_JOB if jobs == focus[:1] else DialogueAct.RETURN), jobs, intent


def said_sides(text: str) -> list[str]:
    """The two words a question sets side by side, as written; [] for none or one."""
    if is_japanese(text):
        found = SIDES_JA.search(text)
        return [found.group("a"), found.group("b")] if found else SIDE.findall(text)
    found = SIDES_EN.search(text.casefold())
    return [found.group("a"), found.group("b")] if found else []


def names_new(question: Question, history: list[str], words: str) -> bool:
    """Whether the side's words name a job of their own that is not an earlier one ("the nurse one and dentists")."""
    return any(
        link.title in question.named and link.title not in history and link.matched.casefold() in words.casefold()
        for link in question.links
    )


def side_job(
    words: str,
    question: Question,
    history: list[str],
    turns: Sequence[Answer],
    recall: Recall | None,
    fresh: bool = True,
) -> str | None:
    """The earlier job one side's words name: by its title, else (unless they name a job of their own, when fresh
    ones are looked for) by the question asked of it or by its page."""
    titled = by_title(words, history)
    if titled is not None or (fresh and names_new(question, history, words)):
        return titled
    found = asked_with(words, [turn for turn in turns if len(turn.about) == 1])  # not a comparison's two jobs
    if found is None and recall is not None:
        found = recall(question.model_copy(update={"text": words}), history)
    if found is None and not fresh:  # "the crew boss one": the supervisors of the crew talked of
        found = by_title(BOSS.sub("supervisors managers", words), history)
    return found
