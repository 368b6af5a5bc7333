"""How English prose names the people of a page: "Actuaries" -> "an actuary". Page titles are plural nouns
(O*NET) or singular ones (seeds); answers speak of the role, citations keep the title. Singular and plural forms
come from inflect, a well-kept library, applied to the title's head noun only ("Sales Representatives" keeps
"Sales")."""

from __future__ import annotations

import re

import inflect

INFLECT = inflect.engine()
HEAD_END = re.compile(r",| \(|（| - ")  # a title's head ends before its qualifiers: "Teaching Assistants, Preschool"


def role(title: str, plural: bool = False) -> str:
    """How English prose names the people of a page: "Actuaries" -> "an actuary" (plural: "actuaries");
    "Chefs and Head Cooks" -> "a chef and head cook"; "Ward Mayor (Tokyo Special Wards)" -> "a ward mayor";
    "Teaching Assistants, Preschool, ..." -> "a teaching assistant". Titles in other scripts are left as they are."""
    head = HEAD_END.split(title, maxsplit=1)[0].strip()
    if not head.isascii() or not head:
        return title
    parts = [part.split() for part in head.split(" and ")]
    number = singular if not plural else plural_of
    parts = [[*words[:-1], number(words[-1])] for words in parts if words]
    spoken = " and ".join(" ".join(lowered(word) for word in words) for words in parts)
    return spoken if plural else str(INFLECT.a(spoken))


def singular(word: str) -> str:
    """The singular of a title's head noun ("Actuaries" -> "Actuary"; "Police" stays)."""
    if not word.endswith("s") or word.endswith("'s") or word.endswith("ss"):
        return word
    found = INFLECT.singular_noun(word)  # type: ignore[arg-type]
    return found if isinstance(found, str) else word


def plural_of(word: str) -> str:
    """The plural of a title's head noun: O*NET titles are plural already; a seed's "Ward Mayor" -> "Ward Mayors"."""
    if singular(word) != word or word.casefold() in UNCOUNTED:
        return word
    return str(INFLECT.plural_noun(word))  # type: ignore[arg-type]


UNCOUNTED = frozenset(["police", "staff", "personnel", "crew"])


def lowered(word: str) -> str:
    """A title word as prose writes it: lower case, except acronyms ("IT", "CNC")."""
    return word if word.isupper() and len(word) > 1 else word.lower()
