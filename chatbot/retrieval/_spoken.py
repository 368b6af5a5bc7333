"""How people also say an English job name: the field for the worker, "tech" for technician (JobLinker's names)."""

from __future__ import annotations

import re

from chatbot.text import is_japanese, name_words

AGENT_MIN = 5  # "diver", "reporter": long enough that its field is a word ("diver" -> "diving"; "doer" is not)
TECH_WORDS = frozenset(["technician", "technologist"])
CONSULTANT = "コンサルタント"
# A worker's field by the ending of the word: "photographer" -> "photography", "biologist" -> "biology",
# "economist" -> "economics", "dentist" -> "dentistry", "journalist" -> "journalism".
# "massage therapist" -> "massage therapy", "pharmacist" -> "pharmacy" ("last one - massage therapy. what kind of
# person does well in that" after locksmiths asks of massage therapists).
FIELDS = [("grapher", "graphy"), ("logist", "logy"), ("nomist", "nomics"), ("ntist", "ntistry"), ("alist", "alism")]
FIELDS += [("apist", "apy"), ("macist", "macy")]


def spoken_variants(name: str) -> list[str]:
    """How people also say an English name: the field for the worker ("Court Reporters" -> "court reporting",
    "Air Traffic Controllers" -> "air traffic control", "Photographers" -> "photography"), "tech" for technician
    ("veterinary tech"); a Japanese consultant said short ("ITコンサル").

    Counted as aliases: a one-word variant ("plumbing") is loose outside the job slot, like a one-word alias.
    """
    if is_japanese(name):
        return japanese_variants(name)
    words = name_words(name)
    if not words:
        return []
    *head, last = words
    said = []
    if last.endswith(("er", "or")) and len(last) >= AGENT_MIN:
        stem = last[:-2]
        said.append(" ".join([*head, stem + "ing"]))
        if head:  # "interior design", "air traffic control"; a bare verb alone ("paint") would name too much
            said.append(" ".join([*head, stem[:-1] if stem[-1] == stem[-2] else stem]))
    if head and last in TECH_WORDS:
        said.append(" ".join([*head, "tech"]))
        if len(head) >= 3:  # "Wind Turbine Service Technicians": also "wind turbine tech"
            said.append(" ".join([*head[:-1], "tech"]))
    said += [" ".join([*head, last[: -len(worker)] + field]) for worker, field in FIELDS if last.endswith(worker)]
    if words[:3] == ["first-line", "supervisor", "of"] and len(words) > 3:  # "correctional officer supervisor"
        said.append(" ".join([*words[3:], "supervisor"]))
    return said


def japanese_variants(name: str) -> list[str]:
    """A consultant said short ("M&Aのコンサル", "ITコンサル": tune86); software made for one platform said by it
    ("ソフトウェア開発（スマホアプリ）": "スマホアプリ開発", tune90). (Every tradesman "…工" said as a craftsman,
    "…職人", was tried too: the likeness of "漆塗りの職人" to those names lost more turns than it gained.)"""
    field = name.removesuffix(CONSULTANT)
    if field and field != name:
        return [field + "コンサル", field + "のコンサル"]
    made = SOFTWARE_FOR.fullmatch(name)
    if made:
        return [made.group(1) + "開発", made.group(1) + "の開発"]
    paired = PAIRED_WORK.fullmatch(name)  # "太陽光発電の設計・施工": "太陽光発電の設計", "太陽光発電の施工" (tune96)
    return [paired.group(1) + part for part in paired.group(2).split("・")] if paired else []


SOFTWARE_FOR = re.compile(r"ソフトウェア開発（([^（）]+)）")
PAIRED_WORK = re.compile(r"([^（）・の]{2,}の)((?:[一-龥]{2,4}・)+[一-龥]{2,4})")  # two kinds of work on one thing


# Titles that people mostly say as things ("building scale models", "statistical models"): loose outside the job slot
THING_TITLES = frozenset(["model", "bender"])  # "after my fender bender": no Glass Benders


def bare_stem(variant: str) -> bool:
    """Whether a spoken variant is the bare stem of the worker's word ("interior design", "computer program"), which
    may as well name a thing the work makes or uses: loose outside the job slot, like a one-word alias."""
    last = variant.rsplit(" ", 1)[-1]
    return " " in variant and not last.endswith("ing") and last != "tech" and not last.endswith(FIELD_ENDINGS)


FIELD_ENDINGS = tuple(field for _, field in FIELDS)
