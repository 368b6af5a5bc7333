"""Which Japanese names a word the question uses is like: their end, their start, their abbreviation, or a near
spelling (JobLinker.by_likeness picks the jobs from the names found here)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

LIKENESS = 0.8  # one edit in five characters
SHORT_NAME = 3
VOICING = "\u3099\u309a"  # the combining voiced and semi-voiced marks (゛ ゜)


def like_names(key: str, keys: list[str], slot: bool) -> list[str]:
    """The name keys that KEY ends ("調律師": ピアノ調律師) or, in the question's job slot, begins ("ケアマネ"),
    abbreviates ("社労士": 社会保険労務士) or nearly spells ("ネイルリスト": ネイリスト)."""
    half = [name for name in keys if len(key) * 2 >= len(name)]  # half a name at least
    starting = [name for name in half if name.endswith(key) or (slot and name.startswith(key))]
    if not starting and slot:  # "社労士": 社会保険労務士, its characters in order, first and last kept
        starting = [name for name in keys if abbreviates(key, name)]
    if not starting and slot:
        # The cut-off checked here, not as extractOne's score_cutoff: rapidfuzz 3.14 turns a cut-off of 0.8
        # into a distance that drops a score of exactly 0.8 ("パテシエ" for パティシエ, one edit in five).
        found = process.extractOne(key, keys, scorer=OSA.normalized_similarity)
        starting = [found[0]] if found and found[1] >= LIKENESS else []
    if not starting and slot:  # "バーテンター": バーテンダー, a voiced sound heard or typed unvoiced
        starting = [name for name in keys if len(name) == len(key) and unvoiced(name) == unvoiced(key)]
    if not starting and slot and len(key) == SHORT_NAME:  # "薬済師": 薬剤師, a kanji mistyped between the same first
        # and last (one edit in three is too loose as a ratio: only the one name of that shape counts)
        shaped = [name for name in keys if len(name) == SHORT_NAME and (name[0], name[-1]) == (key[0], key[-1])]
        starting = shaped if len(shaped) == 1 else []
    return starting


@lru_cache(maxsize=20_000)
def unvoiced(text: str) -> str:
    """Kana without their voicing marks: "バテンダ" -> "ハテンタ"."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in VOICING))


ABBREVIATION_SHARE = (2, 5)  # a short form keeps two in five of the name's characters at least


def abbreviates(short: str, name: str) -> bool:
    """Whether a Japanese word is the usual kind of short form of a name: its characters in order, the first and
    last the name's own, at least two left out and two in five kept ("社労士" of 社会保険労務士; "ガドマン" is no
    short form of ガソリンスタンドサビスマン, four of thirteen)."""
    if len(name) < len(short) + 2 or short[0] != name[0] or short[-1] != name[-1]:
        return False
    if len(short) * ABBREVIATION_SHARE[1] < len(name) * ABBREVIATION_SHARE[0]:
        return False
    rest = iter(name)
    return all(char in rest for char in short)
