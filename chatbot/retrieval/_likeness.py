"""Which Japanese names a word the question uses is like: their end, their start, their abbreviation, or a near
spelling (JobLinker.by_likeness picks the jobs from the names found here)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.models import JobLink
from chatbot.retrieval._names import PARENTHESES, PLACE, QUALIFIER, Name, japanese_key
from chatbot.text import is_japanese, one_word, reading

LIKENESS = 0.8  # one edit in five characters
LONG_NAME, LIKENESS_LONG = 8, 0.75  # a name of eight characters or more: two edits in nine
SHORT_NAME = 3
SAME_SOUND = {"士": "師", "師": "士"}  # worker endings read alike
LOANWORD = re.compile(r"[ァ-ヶー]+")
KANJI = re.compile(r"[一-鿿]+")
ACRONYM = re.compile(r"[a-z]{3,5}")  # a Latin acronym as the keys fold it ("dtp", "cad")
TRUNCATED = re.compile(r"[ァ-ヶー]{4,}$")  # a loanword people cut short: コンサル, インストラ
VOICING = "\u3099\u309a"  # the combining voiced and semi-voiced marks (゛ ゜)
Texts = Callable[[], Iterable[str]]  # the pages' texts, read when first needed


class Keys:
    """Name keys with the few a word could be like at hand: by first and last character and by length. A question's
    word is checked against those, not all 2,441 (measured: like_names took 6 ms a Japanese match request at the
    median and 35 ms at p95 when every check read every key)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.all = list(dict.fromkeys(keys))
        self.at = {name: n for n, name in enumerate(self.all)}  # the order the buckets keep
        self.first: dict[str, list[str]] = defaultdict(list)
        self.last: dict[str, list[str]] = defaultdict(list)
        self.length: dict[int, list[str]] = defaultdict(list)
        for name in self.all:
            self.first[name[:1]].append(name)
            self.last[name[-1:]].append(name)
            self.length[len(name)].append(name)

    def begun(self, key: str) -> list[str]:
        """The keys that begin with the key's first character."""
        return self.first.get(key[:1], [])

    def around(self, key: str, slot: bool) -> list[str]:
        """The keys that end with the key's last character or, in the slot, begin with its first, in order."""
        ending = self.last.get(key[-1:], [])
        return sorted({*ending, *self.begun(key)}, key=self.at.__getitem__) if slot else ending

    def sized(self, size: int) -> list[str]:
        """The keys of this many characters."""
        return self.length.get(size, [])


def like_names(key: str, keys: Keys | list[str], slot: bool, spelled: Callable[[], bool] = lambda: False) -> list[str]:
    """The name keys that KEY ends ("調律師": ピアノ調律師) or, in the question's job slot, begins ("ケアマネ"),
    abbreviates ("社労士": 社会保険労務士) or nearly spells ("ネイルリスト": ネイリスト). spelled: whether the pages
    spell the word so: then it is no misspelling ("ベルスタッフ", one edit from ホールスタッフ, is a hotel's porter
    on the page of 接客担当（ホテル・旅館）); asked only when nothing else is found."""
    if not key:
        return []
    names = keys if isinstance(keys, Keys) else Keys(keys)
    half = [name for name in names.around(key, slot) if len(key) * 2 >= len(name)]  # half a name at least
    starting = [name for name in half if name.endswith(key) or (slot and name.startswith(key))]
    # "経営コンサル": 経営コンサルタント, its last loanword cut short (not "アニメ", a word of its own)
    cut = TRUNCATED.search(key)
    if not starting and cut and not one_word(cut.group(0)):
        begun = [name for name in names.begun(key) if len(key) * 2 >= len(name)]
        starting = [name for name in begun if name.startswith(key) and whole_loanword(name, cut.start(), len(key))]
    if not starting and slot and LOANWORD.fullmatch(key) and len(key) >= SHORT_NAME:  # "エステの仕事": the one
        # name whose first loanword is a longer word of its own begun by it (エステティシャン; not カメラ of カメラ
        # マン and a second name, nor インテリア of インテリアコーディネーター, two words)
        longer = [name for name in names.begun(key) if name.startswith(key) and whole_loanword(name, 0, len(key))]
        starting = longer if len(longer) == 1 else []
    if not starting and slot and ACRONYM.fullmatch(key):  # "DTPの仕事": the names it begins, said in Japanese after
        begun = [n for n in names.begun(key) if len(n) > len(key) and n.startswith(key)]  # (DTPオペ…)
        starting = [name for name in begun if is_japanese(name[len(key)])]
    if not starting and slot:  # "社労士": 社会保険労務士, its characters in order, first and last kept
        starting = [name for name in names.begun(key) if abbreviates(key, name)]
    if not starting and slot and LOANWORD.fullmatch(key) and len(key) > SHORT_NAME:  # "ファンマネ": the one
        clipped = [name for name in names.begun(key) if clips(key, name)]  # loanword name of two, each cut short
        starting = clipped if len(clipped) == 1 else []
    if not starting and slot:  # "プラスチック成形機": a name of four or more and one character more (what it runs)
        starting = [key[:-1]] if len(key) > SHORT_NAME + 1 and key[:-1] in names.at else []
    typo = not starting and slot and not spelled()
    if typo:
        # The cut-off checked here, not as extractOne's score_cutoff: rapidfuzz 3.14 turns a cut-off of 0.8
        # into a distance that drops a score of exactly 0.8 ("パテシエ" for パティシエ, one edit in five).
        least = LIKENESS_LONG if len(key) >= LONG_NAME else LIKENESS  # "ペットショプ点員": two edits in nine
        # 士 and 師 (both read し) are typed for each other: "従道整復士" is 柔道整復師 misspelt once more
        for typed in dict.fromkeys([key, key[:-1] + SAME_SOUND.get(key[-1:], key[-1:])]):
            found = process.extractOne(typed, names.all, scorer=OSA.normalized_similarity)
            starting = starting or ([found[0]] if found and found[1] >= least else [])
    if not starting and typo and len(key) > SHORT_NAME:  # "ソムエリ": ソムリエ, two characters swapped (one edit in
        # four, under LIKENESS as a ratio): only the one name that has the same characters
        swapped = [n for n in names.sized(len(key)) if sorted(n) == sorted(key) and OSA.distance(key, n) == 1]
        starting = swapped if len(swapped) == 1 else []
    if not starting and typo:  # "バーテンター": バーテンダー, a voiced sound heard or typed unvoiced
        starting = [name for name in names.sized(len(key)) if unvoiced(name) == unvoiced(key)]
    if not starting and typo and len(key) == SHORT_NAME:  # "薬済師": 薬剤師, a kanji mistyped between the same first
        # and last (one edit in three is too loose as a ratio: only the one name of that shape counts)
        shaped = [name for name in names.sized(SHORT_NAME) if (name[0], name[-1]) == (key[0], key[-1])]
        # else any one kanji mistyped ("職布工": 織布工), when only one name is that near
        near = shaped or [name for name in names.sized(SHORT_NAME) if OSA.distance(key, name) == 1]
        # "鉄金工": 鉄筋工 and 鉄骨工 share its shape; the one read alike (テツキンコウ, テッキンコウ) is meant
        near = [name for name in near if OSA.distance(reading(key), reading(name)) <= 1] if len(near) > 1 else near
        starting = near if len(near) == 1 else []
    if not starting and typo and len(key) > SHORT_NAME:  # "報送記者": 放送記者, one kanji typed as another of its
        # sound (the input method's slip), not any one kanji ("植物製造": no 漬物製造); or a word of two ("図書偏執者")
        near = [name for name in names.sized(len(key)) if homophone_slip(key, name)]
        starting = near if len(near) == 1 else []
    return starting


def clips(short: str, name: str) -> bool:
    """Whether a loanword is a name of two loanwords each cut to its start ("ファンマネ": ファン|ド, マネ|ージャー)."""
    if not LOANWORD.fullmatch(name) or len(name) < len(short) + 3 or name.startswith(short):
        return False
    return any(name.startswith(short[:cut]) and short[cut:] in name[cut + 1 :] for cut in range(2, len(short) - 1))


def homophone_slip(typed: str, name: str) -> bool:
    """Whether two words differ in one character only, the two read alike on their own ("報" and "放": ホウ), or
    in one word of two kanji read nearly alike ("偏執", "編集": ヘンシツ, ヘンシュウ; the input method offers both)."""
    at = [n for n, (a, b) in enumerate(zip(typed, name, strict=True)) if a != b]
    if len(at) == 1:
        return reading(typed[at[0]]) == reading(name[at[0]])
    if len(at) != 2 or at[1] != at[0] + 1 or not KANJI.fullmatch(typed[at[0] : at[1] + 1] + name[at[0] : at[1] + 1]):
        return False
    said, meant = reading(typed[at[0] : at[1] + 1]), reading(name[at[0] : at[1] + 1])
    return said[:3] == meant[:3] and OSA.distance(said, meant) <= 2  # not 製薬 for 清酒 (セイヤク, セイシュ)


def whole_loanword(name: str, start: int, cut: int) -> bool:
    """Whether the name's loanword from START runs on past the cut as one word: コンサル|タント in 経営コンサルタント,
    not ネットショップ|オペレーター (two words)."""
    run = LOANWORD.match(name, start)
    return run is not None and run.end() > cut and one_word(run.group(0))


@lru_cache(maxsize=20_000)
def unvoiced(text: str) -> str:
    """Kana without their voicing marks: "バテンダ" -> "ハテンタ"."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in VOICING))


ABBREVIATION_SHARE = (2, 5)  # a short form keeps two in five of the name's characters at least
# …and ends on one of the name's last three: its worker ending (社労士), or the first of its last word's two or three
# characters ("訪販" of 訪問販売, "介福" of 介護福祉士), as Japanese short forms keep each word's first character
ABBREVIATION_END = 3


def abbreviates(short: str, name: str) -> bool:
    """Whether a Japanese word is the usual kind of short form of a name: its characters in order, the first the
    name's own and the last one of its last three (ABBREVIATION_END), at least two left out and two in five kept
    ("社労士" of 社会保険労務士; "ガドマン" is no short form of ガソリンスタンドサビスマン, four of thirteen)."""
    if len(name) < len(short) + 2 or short[0] != name[0] or short[-1] not in name[-ABBREVIATION_END:]:
        return False
    if len(short) * ABBREVIATION_SHARE[1] < len(name) * ABBREVIATION_SHARE[0]:
        return False
    rest = iter(name)
    return all(char in rest for char in short)


# A Japanese title's bracket that names a worker ("（板前）", "（レンジャー）", "（PT）"), not a field or place
# ("（自動車）", "（ホテル・旅館）"): only a worker's name names the job on its own.
WORKER_JA = re.compile(r"(工|士|師|員|官|者|人|家|手|屋|板前|等|ク|ャー|ナー|ター|ヤー|ジャー|[A-Z]{2,6})$")


def bracket_share(name: str, title: str, text: str) -> float:
    """How much of its weight a title's bracket keeps in a text: all when it names a worker or the text also says
    the job after it ("受託開発のシステムエンジニア", "基盤システムのSE"); else it is a field, worth no more than a
    place ("自動車工場で…" names no 自動運転開発エンジニア（自動車）)."""
    if not is_japanese(name) or f"（{name}）" not in title or WORKER_JA.search(name):
        return 1.0
    said_with_job = PARENTHESES.sub("", title).strip() in text or f"{name}の" in text
    return 1.0 if said_with_job else PLACE / QUALIFIER


class PageText:
    """The Japanese pages' own text as one string, to tell a word they spell so ("ベルスタッフ") from a misspelt
    name (a Japanese question has no word boundaries to look up, as English words are in the speller's list)."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    @cached_property
    def joined(self) -> str:
        """The texts, one per line (built on first use: some 2 million characters, 0.1 s, for the 556 jobtag pages)."""
        return "\n".join(text for text in self.texts() if is_japanese(text))

    def says(self, word: str) -> bool:
        """Whether the pages spell this word so (a loanword looked for among their loanwords alone: a seventh of
        the text, so a question's every katakana word is checked in some 0.1 ms, not 0.9)."""
        if LOANWORD.fullmatch(word):
            return len(word) > 1 and word in self.loanwords
        return len(word) > 1 and word in self.joined

    @cached_property
    def loanwords(self) -> str:
        """The pages' katakana runs, one per line: a katakana word they spell lies inside one of them."""
        return "\n".join(LOANWORD.findall(self.joined))


def told_apart(found: list[str], key: str, context: str) -> list[str]:
    """Of the names a word ends ("事務官": 税務事務官, 検察事務官), the one whose other words the sentence saying it
    says ("検察庁で検事のサポートをする事務官"; not "イベント会社で…。結婚式のプランナーに": the person's own job);
    all of them when not one alone is."""
    if len(found) < 2:  # nothing to tell apart: the question is not read again
        return found
    around = " ".join(part for part in re.split(r"[。?!？！]", japanese_key(context)) if key in part)
    told = [name for name in found if (lead := name.removesuffix(key)) != name and lead and lead in around]
    return told if len(told) == 1 else found


def names_worker(names: list[Name]) -> bool:
    """Whether a Japanese name is a worker's, not only a title's bracketed qualifier ("ジェットエンジン")."""
    return any(name.weight != QUALIFIER for name in names)


TITLE_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|/")


def said_whole(link: JobLink) -> bool:
    """Whether the name a link was found by is a whole item of its title, not one modified there: "writer" is
    "Writers and Authors"' first item, but the "Creative Writers" of "Poets, Lyricists and Creative Writers" (the
    first tells apart two links found by the same name alike)."""
    said = link.matched.casefold().removesuffix("s")
    return any(item.casefold().removesuffix("s") == said for item in TITLE_ITEMS.split(link.title))
