"""A name several Japanese titles share before their brackets, told apart by a word of one bracket said beside it:
"じゃあ監査やる方のセキュリティエキスパートだと？" names セキュリティエキスパート（情報セキュリティ監査）, not the
operations, forensics or vulnerability-testing siblings the bare name links to as well (found in tune71_dialogue)."""

from __future__ import annotations

import re
from collections import defaultdict

from chatbot.models import JobLink
from chatbot.text import is_japanese

BRACKET = re.compile(r"（(?P<words>[^）]+)）")
RUN = re.compile(r"[一-龥]{2,}|[ァ-ヶー]{2,}")  # a bracket's words: runs of kanji or of katakana


def bracket_said(text: str, links: list[JobLink]) -> list[JobLink]:
    """The links, where titles that differ only in their brackets share one name and the text says a word of only
    one's bracket, with that one in their place at their summed weight."""
    if not is_japanese(text):
        return links
    siblings: dict[str, list[JobLink]] = defaultdict(list)
    for link in links:
        siblings[link.matched].append(link)
    for name, same in siblings.items():
        if len(same) < 2 or len({BRACKET.sub("", link.title) for link in same}) > 1:
            continue  # one job, or names of different jobs ("営業": 営業事務 and 食品営業（食品メーカー）)
        rest = text.replace(name, " ")
        told = [link for link in same if any(run in rest for run in bracket_words(link.title))]
        if len(told) == 1:
            one = told[0].model_copy(update={"score": round(sum(link.score for link in same), 4)})
            links = [one if link is told[0] else link for link in links if link is told[0] or link not in same]
    return links


def bracket_words(title: str) -> list[str]:
    """The runs of kanji or katakana of a title's bracket: "（情報セキュリティ監査）" -> 情報, セキュリティ, 監査."""
    found = BRACKET.search(title)
    return RUN.findall(found.group("words")) if found else []
