"""Which writing system a text uses: Japanese (kana or kanji) or not."""

from __future__ import annotations

import re

from chatbot.models import Lang

JAPANESE_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006"  # kana, kanji, 々〆
JAPANESE = re.compile(rf"[{JAPANESE_CHARS}\uff66-\uff9f]")  # and half-width katakana
LATIN = re.compile(r"[A-Za-z]")


def is_japanese(text: str) -> bool:
    """True when the text has any kana or kanji: "区長になるには" -> True, "ward mayor" -> False."""
    return JAPANESE.search(text) is not None


def mostly_japanese(text: str) -> bool:
    """True when at least a third of the letters are Japanese: "大工になる" -> True, "a 大工 (carpenter)" -> False."""
    japanese = len(JAPANESE.findall(text))
    latin = len(LATIN.findall(text))
    return japanese > 0 and japanese >= (japanese + latin) / 3


def language_of(text: str) -> Lang:
    """ "ja" when the text has any kana or kanji, else "en": "区長になるには" -> "ja"."""
    return "ja" if is_japanese(text) else "en"
