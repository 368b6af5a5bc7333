"""A job the question rules out, left out before the question is read: "…prescribe meds, not a therapist",
"看護師じゃなくて介護士の…", "税理士みたいな難しい資格の勉強まではするつもりはない"."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.models import JobLink


def without_ruled_out(text: str, link: Callable[[str], list[JobLink]]) -> str:
    """The question without a job it rules out ("…prescribe meds, not a therapist", "看護師じゃなくて介護士の…"); not
    "…, not an office person", which tells what suits the person (link: the jobs words name, JobLinker.link)."""

    def names(said: str) -> bool:  # the words name a job for sure
        return any(job.score >= RULED_OUT_LINK for job in link(said))

    def ruled_out(found: re.Match[str]) -> str:
        return "" if names(found.group("job") or found.group("like")) else found.group(0)

    def unwished(found: re.Match[str]) -> str:  # the job left out, the rest kept: "…don't want grad school"
        return found.string[found.start() : found.start("cut")] if names(found.group("job")) else found.group(0)

    def rather(found: re.Match[str]) -> str:  # what is preferred kept: "…rather stick to smaller machines"
        return (found.group("kept") or found.group("preferred")) if names(found.group("job")) else found.group(0)

    text = RATHER_THAN.sub(rather, UNWISHED.sub(unwished, without_uninterested(text, names)))
    return RULED_OUT_JA.sub(ruled_out, RULED_OUT.sub(ruled_out, text)).strip() or text


def without_uninterested(text: str, names: Callable[[str], bool]) -> str:
    """The text without a sentence of jobs the person does not want ("Big rigs and airplanes don't really excite
    me."), from its start to the first mark after the words that say so. The words are found first and their sentence
    cut around them: a pattern spanning the sentence, tried from every position, took 150 ms on 2,500 characters."""
    kept, at = [], 0
    for found in NOT_INTERESTED.finditer(text):
        if found.start() < at:
            continue
        start = max(at, *(text.rfind(mark, 0, found.start()) + 1 for mark in SENTENCE_MARKS))
        after = CLAUSE_END.search(text, found.end())
        end = after.end() if after else len(text)
        if names(text[start:end]):
            kept += [text[at:start], " "]
            at = end
    return "".join(kept) + text[at:]


RULED_OUT_LINK = 0.3  # a link that names a job (the question's NAMING_LINK)
RULED_OUT = re.compile(  # ", not a therapist", "(not studio artists)", "rather than an engineer": said after;
    # "…types up letters. Not really a secretary, more the general office person.": a sentence of its own
    r"(?:,|\(|;|—|–| -|(?:^|[.!?])\s*(?=not (?:really|exactly|quite) ))\s*(?:but )?(?:not|rather than)"
    r" (?:really |exactly |quite )?(?:an? |the |just )?(?P<job>[\w\-' ]{2,30}?)(?=[.,;:)?!]|$)",
    re.IGNORECASE,
)
# "I don't want to spend years in grad school to become a licensed therapist": a job the person will not become
UNWISHED = re.compile(
    r"\b(?:don'?t|do not|won'?t|wouldn'?t|never) (?:want|plan|intend) to\b[^.;!?]{0,50}?"
    r"(?P<cut> (?:to )?(?:become|be) (?:an? |the )?(?P<job>[\w\-' ]{2,30}?))(?=[.,;:)?!]|$| (?:or|and)\b)",
    re.IGNORECASE,
)
# "Big rigs and bulldozers don't really interest me.": the words of a sentence of what the person does not want
NOT_INTERESTED = re.compile(
    r"\b(?:(?:don'?t|doesn'?t|do not|does not|never) (?:really |much |particularly )?(?:interest|appeal to|excite) me"
    r"|not (?:really |that |very )?interested in)\b",
    re.IGNORECASE,
)
SENTENCE_MARKS, CLAUSE_END = ".!?;", re.compile(r"[.!?;,]")
# "I'd rather stick to smaller machines than work on big rigs", "I prefer smaller machines to tractors and big rigs":
# the jobs after "than" or "to" are ruled out
RATHER_THAN = re.compile(
    r"(?:(?<=\brather )(?P<kept>[^.!?;]{3,60}?) than|(?<=\bprefer )(?P<preferred>[^.!?;]{3,60}?) (?:to|over))"
    r"(?: (?:work(?:ing)? (?:on|with|as)|driv(?:e|ing)|be(?:ing)?|becom(?:e|ing)))? (?:an? |the )?"
    r"(?P<job>[\w\-' ]{2,40}?)(?=[.,;:)?!]|$)",
    re.IGNORECASE,
)
RULED_OUT_JA = re.compile(
    r"(?P<job>[一-龥ァ-ヶー]{2,10})(?:ではなく|じゃなくて|じゃなく)(?:て)?、?"
    # the like of it not wanted: "税理士みたいな難しい資格の勉強まではするつもりはない", "営業みたいに外を回るのは嫌"
    r"|(?P<like>[一-龥ァ-ヶー]{2,10})(?:みたいな|みたいに|のような|のように)(?=[^。？]{0,25}?(?:つもりはな|つもりもな|は嫌|のは嫌"
    r"|は絶対に嫌|は無理|したくな|は苦手|は避けたい))"
)
