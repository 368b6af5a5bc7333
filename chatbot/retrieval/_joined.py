"""Names a Japanese question splits with の, and the names they are joined: "犬の訓練士" (犬訓練士), "幼稚園の先生"
(幼稚園教員), "レンタカーのお店のスタッフ" (レンタカー店舗スタッフ), "化粧品工場" (化粧品製造)."""

from __future__ import annotations

import re

from chatbot.retrieval._said import SAID

# Heads people say for the ones titles use (jobtag: 幼稚園教員, 学習塾教師, 音楽教室講師).
COLLOQUIAL_HEADS = {"先生": ("教員", "教師", "講師", "指導員")}  # 学童の先生: 学童保育指導員
COLLOQUIAL_HEADS["運転手"] = ("運転手", "乗務員", "ドライバー", "運転士")  # タンクローリーの運転手: …乗務員
KANJI_KANA = r"[\u4e00-\u9fff\u30a0-\u30ff]"
# The name ends before a wish written on to it: "小学校の先生目指してる" says 先生, not 先生目指
SPLIT_NAME = re.compile(  # "CD屋の店員": the shop's letters too; not 物 of "焼き物の職人" (a word's end after its kana)
    r"(?:(?<![\u4e00-\u9fff][\u3040-\u309f])|(?<=[のでにはをがもとへや]))"
    rf"((?:[A-Za-z]{{1,6}}|{KANJI_KANA}{{1,7}})屋|{KANJI_KANA}{{1,8}})の({KANJI_KANA}{{2,8}}?)"
    r"(?=目指|志望|希望|志す|[^\u4e00-\u9fff\u30a0-\u30ff]|$)"
)
# Workplaces said alone name nobody's job ("独立して事務所開く人", "染め物の工場で働く"): one list for every reader
WORKPLACES_JA = frozenset(
    ["事務所", "病院", "工場", "会社", "施設", "現場", "職場", "お店", "店", "オフィス", "役所", "役場", "百貨店"]
)
GENDERS = frozenset(["女", "男", "女性", "男性", "女の子", "男の子"])
PLACE_ENDS = ("所", "施設")  # 教習所の先生: 教習指導員; 介護施設の事務: 介護事務
SHOP_NAMES = ("ショップ", "店")  # how titles say a shop people call …屋: "CD屋の店員" is CDショップ店員


def joined_names(text: str) -> list[tuple[str, str, bool]]:
    """Names a Japanese question splits with の, as written and joined: "犬の訓練士" -> (犬の訓練士, 犬訓練士); a
    colloquial head as the titles say it: "幼稚園の先生" -> 幼稚園教員, 幼稚園教師, 幼稚園講師; the staff of a shop
    of something: "レンタカーのお店のスタッフ" -> レンタカー店舗スタッフ; a factory's making: "化粧品工場" ->
    化粧品製造; the helper of a worker (HELPER). Each with whether its parts were typed as they are (a misspelling
    may be read in them); a helper's or a factory's making's name is made here, only a page's own name is meant; so is
    a worker of another's practice: "歯医者さんの衛生士" -> 歯科衛生士 (OF_WORKER)."""
    joined = [
        (found.group(0), qualifier + head, True)
        for found in SPLIT_NAME.finditer(text)
        if found.group(2) not in WORKPLACES_JA  # "染め物の工場": a place, no name 物工場 (植物工場の栽培管理)
        and found.group(1) not in GENDERS  # "女のお医者さん": a woman among doctors, no name 女医者 (nor 歯医者)
        for qualifier in qualifiers(found.group(1))
        for head in COLLOQUIAL_HEADS.get(found.group(2), (found.group(2), *bare_head(found.group(2))))
    ]
    staff = [
        (found.group(0), found.group(1) + shop + found.group(2), True)
        for found in SHOP_STAFF.finditer(text)
        for shop in SHOPS
    ]
    helpers = [
        (found.group(0), field + kind, False)
        for found in HELPER.finditer(text)
        for field in worker_field(found.group(1))
        for kind in ("補助", "補助者", "助手")
    ]
    made = [(found.group(0), found.group(1) + "製造", False) for found in FACTORY.finditer(text)]
    told = [(found.group(2), found.group(1) + found.group(2), True) for found in STAFF_OF_SHOP_TOLD.finditer(text)]
    familiar = [(found.group(0), found.group(1) + head, False) for found in FAMILIAR.finditer(text) for head in CREW]
    practice = [
        (found.group(0), field + found.group(2), False)
        for found in OF_WORKER.finditer(text)
        for field in worker_field(TITLE_SAID_AS.get(found.group(1), found.group(1)))
    ]
    at_work = [  # "ガソリンスタンドでスタッフ": ガソリンスタンド・スタッフ
        (found.group(0), found.group(1) + joint + found.group(2), False)
        for found in AT_WORK.finditer(text)
        for joint in ("", "・")
    ]
    taught = [  # "専門学校で教える先生": 専門学校教員
        (found.group(0), qualifier + head, False)
        for found in TAUGHT_AT.finditer(text)
        for qualifier in qualifiers(found.group(1))
        for head in COLLOQUIAL_HEADS["先生"]
    ]
    return joined + staff + helpers + made + told + familiar + practice + at_work + taught


def bare_head(head: str) -> list[str]:
    """A worker's head less its suffix, as a title of the field says it: "動物の看護師" is 動物看護."""
    return [head[:-1]] if len(head) >= 3 and head.endswith(("師", "士", "員", "者")) else []


def qualifiers(said: str) -> list[str]:
    """How titles may say a qualifier: as said, less a place's ending (教習所: 教習), a …屋 as a shop (CD屋:
    CDショップ)."""
    shops = [said.removesuffix("屋") + shop for shop in SHOP_NAMES] if said.endswith("屋") else []
    return list(dict.fromkeys([said, *(said.removesuffix(end) for end in PLACE_ENDS), *shops]))


# The staff of a shop said in a sentence before: "リサイクルショップでバイトしようか迷ってます。店員さんって何するの？"
STAFF_OF_SHOP_TOLD = re.compile(
    r"([\u30a0-\u30ff\u4e00-\u9fff]{2,10}(?:ショップ|ストア|店))(?:で|に|の)[^。？?]*[。？?]\s*"
    r"(?<![\u30a0-\u30ff\u4e00-\u9fff])(店員|スタッフ|販売員)"
)


# One who helps a worker, said as such: "保育士さんのお手伝いをするパート" is 保育補助者, "調理師さんの指示を受けて…
# 野菜を切る人" 調理補助, "看護師の補助" 看護助手: the worker's field and a helper's head
HELPER = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{2,8}?)(?:さん|の方)?の(?:お)?(?:手伝い|補助|アシスタント|サポート|指示を受けて)"
)
FIELD_ENDS = ("医師", "士", "師", "医", "員", "者")  # a worker's name less these is their field


def worker_field(worker: str) -> list[str]:
    """The field of a worker's name, its worker ending left out ("保育士" -> 保育); none for a name without one or
    with a field too short to tell (獣医 -> 獣)."""
    end = next((end for end in FIELD_ENDS if worker.endswith(end)), "")
    field = worker.removesuffix(end) if end else ""
    return [field] if len(field) >= 2 else []


SHOP_STAFF = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{1,8})の(?:お)?(?:店|店舗|ショップ)の(スタッフ|店員|販売員)")
SHOPS = ("店舗", "店", "")  # how the titles say the shop: レンタカー店舗スタッフ, 書店員
# What a factory makes names its making's page ("化粧品工場", "化粧品つくる工場": 化粧品製造), unless another role
# there is said ("食品工場の検査の仕事": 検査工)
FACTORY = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{2,8}?)(?:の|を?(?:作|つく)(?:る|って(?:る|いる)))?工場(?![^。？]{0,4}(検査|事務|営業|清掃|警備|設計|保守|メンテ|管理|運転|配送))"
)
# A worker said familiarly by the work ("ゴミ収集のお兄さんたち"): the work and a crew's ending (ごみ収集作業員)
FAMILIAR = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{2,8})の(?:お兄さん|お姉さん|おじさん|おばさん|おばちゃん|おっちゃん|お兄ちゃん|お姉ちゃん)"
)
CREW = ("作業員", "員", "スタッフ")
# A worker said as the one at another worker's practice: "歯医者さんの衛生士" (歯科衛生士), "歯医者の助手" (歯科助手),
# "看護師さんの助手" (看護助手): the field of the first (by the name people say for it, SAID) and the second's head
OF_WORKER = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{2,8}?)(?:さん)?の([\u4e00-\u9fff]{2,4}?)(?=さん|って|は|が|に|を|の|[^\u4e00-\u9fff]|$)"
)
TITLE_SAID_AS = {name: title for title, names in SAID.items() for name in names}  # "歯医者" -> 歯科医師 (the page)
# Work said with where it is done, as some titles name it: "商社で営業やりたい" (商社営業); only a page's own name
AT_WORK = re.compile(  # not a worker of their own page said where they work ("動物病院で獣医師の…": 獣医師)
    rf"(?<!{KANJI_KANA})({KANJI_KANA}{{2,10}})で({KANJI_KANA}{{2,8}}?)(?<![師士医者])(?=を|が|の|、|や|し|す|として)"
)
# A teacher said by where they teach ("専門学校で教える先生", "塾で教えてる人"): as "…の先生" is (COLLOQUIAL_HEADS)
TAUGHT_AT = re.compile(rf"(?<!{KANJI_KANA})({KANJI_KANA}{{2,10}})で(?:教える|教えてる|教えている)(?:先生|人|講師)")
MAKING = re.compile(r"(?:造リ|作リ|ヅクリ)$")  # the making of a thing, as the pages' titles say it (…製造)
FIRST_WORD = re.compile(r"[ァ-ヶー]+|[一-鿿]+|.")  # a Japanese name's first word: its first run of one script
# A field opening a clause ("酪農って…": 酪農従事者, "林業の仕事": 林業作業) or a katakana work after の
# ("キッティングの派遣": キッティング作業員) names its worker (JobLinker.worker_of) where no name links well
FIELD_JA = re.compile(
    r"((?<=[、。？！\s])[一-鿿]{2}|^[一-鿿]{2}|(?<=[、。？！\s]|の)[ァ-ヶー]{5,}|^[ァ-ヶー]{5,})"
    r"(?=(?:さん)?(?:って|とは|は)|の(?:仕事|派遣|バイト)"
    r"|を作る|職人|にも?興味)"
)
