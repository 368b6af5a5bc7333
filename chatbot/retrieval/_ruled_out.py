"""A job the question rules out, left out before the question is read: "…prescribe meds, not a therapist",
"看護師じゃなくて介護士の…", "税理士みたいな難しい資格の勉強まではするつもりはない"."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.models import JobLink


def without_ruled_out(text: str, link: Callable[[str], list[JobLink]]) -> str:
    """The question without a job it rules out ("…prescribe meds, not a therapist", "看護師じゃなくて介護士の…"); not
    "…, not an office person", which tells what suits the person (link: the jobs words name, JobLinker.link)."""

    def ruled_out(found: re.Match[str]) -> str:
        said = found.group("job") or found.group("like")
        return "" if any(job.score >= RULED_OUT_LINK for job in link(said)) else found.group(0)

    def unwished(found: re.Match[str]) -> str:  # the job left out, the rest kept: "…don't want grad school"
        named = any(job.score >= RULED_OUT_LINK for job in link(found.group("job")))
        return found.string[found.start() : found.start("cut")] if named else found.group(0)

    text = UNWISHED.sub(unwished, text)
    return RULED_OUT_JA.sub(ruled_out, RULED_OUT.sub(ruled_out, text)).strip() or text


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
RULED_OUT_JA = re.compile(
    r"(?P<job>[一-龥ァ-ヶー]{2,10})(?:ではなく|じゃなくて|じゃなく)(?:て)?、?"
    # the like of it not wanted: "税理士みたいな難しい資格の勉強まではするつもりはない", "営業みたいに外を回るのは嫌"
    r"|(?P<like>[一-龥ァ-ヶー]{2,10})(?:みたいな|みたいに|のような|のように)(?=[^。？]{0,25}?(?:つもりはな|つもりもな|は嫌|のは嫌"
    r"|は絶対に嫌|は無理|したくな|は苦手|は避けたい))"
)
