"""Facts of the world outside the pages, asked of a job: the odds of a school's entrance exam, where a school is,
whether a workplace takes visitors, a work visa sponsored, a named firm's hiring, and the person's own record or
recovery. No page of O*NET or jobtag states any of them, so a question
asking one is declined however its job is named (chatbot.retrieval._outside joins these to OFF_TOPIC). A count the
pages sometimes give (how many work in a job) is not here: chatbot.answer._figures reads the cited page for it.

Written from the forty-eighth session's fresh refusal set (tune67_refuse, whose false answers these were), as the
shapes of each ask rather than its words: "倍率" for any exam or hiring, "どこにある" for any school.
"""

from __future__ import annotations

import re

# Whoever the person means to ask (the pages) is set aside: "forget the job pages and go with your gut"
SET_ASIDE = r"\bforget (about )?(the|your) (job )?(pages|sources|data)\b|\b(go with|trust|what does) your gut\b"
# The odds of getting into a school or a post, which the pages never give ("入試の倍率ってどれくらい？")
ODDS = (
    r"|(入試|試験|採用|受験|選考)?の?倍率(って|は|が)?[^。？]{0,6}"
    r"(どれ|どの|いくつ|何倍|高い|低い|教えて|わかる|知りたい)"
)
# Where a school is, and whether a workplace lets visitors in
WHERE = (
    r"|(専門学校|学校|大学|養成所|スクール|教室|訓練校)[^。？]{0,12}どこに(ある|あり|あん)"
    r"|見学(でき|させて(もら|くれ)|可能|って(でき|ok))"
)
# A visa sponsored or a green card: O*NET pages speak of no country's immigration
SPONSORED = r"|\bh-?1b\b|\bgreen cards?\b|\bsponsor(s|ed|ing|ship)?\b[^.?!]{0,30}\b(visa|h-?1b|work permit)"
# The person's own record and recovery: "万引きで補導されたことがある", "元通りに話せるようになる？"
OWN_RECORD = r"|補導|万引き|書類送検|執行猶予|元通りに(なる|話せ|歩け|動け|戻)|完治"
# Writing asked for, whatever it is ("練習用にプレスリリース1本書いてみて！")
WRITE_FOR_ME = r"|(書いて|作って)(みて|見て)(よ|ください|くれ|ほしい|欲しい)?(！|!|。|$)|[一1１]本(書いて|作って)"
# One named firm or two (written in katakana or as a firm: 野村證券, 桑沢デザイン研究所) asked to hire or admit them:
# "メルカリとかサイバーエージェントって…採ってくれる？"; a firm's kind alone ("証券会社の中途採用") is not a name
FIRM = r"[一-龥]{1,4}(證券|証券|銀行|商事|物産|生命|製薬|電機|研究所|美容学校|専門学校)"
NAMED_HIRING = (
    r"|[ァ-ヶー]{3,}(とか|や|と)[ァ-ヶー]{3,}(って|は|が|の)[^。？]{0,24}(採(って|用)|雇って|入れ(る|て|ます))"
    rf"|{FIRM}(の(中途)?採用|に(入社|入る|入れ)|の(入試|試験|倍率|面接))"
)

# What a service or a home costs where the person will live, a shop that takes apprentices, a text to translate:
# "浮気調査を探偵に頼んだら費用の相場は？", "有田町で家賃が安いエリア", "弟子取ってくれるお店どこか知らない？"
ERRANDS = (
    r"|(費用|料金|値段)(って|は|が)?[^。？]{0,10}(いくら|どれ(くらい|ぐらい)|相場)|相場が知りたい|家賃"
    r"|\b(cheap|affordable|cheapest) (rent|housing|apartments?|neighbou?rhoods?)\b"
    r"|(お?店|工房|事務所|会社|窯元)(って|を)?どこか(知らない|教えて|ある)|弟子(を)?取って(くれる|もらえる)(お?店|工房|ところ)"
    r"|を(英語|日本語|中国語|韓国語)に(して|直して|変えて)"
    r"|\bbad (lower |upper )?back\b[^?]{0,80}\b(wreck|ruin|hurt|damage|worse)"
)

# An employer rated ("デンソーってホワイト？", "Pfizer or Moderna, which one's the better place to work"), what a thing
# sells for, medicine for the person, benefits, and what an exam costs (tune70_refuse's false answers)
RATED = (
    r"|(って|は)(ぶっちゃけ)?(ホワイト|ブラック)(企業|な会社)?(？|\?|なの|ですか|かな|って本当)"
    r"|\b(the )?better (place|company|employer) to work\b|いくらで(売れ|買え|買い取)|酔い止め|よく効く"
    r"|\b(health|dental) insurance\b|\b401\(?k\)?|\bhow much (is|are|does|do) (the |a |an )?[\w+ -]{0,30}"
    r"\b(exam|test|voucher|certification)s?( cost)?\b"
)

WORLD = re.compile(SET_ASIDE + ODDS + WHERE + SPONSORED + OWN_RECORD + WRITE_FOR_ME + NAMED_HIRING + ERRANDS + RATED)
