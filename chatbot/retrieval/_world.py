"""Facts of the world outside the pages, asked of a job: the odds of a school's entrance exam, where a school is,
whether a workplace takes visitors, a work visa sponsored, a named firm's hiring or rating, what a service, an exam
or a home costs, and the person's own record, recovery or medicine. No page of O*NET or jobtag states any of them, so
a question asking one is declined however its job is named (chatbot.retrieval._scope reads them beside _outside's
OFF_TOPIC: joined into that one pattern they doubled its search time, 1.0 -> 2.0 ms on a long question). A count the
pages sometimes give (how many work in a job) is not here: chatbot.answer._figures reads the cited page for it.

Written from the forty-ninth session's refusal sets (tune67, tune69 and tune70_refuse, whose false answers these
were), as the shapes of each ask rather than its words: "倍率" for any exam or hiring, "どこにある" for any school.
"""

from __future__ import annotations

import re

from chatbot.text import AnyOf

# English. Whoever the person means to ask (the pages) set aside: "forget the job pages and go with your gut"; a visa
# sponsored or a green card (O*NET pages speak of no country's immigration); an employer rated ("Pfizer or Moderna,
# which one's the better place to work"); benefits; what an exam costs; rent; the person's own back
ENGLISH = re.compile(
    r"\bforget (about )?(the|your) (job )?(pages|sources|data)\b|\b(go with|trust|what does) your gut\b"
    r"|\bh-?1b\b|\bgreen cards?\b|\bsponsor(s|ed|ing|ship)?\b[^.?!]{0,30}\b(visa|h-?1b|work permit)"
    r"|\b(the )?better (place|company|employer) to work\b|\b401\(?k\)?"
    # benefits, not the insurance a job works with ("keeping up with health insurance rules")
    r"|\b(health|dental) insurance\b(?! (rules|claims?|billing|codes?|regulations|compan(y|ies)|forms|paperwork)\b)"
    r"|\bhow much (is|are|does|do) (the |a |an )?[\w+ -]{0,30}\b(exam|test|voucher|certification)s?( cost)?\b"
    r"|\b(cheap|affordable|cheapest) (rent|housing|apartments?|neighbou?rhoods?)\b"
    r"|\bbad (lower |upper )?back\b[^?]{0,80}\b(wreck|ruin|hurt|damage|worse)"
    # a sentence to translate ("how do you say 'I have three years of experience…' in Spanish?")
    r"|\bhow (do|would|can|should) (you|i|we) say\b[^?]{0,160}\bin (spanish|french|german|chinese|mandarin|japanese"
    r"|korean|english|italian|portuguese|arabic|russian|vietnamese|tagalog|hindi)\b"
    # where and when an exam or a hiring round is next, a loan weighed, the adviser's own taste, a starting offer
    # of named firms ("what do new grads start at with CVS?"), a part to play ("do a mock interview with me")
    r"|\bwhen (does|will|do) the next [\w -]{0,30}\b(window|round|cycle|intake|sitting|exam|test|session)s?"
    r" (open|start)|\bwhere (do|can|would) (you|i|people) (take|sit|write) the [\w ()-]{0,40}\b(test|exam)\b"
    r"|\b(take|taking) out (\$?[\d,.]+k? )?(in )?(student )?loans?\b|\bfinancially (a |an )?(terrible|bad|smart)\b"
    r"|\bwould you (personally )?(want to|ever|like to) (do|be|work|try)\b"
    # a place to visit near somewhere ("are there any good train museums near chicago?")
    r"|\b(good|great|nice|fun|cool|best|cheap) ([\w-]+ ){0,2}(museums?|restaurants?|bars?|cafes?|parks?|hotels?"
    r"|attractions?|tours?|beaches|hikes?|trails?) (near|around|in)\b"
    r"|\bdo you think [\w ]{0,60}\b(creepy|weird|gross|lame|sketchy)\b|\bwhat do [\w ]{2,30} start (out )?at\b"
    r"|\b(mock interview|role[- ]?play|pretend (to be|you'?re))\b"
    # places near the person ("which vet clinics around Austin let high schoolers volunteer?"), a school ranked, the
    # person's own body judged ("do you think it's my heart…?", "could it be a herniated disc?")
    r"|\bwhich [\w -]{0,30}\b(clinics|hospitals|shops|salons|firms|companies|agencies|offices|restaurants|schools)"
    r" (around|near|in) (here|me|town|\w+)\b[^?]{0,40}\b(let|take|hire|accept|allow|have)\b"
    r"|\b(top|best|highest)[- ]?(ranked|rated) [\w -]{0,30}\b(schools?|colleges?|programs?|universit(y|ies))\b"
    r"|\b(think|could) it('s| is| be) (just )?my (heart|lungs?|back|knees?|nerves|thyroid)\b|\bherniated\b"
    r"|\b(push|ask) my doctor (for|about)\b"
    # who holds a named firm's top post now ("Who's running Microsoft these days?", "Who's the CEO of Nike?")
    r"|\bwho('?s| is)( currently| now)? (running|the +(current +)?(ceo|cfo|head|president|chair(man|woman)?|founder"
    r"|owner)? *of) (?!a |an |the |my |your |their |this |that )\w+"  # (a job's name, "ceo", is left out before)
    # the next sitting of an exam and where ("When is the next FE exam and where can I take it in Ohio?"), sums to
    # work out, a business name to invent, an honest opinion of a kind of worker
    r"|\bwhen is the next [\w -]{0,30}\b(exam|test|window|round|intake|sitting)s?\b|\bwhere can i (take|sit) (it|the)\b"
    r"|\bquick math\b|\bmath (help|question|problem)\b|\bwhat'?s the (area|volume|perimeter) of\b[^?]*\d"
    r"|\bcome up with (a|an|some) ([\w-]+ ){0,2}(names?|slogans?|taglines?|logos?)\b|\b(honest|your|personal) opinion\b"
    # the best worker of a place ("who's the best barber in Brooklyn"), the cheapest school, calculus to solve, a
    # decision about the person's family ("My son has ADHD… Should I agree or push…?")
    r"|\b(who'?s|who is|who are|where'?s|where is) the best [\w -]{2,30}\b(in|near|around) (?!the |this |that )\w+"
    r"|\b(cheapest|most affordable|least expensive) [\w -]{0,30}\b(schools?|colleges?|programs?|universit(y|ies)"
    r"|courses?)\b"
    r"|\bintegral of\b|\bderivative of\b|\bsolve (this|these|it|for [a-z])\b"
    r"|\bmy (son|daughter|kids?|child|children|husband|wife|partner|mom|mother|dad|father)\b"
    r"(?![^?]{0,160}\b(careers?|jobs?|become|becoming|work as|major|profession)\b)[^?]{0,160}\bshould (i|we)\b"
    # the person's travel, a program's cost, a brand to buy, another's account broken into, their own home improved
    r"|\b(i'?m|we'?re|i am) (flying|landing|arriving|travell?ing) (into|to|in)\b"
    r"|\bhow much (would|will|does|do|is) (an? |the |my )?[\w'-]+( [\w'-]+){0,3} (program|degree|course)s? (cost|run)\b"
    # a school to pick among those that admitted one, a program to fix, a child's behaviour at home
    r"|\b(got into|accepted (to|at|into)|admitted to) both\b|\bhow (do|can|should) i fix (it|this|that)\b"
    r"|\bmy (\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]year[- ]old\b[^?]{0,120}\bwhat should (i|we) do\b"
    r"|\bbest (brand|model|make) of\b|\bwhich (brand|model) (should|to|would|do)\b"
    r"|\b(find|get|crack|hack|guess|figure out|break) (\w+ ){0,3}passwords?\b"  # not "resetting passwords" for users
    r"|\b(i'?m|i am|we'?re) (insulating|painting|rewiring|wiring|remodel\w*|renovat\w*|tiling|re-?roofing) (my|our)\b"
    # (session 53, tune85) what a material sells for now, an exam's fee, a union local's waiting list
    r"|\bwhat'?s (a|an|one) [\w/ -]{2,40} going for\b|\bprice out\b"
    r"|\b(fee|fees|cost) to (sit|register|apply) for\b|\b(exam|test|application|registration) fees?\b"
    r"|\bwait(ing)?[- ]?lists?\b"
    # (tune87) how to cook something, an employer that pays for one's training
    r"|\bbest way to (cook|grill|bake|fry|roast|smoke|season)\b|\bmedium[- ]rare\b"
    r"|\b(pay|pays|paying|cover|covers) (for )?(your|my) (training|tuition|schooling)\b|\bsign on with them\b"
    r"|(^|[.!?]\s*|\b(can|could|would) you |\bplease )translate\b[^?!]{0,160}\b(into|to) (spanish|french|german|chinese"
    r"|japanese|korean|english|italian)\b"  # asked of the adviser, not "do interpreters translate … into Spanish?"
    r"|\b(which|what) (universities|colleges|schools)\b[^?.!]{0,60}\b(best|top)\b"  # schools ranked
    # (session 54, tune91) the person's symptoms judged, a firm's drug testing, a purchase, a local timetable
    r"|\b(is|could) (this|it|that) (be )?(something|anything) serious\b|\bdrug[- ]?test(s|ed|ing)? (their|its|new)\b"
    r"|\bbetter buy\b|\bwhat time does (the|my|our) [\w -]{2,30} (usually )?(pick|leave|arrive|open|close|come)"
    # (tune93) a named firm's drug testing, a repair at home to check
    r"|\bdo(es)? [\w'&.-]+ drug[- ]?test\b|\bwhat should i check before\b|\bbefore i call (somebody|someone|a pro)\b"
    r"|\bwhat does the (exam|test|license|licensing exam|licensure exam) cost\b"  # (tune95) an exam's fee
    # (session 55, tune97) what a thing sells for, the person's own medical report read
    r"|\bwhat (does|do|would|will) (an? |the )?[\w/ -]{2,40} go for\b|\bmy prognosis\b"
    r"|\bmy (biopsy|pathology|lab|blood ?work|mri|ct|scan|x-ray) (report|results?)\b"
    # (tune99) a child's diagnosis, who holds a post now, a parent's pride
    r"|\b(does|could|might) (he|she|my \w+) have (adhd|add|autism|dyslexia|depression|anxiety|bipolar)\b"
    r"|\bwho (is|are|'s) [^?]{3,60}\b(right now|currently|these days)\b"
    r"|\bwould my (dad|mom|father|mother|parents|family|wife|husband|partner|girlfriend|boyfriend) be\b"
    # (tune101) a product to buy under a price, a health rumour judged
    r"|\b(best|good|cheapest)\b[^?.!]{0,50}\b(under|below|for less than) \$\d|\bgive you cancer\b|\bcauses? cancer\b"
    # (session 56, tune103) a child brought up, what a service costs
    r"|\b(get|make) my (\d+[- ]year[- ]old|son|daughter|kids?|child|teen(ager)?) (to )?(stop|quit|start|actually)\b"
    r"|\bwhat (does|do|would|will) (a |an |the )?[\w -]{1,40} (usually |typically |normally )?cost\b"
    # (tune105) a school, bootcamp or study guide ranked; the adviser's own choice
    r"|\bwhich [\w -]{0,30}\b(school|college|university|study guide|prep book|prep course)s?\b"
    r"[^?.!]{0,60}\b(best|top)\b|\bwould you (go into|get into|pick|choose) (it|that|this)\b"
    r"|\bbootcamps?\b[^?.!]{0,40}\bplacement\b"  # a bootcamp ranked by its placement rate (where one is: employers)
    r"|\bis (it|this|that) (carpal tunnel|arthritis|tendinitis|tendonitis|sciatica|a hernia)\b"  # (tune106) one's own
    # (session 57, tune109) a person ranked, the person's own credit, their employer's conduct judged or reported, a
    # district's legal duty
    r"|\bwho'?s the most (powerful|famous|influential|successful|respected)\b|\b(what|my) credit score\b"
    r"|\bqualify for (a|an|the) (mortgage|home loan|car loan|credit card)\b|\bis (that|this|it) even (allowed|legal)\b"
    r"|\bwho (do|should|can|would) i report (it|this|that|them|him|her)\b"
    r"|\b(is|are) (our|my|the) [\w -]{0,30}\blegally (required|obligated)\b"
    r"|\b(catchy|good|cool|clever|fun) (name|slogan|tagline)s? for (my|our)\b"  # (tune111) a name for one's shop
)
# Japanese. One named firm or two (in katakana, or as a firm: 野村證券, 桑沢デザイン研究所) asked to hire or admit the
# person ("メルカリとかサイバーエージェントって…採ってくれる？"; a firm's kind alone, "証券会社の中途採用", is no name)
FIRM = r"[一-龥]{1,4}(證券|証券|銀行|商事|物産|生命|製薬|電機|研究所|美容学校|専門学校)"
JAPANESE = re.compile(
    # the odds of getting into a school or a post ("入試の倍率ってどれくらい？")
    r"(入試|試験|採用|受験|選考)?の?倍率(って|は|が)?[^。？]{0,6}(どれ|どの|いくつ|何倍|高い|低い|教えて|わかる|知りたい)"
    # where a school is, whether a workplace lets visitors in
    r"|(専門学校|学校|大学|養成所|スクール|教室|訓練校)[^。？]{0,12}どこに(ある|あり|あん)"
    r"|見学(とか)?(でき|させて(もら|くれ)|可能|って(でき|ok))"
    # the person's own record and recovery ("万引きで補導されたことがある", "元通りに話せるようになる？")
    r"|補導|万引き|書類送検|執行猶予|元通りに(なる|話せ|歩け|動け|戻)|完治"
    # writing asked for, whatever it is ("練習用にプレスリリース1本書いてみて！"), a text to translate
    r"|(書いて|作って)(みて|見て)(よ|ください|くれ|ほしい|欲しい)?(！|!|。|$)|[一1１]本(書いて|作って)"
    r"|を(英語|日本語|中国語|韓国語)に(して|直して|変えて)"
    r"|[ァ-ヶー]{3,}(とか|や|と)[ァ-ヶー]{3,}(って|は|が|の)[^。？]{0,24}(採(って|用)|雇って|入れ(る|て|ます))"
    rf"|{FIRM}(の(中途)?採用|に(入社|入る|入れ)|の(入試|試験|倍率|面接))"
    # what a service or a home costs, a shop that takes apprentices ("浮気調査の費用の相場は？", "家賃が安いエリア",
    # "弟子取ってくれるお店どこか知らない？")
    r"|(費用|料金|値段)(って|は|が)?[^。？]{0,10}(いくら|どれ(くらい|ぐらい)|相場)|相場が知りたい|家賃(が|の)?(安|高|相場)|家賃[^。？?]{0,10}(以下|以内)"
    r"|(お?店|工房|事務所|会社|窯元)(って|を)?どこか(知らない|教えて|ある)"
    r"|弟子(を)?取って(くれる|もらえる)(お?店|工房|ところ)"
    # an employer rated ("デンソーってホワイト？"), what a thing sells for, medicine for the person
    r"|(って|は)(ぶっちゃけ)?(ホワイト|ブラック)(企業|な会社)?(？|\?|なの|ですか|かな|って本当)"
    r"|いくらで(売れ|買え|買い取)|酔い止め|よく効く"
    # fortunes told, the person's own boss or colleagues, a foreign licence taken to Japan ("アメリカの看護師免許…
    # 日本でそのまま働ける？": a rule of the state, which no page gives)
    r"|占って|(上司|同僚|先輩|後輩|部下|職場の人)と(の関係が(悪|つら|しんど)|そりが合わ|うまくいか(ない|なく)|気が合わ)|どう接し(たら|ていいか)"
    r"|(海外|外国|アメリカ|米国|イギリス|英国|中国|韓国|台湾|フィリピン|ベトナム|インド|ブラジル)の[^。？]{0,16}"
    r"(免許|資格|学位)[^。？]{0,30}(日本|国内)で"
    # this year's hiring of a firm ("JR東日本って今年、運転士候補を何人くらい採るか"), the person's own medicine
    r"|(今年|来年|今度|今回)[^。？]{0,16}何人(くらい|ぐらい|ほど)?[^。？]{0,8}(採る|採用|募集)|痛み止め|(薬|くすり)を?飲み(ながら|つつ)"
    # when the next exam can be taken, the adviser's own view, a part to play, a school recommended
    r"|(試験|審査|検定)[^。？?]{0,4}、?次[^。？?]{0,20}いつ|次(に|の)[^。？?]{0,20}(受けられる|受験でき)[^。？?]{0,8}いつ"
    r"|(実際|ぶっちゃけ|正直|個人的に(は)?)[、,]?どう思(います|う)|(面接官|面接)役|役を?やって(くれ|ください|ほしい|もらえ)"
    r"|ロールプレイ|模擬面接|(学校|スクール|養成所|教室|塾)[^。？?]{0,8}(おすすめ|オススメ|お勧め|お薦め)"
    r"|(おすすめ|オススメ|お勧め)の(学校|専門学校|スクール|養成所)"
    # a school ranked by its entrance scores, a good tradesperson near the person ("横浜で腕のいい左官屋さん知ってたら")
    r"|偏差値[^。？?]{0,6}(ランキング|順位|高い|低い|教えて)|(大学|学校)[^。？?]{0,6}ランキング"
    r"|(腕のいい|腕の良い|評判のいい|評判の良い|信頼できる)[^。？?]{0,12}(知って(たら|いたら|る)|紹介して)"
    # a phrase to translate, firms named, the person's own health and insurance ("乳糖不耐症…医学的に大丈夫？",
    # "保険使ったほうが得？等級下がるよね？")
    r"|(英語|フランス語|ドイツ語|中国語|韓国語|スペイン語|イタリア語)で(自然に)?((なんて|何て|なんと)(言う|いう|言えば)|どう言(う|えば)|言うと)"
    r"|(具体的な)?(社名|会社名|企業名)[^。？?]{0,8}(教えて|知りたい|挙げて)|医学的に(大丈夫|問題|平気|危険|安全)|不耐症"
    r"|保険(を)?使った(ほう|方)が|等級(が)?下が"
    # a place's opening hours, the person's child, a queue, this year's exam dates, their own unemployment benefit
    r"|(受付|営業|面会|診療)時間(って|は)?[^。？?]{0,6}(何時|いつ)|どう声を?かけ(たら|れば|てあげ)|親として(どう|何を|なにを)"
    r"|(どの|どれ)(くらい|ぐらい)待(つ|た)|待ち時間(って|は)?[^。？?]{0,6}(どの|どれ)"
    # an amount in a recipe, a place's hours, a password, a child's learning at home
    r"|(割合|分量|配合)(って|は)?[^。？?]{0,12}(いい|良い|ベスト)|何時まで[^。？?]{0,12}(預か|やって|開いて|営業)"
    r"|[0-9０-９]+度(台)?の熱|(救急|病院)に連れて(く|いく|行く)べき|法律的に(まずい|アウト)|直し方|自分で(直|修理)(せ|でき)"
    r"|パスワード(を|が)?(調べ|盗|解析|破|突破|知る方法|知りたい|教えて)|家でできる[^。？?]{0,8}(覚え方|練習|方法|やり方)|(覚え方|練習法|勉強法)(って|は|が)?[^。？?]{0,4}(ある|教えて)"
    r"|(って|は)(今年|来年|今)も?[^。？?]{0,10}(採用|募集)(を)?(やって|して|して(い)?る|ある)"  # "きんでんって今年も…"
    r"|(合格発表|発表日|試験日|締め?切り?日?)(って|は)?[^。？?]{0,6}いつ|失業(保険|手当)[^。？?]{0,20}(もらえ|出る|いくら|受給)[^。？?]{0,8}[？?]"
    # (session 53, tune85) a crime or a divorce of the person's own, medicine, a broadcast, an illness guessed, the
    # nearest place, a course's fee, when applications open
    r"|(罪|犯罪)に(なる|なり|問われ)|離婚(する|した|調停|しそう|を考え)|(どの|どんな|何の|なんの)[^。？?]{0,6}(塗り薬|飲み薬|薬|くすり)"
    r"|いつ(放送|配信)|(放送|配信)(日|開始|予定)(って|は)?[^。？?]{0,4}いつ|次の(シーズン|シリーズ)"
    r"|(うつ|鬱|病気|障害|ADHD)(病)?なの(かな|かも)|(一番|いちばん)近い[^。？?]{0,6}(どこ|の(って|は))"
    r"|受講料|受験料|(申込|申し込み|出願)(期間|期限|開始)?(って|は)?[^。？?]{0,6}いつ"
    # (session 56, tune103) a résumé's photo, a service to quit by, a person's name
    r"|履歴書(の)?(写真|書き方)(?![^。？?]{0,12}(する|した|くれる)(人|仕事))|退職代行|の(方|人)の(名前|名)(って|は|を)?[^。？?]{0,4}(わか|分か|知|教え)"
    # (tune105) a purchase, an appeal of a ruling, who worked on a named work, a loan's approval
    # (s65, tune125) a measure of a thing ("富士山の高さって何メートル？"), an exam's past papers produced
    r"|何(メートル|キロ|センチ|グラム|トン)(？|\?|ある|なの|くらい|ぐらい|$)|過去問(を)?(出して|見せて|解かせて|ちょうだい)"
    r"|買うなら|(どれ|どっち|どちら)を買|不服申し立て|誰が[^。？?]{0,12}(やって(る|いる)|担当して|手が?け)[^。？?]{0,4}(知|わか|分か)"
    r"|融資[^。？?]{0,10}(審査|通り|受けられ|借りられ)"
    # (tune87) a haircut to ask for
    r"|流行(って|り)の?[^。？?]{0,6}(髪型|ヘア|服|ファッション|コーデ)|(何て|なんて)頼めば"
    # (tune89) a tax to pay, a school near the person that takes working adults at night
    r"|登録免許税|印紙代|通える[^。？?]{0,6}(養成校|学校|専門学校|スクール|教室)(って|は)?(ある|あり)"
    # (session 54, tune91) a visit to a plant, a firm's interview questions, the cheapest school, a food's harm, the
    # person's hairstyle, two fabrics weighed
    r"|見学を?受け入れ|面接(って|で|では)[^。？?]{0,6}(どんな|何を|なにを)[^。？?]{0,8}聞かれ|(一番|いちばん)安い"
    r"|体に(悪い|良くない|よくない)|髪型が?似合|(どっち|どちら)が(涼し|暖か|あったか)"
    # (tune93) a maker to buy from, applicants per post, a neighbour's noise, a timetable, who is famous, a recipe, an
    # insurance to take out, a knack for software
    r"|(どこの|どの)(メーカー|ブランド)|何人(くらい|ぐらい)?の?応募|うるさくて眠れ|時刻(を|って)?(教えて|知りたい)"
    r"|有名な[^。？?]{0,12}(って)?(誰|だれ)|(小麦粉|塩水|砂糖|醤油|みりん|だし)[^。？?]{0,12}(割合|分量|配合)"
    r"|入るべき(ですか|か|？|\?)|どの商品がいい|コツ(を)?教えて|べき？それとも"
    # (tune95) sleeping pills, a national ID card, a school's entrance score, a colleague courted
    r"|睡眠薬|(薬|くすり)(を)?飲んでから|マイナンバー|偏差値[^。？?]{0,6}(どのくらい|どれくらい|いくつ)"
    r"|好きになっちゃ|アプローチ(したら|すれば)"
    # (session 55, tune97) a workplace's reputation
    r"|評判(って|は|が)?(どう|いい|良い|悪い)"
    # (tune99) when a plant restarts, a good shop near the person, the day a visitor comes
    r"|いつ(再稼働|再開|完成|開通|発売)|(美味しい|おいしい|うまい|安い)[^。？?]{0,10}(屋|店)(さん)?(って|を)?(知って|教えて)"
    r"|何曜日に(来|い)"
    # (tune101) which is cheaper or pays off, how much of a food is healthy, today's news, a bill cut, a sum worked out
    r"|(どっち|どちら)が(安|得|お得)|(何杯|何個|何グラム|どれくらい)[^。？?]{0,10}(体にいい|健康にいい)|今日の[^。？?]{0,6}ニュース"
    r"|(電気代|ガス代|水道代|携帯代|家賃)[^。？?]{0,10}(安く|節約|下げ)|(?<![a-z])ph(って|は)?[^。？?]{0,6}いくつ"
    r"|求人(を)?出して(る|い)(とこ|ところ|会社|お店)[^。？?]{0,4}(知って|教えて|ある)"
    # (session 57, tune109, tune111) two brands' workplaces weighed ("トヨタのディーラーとホンダのディーラー"), the
    # person's own ailment guessed, what a home sells for, which magazine sells more
    r"|[ァ-ヶー]{2,}の(?P<place>ディーラー|販売店|工場|店舗|支店)と[ァ-ヶー]{2,}の(?P=place)"
    r"|(腱鞘炎|ヘルニア|関節炎|坐骨神経痛|四十肩|五十肩|ばね指|認知症)(なん|でしょうか|ですか|かな|なの|かも)"
    r"|安く買える(お?店|ところ|とこ|場所)"  # (tune111) where to buy something cheap
    r"|売ったら[^。？?]{0,6}(いくら|どの|どれ)|(どっち|どちら)が[^。？?]{0,4}売れて"
)
# Who holds an office now: no page names people ("who is the current mayor of Shibuya?").
HOLDER = re.compile(
    r"\bwho('s| is| was| are) (the |our )?(current|present|incumbent|new|former|previous|last|next)\b"
    r"|(今|現在|現職|歴代)の\w{1,10}(は|って)(誰|だれ)"
)
# Two named firms weighed (chatbot.retrieval._scope): their names end as firms' do
FIRM_JA = r"[一-龥ァ-ヶ]{1,6}(商事|物産|銀行|証券|電機|製薬|薬品|化学|重工|自動車|建設|電力|ホールディングス)"
WEIGHED = re.compile(  # two employers weighed (scope_of): "武田薬品と中外製薬だと、研究職の残業が少ないのはどっち？"
    rf"{FIRM_JA}(と|や)[^。？]{{1,12}}(どっち|どちら)|(と|や){FIRM_JA}[^。？]{{0,24}}(どっち|どちら)"
)
# How to apply ("どこに応募すればいいの？"): the way in, which a page's career path tells, not openings
HOW_TO_APPLY = re.compile(
    r"(どこに|どこで|どうやって|どう)(応募|申し込|エントリー)|\b(where|how) (do|would|can|should) i apply\b"
)
# Work where the person lives ("is there demand in my area?", "how many jobs are there in my town?"), read by
# chatbot.retrieval._scope as a search for openings; not a place said in passing ("campaigns in my town")
MY_PLACE = r"\bin my (area|town|city|region)\b"
LOCAL_WORK = (
    rf"\b(demand|work|jobs?|openings?|positions?|hiring|employers?|many|much|any)\b[^.?!]{{0,30}}{MY_PLACE}"
    rf"|{MY_PLACE}[^.?!]{{0,30}}\b(demand|hiring|openings?|jobs?)\b"
)
KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH_PARTS = AnyOf(ENGLISH)  # searched by its parts (chatbot.text.AnyOf); JAPANESE refers back to its groups


def asks_world(text: str) -> bool:
    """Whether the (folded) text asks one of these facts. The Japanese pattern is read only for a text with Japanese
    in it: one pattern of both read every English question in 78 µs on a long one, the English alone in a fraction."""
    return ENGLISH_PARTS.search(text) is not None or (
        KANA_KANJI.search(text) is not None and JAPANESE.search(text) is not None
    )
