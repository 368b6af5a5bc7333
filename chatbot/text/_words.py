"""Words for matching names: lower-case, singular, hyphenated words whole ("Chief Executives" -> chief executive)."""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.text._normalise import fold
from chatbot.text._script import JAPANESE_CHARS

COMMON_WORDS = 1000  # how many of English's most used words make a phrase, not a name
# "vice-minister" is one word; a possessive is part of its word and left out of it ("the restaurant's manager" says
# the name "restaurant manager", as "Police and Sheriff's Patrol Officers" says "sheriff patrol officer")
NAME_WORD = re.compile(rf"([^\W_{JAPANESE_CHARS}]+(?:-[^\W_{JAPANESE_CHARS}]+)*)(?:['’]s\b)?")  # the word: group 1


IRREGULAR = {  # endings whose singular is not the plural less its "s"; "-smen", "-rmen", "-emen": craftsmen, foremen
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "women": "woman",
    "smen": "sman",
    "rmen": "rman",
    "emen": "eman",
    "children": "child",
}
IRREGULAR_ENDINGS = tuple(IRREGULAR)


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A word without its plural ending: "secretaries" -> "secretary", "coaches" -> "coach", "nurses" -> "nurse",
    "midwives" -> "midwife", "fishermen" -> "fisherman".

    What matters is that a plural and its singular get the same key (questions and names go through the same
    function). `inflect` was tried and not kept: it turns "analysis", "bus", "gas", "atlas" into "analysi", "bu",
    "ga", "atla", and costs ~170 µs a word against ~1 µs here.
    """
    if word.endswith(IRREGULAR_ENDINGS):
        ending = next(e for e in IRREGULAR_ENDINGS if word.endswith(e))
        return word[: -len(ending)] + IRREGULAR[ending]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def name_words(text: str) -> list[str]:
    """Lower-case words in singular, the unit of English name matching: "Chief Executives" -> [chief, executive].

    A hyphenated word stays whole ("vice-minister" does not contain the name "Minister").
    """
    # (findall gives the word, less its "'s"); British "-isation" as O*NET's American spelling ("organisational")
    return [singular(word.replace("isation", "ization")) for word in NAME_WORD.findall(fold(text))]


def described(text: str, name: str) -> bool:
    """Whether the text says the name with whom it means: "the therapists who use games, dance and outings"."""
    return re.search(re.escape(name) + r"s?\s+(?:who|that)\b", text, re.IGNORECASE) is not None


BREAK = re.compile(r"[,.;:!?()]")  # between two words, ends the name the first could start


def name_breaks(text: str) -> frozenset[int]:
    """The positions among the text's name_words of the words that punctuation separates from the one before:
    "which needs more school, nurses or…" -> {4}: "school nurse" is not said there."""
    folded = fold(text)
    found = list(NAME_WORD.finditer(folded))
    return frozenset(i for i in range(1, len(found)) if BREAK.search(folded, found[i - 1].end(), found[i].start()))


def replace_name_words(text: str, words: set[str], by: str) -> str:
    """The text with every word whose singular is in words replaced: ("genetic counselors", {"counselor"}, "job")
    -> "genetic job"."""

    def replaced(word: re.Match[str]) -> str:
        said = word.group(1)
        return by + word.group(0)[len(said) :] if singular(said) in words else word.group(0)  # "job's", as before

    return NAME_WORD.sub(replaced, text)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English's most used words ("change", "over"): a name made of them only ("Change Over") is a phrase as well.
    wordfreq's list; loading it takes ~0.2 s, which the speller's first use of wordfreq would take anyway."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", COMMON_WORDS))
