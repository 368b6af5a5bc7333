"""The words of the people each job suited: for every job, the words of the bank's requests it suited
(suited_examples.jsonl, see chatbot.guidance._suited) as one weighted profile; a new request is close to a job
whose suited people used its words ("fix cars" for the automotive technicians, "動物" for 動物飼育員) even where
the job's own page words it otherwise.

The nearest requests' votes (_suited.Precedents) read a request whole, by its vector, and hear only five neighbours;
this hears every request the job suited, word by word. Measured offline over the 66 guidance tuning sets, six folds
by set (each fold's requests scored against profiles made from the other folds' requests only, as a held-out set is),
re-ranking the candidates matching has made, English / Japanese P@5 from 0.669 / 0.696: at a weight of 3 (of the
best candidate's score) 0.724 / 0.760, 5 0.722 / 0.769, 8 0.715 / 0.769; every fold gains (English 0.035-0.067,
Japanese 0.052-0.108 at 5 / 8); with the first candidate kept first (chatbot.guidance._match.reworded), 0.719 /
0.758 at 3 / 5. The requests' likes alone (what matching reads, without dislikes) instead of their whole text:
0.722 / 0.753. The job's mean request vector instead of its words: 0.679 / 0.707 at best.

Hand-written rather than scikit-learn's TfidfVectorizer (the same weighting: sublinear counts, smoothed idf, unit
length): importing sklearn.feature_extraction costs some 3 s at start, and the profiles are built from the words the
pages are searched by (chatbot.text.terms: stems, Japanese words).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from statistics import median

from chatbot.text import is_japanese, terms

Profile = dict[str, float]  # term -> weight, of unit length


class Worded:
    """Per language, each job's profile of the words of the requests it suited."""

    def __init__(self, requests: Iterable[tuple[str, list[str], list[str]]]) -> None:
        """requests: (language, words, the jobs that suit it) of each labelled request (its words: terms(text))."""
        said: dict[str, dict[str, Counter[str]]] = {"en": {}, "ja": {}}
        for lang, said_words, jobs in requests:
            words = Counter(said_words)
            for job in jobs:
                said[lang].setdefault(job, Counter()).update(words)
        self.idf = {lang: inverse_frequency(docs.values()) for lang, docs in said.items()}
        self.jobs = {lang: {job: weighed(c, self.idf[lang]) for job, c in docs.items()} for lang, docs in said.items()}

    def closeness(self, text: str, titles: list[str]) -> dict[str, float]:
        """The cosine of the text's words with each of these jobs' profiles; a job no request was suited to scores
        the median of those that have one (it is not known to be worse); none when no job has one."""
        lang = "ja" if is_japanese(text) else "en"
        query, jobs = weighed(Counter(terms(text)), self.idf[lang]), self.jobs[lang]
        known = {t: sum(w * jobs[t].get(term, 0.0) for term, w in query.items()) for t in titles if t in jobs}
        if not known:
            return {}
        middle = median(list(known.values()))
        return {title: known.get(title, middle) for title in titles}


def inverse_frequency(docs: Iterable[Counter[str]]) -> dict[str, float]:
    """Each word's smoothed inverse document frequency over the jobs' profiles."""
    counts = list(docs)
    found = Counter(word for doc in counts for word in doc)
    return {word: math.log((1 + len(counts)) / (1 + n)) + 1 for word, n in found.items()}


def weighed(counts: Counter[str], idf: dict[str, float]) -> Profile:
    """Sublinear counts times idf, scaled to unit length (words no profile has weigh nothing)."""
    raw = {word: (1 + math.log(n)) * idf[word] for word, n in counts.items() if n > 0 and word in idf}
    length = math.sqrt(sum(w * w for w in raw.values()))
    return {word: w / length for word, w in raw.items()} if length else {}
