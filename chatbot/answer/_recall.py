"""Which earlier job a question means: by the words of its title ("going back to the nurse one"), or by its place
in the list last shown ("tell me more about the second one")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from chatbot.models import Answer, DialogueAct, Intent, Question
from chatbot.retrieval import CLOSE
from chatbot.text import STOPWORDS, is_japanese, noun_phrases, terms

ACRONYM = re.compile(r"\b[A-Z]{2,4}\b")  # "back to PR": Public Relations Managers
SIDE = re.compile(r"([一-龥ァ-ヶー]+)の(?:ほう|方)")  # the one of two said by a word of it, even of one kanji
KATAKANA = re.compile(r"(?<![一-龥ァ-ヶー])[ァ-ヶー]{3,}(?![一-龥ァ-ヶー])")  # a loanword said alone
OTHER = re.compile(r"\b(the|that) other (one|job)\b|もう一(つ|方)|他の方", re.IGNORECASE)
Recall = Callable[[Question, list[str]], str | None]  # (question, earlier jobs) -> the one it means by its words
MIN_STEM = 4  # letters: a shorter stem ("art") is the start of too many others


def by_title(text: str, history: list[str], head: bool = False) -> str | None:
    """The one earlier job whose title has the most of the question's words ("the nurse one": Nurse Midwives;
    "水族館のほう": 水族館飼育員, by the longest of its nouns that a title contains); None on a tie. head: only the
    words before an English title's comma count ("any more programs?" does not name Eligibility Interviewers,
    Government Programs)."""
    if is_japanese(text):
        # with its loanwords as typed: "コンサル" is no noun to the tagger (コン|サル)
        phrases = [phrase for phrase in [*noun_phrases(text), *KATAKANA.findall(text)] if len(phrase) >= 2]
        phrases += [found.group(1) for found in SIDE.finditer(text)]  # "陸のほうに戻るけど": 陸上自衛官, not 海上
        overlap = {job: max((said_of(p, job) for p in phrases), default=0) for job in history}
    else:
        words, acronyms = set(terms(text)) - STOPWORDS, set(ACRONYM.findall(text))
        heads = {job: job.split(",")[0] if head else job for job in history}
        overlap = {job: shared(words, terms(heads[job])) + len(acronyms & initials(heads[job])) for job in history}
    ranked = sorted(overlap.values(), reverse=True)
    if not ranked or not ranked[0] or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(overlap, key=lambda job: overlap[job])


RUN = re.compile(r"[一-龥]{2,}|[ァ-ヶー]{2,}")  # a phrase's runs of kanji or of katakana


def said_of(phrase: str, title: str) -> int:
    """How much of a Japanese phrase a title says: all of it, whole or as its runs of one script ("訪問ヘルパー":
    訪問 and ヘルパー of 訪問介護員/ホームヘルパー; not 観光バス of 路線バス運転士, which says only バス)."""
    runs = RUN.findall(phrase)
    return len(phrase) if phrase in title or (len(runs) > 1 and all(run in title for run in runs)) else 0


def initials(title: str) -> set[str]:
    """The initials of each run of two to four words of a title: "Public Relations Managers" -> PR, PRM, RM."""
    letters = [word[0].upper() for word in re.findall(r"[A-Za-z]+", title) if word.casefold() not in STOPWORDS]
    return {"".join(letters[i:j]) for i in range(len(letters)) for j in range(i + 2, min(i + 4, len(letters)) + 1)}


def shared(words: set[str], title: list[str]) -> int:
    """How many of the question's words are words of the title, said one way or another (see alike)."""
    return sum(any(alike(word, its) for its in title) for word in words)


def alike(word: str, its: str) -> bool:
    """Whether a word of the question is one of a title's, said another way: the stems of "teaching" and
    "teachers" (teach, teacher), of "assembly" and "assemblers" (assembl)."""
    if word == its:
        return True
    short, long = sorted((word, its), key=len)
    return len(short) >= MIN_STEM and long.startswith(short)


def picked_from(listed: list[str], question: Question) -> tuple[DialogueAct, list[str], Intent | None] | None:
    """The jobs of the last suggestions (listed) a question points at by position, when it names none itself: one
    is asked about ("tell me more about the second one"), two or more are compared ("compare the top two")."""
    if not (listed and question.picks) or question.named:
        return None
    jobs = list(dict.fromkeys(listed[n] for n in question.picks if -len(listed) <= n < len(listed)))
    if len(jobs) >= 2:
        return DialogueAct.COMPARE, jobs, Intent.COMPARE
    # One job: what the question asks of it, or what the job is ("what about the second one?", "2つ目は？")
    intent = question.intent if question.intent not in (None, Intent.COMPARE) else Intent.WORK
    return (DialogueAct.RETURN, jobs, intent) if jobs else None


class Talk(Protocol):
    """What recalls an earlier job of a conversation: the jobs in focus, every job talked of, the turns."""

    focus: list[str]
    history: list[str]
    turns: list[Answer]


def recalled(question: Question, recall: Recall | None, talk: Talk) -> str | None:
    """The earlier job "going back to ..." means: "the other one" (the one before last in focus), one a word of its
    title names ("pilots"), one the person's own words asked about ("the hacking job" after "…capture-the-flag
    hacking challenges…"), else the one whose page uses the question's words ("the diving one": Commercial Divers)."""
    if OTHER.search(question.text) and len(talk.focus) > 1:
        return talk.focus[1]
    fresh = set(question.named) - set(talk.history)  # a job named in full for the first time
    new = [ln.matched for ln in question.links if ln.score >= 1 and ln.title in fresh]
    unsaid = re.sub("|".join(map(re.escape, new)), " ", question.text) if new else question.text
    # not "イラストレーター" inside a new name ("テクニカルイラストレーター"); two fit alike ("さっきのデータの方":
    # データエンジニア, データサイエンティスト, compared): the one answered alone
    titled = by_title(unsaid, talk.history) or by_title(unsaid, answered_alone(talk.turns))
    if titled is not None:
        return titled
    told = said_before(question.text, talk.turns)
    if told is not None:
        return told
    if recall is None:
        return None
    found = BACK_TO.search(question.text.casefold())  # "back to the disaster planning one, how many years of…": by
    by_words = recall(question.model_copy(update={"text": found.group("said")}), talk.history) if found else None
    return by_words or recall(question, talk.history)  # the words it is recalled by, not the rest it asks


def answered_alone(turns: Sequence[Answer]) -> list[str]:
    """The jobs turns were answered about one at a time, in order of first use."""
    return list(dict.fromkeys(turn.about[0] for turn in turns if len(turn.about) == 1))


# "going back to the hacking job": the words that tell which, said before a word for a job
BACK_TO = re.compile(
    r"\bback to (?:the|that|my) (?P<said>[a-z][\w-]+(?: [a-z][\w-]+)?)"
    r" (?:job|one|role|thing|career|gig|route|path|option|plan|position|track|idea)\b"
)


def said_before(text: str, turns: Sequence[Answer]) -> str | None:
    """The one job of the earlier turns whose question said the words the person now recalls it by ("the hacking
    job": the turn about Penetration Testers that told of "capture-the-flag hacking challenges"); None when no one
    job's turn said them."""
    found = BACK_TO.search(text.casefold())
    return asked_with(found.group("said"), turns) if found else None


def asked_with(words: str, turns: Sequence[Answer]) -> str | None:
    """The one job of these turns whose question said the words in a row (stopwords aside; a Japanese word anywhere
    in it); None when no turn or the turns of several jobs said them."""
    kept = [word for word in words.split() if word not in STOPWORDS]
    if not kept:
        return None
    escaped = r"\W+".join(map(re.escape, kept))
    pattern = re.compile(escaped if is_japanese(words) else rf"\b{escaped}\b", re.IGNORECASE)
    jobs = {turn.about[0] for turn in turns if turn.answered and turn.about and pattern.search(turn.question)}
    return jobs.pop() if len(jobs) == 1 else None


KIN_JOB = re.compile(rf"\b(?:my )?{CLOSE}'s (job|work|role|career|one|trade)\b|\bwhat my {CLOSE} does\b", re.IGNORECASE)


def kin_job(text: str, turns: list[Answer]) -> str | None:
    """The job of someone close the person told of before: "what about my uncle's job?" after "My uncle runs a tower
    crane downtown. What does that job involve?" is Crane and Tower Operators (None: no such turn)."""
    found = KIN_JOB.search(text)
    person = found and (found.group(1) or found.group(3))
    told = (turn for turn in turns if person and re.search(rf"\bmy {person}\b", turn.question, re.IGNORECASE))
    return next((turn.about[0] for turn in told if turn.answered and turn.about), None)
