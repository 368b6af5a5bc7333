"""Everyday Japanese words for what the jobtag pages say in their own words: a person writes "お年寄りと話すのが
好き", the pages say 高齢者 and 介護; "車やバイクをいじる", the pages say 自動車, 整備, 修理; "ゴキブリを退治する
人", the pages say 害虫 and 駆除. BM25 finds only the words a page uses, and the English model cannot read Japanese,
so the page words are added to what the person said before matching jobs to them and before searching every job
for one a question describes (never shown, never quoted). Written from general knowledge of the words; the words
added since the twenty-third session (特養, ファミレス, アパレル, 布, 糸, 安全を守, 日本酒…) came from misses of
tuning sets, never of held-out ones. Measured in docs/benchmarks.md ("Career guidance").
"""

from __future__ import annotations

# fmt: off
PAGE_WORDS: dict[str, str] = {
    "お年寄り": "高齢者 介護", "おじいちゃん": "高齢者 介護", "おばあちゃん": "高齢者 介護",
    "子ども": "児童 幼児 保育", "子供": "児童 幼児 保育", "赤ちゃん": "乳児 保育",
    "保育園": "保育所 保育", "接骨院": "柔道整復 接骨", "整骨院": "柔道整復 接骨",
    "数字": "計算 数値 経理", "簿記": "経理 会計 簿記", "帳簿": "経理 会計", "お金": "金融 会計",
    "絵": "イラスト デザイン 描く", "描く": "イラスト デザイン", "色": "デザイン 色彩",
    "車": "自動車 運転", "バイク": "オートバイ 二輪 自動車", "いじる": "整備 修理", "直す": "修理 整備",
    "人と話す": "接客 相談 営業", "話すのが好き": "接客 相談 営業", "ノルマ": "営業 販売", "成果": "営業",
    "料理": "調理 料理", "お菓子": "菓子 製菓", "パン": "パン 製パン",
    "旅行": "観光 旅行 ツアー", "おもてなし": "接客 ホテル 旅館", "英語": "英語 通訳 翻訳", "外国語": "通訳 翻訳",
    "植物": "栽培 園芸 植物", "花": "花き 栽培 園芸", "野菜": "野菜 栽培 農業", "畑": "農業 栽培",
    "動物": "動物 飼育", "犬": "犬 動物 飼育", "猫": "猫 動物",
    "病院": "医療 病院 患者", "患者": "患者 医療", "理系": "理学 工学 分析", "実験": "実験 分析 研究",
    "パソコン": "コンピュータ PC IT", "スマホ": "スマートフォン IT", "ゲーム": "ゲーム 開発",
    "ケータイ": "携帯電話 携帯", "ユンボ": "パワーショベル 建設機械",
    "服": "ファッション 衣服 洋服", "髪": "美容 ヘア", "メイク": "メイク 化粧 美容",
    "海": "海上 船舶 漁業 海洋", "船": "船舶 海上", "山": "林業 森林 山岳", "森": "林業 森林", "自然": "自然 環境",
    "火事": "消防 火災", "災害": "災害 救助 防災", "命を救": "救急 救助 救命", "事故": "事故 救急",
    "法律": "法律 法務 弁護", "建物": "建築 建設", "家を建て": "建築 住宅 大工", "木": "木材 木工",
    "手先": "手作業 加工 製造", "職人": "職人 技能 伝統", "機械": "機械 機器", "電気": "電気 電気工事",
    "体を動かす": "体力 作業", "運転": "運転 ドライバー", "免許": "免許 運転",
    "ゴキブリ": "害虫 駆除 防除", "シロアリ": "害虫 駆除 防除", "ネズミ": "害獣 駆除 防除", "ハチの巣": "害虫 駆除",
    "退治": "駆除 防除", "虫": "害虫 昆虫", "ゴミ": "廃棄物 清掃 収集", "引っ越し": "引越 運搬",
    "掃除": "清掃", "歯の掃除": "歯科 歯石 予防",
    "お葬式": "葬儀 葬祭", "お墓": "墓石 石材", "薬": "医薬品 薬剤", "歯": "歯科", "目": "眼科 視力",
    "歯のクリーニング": "歯科 歯石 予防", "遺体": "遺体 納棺", "亡くなった": "遺体 葬儀", "天気": "気象 天気予報",
    "米作り": "稲作 水稲", "米農家": "稲作 水稲 農業", "お米": "稲作 米", "果物": "果樹 果実 栽培",
    "魚": "魚 漁業 水産",
    "コードを書": "プログラミング プログラム",
    "アプリ": "アプリケーション ソフトウェア 開発", "プログラム": "プログラミング ソフトウェア 開発",
    "サイト": "Web ウェブ サイト 制作", "リハビリ": "リハビリテーション 機能訓練 理学療法", "ケガ": "負傷 治療",
    "けが": "負傷 治療", "マッサージ": "マッサージ 指圧 施術", "書類": "書類 事務 文書", "打ち込": "入力 データ",
    "ポスター": "広告 デザイン ポスター", "表紙": "装丁 表紙 デザイン", "ハンドル": "運転 ドライバー",
    "長距離": "長距離 運転 トラック", "トマト": "野菜 栽培", "出荷": "出荷 栽培 生産",
    "裁判": "裁判 法廷", "電車": "鉄道 列車", "飛行機": "航空 航空機", "手紙": "郵便", "荷物": "配送 運送 荷物",
    "特養": "特別養護老人ホーム 老人福祉施設", "デイサービス": "通所介護 老人福祉施設",
    "老人ホーム": "老人福祉施設 介護",
    "ファミレス": "ファミリーレストラン 飲食店",
    "アパレル": "衣料品 衣服 ファッション", "布": "繊維 織物 布", "糸": "糸 紡績 繊維",
    "安全を守": "警備 保安 安全", "コンビニ": "コンビニエンスストア", "スーパー": "スーパーマーケット",
    "原発": "原子力 発電所", "風車": "風力発電 風車", "飲み込": "嚥下 摂食",
    "日本酒": "清酒 酒造", "街をきれい": "清掃 収集 廃棄物", "焼き物": "陶磁器 陶芸 窯", "やきもの": "陶磁器 陶芸 窯",
    "かけ合わせ": "交配 繁殖", "掛け合わせ": "交配 繁殖", "産ませ": "繁殖 出産", "売る": "販売", "義足": "義肢 装具",
    "義手": "義肢 装具",
    # (session 53, tune84) a doctor said by whom they treat, a tank lorry by what it carries
    "子どもの病気": "小児科 小児", "子供の病気": "小児科 小児", "子どもを診": "小児科 小児", "子供を診": "小児科 小児",
    "燃料を運": "タンクローリー 危険物 輸送", "ガソリンを運": "タンクローリー 危険物 輸送",
    "花を育て": "花き 栽培", "花を作": "花き 栽培",  # (tune86) 花 alone is too short to look for in a description
    "国連": "国際公務員 国際機関",  # (tune94) the United Nations said for the international civil service
    # shops by their everyday names ("本屋で働いています"): the pages say 書店, 理容, 青果…
    "本屋": "書店", "花屋": "花 フラワー 販売", "パン屋": "パン 製造 販売", "床屋": "理容", "八百屋": "青果 野菜 販売",
    "魚屋": "鮮魚 販売", "肉屋": "精肉 販売", "薬屋": "薬局 ドラッグストア", "電気屋": "家電 販売",
    "眼鏡屋": "メガネ 販売", "不動産屋": "不動産", "酒屋": "酒 販売",
    # English initials whose letters no page says as a word
    "R&D": "research development",
}
# fmt: on


def with_page_words(text: str, shortest: int = 1) -> str:
    """The text with the page words for the everyday Japanese words it uses appended, and for English initials no
    page spells ("R&D"); other text unchanged.

    Args:
        shortest: the fewest characters of an everyday word looked for. Searching every job for one a question
            describes takes two: one character is often part of another word there (花 of 花火, 車 of 風車).
    """
    added = [words for everyday, words in PAGE_WORDS.items() if len(everyday) >= shortest and everyday in text]
    return f"{text} {' '.join(added)}" if added else text
