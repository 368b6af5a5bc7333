"""Search terms: stemmed English words without stopwords, plus Japanese content words (MeCab).

Japanese has no spaces: MeCab (fugashi) with the UniDic-lite dictionary, both from PyPI, cuts it into words; on the
development set this beat overlapping character bigrams (docs/benchmarks.md). This is the one place text becomes
terms, for BM25 over the chunks and for the questions alike.

A fugashi Tagger is not thread-safe: it reads a word's features lazily from MeCab's lattice, which the next call
reuses, so two threads sharing one tagger get each other's words (4 threads for 6 s: 440 wrong term lists). Each
thread therefore has its own tagger (and stemmer) (tests/text/test_terms.py runs threads against the serial result).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from chatbot.text._normalise import fold, kana_fold
from chatbot.text._script import JAPANESE_CHARS

if TYPE_CHECKING:
    from fugashi import Tagger
    from Stemmer import Stemmer

Tokenizer = Callable[[str], list[str]]
TOKENIZER = "words+mecab-unidic-lite/1"  # stored with the term counts: change it when terms() changes
TOKEN = re.compile(rf"([{JAPANESE_CHARS}]+)|([^\W_{JAPANESE_CHARS}]+)")  # a Japanese run, or a word
FUNCTION_WORDS = ("助詞", "助動詞", "補助記号", "記号", "空白")  # UniDic parts of speech that carry no topic
# fmt: off
STOPWORDS = frozenset(
    [
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does",
        "doing", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "its", "me", "my", "of",
        "on", "or", "our", "should", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "to", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will",
        "with", "would", "you", "your"
    ]
)
# fmt: on


_local = threading.local()  # this thread's tagger and stemmer


def stemmer() -> Stemmer:
    """This thread's Snowball English stemmer (PyStemmer, C code; its objects are not thread-safe either)."""
    found: Stemmer | None = getattr(_local, "stemmer", None)
    if found is None:
        import Stemmer

        found = _local.stemmer = Stemmer.Stemmer("english")
    return found


def tagger() -> Tagger:
    """This thread's MeCab with the UniDic-lite dictionary that ships inside the unidic-lite package (nothing is
    downloaded). One per thread: see the module docstring."""
    found: Tagger | None = getattr(_local, "tagger", None)
    if found is None:
        import fugashi
        import unidic_lite

        rc = os.path.join(unidic_lite.DICDIR, "mecabrc")
        found = _local.tagger = fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r "{rc}"')
    return found


def one_word(text: str) -> bool:
    """Whether Japanese text is one word of the dictionary: "アニメ" is, "コンサル" (コン|サル) is not, nor a run
    the dictionary does not know ("ネットショップオペレタ")."""
    words = tagger()(text)
    return len(words) == 1 and not words[0].is_unk


def japanese_words(run: str) -> list[str]:
    """Content words of Japanese text in dictionary form: "大工に就きたい" -> ["大工", "就く"]."""
    return [word.feature.orthBase or word.surface for word in tagger()(run) if word.feature.pos1 not in FUNCTION_WORDS]


def terms(text: str) -> list[str]:
    """BM25 terms: stemmed words without stopwords, and the content words of Japanese runs.

    "Electricians' training 大工になるには" -> ["electrician", "train", "大工", "なる"]
    """
    out: list[str] = []
    latin: list[str] = []
    for match in TOKEN.finditer(fold(text)):
        japanese, word = match.groups()
        if japanese:
            out.extend(japanese_words(japanese))
        elif word not in STOPWORDS:
            latin.append(word)
    return (stemmer().stemWords(latin) if latin else []) + out


@lru_cache(maxsize=50_000)
def term_set(text: str) -> frozenset[str]:
    """The terms of a text as a set, kept: the same page lines and sections are read for many questions."""
    return frozenset(terms(text))


def reading(text: str) -> str:
    """The katakana reading of Japanese text as MeCab reads it, spaces dropped: "区長" -> "クチョウ",
    "美用師" -> "ビヨウシ" (so a wrong kanji of the same sound, or 士 for 師, reads like the right one)."""
    words = tagger()("".join(text.split()))
    return "".join(kana_fold(word.feature.kana or word.surface) for word in words)


def noun_phrases(text: str) -> list[str]:
    """Runs of nouns in Japanese text, the words a job would be named by: "ピアノの調律師という道" ->
    ["ピアノ", "調律師", "道", "ピアノ調律師"]. A noun's suffix stays with it ("添乗" + "員": "添乗員"); two runs
    joined by の are also read as one ("タクシーの運転手": タクシー運転手, the title), after the runs."""
    phrases: list[str] = []
    joined: list[str] = []
    run: list[str] = []
    before: str | None = None  # the run just ended, when の follows it at once
    for word in tagger()(text):
        if word.feature.pos1 == "名詞" or (run and word.feature.pos1 == "接尾辞" and word.feature.pos2 == "名詞的"):
            run.append(word.surface)
            continue
        phrase = ended(run, before, phrases, joined)
        before = phrase if word.surface == "の" else None
        run = []
    ended(run, before, phrases, joined)
    return phrases + [phrase for phrase in joined if phrase not in phrases]


def ended(run: list[str], before: str | None, phrases: list[str], joined: list[str]) -> str | None:
    """Record a run of nouns that has ended (and it joined to the run before it by の); the run, or None."""
    if not run:
        return None
    phrase = "".join(run)
    phrases.append(phrase)
    if before:
        joined.append(before + phrase)
    return phrase
