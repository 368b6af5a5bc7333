"""What a question asks when no cue word says it: its nearest labelled examples.

Two files of examples: intent_examples.jsonl, written for the classifier, and intent_examples_sets.jsonl, the turns
of the blind tuning sets labelled by the sections that answer them (bench/intent_bank.py makes it; measured in
docs/benchmarks.md, "Thirteenth session": held-out dialogues 0.87 -> 0.88 and 0.88 -> 0.89, one false answer fewer
on each).

English examples are compared by meaning (the model's vectors, embedded once and cached beside the model export);
Japanese ones by their words (character bigrams, TF-IDF weighted), since the default model cannot read Japanese.
Labels are the intents plus "overview" (the job in general), "pay" (not on any page) and "off_topic". The job's
own name is masked first, so "nurse vs paramedic" does not vote for what nurses' questions usually ask.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from chatbot.embed import Embedder, Kept
from chatbot.models import Intent, Lang
from chatbot.retrieval._cache import cache_key, cached_array
from chatbot.retrieval._learned import (
    ADVISE,
    DECLINE,
    OFF_TOPIC,
    PORTRAYS,
    Learned,
    advising,
    declining,
    sparse_grams,
)

EXAMPLES = Path(__file__).with_name("intent_examples.jsonl")
SET_EXAMPLES = Path(__file__).with_name("intent_examples_sets.jsonl")
K = 5  # neighbours that vote
QUERIES = 256  # English question vectors kept (a few turns' worth; cleared when full)
# Below MIN_SIMILARITY the nearest example is no evidence at all; the winning label must hold MIN_SHARE of the
# neighbours' similarity. Chosen by leave-one-out over the training four fifths (bench/intents.py reports the
# held-out fifth): English 0.3 / 0.5 is right 92% of the times it answers, on 58% of questions; Japanese by
# character bigrams is weaker, so it answers only when it is right 88% of the time (24% of questions).
MIN_SIMILARITY = {"en": 0.3, "ja": 0.25}
MIN_SHARE = {"en": 0.5, "ja": 0.6}
# Where cue words and the examples disagree on a long question's topic, the examples win when they agree this much:
# on the fresh tune27 and tune28 turns (in no example) they were then right 59 times in 60 (Japanese) and 46 in 46
# (English), and right in 8 of the 10 turns whose cue words were wrong; at 0.6 they broke 4 that the cues had right.
# Short plain questions keep their cue words (chatbot/retrieval/_portrait.long_asked): the dev set's "What
# qualifications does X need?" is no skills question, whatever examples with few qualifications say.
OVERRULE = 0.7
PORTRAIT = "match"  # the label of people describing themselves (chatbot/retrieval/_portrait.py)
ROUTES = ("gap", "path")  # the labels of questions that ask for a gap or a route (Meaning.advice)


class Example(BaseModel):
    """One labelled question."""

    label: str
    lang: Lang
    text: str

    @property
    def held_out(self) -> bool:
        """One example in five (by a hash of its text) is kept out of the classifier to measure it."""
        return hashlib.sha256(self.text.encode()).digest()[0] % 5 == 0


def load_examples(*paths: Path) -> list[Example]:
    """The examples of these files (none given: both files of the package)."""
    return [
        Example.model_validate_json(line)
        for path in paths or (EXAMPLES, SET_EXAMPLES)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def bigrams(text: str) -> Counter[str]:
    """Character bigrams of a text without spaces: "資格は" -> {"資格": 1, "格は": 1}."""
    squashed = "".join(text.split())
    return Counter(squashed[i : i + 2] for i in range(len(squashed) - 1))


class Meaning:
    """Nearest-example classification of questions (see the module docstring)."""

    def __init__(self, embedder: Embedder, cache: Path | None, examples: list[Example] | None = None) -> None:
        """Args:
        cache: a folder to keep the English examples' vectors in (None: embed them on first use every time).
        examples: the labelled examples to use (default: all of intent_examples.jsonl).
        """
        self.embedder = embedder
        self.cache = cache
        self.examples = examples if examples is not None else load_examples()
        self.english = [e for e in self.examples if e.lang == "en"]
        self.japanese = [e for e in self.examples if e.lang == "ja"]
        self._labelled: dict[tuple[str, str], np.ndarray] = {}
        self._queries: Kept[str] = Kept(QUERIES)

    @cached_property
    def vectors(self) -> np.ndarray:
        """(n_english, dimension) float32: the English examples embedded, from the cache when it has them."""
        texts = [e.text for e in self.english]
        key = cache_key(self.embedder.name, texts)
        path = self.cache / f"intent-examples-{key}.npy" if self.cache else None
        return cached_array(path, lambda: self.embedder.embed(texts))

    @cached_property
    def decliner(self) -> Learned:
        """Whether a question asks what no page answers (chatbot.retrieval._learned)."""
        return self.learned("decline", declining)

    @cached_property
    def adviser(self) -> Learned:
        """Whether a question asks for a gap or a route between jobs (chatbot.retrieval._learned)."""
        return self.learned("advice", advising)

    def learned(self, name: str, relabel: Callable[[str], str | None]) -> Learned:
        """A learned model over these examples, English read through their vectors, Japanese through their grams."""
        english, japanese = ([(e.label, e.text) for e in group] for group in (self.english, self.japanese))
        rows: dict[Lang, tuple[list[tuple[str, str]], Callable[[], object]]] = {
            "en": (english, lambda: self.vectors),
            "ja": (japanese, lambda: sparse_grams([text for _, text in japanese])),
        }
        return Learned(name, relabel, self.embedder, self.cache, rows)

    def warm(self) -> None:
        """Read (or embed) the examples and train (or read back) the learned models now, not on a first question:
        some 3 s the first time on a machine, then read from the cache folder."""
        _ = self.vectors, self.postings
        for model in (self.decliner, self.adviser):
            _ = model.english, model.japanese

    def query(self, text: str) -> np.ndarray:
        """An English text's vector, kept for the turn's other readers: a question's masked text is read by the
        nearest examples and by the learned models (one embedding, not three)."""
        return self._queries.get(text, lambda said: self.embedder.embed([said])[0])

    def chances(self, model: Learned, text: str, lang: Lang) -> dict[str, float]:
        """A learned model's chances for a masked text (English: its vector shared with the nearest examples)."""
        return model.chances(text, lang, self.query(text) if lang == "en" else None)

    def declines(self, probe: str, lang: Lang, at: float = DECLINE) -> bool:
        """Whether the masked question asks what no page answers: its chance of off_topic at least at (see
        chatbot.retrieval._learned.decline_at)."""
        return self.chances(self.decliner, probe, lang).get(OFF_TOPIC, 0.0) >= at

    def advice(self, said: str, lang: Lang) -> Intent | None:
        """GAP or PATH when the masked question (the whole of it) asks for one (see ADVISE), else None."""
        chances = self.chances(self.adviser, said, lang)
        kind = max(ROUTES, key=lambda label: chances.get(label, 0.0))
        return Intent(kind) if chances.get(kind, 0.0) >= ADVISE else None

    def portrays(self, said: str, lang: Lang) -> bool:
        """Whether the masked question (the whole of it) is, surely, a person describing themselves (see PORTRAYS)."""
        return self.chances(self.adviser, said, lang).get(PORTRAIT, 0.0) >= PORTRAYS

    def labelled(self, lang: Lang, label: str) -> np.ndarray:
        """Which examples of a language carry a label, (n,) bool (kept per label: read for every question)."""
        key = (lang, label)
        if key not in self._labelled:
            examples = self.english if lang == "en" else self.japanese
            self._labelled[key] = np.array([e.label == label for e in examples], dtype=bool)
        return self._labelled[key]

    @cached_property
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of each bigram over the Japanese examples of questions: the portraits
        (PORTRAIT, long texts of a different kind) would shift every question's weights; the same weights then
        also serve to read the portraits."""
        questions = [e for e in self.japanese if e.label not in (PORTRAIT, *ROUTES)]
        df = Counter(gram for e in questions for gram in bigrams(e.text))
        return {gram: math.log(1 + len(questions) / count) for gram, count in df.items()}

    @cached_property
    def postings(self) -> dict[str, list[tuple[int, float]]]:
        """Each bigram's (example row, weight) pairs: a question's similarities add up over its own bigrams only,
        not over every example (some 1,100 Japanese examples: a loop over all of them cost milliseconds)."""
        found: dict[str, list[tuple[int, float]]] = {}
        for row, example in enumerate(self.japanese):
            for gram, weight in self.weighted(example.text).items():
                found.setdefault(gram, []).append((row, weight))
        return found

    def weighted(self, text: str) -> dict[str, float]:
        """A unit TF-IDF vector of a text's bigrams (bigrams no example has are left out)."""
        weights = {gram: n * self.idf[gram] for gram, n in bigrams(text).items() if gram in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {gram: w / norm for gram, w in weights.items()}

    def similarities(self, text: str, lang: Lang, vector: np.ndarray | None = None) -> np.ndarray:
        """Similarity of the text to every example of its language, (n,) float32."""
        if lang == "en":
            return self.vectors @ (vector if vector is not None else self.query(text))
        scores = np.zeros(len(self.japanese), dtype=np.float32)
        for gram, weight in self.weighted(text).items():
            for row, theirs in self.postings.get(gram, ()):
                scores[row] += weight * theirs
        return scores

    def classify(
        self,
        text: str,
        lang: Lang,
        vector: np.ndarray | None = None,
        without: str | None = None,
        share: float | None = None,
    ) -> str | None:
        """The label its nearest examples agree on, or None when they are too far or disagree.

        "how tough is it to get into this line of work" -> "become"

        Args:
            without: a label whose examples do not vote ("match" when asking what a question asks of a job: the
                portraits of people are told apart first, by chatbot.retrieval._portrait).
            share: the share of the neighbours' similarity the label must hold (default MIN_SHARE).
        """
        examples = self.english if lang == "en" else self.japanese
        if not examples:
            return None
        scores = self.similarities(text, lang, vector)
        for label in (*ROUTES, without):  # the gap and path examples are read only by the learned model
            scores = np.where(self.labelled(lang, label), -1.0, scores) if label is not None else scores
        nearest = np.argsort(-scores)[:K]
        if float(scores[nearest[0]]) < MIN_SIMILARITY[lang]:
            return None
        votes: dict[str, float] = {}
        for row in nearest:
            votes[examples[row].label] = votes.get(examples[row].label, 0.0) + max(float(scores[row]), 0.0)
        label, weight = max(votes.items(), key=lambda pair: pair[1])
        return label if weight >= (MIN_SHARE[lang] if share is None else share) * sum(votes.values()) else None
