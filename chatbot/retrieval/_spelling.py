"""Typo tolerance: English words the pages never use, corrected to the nearest job-name or question word.

"how do I become an electrcian" -> "how do I become an electrician"; "skils you need to be a computr programer"
-> "skills you need to be a computer programmer"; two name words typed as one are split ("automechanic"). A word
English uses (wordfreq's Zipf frequency of at least 2, about once per ten million words) is left alone, so "chess"
never becomes "chest"; so, mostly, is a word whose stem the pages use (only a near-certain correction replaces it).
Candidates are only the words of job names and aliases and a list of words questions are made of, compared with
rapidfuzz (optimal string alignment distance, a C library).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.retrieval._compounds import joined_words
from chatbot.retrieval._english import english, frequency
from chatbot.text import STOPWORDS, singular

WORD = re.compile(r"[A-Za-z]{4,}")
MIN_CLIPPED, MIN_CLIPPED_OFF = 6, 3  # letters of a clipped name word said, and left off ("histotech")
WORKER_END = re.compile(r"(ist|ian|er|or)$")
CLIPPED_WORD = re.compile(r"\w{3,}tech$")  # an English word that is a name word cut short: "nanotech" (-nology)
# Chat shorthand too short for the fuzzy match ("wat do they do"); "r" is left alone (R is a programming language).
SHORTHAND = {"wat": "what", "wht": "what", "wut": "what", "hw": "how", "abt": "about", "u": "you", "ur": "your"}
SHORTHAND |= {"prof": "professor", "profs": "professors"}  # "is it the same deal for physics profs?"
SHORTHAND_WORD = re.compile(r"\b(" + "|".join(SHORTHAND) + r")\b", re.IGNORECASE)
RUN_TOGETHER_ZIPF = 3.0  # a word rarer than this may be two typed as one ("realestate" 2.1, "childcare" 3.4 is a word)
MIN_PART = 3  # the shortest word a run-together pair is split into ("realestate": real estate)
MIN_SHUFFLED = 5  # letters: shorter words share their letters with others too often ("stare", "tears")
NEAREST = 10  # the vocabulary words near a typo that are weighed by their edits
MIN_MISSPELT = 6  # letters: a rare word this long one edit from a far commoner question word is its misspelling
MISSPELT_GAP = 2.0  # Zipf: a hundred times as common
# A job name's word one edit from a rare word the pages never use, this much commoner (Zipf 1.5: some thirty times):
# "bakker" (2.4, a surname) is baker (4.2). Names need less than question words: the pages' own words are ruled out.
NAME_GAP = 1.5
SURE = 90.0  # similarity that corrects even a word whose stem the pages use ("programer" stems like "programmer")
# Words questions are made of, most common first (a tie goes to the earlier word: "wat" -> "what", not "want").
# fmt: off
QUESTION_WORDS = [
    "what", "how", "which", "who", "where", "when", "why", "does", "need", "needs", "become", "becoming", "skills",
    "skill", "job", "jobs", "work", "working", "career", "careers", "education", "educational", "requirements",
    "required", "requirement", "training", "degree", "license", "licence", "certificate", "certification",
    "qualifications", "qualification", "duties", "tasks", "responsibilities", "personality", "outlook", "future",
    "hours", "schedule", "related", "similar", "experience", "school", "college", "university", "apprenticeship",
    "typical", "day", "like", "about", "tell", "describe", "difference", "compare", "between", "better", "more",
    "person", "people", "someone", "living", "become", "start", "get", "into", "knowledge", "abilities", "tools",
    "software", "values", "interests", "suited", "suit", "good", "learn", "study", "studying", "overview", "role",
    "position", "profession", "occupation", "want", "would", "should", "could",
]
# fmt: on


def cutoff(word: str) -> float:
    """The similarity (0-100) a correction needs: one edit in four letters, two in ten (an edit is an insertion,
    deletion, substitution or swap of neighbours: optimal string alignment)."""
    return 75.0 if len(word) <= 4 else 79.0  # 79: two edits in ten letters is 0.8, less a rounding error


class Speller:
    """Corrects the unknown English words of a question against a vocabulary of names and question words."""

    def __init__(self, names: Iterable[str], known: Callable[[str], bool]) -> None:
        """Args:
        names: every English job name (lower-case singular words, space-separated).
        known: whether the pages use a word (its stem is in the index's vocabulary).
        """
        self.keys = [key.split() for key in names]
        words = {word for key in self.keys for word in key}
        # Question words singular too: a typo is compared singular ("intrests" as "intrest": one edit from
        # "interest", two from "interests")
        asked = [form for word in QUESTION_WORDS for form in (word, singular(word))]
        self.vocabulary = list(dict.fromkeys([*asked, *sorted(words)]))
        self.words = set(self.vocabulary)
        self.known = known

    @cached_property
    def pairs(self) -> set[tuple[str, str]]:
        """Words that stand side by side in a name (built at warm-up: every question is read for them)."""
        return {pair for key in self.keys for pair in zip(key, key[1:], strict=False)}

    def correct(self, text: str) -> str:
        """The text with every unknown word replaced by its nearest vocabulary word, when one is close enough."""
        text = joined_words(
            SHORTHAND_WORD.sub(lambda match: SHORTHAND[match.group(0).lower()], text), self.words, self.pairs
        )
        before: list[str] = [""]  # the word before, corrected: "anesthesiologist assistent" is a name's pair

        def fixed(match: re.Match[str]) -> str:
            after = WORD.search(text, match.end())  # "facilites managers": a name's pair with the word after
            word = self.word(match.group(0), before[0], singular(after.group(0).lower()) if after else "")
            before[0] = singular(word.lower())
            return word

        return WORD.sub(fixed, text)

    def word(self, word: str, before: str = "", after: str = "") -> str:
        lower = word.lower()
        if sum(map(str.isupper, word)) > 1 or lower in STOPWORDS:
            return word  # an acronym ("LPNs"): nothing to correct
        if lower in self.words:  # a name's word, unless one edit from the word its neighbour stands beside in a name
            return self.paired_word(singular(lower), before, after) or word
        if english(lower) or english(singular(lower)):  # "realestate": two words typed as one; "urban planer": a
            # word, one edit from "planner"; "stoplights" is a word as "stoplight" is, no "spotlight"
            split = self.split(lower) if not english(lower, RUN_TOGETHER_ZIPF) else None
            beside = self.paired_word(singular(lower), before, after)
            clip = self.clipped(lower, bool(WORKER_END.search(after))) if CLIPPED_WORD.match(lower) else None
            return split or beside or clip or self.misspelt(lower) or self.misspelt_name(singular(lower)) or word
        lower = singular(lower)  # names are kept singular: "develpers" is compared as "develper"
        found = self.nearest(lower, before, after)
        if found is None:
            found_word = self.split(lower) or self.shuffled.get(letters(lower)) or self.clipped(lower)
            return found_word or word  # "automechanic", "athelets", "histotech"
        doer = found[0] in (lower + "r", lower + "er")  # "sterilizes": the verb typed, not its doer (sterilizer)
        truncated = found[0].startswith(lower) and not doer  # "landscap": the page's stem, the name "landscape"
        paired = (before, found[0]) in self.pairs or (found[0], after) in self.pairs  # side by side in a name
        swapped = ending_swapped(lower, found[0])  # "editer" stems as "edit", a word the pages use: still an editor
        if self.known(lower) and (found[1] < SURE / 100 or doer) and not (truncated or paired or swapped):  # a stem
            return word  # the pages use: a near-certain fix only
        return found[0]

    def nearest(self, lower: str, before: str = "", after: str = "") -> tuple[str, float, int] | None:
        """The vocabulary word nearest a typed one: a word of the same letters first ("nuerologist" is a swap from
        "neurologist" and a letter from "numerologist"; "pateint" is patient, not patent), then the most alike for
        their lengths (one edit in a long word is less than in a short one: "masn" is mason, not man), then one
        standing beside the word before or after in a name ("fiberglas laminater": laminator, not laminate), then
        the earlier word."""
        scorer = OSA.normalized_similarity
        found = process.extract(lower, self.vocabulary, scorer=scorer, score_cutoff=cutoff(lower) / 100, limit=NEAREST)
        key = letters(lower)

        def paired(word: str) -> bool:
            return (before, word) in self.pairs or (word, after) in self.pairs

        return min(found, key=lambda hit: (letters(hit[0]) != key, -hit[1], not paired(hit[0]), hit[2]), default=None)

    def paired_word(self, lower: str, before: str, after: str) -> str | None:
        """A name's word one edit from an English word typed beside the name's other word ("urban planer"); a common
        word only between both its neighbours in a name ("packaging and filing machine": filling)."""
        if len(lower) < MIN_SHUFFLED or (before, lower) in self.pairs or (lower, after) in self.pairs:
            return self.between(lower, before, after)
        if english(lower, RUN_TOGETHER_ZIPF):  # a common word is meant as typed ("get called", "soil samples")
            return self.between(lower, before, after)
        beside = sorted(self.neighbours.get(("after", before), set()) | self.neighbours.get(("before", after), set()))
        near = [word for word in beside if word != lower and OSA.distance(lower, word) <= 1]
        return max(near, key=frequency) if near else None  # "meat cuter": cutter, the commoner, not curer

    def between(self, lower: str, before: str, after: str) -> str | None:
        """A name's word one edit from a word typed between the name's words before and after it (small words
        aside), where the typed word never stands so in a name ("packaging and filing machine": filling)."""
        if len(lower) < MIN_SHUFFLED or lower in self.triples.get((before, after), ()):
            return None
        near = sorted(word for word in self.triples.get((before, after), ()) if OSA.distance(lower, word) == 1)
        return near[0] if len(near) == 1 else None

    @cached_property
    def triples(self) -> dict[tuple[str, str], set[str]]:
        """The words that stand between two others in a name, small words aside ("packaging filling machine")."""
        found: dict[tuple[str, str], set[str]] = {}
        for key in ([word for word in key if word not in STOPWORDS] for key in self.keys):
            for left, word, right in zip(key, key[1:], key[2:], strict=False):
                found.setdefault((left, right), set()).add(word)
        return found

    def misspelt(self, lower: str) -> str | None:
        """A question word one edit from a rare word a hundred times as common ("similiar": similar, Zipf 2.3 to
        5.2): wordfreq counts common misspellings as words."""
        if len(lower) < MIN_MISSPELT or english(lower, RUN_TOGETHER_ZIPF):
            return None
        from wordfreq import zipf_frequency

        rarer = zipf_frequency(lower, "en") + MISSPELT_GAP
        near = [word for word in QUESTION_WORDS if OSA.distance(lower, word) == 1]
        return next((word for word in near if zipf_frequency(word, "en") >= rarer), None)

    def misspelt_name(self, lower: str) -> str | None:
        """A job name's word one edit from a rare word the pages never use, far commoner than it ("bakker": baker)."""
        if len(lower) < MIN_MISSPELT or english(lower, RUN_TOGETHER_ZIPF) or self.known(lower):
            return None
        from wordfreq import zipf_frequency

        rarer = zipf_frequency(lower, "en") + NAME_GAP
        near = process.extract(lower, self.vocabulary, scorer=OSA.distance, score_cutoff=1, limit=NEAREST)
        common = [(zipf_frequency(word, "en"), word) for word, _, _ in near]
        return max((pair for pair in common if pair[0] >= rarer), default=(0.0, None))[1]

    @cached_property
    def neighbours(self) -> dict[tuple[str, str], set[str]]:
        """The words that stand after ("after", word) or before ("before", word) a word in a name."""
        found: dict[tuple[str, str], set[str]] = {}
        for left, right in self.pairs:
            found.setdefault(("after", left), set()).add(right)
            found.setdefault(("before", right), set()).add(left)
        return found

    @cached_property
    def shuffled(self) -> dict[tuple[str, str], str]:
        """Vocabulary words by their first letter and sorted letters: a typo of the same letters in another order
        ("athelets", "softwear") is two or more swaps from its word, past the cut-off, yet rarely anything else."""
        found: dict[tuple[str, str], str] = {}
        for word in self.vocabulary:
            if len(word) >= MIN_SHUFFLED:
                found.setdefault(letters(word), word)
        return found

    def clipped(self, word: str, field: bool = False) -> str | None:
        """The name word the word starts, cut short as people say it ("histotech": histotechnologist); of several, the
        longest worker's word (histotechnologist before histotechnician; "histotechnology" is the field), or with
        field, said before a worker's word, the field ("nanotech technician": nanotechnology)."""
        if len(word) < MIN_CLIPPED:
            return None
        found = [name for name in self.vocabulary if name.startswith(word) and len(name) >= len(word) + MIN_CLIPPED_OFF]
        kind = sorted((name for name in found if bool(WORKER_END.search(name)) != field), key=len, reverse=True)
        return found[0] if len(found) == 1 else next(iter(kind), None)

    def split(self, word: str) -> str | None:
        """Two name words typed without the space between them ("automechanic": auto mechanic, "realestate")."""
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:i], singular(word[i:])
            if (left, right) in self.pairs:  # the two words stand side by side in a name ("real estate agent")
                return f"{left} {word[i:]}"
        return None


def letters(word: str) -> tuple[str, str]:
    """A word's first letter and all its letters sorted: the key of words spelled with the same letters."""
    return word[:1], "".join(sorted(word))


def ending_swapped(typed: str, name_word: str) -> bool:
    """Whether a typed word is a name's word with its worker ending spelt another way ("editer", "counseler",
    "installor"): the same word to whoever typed it."""
    endings = ("er", "or", "ar")
    return typed != name_word and typed[:-2] == name_word[:-2] and typed[-2:] in endings and name_word[-2:] in endings
