"""A Japanese name whose modifier was mistyped: "方枠大工" is 型枠大工, its 大工 typed right and one kanji of the
word before it typed as another (the input method's slip); the name said is then no sign of the job meant."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from chatbot.models import JobEntry, JobLink
from chatbot.retrieval._names import Name, japanese_key

KANJI = re.compile(r"[一-鿿々]+$")
Jobs = Mapping[str, JobEntry]
MIN_MODIFIER, MAX_MODIFIER = 2, 3  # kanji before the name: one of two or three typed wrong (not one of one)


class Endings:
    """The Japanese name keys under each ending of two characters or more that is shorter than the key."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.by_end: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            for width in range(2, len(key)):
                self.by_end[key[-width:]].append(key)

    def retyped(self, text: str, name: str) -> tuple[str, str] | None:
        """(the name key meant, the span typed) when the kanji before NAME in TEXT, with it, spell exactly one name
        ending in NAME but for one character; None otherwise."""
        at = text.find(name)
        for width in range(MIN_MODIFIER, MAX_MODIFIER + 1):
            if at < width or not KANJI.match(text[at - width : at]):
                return None
            span, typed = text[at - width : at + len(name)], japanese_key(text[at - width : at + len(name)])
            near = {k for k in self.by_end.get(japanese_key(name), ()) if len(k) == len(typed) and one_off(k, typed)}
            if len(near) == 1:
                return near.pop(), span
        return None


def one_off(a: str, b: str) -> bool:
    """Whether two equally long strings differ in exactly one character."""
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def retyped_links(
    text: str, best: dict[str, JobLink], endings: Endings, names: Mapping[tuple[bool, str], list[Name]], jobs: Jobs
) -> None:
    """Replace, in BEST (job source -> link), each sure link whose name's modifier was mistyped by the job meant
    (names: the linker's name table; jobs: its jobs by source)."""
    for source, link in list(best.items()):
        found = endings.retyped(text, link.matched) if link.score >= 1.0 else None
        meant = names.get((True, found[0]), []) if found else []
        if found and meant:
            del best[source]
            best |= {n.job: JobLink(title=jobs[n.job].title, source=n.job, score=1.0, matched=found[1]) for n in meant}
