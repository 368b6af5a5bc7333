"""A job said as its work: "driving a school bus" names Bus Drivers, School; "teaching middle school" names Middle
School Teachers.

People say what they would do more often than the title ("I'm thinking about driving a school bus part time"), and
a title's words seen in part name the wrong page ("school bus": School Bus Monitors). A gerund whose stem is the
title's worker word ("driving": driver), followed closely by every other word of a short title, names that title.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from chatbot.models import JobLink
from chatbot.retrieval._jobs import akin
from chatbot.text import name_words

DOING = 0.8  # surer than a title's words seen in part (0.6), less than the title said whole
WINDOW = 5  # the words after the gerund that may hold the title's other words ("driving a school bus")
MAX_TITLE_WORDS = 4
MIN_GERUND = 6  # "driving", not "thing" or "king"
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")
STEM = 4  # akin words share their first four letters at least: the key of doer_index
# The words before a verb said of someone's work ("he drives a school bus", "I'd like to teach middle school"): a
# verb (singular, as name_words reads it: "drives" -> drive) after one of these, or after "my aunt", is read as a
# gerund is
DOERS = frozenset(
    ["i", "he", "she", "they", "we", "you", "who", "to", "dad", "mom", "father", "mother", "sister", "brother"]
    + ["wife", "husband", "friend"]
)
Titled = tuple[str, str, tuple[str, ...]]  # (source, title, the title's name words)
# "teach nursing at a college", "teaching history at the university": the field's postsecondary teachers, linked as
# "nursing professor" is (an alias of each such page); "teaching ESL or GED classes": as "GED teacher" is
TAUGHT = {
    "professor": re.compile(
        r"\bteach(?:ing|es)? (?P<field>[a-z]+(?: [a-z]+)?)(?: (?P<joined>and|or) (?P<other>[a-z]+))?"
        r" (?:classes |courses )?(?:at|in) (?:an? |the )?"
        r"(?:community )?(?:college|university)\b",
        re.IGNORECASE,
    ),
    "teacher": re.compile(
        r"\bteach(?:ing|es)? (?P<field>[a-z]+)(?: (?P<joined>or|and) (?P<other>[a-z]+))? (?:classes|courses|lessons)\b",
        re.IGNORECASE,
    ),
}


def doer_index(titles: Iterable[tuple[str, str]]) -> dict[str, list[Titled]]:
    """The short titles by the first letters of their worker words ("driv": Bus Drivers, School, ...), so a gerund
    is held against the few titles it may name (scanning all 1,016 took ~1.5 ms per gerund)."""
    index: dict[str, list[Titled]] = defaultdict(list)
    for source, title in titles:
        words = tuple(name_words(title))
        if 1 < len(words) <= MAX_TITLE_WORDS:
            for key in {w[:STEM] for w in words if w.endswith(AGENT_ENDINGS) and len(w) >= STEM}:
                index[key].append((source, title, words))
    return dict(index)


def doing_links(text: str, index: dict[str, list[Titled]]) -> list[JobLink]:
    """A link for each short English title the text says as its work, in text order, matched as said.

    Args:
        index: doer_index of the English titles.
    """
    tokens = name_words(text)
    found: dict[str, JobLink] = {}
    for i, token in enumerate(tokens):
        gerund = len(token) >= MIN_GERUND and token.endswith("ing")
        doer = i and (tokens[i - 1] in DOERS or (i > 1 and tokens[i - 2] in ("my", "our", "his", "her")))
        if not gerund and not (doer and len(token) >= STEM):  # "my dad drives a school bus", "my aunt drives…"
            continue
        after = tokens[i + 1 : i + 1 + WINDOW]
        for source, title, words in index.get(token[:STEM], []):
            if source not in found and said_doing(token, after, words):
                last = max(after.index(w) for w in words if w in after)
                matched = " ".join(tokens[i : i + 2 + last])
                found[source] = JobLink(title=title, source=source, score=DOING, matched=matched)
    return list(found.values())


def said_doing(gerund: str, after: list[str], words: tuple[str, ...]) -> bool:
    """Whether a title's worker word is the gerund's doer and its other words follow it: ("driving", [a, school,
    bus], (bus, driver, school)) -> True."""
    agents = [w for w in words if w.endswith(AGENT_ENDINGS) and akin(w, gerund)]
    rest = [w for w in words if w not in agents[:1]]
    return len(agents) >= 1 and all(w in after for w in rest)


def taught_links(text: str, link: Callable[[str], list[JobLink]]) -> list[JobLink]:
    """The pages of a field's teachers the text says as its work (TAUGHT), each matched as said."""
    found: list[JobLink] = []
    for worker, pattern in TAUGHT.items():
        for said in pattern.finditer(text):
            fields = [field for field in (said["field"], said.groupdict().get("other")) if field]
            said_as = [(f"{field} {worker}", link(f"{field} {worker}")) for field in fields]  # whole: "health sciences"
            named = [ln for name, links in said_as for ln in links if ln.score >= DOING and whole(ln.matched, name)]
            # two fields joined by "and" ("journalism and broadcasting") only where the first names its teachers
            # too: "career and technical courses" is one field, not technical professors ("ESL or GED": either)
            first = any(ln in said_as[0][1] for ln in named)
            named = [] if (said["joined"] or "").lower() == "and" and not first else named
            found += [ln.model_copy(update={"matched": said[0]}) for ln in named]
    return found


def whole(matched: str, name: str) -> bool:
    """Whether a link matched the whole name it was looked up by ("Science Professor" is not "health sciences…")."""
    return name_words(matched) == name_words(name)
