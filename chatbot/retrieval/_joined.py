"""Names a Japanese question splits with の, and the names they are joined: "犬の訓練士" (犬訓練士), "幼稚園の先生"
(幼稚園教員), "レンタカーのお店のスタッフ" (レンタカー店舗スタッフ), "化粧品工場" (化粧品製造)."""

from __future__ import annotations

import re

# Heads people say for the ones titles use (jobtag: 幼稚園教員, 学習塾教師, 音楽教室講師).
COLLOQUIAL_HEADS = {"先生": ("教員", "教師", "講師", "指導員")}  # 学童の先生: 学童保育指導員
KANJI_KANA = r"[\u4e00-\u9fff\u30a0-\u30ff]"
# The name ends before a wish written on to it: "小学校の先生目指してる" says 先生, not 先生目指
SPLIT_NAME = re.compile(
    rf"({KANJI_KANA}{{1,8}})の({KANJI_KANA}{{2,8}}?)(?=目指|志望|希望|志す|[^\u4e00-\u9fff\u30a0-\u30ff]|$)"
)
PLACE_ENDS = ("所", "施設")  # 教習所の先生: 教習指導員; 介護施設の事務: 介護事務


def joined_names(text: str) -> list[tuple[str, str]]:
    """Names a Japanese question splits with の, as written and joined: "犬の訓練士" -> (犬の訓練士, 犬訓練士); a
    colloquial head as the titles say it: "幼稚園の先生" -> 幼稚園教員, 幼稚園教師, 幼稚園講師; the staff of a shop
    of something: "レンタカーのお店のスタッフ" -> レンタカー店舗スタッフ; a factory's making: "化粧品工場" ->
    化粧品製造."""
    joined = [
        (found.group(0), qualifier + head)
        for found in SPLIT_NAME.finditer(text)
        for qualifier in dict.fromkeys([found.group(1), *(found.group(1).removesuffix(end) for end in PLACE_ENDS)])
        for head in COLLOQUIAL_HEADS.get(found.group(2), (found.group(2),))
    ]
    staff = [
        (found.group(0), found.group(1) + shop + found.group(2))
        for found in SHOP_STAFF.finditer(text)
        for shop in SHOPS
    ]
    return joined + staff + [(found.group(0), found.group(1) + "製造") for found in FACTORY.finditer(text)]


SHOP_STAFF = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{1,8})の(?:お)?(?:店|店舗|ショップ)の(スタッフ|店員|販売員)")
SHOPS = ("店舗", "店", "")  # how the titles say the shop: レンタカー店舗スタッフ, 書店員
# What a factory makes names its making's page, unless another role there is said ("食品工場の検査の仕事": 検査工)
FACTORY = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{2,8}?)の?工場(?![^。？]{0,4}(検査|事務|営業|清掃|警備|設計|保守|メンテ|管理|運転|配送))"
)
