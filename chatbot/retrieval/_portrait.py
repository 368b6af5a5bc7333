"""A person describing themselves, read by the labelled examples rather than by cue words.

"Most evenings I'm out in my garage building furniture - a dining table, a bookshelf. During the day I work at a
call center and I hate it." asks nothing in words, and "school", "certificate" or 夜勤 in such a portrait fire the
cue words of a question about one job (become, qualifications, work style). The examples labelled "match" (the
match requests of the blind guidance tuning sets, bench/intent_bank.py) know the shape of a portrait; when a text
is long enough to be one and its nearest examples agree it is, it asks which jobs suit the person.
"""

from __future__ import annotations

import re

from chatbot.models import Intent, JobLink
from chatbot.retrieval._meaning import PORTRAIT, Meaning
from chatbot.retrieval._scope import decides, is_small_talk
from chatbot.text import fold, is_japanese, language_of, name_words

FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|i'd|i'll|my|me|myself)\b")
MIN_FIRST_PERSON = 2  # English: "I ... my ...": one "I" is any question ("can I become a pilot at 40?")
SENTENCE = re.compile(r"[。！!？?.\n]")
MIN_SENTENCES_JA = 2  # Japanese: "人と関わるのが苦手。夜勤OK。高卒。": several statements, not one question
# The way into the work described, asked last: "I'd like to drive buses for a living. How do I start?"
HOW_ASKED = re.compile(r"\bhow (do|can|would|should|could) (i|you|one)\b|どうすれば|どうやって|なるには|なれる")


def portrays_self(
    text: str, probe: str, named: list[JobLink], mention: str | None, meaning: Meaning, intent: Intent | None
) -> bool:
    """Whether the text is a person describing themselves to be matched with jobs (probe: its asked part with job
    names masked, as the examples were stored; intent: what its cue words read). Not when it asks of a job it
    names: a job in its slot ("tell me about the X job", "動物園の飼育員って…向き？") or in its last sentence; a
    job named before, as theirs, is part of the portrait ("I've been a cashier for 9 years. ... What fits?"). Not
    a comparison, small talk, a decision asked for ("should I quit?"), or the way into the work it describes."""
    said, lang = fold(text), language_of(text)
    last = [part for part in SENTENCE.split(said) if part.strip()][-1:] or [said]
    if mention is not None or any(said_in(link.matched, last[0]) for link in named):
        return False
    if intent is Intent.COMPARE or is_small_talk(text) or decides(said) or HOW_ASKED.search(last[0]):
        return False
    if lang == "en" and len(FIRST_PERSON.findall(said)) < MIN_FIRST_PERSON:
        return False
    if lang == "ja" and len([part for part in SENTENCE.split(said) if part.strip()]) < MIN_SENTENCES_JA:
        return False
    return meaning.classify(probe, lang) == PORTRAIT


def said_in(name: str, sentence: str) -> bool:
    """Whether a job's name is said in a sentence, English by singular words ("Motorboat Mechanics" in "tell me
    about the motorboat mechanic job")."""
    if is_japanese(name):
        return fold(name) in sentence
    return f" {' '.join(name_words(name))} " in f" {' '.join(name_words(sentence))} "
