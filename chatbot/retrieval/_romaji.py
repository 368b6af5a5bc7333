"""Japanese typed in the Latin alphabet: "kangoshi no shigoto naiyou oshiete" -> "看護師の仕事内容おしえて".

People without a Japanese keyboard type Japanese in romaji. Each word is read as kana (jaconv, a kept library);
a word that reads like one job's name becomes that name, the common question words become their usual spelling (so
the cue words match: 資格, 仕事内容), the topic particle "wa" becomes は, and the rest stays in hiragana. A text is
taken as romaji only when every word converts to kana, one of them is a Japanese particle or question word, and
none is an English word (so "is a nurse ok for me" stays English).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import jaconv

from chatbot.retrieval._english import english

LATIN_WORD = re.compile(r"[A-Za-z]+|[^A-Za-z\s]")
PARTICLES = {"wa": "は", "ha": "は", "wo": "を", "niwa": "には", "dewa": "では"}
# The words a question about a job is made of, as they are usually written (hiragana would miss the cue words).
# fmt: off
WRITTEN = {
    "shigoto": "仕事", "naiyou": "内容", "shikaku": "資格", "menkyo": "免許", "shiken": "試験", "nenshuu": "年収",
    "kyuuryou": "給料", "kyuuyo": "給与", "sukiru": "スキル", "hitsuyou": "必要", "nouryoku": "能力",
    "chishiki": "知識", "seikaku": "性格", "tekisei": "適性", "gakureki": "学歴", "daigaku": "大学",
    "gakkou": "学校", "senmongakkou": "専門学校", "kinmu": "勤務", "zangyou": "残業", "yasumi": "休み",
    "kyuujitsu": "休日", "hatarakikata": "働き方", "shourai": "将来", "kyaria": "キャリア", "keiken": "経験",
    "kenshuu": "研修", "benkyou": "勉強", "yarigai": "やりがい", "kanren": "関連", "shokugyou": "職業",
    "nani": "何", "donna": "どんな", "doushitara": "どうしたら", "dousureba": "どうすれば",
}
# fmt: on
# Japanese words that are also English, or look like it ("ii" is a Roman numeral, "no" and "to" English words).
JAPANESE_ONLY = {
    "no",
    "ni",
    "ga",
    "de",
    "mo",
    "ka",
    "to",
    "ne",
    "yo",
    "tte",
    "desu",
    "desuka",
    "masu",
    "masuka",
    "naru",
    "nari",
    "naritai",
    "oshiete",
    "ii",
    "dou",
    "sureba",
    "shitara",
    "nan",
    "kana",
    "kedo",
    "demo",
    "dake",
    "koto",
    "hito",
    "suru",
    "shitai",
    "sensei",
    "san",
}
ENGLISH_ZIPF = 3.0  # a word this common in English ("nurse", "is") says the text is English


def from_romaji(text: str, job_name: Callable[[str], str | None]) -> str | None:
    """The text written in Japanese when it is Japanese in romaji, else None.

    Args:
        job_name: the name of the one job whose name reads as the given katakana (None: no job, or several).
    """
    tokens = LATIN_WORD.findall(text)
    words = [token.lower() for token in tokens if token.isalpha()]
    if len(words) < 2 or any(ord(c) > 127 for c in text):
        return None
    plain = [word for word in words if word not in JAPANESE_ONLY and word not in PARTICLES]
    if any(english(word, ENGLISH_ZIPF) for word in plain if word not in WRITTEN):
        return None  # checked first: English is most of what is asked, and this is the cheap test
    kana = [jaconv.alphabet2kana(word) for word in words]
    if any(re.search(r"[a-z]", word) for word in kana):
        return None  # not every word is romaji ("th", "x", a double consonant at the end)
    names = {word: job_name(jaconv.hira2kata(reading)) for word, reading in zip(words, kana, strict=True)}
    if not any(word in JAPANESE_ONLY or word in PARTICLES or word in WRITTEN or names[word] for word in words):
        return None
    written = {
        word: names[word] or WRITTEN.get(word) or PARTICLES.get(word) or reading
        for word, reading in zip(words, kana, strict=True)
    }
    return "".join(written[token.lower()] if token.isalpha() else token for token in tokens)
