"""How often English uses a word, by wordfreq's word list (its data ships in its package): a word common enough is
meant as typed, not a misspelling of a name's word."""

from __future__ import annotations

MIN_ZIPF = 2.0  # an English word at least this frequent is a word, not a typo


def frequency(word: str) -> float:
    """How often English uses a word (wordfreq's Zipf scale, 0 for none)."""
    from wordfreq import zipf_frequency  # its word list loads on first use: ~0.3 s, ~35 MB

    return zipf_frequency(word, "en")


def english(word: str, zipf: float = MIN_ZIPF) -> bool:
    """True for a word English uses often enough to be one."""
    return frequency(word) >= zipf


def load_word_list() -> None:
    """Import wordfreq and load its English list now: the first question with a word the pages never use
    ("electricians") otherwise waits for both (~0.6 s on 2 cores)."""
    english("word")
