"""What a person's words say of their interests, on the six RIASEC scales the pages score jobs on.

A word list per scale, English and Japanese (Holland's definitions, as O*NET's Interest Profiler words them):
Realistic — hands-on work with things, tools, machines, plants, animals, outdoors; Investigative — ideas,
science, research, analysis; Artistic — creating, designing, performing, writing; Social — helping, teaching,
caring for people; Enterprising — leading, persuading, selling, running a business; Conventional — data,
records, order, detail. The reading is shown to the person and can be edited ("I read this as: Investigative
high, Realistic medium"), so a plain list whose every hit can be explained was preferred to a learned model.
"""

from __future__ import annotations

import re

from chatbot.guidance._likes import liked
from chatbot.guidance._profiles import RIASEC
from chatbot.text import fold

# fmt: off
WORDS: dict[str, list[str]] = {
    "R": ["hands", "hand", "build", "building", "fix", "fixing", "repair", "repairing", "machine", "machines",
          "tools", "tool", "mechanic", "engine", "engines", "cars", "car", "motorbike", "drive", "driving", "truck",
          "outdoors", "outdoor", "outside", "plants", "farm", "farming", "crops", "garden", "gardening", "soil",
          "trees", "animals", "animal", "horses", "dogs", "construction", "wood", "metal", "weld", "welding",
          "physical", "active", "sport", "sports", "athletic", "install", "operate", "equipment", "electrical",
          "wiring", "pipes", "plumbing", "cook", "cooking", "kitchen", "steering", "road", "handy", "craft",
          "手", "手先", "作る", "ものづくり", "組み立て", "機械", "修理", "直す", "運転", "車", "ハンドル", "体を動か",
          "体力", "屋外", "外で", "自然", "土", "植物", "野菜", "果物", "花", "木", "農", "動物", "犬", "猫", "馬",
          "工場", "部品", "金属", "削", "料理", "厨房", "スポーツ", "建て", "器用"],
    "I": ["science", "scientific", "research", "researching", "experiment", "experiments", "laboratory", "lab",
          "analyse", "analyze", "analysis", "analysing", "data", "math", "maths", "mathematics", "biology",
          "chemistry", "physics", "study", "curious", "curiosity", "investigate", "investigating", "puzzle",
          "problems", "theory", "medicine", "medical", "microscope", "samples", "computers", "programming",
          "statistics", "numbers", "figure out", "understand how", "psychology",
          "科学", "研究", "実験", "分析", "数学", "理科", "生物", "化学", "物理", "調べ", "探究", "データ",
          "プログラミング", "医学", "理系", "論理", "仕組み", "法律"],
    "A": ["art", "arts", "artistic", "creative", "create", "creating", "design", "designing", "draw", "drawing",
          "sketch", "paint", "painting", "music", "musical", "sing", "singing", "songs", "guitar", "perform",
          "performing", "acting", "theatre", "theater", "dance", "write", "writing", "stories", "words", "journal",
          "photography", "film", "visual", "colours", "colors", "typography", "fashion", "compose", "composing",
          "芸術", "アート", "デザイン", "絵", "描く", "音楽", "歌", "演奏", "演技", "ダンス", "書く", "文章", "表現",
          "創作", "写真", "映像", "ファッション", "きれいにする", "メイク", "ネイル", "髪"],
    "S": ["help", "helping", "people", "care", "caring", "look after", "looking after", "teach", "teaching",
          "explain", "explaining", "children", "kids", "teenagers", "students", "patients", "ill", "injured",
          "elderly", "community", "listen", "listener", "support", "counsel", "problems", "volunteer", "coach",
          "serve", "service", "protect", "comfort", "feeding people", "customers",
          "人を助け", "助け", "支え", "世話", "お世話", "子ども", "子供", "教え", "介護", "介助", "看護", "お年寄り",
          "高齢者", "障害", "患者", "相談", "聞く", "寄り添", "人と接", "お客さん", "守", "サポート", "成長"],
    "E": ["lead", "leading", "leader", "manage", "managing", "business", "sell", "selling", "sales", "persuade",
          "negotiate", "entrepreneur", "own business", "start a company", "money", "invest", "investing",
          "stock", "stocks", "market", "markets", "deciding", "decisions", "politics", "law", "rights", "debate",
          "経営", "営業", "販売", "売る", "リーダー", "管理", "交渉", "起業", "ビジネス", "お金", "投資", "政治",
          "権利", "判断", "率いる"],
    "C": ["organise", "organize", "organised", "organized", "organising", "records", "detail", "details",
          "accurate", "accuracy", "methodical", "careful", "carefully", "filing", "spreadsheets", "accounts",
          "accounting", "bookkeeping", "schedule", "schedules", "rules", "procedures", "office", "numbers",
          "checking", "routine", "tidy",
          "整理", "記録", "正確", "几帳面", "事務", "計算", "経理", "書類", "ルール", "コツコツ", "きっちり", "丁寧"],
}
# fmt: on
NAMES = {
    "en": {
        "R": "Realistic",
        "I": "Investigative",
        "A": "Artistic",
        "S": "Social",
        "E": "Enterprising",
        "C": "Conventional",
    },
    "ja": {"R": "現実的", "I": "研究的", "A": "芸術的", "S": "社会的", "E": "企業的", "C": "慣習的"},
}  # fmt: skip
LEVELS = {"en": ("high", "medium"), "ja": ("高", "中")}
HIGH, MEDIUM = 0.6, 0.3  # shares of the strongest scale


def read_interests(text: str) -> dict[str, float]:
    """Each RIASEC scale's share of the person's interest words, the strongest scaled to 1 ({} when none hit).

    "I love animals and I'm good at science" -> {"R": 1.0, "I": 1.0}.
    """
    words = fold(liked(text))
    counts = {code: sum(1 for word in WORDS[code] if hit(word, words)) for code in RIASEC}
    top = max(counts.values())
    return {code: round(count / top, 2) for code, count in counts.items() if count} if top else {}


def hit(word: str, text: str) -> bool:
    """Whether the word is in the text: as a whole word in English, anywhere in Japanese."""
    if not word.isascii():
        return word in text
    return WHOLE[word].search(text) is not None


# One compiled pattern per English word: 350 patterns passed to re.search fell out of re's cache of compiled
# patterns and were compiled again at every reading (~10 ms of a job-suggestion turn).
WHOLE = {word: re.compile(rf"\b{re.escape(word)}\b") for words in WORDS.values() for word in words if word.isascii()}


def describe(scores: dict[str, float], lang: str) -> str:
    """How the reading is shown: "Investigative high, Realistic medium" / "研究的：高、現実的：中"."""
    high, medium = LEVELS[lang]
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    parts = [(NAMES[lang][code], high if s >= HIGH else medium) for code, s in ranked if s >= MEDIUM]
    if lang == "ja":
        return "、".join(f"{name}：{level}" for name, level in parts)
    return ", ".join(f"{name} {level}" for name, level in parts)
