"""How English prose names the people of a page: "Actuaries" -> "an actuary". Page titles are plural nouns
(O*NET) or singular ones (seeds); answers speak of the role, citations keep the title. Only the title's head noun
changes number ("Sales Representatives" keeps "Sales").

Hand-written rather than the inflect library, measured: importing inflect takes 3.4 s on this machine (the whole
cold start was 3.6 s), and job titles need only a few regular English rules, checked on all 1,016 O*NET titles in
tests/answer/test_roles.py."""

from __future__ import annotations

import re

HEAD_END = re.compile(r",| \(|（| - ")  # a title's head ends before its qualifiers: "Teaching Assistants, Preschool"


def role(title: str, plural: bool = False) -> str:
    """How English prose names the people of a page: "Actuaries" -> "an actuary" (plural: "actuaries");
    "Chefs and Head Cooks" -> "a chef and head cook"; "Ward Mayor (Tokyo Special Wards)" -> "a ward mayor";
    "Teaching Assistants, Preschool, ..." -> "a teaching assistant". Titles in other scripts are left as they are."""
    head = HEAD_END.split(title, maxsplit=1)[0].strip()
    if not head.isascii() or not head:
        return title
    head, of, whom = head.partition(" of ")  # "First-Line Supervisors of Police and Detectives": a supervisor
    parts = [part.split() for part in head.split(" and ")]
    number = singular if not plural else plural_of
    parts = [[*words[:-1], number(words[-1])] for words in parts if words]
    spoken = " and ".join(" ".join(lowered(word) for word in words) for words in parts)
    spoken += f" of {' '.join(lowered(word) for word in whom.split())}" if of else ""
    return spoken if plural else f"{article(spoken)} {spoken}"


def singular(word: str) -> str:
    """The singular of a title's head noun ("Actuaries" -> "Actuary"; "Police" stays)."""
    if not word.endswith("s") or word.endswith("'s") or word.endswith("ss"):
        return word
    lower = word.lower()
    for ending, replacement in SINGULAR:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return word[:-1]


def plural_of(word: str) -> str:
    """The plural of a title's head noun: O*NET titles are plural already; a seed's "Ward Mayor" -> "Ward Mayors"."""
    if singular(word) != word or word.casefold() in UNCOUNTED:
        return word
    lower = word.lower()
    if lower.endswith("-general"):  # "Director-General" -> "Directors-General"
        return plural_of(word[: -len("-general")]) + word[-len("-general") :]
    if lower.endswith("y") and lower[-2:-1] not in VOWELS:
        return word[:-1] + "ies"
    return word + ("es" if lower.endswith(("s", "sh", "ch", "x", "z")) else "s")


UNCOUNTED = frozenset(["police", "staff", "personnel", "crew"])
VOWELS = "aeiou"
# Plural endings of English job nouns, longest first: "Secretaries", "Attorneys", "Coaches", "Chiefs", "Workers".
SINGULAR = [
    ("wives", "wife"),
    ("ies", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("zzes", "zz"),
]
# "an" by the sound, not the letter: "a uniformed officer", "an hour-long", "an MRI technologist".
AN_LETTERS = re.compile(
    r"^(?:[aei]|o(?!ne\b|nce\b)|u(?!n[iu]|s[eu]|ti|r[aeiou])|hour|honest|heir|[fhlmnrsx][A-Z0-9]"
    r"|[AEFHILMNORSX](?:[A-Z]|$))"
)


def article(phrase: str) -> str:
    """ "a" or "an" before a phrase, by its first sound."""
    return "an" if AN_LETTERS.match(phrase) else "a"


def lowered(word: str) -> str:
    """A title word as prose writes it: lower case, except acronyms ("IT", "CNC")."""
    return word if word.isupper() and len(word) > 1 else word.lower()
