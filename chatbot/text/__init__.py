"""Text: which script it is in, how it is cleaned and folded, and the terms and name words it is made of."""

from chatbot.text._alternation import AnyOf
from chatbot.text._everyday import with_page_words
from chatbot.text._normalise import as_titled, clean_question, fold, kana_fold, squash_spaces, strip_controls
from chatbot.text._script import JAPANESE_CHARS, is_japanese, language_of, mostly_japanese
from chatbot.text._terms import (
    STOPWORDS,
    TOKENIZER,
    Tokenizer,
    japanese_words,
    noun_phrases,
    one_word,
    reading,
    stemmer,
    term_set,
    terms,
)
from chatbot.text._words import BREAK, common_words, described, name_breaks, name_words, replace_name_words, singular

__all__ = [
    "AnyOf",
    "as_titled",
    "BREAK",
    "JAPANESE_CHARS",
    "STOPWORDS",
    "TOKENIZER",
    "Tokenizer",
    "clean_question",
    "common_words",
    "described",
    "fold",
    "is_japanese",
    "japanese_words",
    "kana_fold",
    "language_of",
    "mostly_japanese",
    "name_breaks",
    "name_words",
    "noun_phrases",
    "one_word",
    "reading",
    "replace_name_words",
    "singular",
    "squash_spaces",
    "stemmer",
    "strip_controls",
    "term_set",
    "terms",
    "with_page_words",
]
