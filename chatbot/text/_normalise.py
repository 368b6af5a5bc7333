"""Cleaning text: case and width folding, whitespace, control characters. One meaning per name."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls with tab and line breaks: a question becomes one line.
LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# C0 but tab and line ends, DEL, C1 (terminal escapes): page lines keep their layout.
PAGE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
HALF_CHARACTER = re.compile(r"[\ud800-\udfff]")  # a lone surrogate: an undecodable byte of argv or stdin


def fold(text: str) -> str:
    """NFKC and case folding, the form text is compared in: "ＣＥＯ　Ｐｌｕｍｂｅｒｓ" -> "ceo plumbers"."""
    return unicodedata.normalize("NFKC", text).casefold()


def squash_spaces(text: str) -> str:
    """Whitespace collapsed to single spaces, none at the ends: "a\\n  b " -> "a b".

    split/join, not a regular expression: the same for every code point (checked over all of Unicode), 4x faster
    on a long section."""
    return " ".join(text.split())


def clean_question(question: str) -> str:
    """The question as one line of printable text: controls become spaces, undecodable bytes U+FFFD.

    " how do I\\x00become a\\n mayor\\x1b[1m " -> "how do I become a mayor [1m"
    """
    return " ".join(HALF_CHARACTER.sub("\ufffd", LINE_CONTROLS.sub(" ", question)).split())


def strip_controls(line: str) -> str:
    """A page line without control characters that could garble a terminal (tabs stay)."""
    return PAGE_CONTROLS.sub("", line)


def kana_fold(text: str) -> str:
    """Hiragana as katakana, so a name matches however its kana are written: "ぱてぃしえ" -> "パティシエ"."""
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


# Words the jobtag titles write in kana that people type in kanji: "醤油づくり" is しょうゆ製造, "蕎麦職人" そば・うどん
# 調理人. Read off the 18 titles with a word in hiragana; left out, those the pages' own words already find ("寿司",
# "梱包", "鍼灸", "鳶", "漬物", "鞄": each asked alone, the page was cited first before this table).
IN_KANA = {
    "醤油": "しょうゆ",
    "味噌": "みそ",
    "蕎麦": "そば",
    "饂飩": "うどん",
    "缶詰": "かん詰",
    "瓶詰": "びん詰",
    "練り製品": "ねり製品",
    "練製品": "ねり製品",
    "お医者さん": "医者さん",  # the polite お dropped: "精神科のお医者さん" is 精神科医 as "精神科の医者さん" is
}
IN_KANA_WORD = re.compile("|".join(IN_KANA))


def as_titled(text: str) -> str:
    """A Japanese question with the words the titles write in kana written so: "醤油づくり" -> "しょうゆづくり"."""
    return IN_KANA_WORD.sub(lambda match: IN_KANA[match.group(0)], text)
