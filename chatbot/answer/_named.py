"""Whether a job is the one a name a person used means, when no title or alias is that name: its page says the name,
or (Japanese) its title is the name written with another word for part of it ("ビル掃除": ビル清掃)."""

from __future__ import annotations

from difflib import SequenceMatcher

from chatbot.retrieval import Retriever
from chatbot.text import is_japanese

SHARED = 0.75  # of the name's characters the title must have ("ビル掃除" in ビル清掃: ビ, ル, 掃 of four)
MIN_NAME = 3  # characters: a shorter name shares its few with too many titles
MIN_RUN = 2  # characters the two share in one run ("ビル"): scattered single kanji are chance


def says_name(retriever: Retriever, job: str, name: str) -> bool:
    """Whether the job's page says the name, or the trade of a shop form ("害虫駆除屋": the page says 害虫駆除), or
    its title is the name partly reworded."""
    library = retriever.library
    return library.says(job, name) or (name.endswith("屋") and library.says(job, name[:-1])) or reworded(name, job)


def reworded(name: str, title: str) -> bool:
    """Whether a Japanese title has most of a name's characters, some of them in one run ("ビル掃除": ビル清掃)."""
    if not is_japanese(name) or len(name) < MIN_NAME:
        return False
    shared = sum(char in title for char in name) / len(name)
    run = SequenceMatcher(None, name, title, autojunk=False).find_longest_match().size
    return shared >= SHARED and run >= MIN_RUN
