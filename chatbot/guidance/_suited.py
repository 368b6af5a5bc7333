"""What suited people who described themselves alike: the nearest requests of a bank of labelled ones, each with
the jobs a good adviser would put in its top five.

The bank (suited_examples.jsonl, made by bench/suited_bank.py) holds the match requests of the blind guidance tuning
sets: people's own words, written from the pages by helpers who saw neither code nor output, with the acceptable
jobs each was checked against. A request's nearest NEIGHBOURS vote for their jobs, each vote its closeness to the
power SHARPNESS (the closest few decide), shared among its jobs. What the person said is read as matching reads it
(their likes, without their dislikes); English by the model, Japanese by word vectors. The votes weigh beside the
page words (and may bring in a job the words missed); every suggestion is still explained by its own page's lines,
interests and preparation only (chatbot.guidance._match), never by the requests that voted for it.

Measured set-wise in the product (each of the 62 guidance tuning sets voted on by the other sets only, as a held-out
set is; weights in chatbot.guidance._match), match P@5 over 1,961 requests, English / Japanese: without the votes
0.590 / 0.566; 5 neighbours at power 4 0.664 / 0.693; 8 at power 6 0.666 / 0.682; with the words' best kept first
(voted) 0.663 / 0.687. Offline, re-ranking the
suggestions already made: 10 neighbours lost 0.007 / 0.015 against 5, 20 lost 0.013 / 0.035.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np
from pydantic import BaseModel, Field

from chatbot.guidance._likes import likes
from chatbot.models import Lang
from chatbot.retrieval import cache_key, cached_array
from chatbot.text import is_japanese, with_page_words

BANK = Path(__file__).with_name("suited_examples.jsonl")
# The bank's 3,761 requests (sixty-second session), set-wise P@5 English / Japanese (bench/suited.py): 5 neighbours
# 0.7308 / 0.7408, 8 0.7318 / 0.7409 (at 2,801: 3 0.7155 / 0.7465, 5 0.7189 / 0.7459, 8 0.7218 / 0.7453). A tie
# broken for 8: a short request's one nearest neighbour decides less ("I'm great at math and enjoy computers": an
# electronics technician's request, nearest at 0.71, had brought robotics technicians into its five). At 5,841
# (sixty-third session) 6 0.7486 / 0.7477, 8 0.7488 / 0.7479, 12 0.7480 / 0.7454: still a tie.
NEIGHBOURS = 8
SHARPNESS = 4.0
# The votes' weight in a job's score (chatbot.guidance._match), beside its words scaled to their best. Match P@5 over
# the 62 guidance tuning sets, each voted on by the other sets only (as a held-out set is), English / Japanese: none
# 0.590 / 0.566, 0.3 / 0.5 0.649 / 0.663, 0.5 / 0.8 0.659 / 0.686, 0.8 / 1.2 0.664 / 0.693, 1.2 / 2.0 0.655 / 0.688.
LEARNED, LEARNED_JA = 0.8, 1.2


class Precedent(BaseModel):
    """One labelled request: what a person said and the jobs that suit it."""

    lang: Lang
    text: str  # the request, as they wrote it
    # What matching reads of it (said: its likes, with the pages' words), stored by bench/suited_bank.py: reading the
    # 2,000-odd requests' clauses takes 1 s, which the first match request would otherwise wait for on every start. A
    # test checks it is what said() gives now (regenerate the bank when the reading changes).
    read: str = ""
    # Its words (chatbot.text.terms), stored the same way for chatbot.guidance._worded: the Japanese ones take 1 s.
    words: list[str] = Field(default_factory=list)
    jobs: list[str]


def load_precedents(path: Path = BANK) -> list[Precedent]:
    """The bank's requests (none when the file is absent)."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Precedent.model_validate_json(line) for line in lines if line.strip()]


class Reader(Protocol):
    """What reads statements into vectors: chatbot.retrieval's Suitability."""

    def statement(self, text: str) -> np.ndarray | None: ...

    def statements(self, texts: list[str], japanese: bool) -> np.ndarray | None: ...

    def reader(self, japanese: bool) -> str | None: ...


class Precedents:
    """Votes of the bank's nearest requests (see the module docstring); shared between threads."""

    def __init__(
        self, reader: Reader, cache: Path | None, titles: set[str], bank: list[Precedent] | None = None
    ) -> None:
        """Args:
        titles: the jobs of the index: only requests with a job among them are read (an index of the seeds alone
            reads none, and embeds nothing).
        bank: the labelled requests (None: suited_examples.jsonl).
        """
        self.reader = reader
        self.cache = cache
        bank = load_precedents() if bank is None else bank
        self.bank = [item for item in bank if any(job in titles for job in item.jobs)]

    def votes(self, text: str, allowed: set[str]) -> dict[str, float]:
        """The jobs (among the allowed) that suited the requests nearest to what the person said, each with its
        share of the votes scaled to the best (1); none when nothing reads the text or no neighbour is close."""
        japanese = is_japanese(text)
        known, matrix = self.japanese if japanese else self.english
        vector = self.reader.statement(text) if len(known) else None
        if vector is None or not np.any(vector):
            return {}
        closeness = matrix @ (vector / np.linalg.norm(vector))
        found: dict[str, float] = {}
        for row in np.argsort(-closeness)[:NEIGHBOURS]:
            jobs = [job for job in known[row].jobs if job in allowed]  # the pages of this index only
            vote = max(float(closeness[row]), 0.0) ** SHARPNESS / len(known[row].jobs) ** 0.5  # a long list: less each
            for job in jobs if vote > 0 else []:  # a request unlike this one's says nothing for or against its jobs
                found[job] = found.get(job, 0.0) + vote
        best = max(found.values(), default=0.0)
        return {job: vote / best for job, vote in found.items()} if best > 0 else {}

    @cached_property
    def english(self) -> tuple[list[Precedent], np.ndarray]:
        return self.read(False)

    @cached_property
    def japanese(self) -> tuple[list[Precedent], np.ndarray]:
        return self.read(True)

    def read(self, japanese: bool) -> tuple[list[Precedent], np.ndarray]:
        """The bank's requests in one language and their unit vectors, kept in the cache folder by what read them
        and the texts (the 1,000 English ones take the model some 25 s)."""
        known = [item for item in self.bank if (item.lang == "ja") == japanese]
        texts = [item.read or said(item.text) for item in known]
        name = self.reader.reader(japanese)
        if name is None or not known:
            return [], np.zeros((0, 0), dtype=np.float32)
        path = self.cache / f"suited-{cache_key(name, texts)}.npy" if self.cache else None
        return known, cached_array(path, lambda: unit(self.reader.statements(texts, japanese)))

    def warm(self) -> None:
        """Read both languages' requests now."""
        _ = self.english, self.japanese


def voted(votes: dict[str, float], words: dict[str, float]) -> dict[str, float]:
    """The votes of people who said alike, with the job closest by the words given the most any job gets: it keeps
    its lead. A question that describes one job ("動物の病気やけがを治す仕事がしたい", "the trade where you put the big
    panes of glass in") is answered by its first suggestion, and requests alike in the bank, all people describing
    themselves, voted for the jobs around it (zookeepers before the veterinarians asked for)."""
    if not votes or not words:
        return votes
    return {**votes, next(iter(words)): max(votes.values())}


def said(text: str) -> str:
    """What a request says the person likes, as matching reads it (chatbot.guidance._match)."""
    return with_page_words(likes(text)[0])


def unit(matrix: np.ndarray | None) -> np.ndarray:
    """The rows scaled to length 1 (a row of zeros stays zeros)."""
    if matrix is None:
        return np.zeros((0, 0), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)
