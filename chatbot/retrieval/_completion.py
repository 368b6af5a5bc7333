"""A short Japanese job word completed by the rest of the question: "スーパーで品出ししてる。いつか店長になりたい"
names スーパー店長, not 銀行支店長; "一般事務だけど経理に移りたい" names 経理事務, not 経理課長."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from chatbot.models import JobEntry, JobLink
from chatbot.retrieval._names import TITLE_PART, Name, japanese_key

MIN_REST = 2  # the completing word: two characters at least ("スパ" of スーパー, after the keys' folding)
# A name said cut short: its first MIN_SHORT characters at least, and SHORT_SHARE of it ("太陽光発電のメンテ" of
# 太陽光発電のメンテナンス; not "太陽光発電の" alone, which begins three pages' names, nor a word of five or six
# that begins an alias: "マニュアル" of マニュアル作成, "ディスプレイ" of ディスプレイ装飾)
MIN_SHORT, SHORT_SHARE = 7, 0.6
PARTICLE = "ノ"  # の, as the keys fold it
LOANWORD, LOANWORD_END = re.compile(r"[ァ-ヶー]+"), re.compile(r"[ァ-ヶー]+$")


def completions(key: str, question: str, names: list[str], raw: str | None = None) -> list[str]:
    """The name keys that begin or end with KEY and whose other part the question (a key too; raw: as written)
    says elsewhere."""
    said = question.replace(key, " ")
    # a loanword said in katakana: the keys fold hiragana into katakana, so "店でパート" holds デパト (デパート)
    foreign = " ".join(japanese_key(run) for run in LOANWORD.findall(raw)) if raw is not None else said
    rests = [(name, name[len(key) :]) for name in names if name.startswith(key)]
    rests += [(name, name[: -len(key)]) for name in names if name.endswith(key)]
    return [name for name, rest in rests if len(rest) >= MIN_REST and says(rest, said, foreign)]


def says(rest: str, said: str, foreign: str) -> bool:
    """Whether a question says the rest of a name: whole, or its end ("教習所の指導員": 自動車教習指導員); one that
    ends in a loanword, that loanword whole and as a loanword ("イベントで…" says no コンサルタント: "広報の仕事って…
    イベントで…" is 広報・PR担当, not 広報コンサルタント)."""
    loanword = LOANWORD_END.search(rest)
    if loanword and len(loanword.group(0)) > MIN_REST:
        return loanword.group(0) in foreign
    if rest.endswith(PARTICLE):  # "保健室の…": said whole ("料理教室の先生" says 室の, no 保健室)
        return rest[: -len(PARTICLE)] in said
    return rest in said or rest[-MIN_REST:] in said


def trades(mention: str) -> list[str]:
    """The words a trade said by its shop or craftsman may be titled by: 鉄筋屋 -> 鉄筋 (鉄筋工), 塗装屋 -> 塗装工
    (建築塗装工), 家具職人 -> 家具製造; [] for a word said no such way."""
    if mention.endswith("屋") and len(mention) >= MIN_REST + 1:
        return [mention[:-1], mention[:-1] + "工"]
    if mention.endswith("職人") and len(mention) >= MIN_REST + 2:
        return [mention[:-2] + "製造"]
    return []


def cut_short(text: str, keys: list[str]) -> list[tuple[str, str]]:
    """The name keys whose beginning the text (a key too) says, cut short, with what it says of each: one test per
    name, as a name's longer beginnings hold its shortest one."""
    found = []
    for key in keys:
        least = max(MIN_SHORT, math.ceil(len(key) * SHORT_SHARE))
        if len(key) > least and key[:least] in text:
            said = next(key[:n] for n in range(len(key) - 1, least - 1, -1) if key[:n] in text)
            rest = said.rsplit(PARTICLE, 1)[-1] if PARTICLE in said else said  # not "植物工場の" of 植物工場の設計
            found += [(key, said)] if len(rest) >= MIN_REST else []
    return found


def short_named(
    text: str, keys: list[str], names: Mapping[tuple[bool, str], list[Name]], jobs: Mapping[str, JobEntry]
) -> list[JobLink]:
    """The job whose Japanese name the text (a key) says cut short, when one job's is (else none)."""
    found = {name.job: said for key, said in cut_short(text, keys) for name in names[(True, key)]}
    if len(found) != 1:
        return []
    return [JobLink(title=jobs[s].title, source=s, score=TITLE_PART, matched=said) for s, said in found.items()]
