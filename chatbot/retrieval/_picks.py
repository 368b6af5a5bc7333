"""Positions in a list just shown that a follow-up points at: "tell me more about the second one" -> [1];
"compare the top two" -> [0, 1]; "3つ目の仕事は？" -> [2]. The conversation maps them onto the jobs it listed."""

from __future__ import annotations

import re

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "１": 1, "２": 2, "３": 3, "４": 4, "５": 5}
# "the second one", "the 2nd job", "number 3", "#2", "option 4"; "the first one we discussed" is the talk's first job
ONE = re.compile(
    r"\b(?:the )?(?P<word>first|second|third|fourth|fifth|last)(?: one| job| option| suggestion| career)\b"
    r"(?! (?:we|you|i) (?:discussed|talked|mentioned|asked|started))"
    r"(?!\s*[-–—] *(?:which|what|how|who|where|do|does|is|are|can|would)\b)"  # "ok last one - which of…": a question
    r"|\b(?P<nth>[1-5])(?:st|nd|rd|th) (?:one|job|option|suggestion)\b|(?:\bnumber|\bno\.|#|\boption) ?(?P<num>[1-5])\b"
)
# "the first and the third one", "the second and fourth ones": two ordinals joined, the noun after the last only
PAIR = re.compile(
    r"\b(?:the )?(?P<a>first|second|third|fourth|fifth|last)(?: one)? (?:and|&|or|vs\.?|versus) "
    r"(?:the )?(?P<b>first|second|third|fourth|fifth|last)(?: ones?| jobs?| options?| suggestions?)?\b"
)
TOP = re.compile(r"\b(?:top|first|best) (?P<count>two|three|four|five|[2-5])\b|\bthe (?P<both>two) (?:top|best)\b")
ONE_JA = re.compile(r"(?P<n>[1-5１-５一二三四五])(?:つ目|番目|位)")
TOP_JA = re.compile(r"(?:上位|上の|トップ)(?P<n>[2-5２-５二三四五])(?:つ|件)?")


def picks(text: str) -> list[int]:
    """The 0-based positions a question points at in the last list shown (-1: the last); [] when none."""
    said = text.casefold()
    if top := TOP.search(said):
        count = top.group("count") or top.group("both")
        return list(range(NUMBERS.get(count, 0) or int(count)))
    if top_ja := TOP_JA.search(said):
        return list(range(KANJI.get(top_ja.group("n"), 0) or int(top_ja.group("n"))))
    found = [ORDINALS[match.group(key)] for match in PAIR.finditer(said) for key in ("a", "b")]
    found += [number(match) for match in ONE.finditer(said)]
    found += [KANJI.get(match.group("n"), 0) or int(match.group("n")) for match in ONE_JA.finditer(said)]
    return [n - 1 if n > 0 else n for n in dict.fromkeys(found)]


def number(match: re.Match[str]) -> int:
    """The 1-based position one ONE match names (-1: the last)."""
    if match.group("word"):
        return ORDINALS[match.group("word")]
    return int(match.group("nth") or match.group("num"))
