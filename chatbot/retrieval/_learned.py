"""What a question asks, learned from the labelled examples as a whole: whether it asks something no job page
answers, and whether it asks for a gap or a route between jobs.

Rules written one miss at a time did not reach new phrasings: on the sixteenth session's fresh held-out sets, 6 of
37 unanswerable turns were still answered, and most gap and route questions of the fresh guidance sets were read as
"how do I become…" or "what does it do". Here logistic regressions (scikit-learn, which sentence-transformers
already brings) learn from the example bank (chatbot/retrieval/intent_examples*.jsonl, written blind and made by
bench/intent_bank.py). English is read through the model's vectors, Japanese through hashed character 1-3-grams
(the model cannot read Japanese). Measured on sets kept out of the bank (docs/benchmarks.md, "Seventeenth
session"):

- Declining (off_topic against every answered label; the pay examples left out, since whether pay is answered
  depends on the page): on tune29 at 0.8, 10 of 14 English and 9 of 14 Japanese unanswerable turns, against none of
  the answerable ones it is asked about. Added to session 16's start code, tune29's false answers 7 -> 3; with this
  session's changes, tune30's 6 -> 3 (at DECLINE) and the held-out dialogue sets' 25 -> 17, no false refusal added.
- Advice (gap, path, match against everything else): on guidance_tune16 and 17, 18 of 22 English and 11 of 12
  Japanese gap questions and 11 of 14 / 5 of 10 path questions at 0.7, against no turn of tune29 and tune30 in
  English and one in Japanese.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from chatbot.embed import Embedder
from chatbot.models import Cue, Intent, Lang
from chatbot.retrieval._cache import cache_key, cached_array
from chatbot.text import is_japanese, terms

C = 16.0  # inverse regularisation; 4 and 64 measured within one turn of it on tune29
# Japanese read as hashed character 1-3-grams, as scikit-learn's HashingVectorizer(analyzer="char") does but hashed
# here (crc32): importing scikit-learn costs 0.9 s, which only training (once per machine) now pays, not a start.
FEATURES, GRAM_SIZES = 2**18, (1, 2, 3)
OFF_TOPIC, PAY, ANSWERED, OTHER = "off_topic", "pay", "answered", "other"
ADVICE_LABELS = ("gap", "path", "match")
# chance of off_topic: tune30 (kept out of the bank) had 4 false answers at 0.8, 3 at 0.75 and 0.7, with no false
# refusal more there or on dev, holdout, heldout_dialogue, tune13 and tune25; before the ambiguous examples were left
# out, 0.7 refused one more heldout_dialogue turn.
DECLINE = 0.75
# A question that asks no page topic in cue words (its intent none, or only inferred) is declined on less: the
# personal questions in work words ("うちの住宅ローン、繰り上げ返済したほうがいいか判断して", "私の場合いくら税金
# 払えば") scored 0.68-0.72, while "how do you even get started on that track?" (BECOME, cued) scored 0.69. Over the
# dialogue tuning sets: 0.67 for all, false answers -3, false refusals +1; 0.70 for all, -1 / 0; 0.67 uncued only
# (this) -2 / 0 (docs/benchmarks.md, issue 13, nineteenth session).
DECLINE_UNCUED = 0.67
# A question that names a page and asks its topic in cue words, all but surely declined ("as someone who wants to be a
# history professor, who do you think will win the 2028 election", 0.99; "I'm 16. can I legally work as a motorcycle
# mechanic apprentice in Ohio", 1.00): on tune35 and tune36_refuse (kept out of the bank) the answered ones of that
# kind scored at most 0.28; of those to decline, four scored 0.9 or more and the rest 0.03-0.78, left to the rules
# (docs/benchmarks.md, twenty-second session).
DECLINE_PAGED = 0.9
# chance of gap or path; 0.7 -> 0.65 (nineteenth session): guidance_tune19's "…オペレーターをやってます。いずれは…技術者
# 側に行きたい。どうやったらなれますか？" (0.697) is read as the route it asks; no other tuning set changed
ADVISE = 0.65
PORTRAYS = 0.9  # chance of match, where the rules read a route or gap and no job of the person's
# Declined examples that read like answered ones once the job's name is masked were declined for want of a page,
# not for what they ask: "how do i become a youtuber" (masked: "how do i become a job") taught the model to decline
# "how do i become a hydrologist". Those closer than this (cosine) to an answered example are not trained on.
AMBIGUOUS = 0.9
# A follow-up ("go on", "and the plumber?", "which of the two…") is read by neither: the examples are whole
# questions, and a fragment that leans on the turn before reads like them.
FOLLOWING = frozenset(Cue) - {Cue.REFERS_BACK, Cue.WHICH_JOB}
MIN_TERMS, MIN_POINTING = 2, 4  # content words for a question to be read alone (one that points back: "that one")
SHORT_JA, WORDLESS = 10, re.compile(r"[\W_]+")  # characters of a Japanese question that names no job
ADVICE = frozenset([Intent.COMPARE, Intent.MATCH, Intent.GAP, Intent.PATH])
Examples = list[tuple[str, str]]  # (label, text)


def declining(label: str) -> str | None:
    """The decliner's class of an example label (None: not trained on)."""
    return None if label == PAY else OFF_TOPIC if label == OFF_TOPIC else ANSWERED


def advising(label: str) -> str | None:
    """The advice reader's class of an example label."""
    return label if label in ADVICE_LABELS else OTHER


class Learned:
    """One logistic regression per language over relabelled examples (trained on first use, kept in the cache
    folder by the examples it was trained on)."""

    def __init__(
        self,
        name: str,
        relabel: Callable[[str], str | None],
        embedder: Embedder,
        cache: Path | None,
        examples: dict[Lang, tuple[Examples, Callable[[], Any]]],
    ) -> None:
        """Args: relabel: an example label -> its class here (None: left out); examples: per language, the
        examples and their feature rows (a function: read only when the model is trained)."""
        self.name, self.relabel, self.embedder, self.cache = name, relabel, embedder, cache
        self.examples = examples

    def chances(self, text: str, lang: Lang, vector: np.ndarray | None = None) -> dict[str, float]:
        """Each class's chance for the text (vector: the English text's, when already embedded)."""
        classes, weights = self.model(lang)
        if not classes:
            return {}
        if lang == "en":
            features = vector if vector is not None else self.embedder.embed([text])[0]
            logits = weights[:, :-1] @ features + weights[:, -1]
        else:  # sparse: a question has a few dozen grams of the 2**18
            found = grams(text)
            logits = weights[:, list(found)] @ np.fromiter(found.values(), np.float32, len(found)) + weights[:, -1]
        if len(classes) == 2:  # scikit-learn's binary model: one row, the second class's log-odds
            second = 1.0 / (1.0 + np.exp(-logits[0]))
            return {classes[0]: 1.0 - second, classes[1]: second}
        exp = np.exp(logits - logits.max())
        return dict(zip(classes, (exp / exp.sum()).tolist(), strict=True))

    def model(self, lang: Lang) -> tuple[list[str], np.ndarray]:
        """The classes and the (classes or 1, features + 1) weights of one language's model."""
        return self.english if lang == "en" else self.japanese

    @cached_property
    def english(self) -> tuple[list[str], np.ndarray]:
        """The English model (trained or read back once; threads that race here both write a whole file)."""
        return self.fit("en")

    @cached_property
    def japanese(self) -> tuple[list[str], np.ndarray]:
        """The Japanese model (likewise)."""
        return self.fit("ja")

    def fit(self, lang: Lang) -> tuple[list[str], np.ndarray]:
        """Fitted on the language's examples, or read from the cache when these examples were fitted before."""
        examples, features = self.examples[lang]
        labels = [self.relabel(label) for label, _ in examples]
        classes = sorted({label for label in labels if label is not None})
        if len(classes) < 2:
            return [], np.zeros((0, 0), dtype=np.float32)
        source = self.embedder.name if lang == "en" else "crc32-grams"
        key = cache_key(self.name, lang, C, AMBIGUOUS, source, examples)
        path = self.cache / f"learned-{self.name}-{key}.npy" if self.cache else None

        def train() -> np.ndarray:
            matrix = features()
            kept = [row for row in trained_on(labels, matrix) if labels[row] is not None]
            from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (0.9 s to import: only to train)

            model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
            model.fit(matrix[kept], np.array([labels[row] for row in kept]))
            return np.hstack([model.coef_, model.intercept_[:, None]]).astype(np.float32)

        return classes, cached_array(path, train)


def trained_on(labels: list[str | None], matrix: Any) -> list[int]:
    """The rows to train on: all but the declined ones that read like an answered one (see AMBIGUOUS)."""
    declined = np.array([label == OFF_TOPIC for label in labels])
    if not declined.any():
        return list(range(len(labels)))
    answered = np.array([label is not None and label != OFF_TOPIC for label in labels])
    closeness = matrix[declined] @ matrix[answered].T
    closest = closeness.max(axis=1)
    closest = np.asarray(closest.todense() if hasattr(closest, "todense") else closest).ravel()
    plain = iter(closest < AMBIGUOUS)
    return [row for row, label in enumerate(labels) if label != OFF_TOPIC or next(plain)]


def standalone(intent: Intent | None, cues: list[Cue], small_talk: bool, advice: bool = False) -> bool:
    """Whether a question stands alone as one the learned models may read (not small talk, a follow-up or advice).
    advice: read for a gap or route, which also needs a sentence of where the person is and one of a wish, so "the
    one who manages the whole store" (a BACK cue, as if returning to a job) does not stop it."""
    following = FOLLOWING - {Cue.BACK} if advice else FOLLOWING
    return not small_talk and intent not in ADVICE and not following.intersection(cues)


def decline_at(
    intent: Intent | None, inferred: bool, named: list[str], cues: list[Cue], small_talk: bool, probe: str
) -> float | None:
    """The chance of off_topic at which a question is declined, None when the decliner may not read it: it must stand
    alone, not describe a job to find ("山で木を切る人の仕事って？"), nor be short ("dangerous?", or pointing back, "is
    that one physically tough": it leans on the turn before). One that names a page (or points back at the one in
    focus) and asks one of the pages' topics in cue words ("床屋さんになりたいけど、どうすればいい？": the barbers'
    page answers it) is declined only when the model is all but sure (DECLINE_PAGED); one that asks no topic in cue
    words on less (DECLINE_UNCUED)."""
    said = set(terms(probe)) - {"job", "it", "that", "this", "they", "them", "one"}  # "is it super high pressure?"
    short = len(said) < (MIN_POINTING if Cue.REFERS_BACK in cues else MIN_TERMS)  # "dangerous?": of the job in focus
    # Japanese leaves the job out of a follow-up: "一日の流れ教えて", "採用って狭き門？" lean on the turn before
    short = short or (not named and is_japanese(probe) and len(WORDLESS.sub("", probe)) <= SHORT_JA)
    # a whole new question opened as a follow-up, naming no job: "じゃあ今ビットコイン買っといた方がいいと思う？"
    opened = set(cues) == {Cue.ELLIPTICAL} and intent is None and not named and len(said) >= MIN_POINTING
    if not (standalone(intent, cues, small_talk) or opened) or Cue.WHICH_JOB in cues or short:
        return None
    if (named or Cue.REFERS_BACK in cues) and intent is not None and not inferred:  # "that track": the page in focus
        return DECLINE_PAGED
    return DECLINE if intent is not None and not inferred else DECLINE_UNCUED


def grams(text: str) -> dict[int, float]:
    """A text's hashed character 1-3-grams (lower case, spaces squashed), as a unit vector's non-zero entries."""
    said = " ".join(text.lower().split())
    counts = Counter(
        zlib.crc32(said[i : i + n].encode()) % FEATURES for n in GRAM_SIZES for i in range(len(said) - n + 1)
    )
    norm = math.sqrt(sum(count * count for count in counts.values())) or 1.0
    return {column: count / norm for column, count in counts.items()}


def sparse_grams(texts: list[str]) -> Any:
    """The hashed character grams of texts, one row each."""
    from scipy.sparse import csr_matrix  # noqa: PLC0415 (only to train)

    found = [grams(text) for text in texts]
    rows = [row for row, entries in enumerate(found) for _ in entries]
    columns = [column for entries in found for column in entries]
    values = [value for entries in found for value in entries.values()]
    return csr_matrix((values, (rows, columns)), shape=(len(texts), FEATURES), dtype=np.float32)
