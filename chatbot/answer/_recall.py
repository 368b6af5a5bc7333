"""Which earlier job a question means by the words of its title ("going back to the nurse one")."""

from __future__ import annotations

from chatbot.text import STOPWORDS, is_japanese, name_words, noun_phrases


def by_title(text: str, history: list[str]) -> str | None:
    """The one earlier job whose title has the most of the question's words ("the nurse one": Nurse Midwives;
    "水族館のほう": 水族館飼育員, by the longest of its nouns that a title contains); None on a tie."""
    if is_japanese(text):
        phrases = [phrase for phrase in noun_phrases(text) if len(phrase) >= 2]
        overlap = {job: max((len(p) for p in phrases if p in job), default=0) for job in history}
    else:
        words = set(name_words(text)) - STOPWORDS
        overlap = {job: len(words & set(name_words(job))) for job in history}
    ranked = sorted(overlap.values(), reverse=True)
    if not ranked or not ranked[0] or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(overlap, key=lambda job: overlap[job])
