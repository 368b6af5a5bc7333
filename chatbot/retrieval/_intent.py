"""What a question asks (become, work, skills, ...) in English and Japanese, and the headings its words point at.

Cue words are the first pass; the headings that answer each intent are a role of the heading vocabulary (headings.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatbot.models import Intent, JobLink
from chatbot.retrieval._clauses import ABOUT_DESCRIBED, DESCRIBED_CLAUSE
from chatbot.retrieval._comparands import WAYS_COMPARED, WORK_COMPARED
from chatbot.retrieval._hints import SCHOOL_AT_WORK
from chatbot.retrieval._scope import asking
from chatbot.retrieval._way_in import FEASIBLE_JA
from chatbot.text import fold, is_japanese, name_words

# Cues per intent, most specific intent first: the first intent with a cue in a clause wins, and the last clause
# that has one decides. A comparison comes before the work ("what does a physiologist do differently from…").
# Jobs close to one: "what other jobs would I be close to qualifying for?", "what roles sit close to it?"
NEAR_JOBS = (
    r"\b(neighbou?ring|adjacent|nearby|neighbou?r) (jobs?|roles?|careers?|occupations?|fields?)\b|"
    r"\b(jobs?|roles?|careers?|occupations?)\b[\w' ]{0,20}\b(close|near) (enough )?(to )?"
    r"(qualifying|it|that|this|them|mine|what)\b"
)
CUES: list[tuple[Intent, str]] = [
    (
        Intent.COMPARE,
        r"\bcompar|(?<!look )(?<!looks )(?<!looking )\bdifferen(?!t (job )?(titles?|names?)\b)"  # not "will it
        # look different in ten years?", "different titles for landscape architecture roles" (its other names)
        r"|\bdiffer\b|\bvs\b|\bversus\b|\bwhich (one )?(is|pays|has|needs|takes|requires) "
        r"|\b(basically|really|just|pretty much|exactly|kind of) the same (thing |job )?as\b"  # "is that basically
        r"|\bis (that|it|this) the same (thing |job )?as\b"  # the same as a machinist?": the two side by side
        r"|違い|(?<!によって)(?<!により)違う(?!名前|呼び方|言い方)|比較|比べ|どちらが|どっちが|(どっち|どちら)の(方|ほう)が|とでは|と.{1,20}の差"
        r"|のは(どっち|どちら)",
    ),
    (  # "what does X do", "a typical day": unmistakably about the work, whatever else the words say
        Intent.WORK,
        r"\bwhat (else )?(does|do|did|dose) (an? |the )?[\w'/ -]{1,80}\bdo\b"  # "what else do they do all day?"
        r"|\bwhat (would|will) (an? |the )[\w'/ -]{1,60}\bdo\b|\bwhat [\w' -]{1,40}s (actually|really) do\b"
        r"|\bday[- ]to[- ]day\b|\bwhat (does|do|would) (the|a|this|that) (job|role|work) (of|as) .{1,60}\binvolve"
        r"|\btypical (day|shift|week|work)|\b(an? )?(actual|real|proper) (career|job|profession)\b"
        # said indirectly or of the day: "what an embalmer actually does to prepare someone", "spend the day doing"
        r"|\bwhat (an?|the) [\w'/ -]{1,40} (actually |really |usually )?does\b(?! (it|that|this|well)\b)"
        r"|\bspends? (the|their|his|her|my|your|a|all|most of (the|their|my)) (days?|shifts?|time) (doing|on)\b"
        r"|\bfills? (up )?(their|his|her|your|the) (day|days|week|shift|shifts|time)\b"  # "what else fills their day"
        r"|\bdo(es|ing)? (during|on|in) (an?|the|their|his|her|each) ((typical|normal|regular) )?(shift|(work)?day)\b"
        r"|\b(shift|workday|day|job|work) (actually |really |usually )?(consists?|looks?) (of|like)\b"
        r"|\b(be )?responsible for\b|(どんな|どういう)(こと|作業)(を)?(して|する|やって|やる)"
        # not "必要なスキルって、絵のうまさ以外に何がありますか": more of the topic asked before
        r"|以外(に|で|には)?(何|なに|どんな)(?!が(あり|ある|いる|必要))"
        r"|(一日|一年|1日|毎日)(って|の|は)?(どういう|どんな)(流れ|風|ふう)"
        r"|\bwhat (would|will|does|do|is|are) (he|she|they|you|i|one) (actually |really )?(be )?doing\b"
        r"|\bwhat (would|will|does|do)\b[\w'/ -]{1,60}\bhave (me|you|them|us) doing\b"  # "…position have me doing"
        r"|\bwhat'?s (that|it|this|that job|this job) (all )?about\b|\bwhat is (that|it|this) (all )?about\b"
        r"|\bwhat (do|does) (an? |the )?((\w+ ){0,3}\w+(ists?|ers?|ors?|ians?)|job) (\w+ly )?"
        r"(study|research|investigate)\b(?! (in|at|for|to)\b)"
        r"|(何|なに)を?する(人|仕事|の)|何をする|仕事内容|どんな作業|作業内容|(?<!最初は)(?<!初めは)(?<!最初に)(何|なに|どんなこと)(を)?(やらされ|させられ)"
        r"|(どういう|どんな|どの(よう)?な)(手順|段取り)で|(どうやって|どのように)(仕事|作業)を?進め"  # how it is done
        # whether the work takes something in: "Is that what aviation inspectors do?", "…or is that some office thing?"
        r"|\bis (that|this|it) what [\w'/ -]{1,40}\bdo(es)?\b"
        r"|\bor is (that|it) (a |an |some )?(\w+ )?(separate|different|other|office)\b"
        r"|(どんな|どういう)(人|方|患者|お客)(さん|たち)?を"  # "どんな人をサポートする仕事": whom the work serves
        r"|\b(are|is) (an? |the )?[\w'/ -]{1,40}\bthe (ones?|person|people) (who|that)\b",  # "are X the ones who…"
    ),
    (
        Intent.RELATED,
        r"\brelated (to|jobs?|occupations?|careers?|roles?|work(?! (behind|experience|history)))\b"
        r"|\bsimilar (jobs?|occupations?|careers?|roles?|work)\b|\bother (names?|titles?)\b|\balso (called|known)\b"
        r"|\balternat\w* (names?|titles?)\b|\bjob titles?\b|\bdifferent names\b"
        r"|\bwhat (do|does|would) [\w ]{1,30}\bcall (the|this|that) (role|job|position)\b"  # "…postings call the role?"
        r"|\b(jobs?|occupations?|careers?) (are |that are )?related\b|\bother (jobs|occupations|careers)\b"
        r"|\b(jobs?|careers?|occupations?) (are |that are )?close(st| enough)? to\b"
        r"|" + NEAR_JOBS + r"|\b(also|else|otherwise) called\b|\bcalled (anything|something) else\b"
        r"|\borgani[sz]ations?\b|\bassociations?\b"
        r"|\b(jobs?|careers?|occupations?|professions?|work) (are |that are |which are )?(like|similar to) "
        r"(?!(on|in|at|for|to|with|day|other|besides|apart|outside|when|if|really|actually)\b)"
        r"(a |an |the |being )?\w"  # not "what's the roustabout job like on a rig"
        r"|\b(jobs?|careers?|occupations?|professions?) (are |that are |which are )?"
        r"(kind of |sort of |pretty |fairly )?similar(\W*$| (that|which|i|where)\b)"  # "what jobs are similar (that…)"
        r"|関連する(職業|仕事)|関連(職種|団体)|似た(職業|仕事)|似ている(職業|仕事)|類似|別名|別の(呼び方|名前)|呼び方|他の名前|団体",
    ),
    (
        Intent.QUALIFICATIONS,
        r"\blicen[cs]|\bcertif|\bqualification|\bcredential|\bexams?\b|\bexamination|\baccredit|\bpermit\b"
        r"|資格|免許|試験|検定|認定"
        r"|(持って|取って)(い)?ないと(でき|なれ|ダメ|だめ|無理|働け)",  # "建築士とか持ってないとできない？"
    ),
    (
        Intent.OUTLOOK,
        r"\boutlook|\bfuture\b|\bprospects?\b|\bin demand\b|\bdemand for\b|\bjob market\b|\bgrowth\b|\bgrowing\b"
        r"|\bautomat|\breplaced?\b(?! (that |the |this |my )?(glass|windshields?|windows?|parts?|tires?|pipes?))"
        r"|\bai\b|\bstable\b|将来(?![^。？、]*たい)|今後|需要|見通し|展望|なくな(る|ら|っちゃ)|先行き|将来性"
        r"|\blook different\b|\b(years?|decades?) from now\b|\b(expected|going|likely) to change\b"
        r"|\bchange (over|in) the (next|coming)\b|これから先|この先|(どう|どのように)変わ"
        r"|\bstill be (needed|around|in demand)\b|\b(be )?needed in \d+ years\b",  # "…still be needed in 20 years?"
    ),
    (
        Intent.PERSONALITY,
        r"\bpersonalit|\btraits?\b|\bcharacter\b|\btemperament|\baptitude|\bsuited\b|\bsuit me\b|\bgood fit\b"
        r"|\bright for me\b|\b(kind|sort) of (person|people)\b|\btype of (person|people)\b|\binterests?\b|\bvalues\b"
        r"|\bvalue most\b|\bsuits? (someone|somebody|me|people|a person|you)\b|\b(a )?people (job|persons?|career)\b"
        r"|\bwith people\b|\bfits? (someone|somebody|a person|me|people)\b|\b(more|most) (creative|artsy|artistic)\b"
        r"|\b(an? )?(artsy|creative) (person|type|people)\b|\brecognition\b|\bindependen|\bautonomy\b"
        # "which one should I pick if I want to work alone?", "which of the two is more about leading people?"
        r"|\bwork(ing)? (alone|solo|on (my|your|their) own)\b|\b(leading|managing|directing) (other )?people\b"
        r"|\bstrengths?\b|\bweakness|\bintrovert|\bextrovert|\bpersonally\b|\bcare (about|most)\b|\bvalue-wise\b"
        r"|\bpersonal (qualities|quality|traits?|characteristics)\b|\bvalued\b"  # "what personal qualities…?"
        r"|性格|人柄|向いて|適性|向き不向き|どんな人(?!を相手|と(接|関わ|話))|タイプの人|(?<!に)興味(?!が(ある|あり|あって))|価値[観感]|長所|短所|強み|弱み"
        r"|(どういう|どんな|何)(こと|もの)?に興味|興味が(ある|あって)人"
        r"|(タイプ|人)(に|が)?向き(?!合)",  # "人と関わるのが好きなタイプ向き？"
    ),
    (
        Intent.WORK_STYLE,
        r"\bhours\b|\bschedule|\bshifts\b|\bshift\b(?! like\b)|\bovertime\b"  # not "what's a shift like": the work
        r"|\bworking conditions\b|\bwork(ing)? environment\b"
        r"|\bwork ?style\b|\bfull[- ]?time\b|\bpart[- ]?time\b|\bremote|\bfrom home\b|\bweekends?\b|\bholidays?\b"
        r"|\bemployment type|\bself[- ]employed\b|\bfreelanc|\bwork[- ]life\b|\bflexi|\bemployed as\b"
        r"|働き方|はたらき(方|かた)|働きかた|勤務|労働時間|時間帯|休日|休み|休ん|休め|残業|バイトで|アルバイトで|雇用形態|雇用(?!保険)|正社員|非正規|(?<![ァ-ヶー])パート(?!ナー)|バイトの(人|方)|フリーランス|自営|労働条件|職場環境|雇われ"
        r"|派遣で|派遣の|夜勤|シフト|フレックス|転勤|異動|出張|(冬|夏|春|秋)(だけ|の間だけ|のあいだだけ)|民間|何時(から|まで|に|頃|ごろ|くらい)|(どれくらい|どのくらい|けっこう|結構|たくさん)歩|テレワーク|在宅|働く環境|土日|週末|祝日|連休|忙し|繁忙期|不規則|家で|自宅|どこで働|どんなところで働"
        r"|職場|働く場所|勤務先|\bwhere (do|does|would|will|can) (they|you|i|one|people) work\b"
        r"|朝.{0,8}早い|早起き|当直|一年中|危な|危険|\bearly (mornings?|starts?)\b|だけ働け|短時間"
        r"|(どんな|どういう|どの(ような|よう))(ところ|所|場所|職場|会社|企業)で働"
        # when, how long, at whose pace: "夜に作業することも", "自分のペースで働ける"
        r"|夜(?!勤)|深夜|季節|現役|長く続け(?!たら)|何歳まで(働|続|現役)|両立|自分のペース"
        # who works it: 243 of 267 jobtag lines with 女性 are Work Style (not "男でも…になれますか": the way in)
        r"|女性|女の人|男性|男の人|(女|男)でも(?![^。？]{0,12}なれ)|(女|男)の[^。？?]{0,8}(割合|多|少)"
        r"|(若い|年配|高齢|中高年)の?(人|方)(が|って|は)?[^。？]{0,6}(多|少|い(る|な))|年齢層|平均年齢"
        r"|会社員|フリー(で|が|の(人|方))|きつ(い|そう)|しんど(い|そう)|(座り|立ち)(っぱなし|仕事)"  # "…きつい？"
        r"|ヒマ|暇な(時期|季節|の)|閑散期|いそがし|(仕事|作業)の?量に波|(どんな|どの)(日|曜日|時期)に働|駐在|赴任|海外に住",
    ),
    (
        Intent.SKILLS,  # programs of an activity are schemes, not software: "…run recycling programs do all day?"
        r"\bskill|\bknowledge\b|\babilit|\bgood at\b|\bneed to know\b|\bcompetenc|\bsoftware\b|\btools?\b"
        r"|\btechnolog|\b(?<!\w{3}ing )programs? (do|does|should)\b|\bequipment\b"
        r"|\bwhat (do|does|would) (they|you|i|\w+s) use\b"
        r"|\b(computer|software) (programs|applications|apps)\b|\bprograms (would|will|do|should|can) (i|you|they)\b"
        r"|\b(computer|software) systems (would|will|do|should|are) (i|you|they|\w+s)\b|\bexpected to know\b"
        r"|スキル|技能|能力|知識|得意|ソフト|ツール|道具|必要な力|詳しい|(目|耳|鼻|舌)の良さ"
        r"|(聞く|話す|考える|伝える|書く|見る)力|力が(求められ|必要|いる)",  # "人の話をよく聞く力が求められる"
    ),
    (
        Intent.BECOME,
        r"\bbecom|\bget into\b|\bget started\b|\bstart (a|my|the)? ?career|\bbreak into\b"
        r"|\bhow (do|can|would|should) i (get|be|start)\b|\bwhere (do|should|can) i start\b|\bstart out\b"
        r"|\bcareer path|\bpath\b|(?<!not )\brequire|\bprerequisite|\beducation|\bdegree|\b(bachelor|master)'?s\b"
        # a route to a job, not "route letters before they go out to the carriers"
        r"|(?<!\bto )\broute\b(?! instead| (letters|mail|calls|packages|parcels|shipments|traffic|trucks|them|it)\b)"
        r"|\bstudy\b|\bschool|\b(what|which) (kind of |sort of |educational )?backgrounds?\b(?! checks?)"
        r"|\bcollege\b|\buniversity\b|\btraining\b|\btrain\b|\bapprentic|\bexperience\b|\bprepar|\bprep\b|\bentry\b|\benter\b"
        r"|\bjob zone\b|\bpromot|\bcareer ladder\b|\b(the|that|this) ladder\b|\bprogress|\badvance"
        r"|なるには|(?<!気)(?<!制)になる|なりたい|なり方|入り方|なるため|採用試験|就く|就きたい|就職|進路|キャリア|学歴|経歴|学校(?!のjob|の(先生|教員|教師|職員|事務))|学部|学科|修士|博士|大学院|ステップアップ|勉強|訓練|経験|入職|未経験|新卒で(入|就職|採用され|なれ)"
        r"|院卒|大卒|高卒|短大卒|専門卒|昇進|目指|一人前|どれくらいかかる|何年かかる|なれるまで|(?<![異連重])なるまで|最初は|最初の(?![^。？?]{0,10}話に戻)|入ったばかり|新人|見習い|はじめは"
        r"|つきたい|つくには|どうやってなる|どうしたらなれ|なれる|なれます|研修|講習|養成|修行|入団|入社|採用され|入った(あと|後)"
        r"|" + FEASIBLE_JA + r"|始められ|何から(始め|はじめ)|どこに登録"  # "50代からでも始められますか？"
        # "ロケットの開発に関わってみたいと思ってます", "…買収を進める側に回ることってできますか": the way in
        r"|登録(すれば|したら|先)|(?:関わ|携わ)(?:りたい|ってみたい)|側に(?:回|まわ|移|うつ)(?:る|れる)(?:こと|の|には|ため)"
        r"|((して|かして|いて|って|んで)み|(側|ほう|方)に(回|まわ|移|うつ)り)たい([なあぁー]*|です|と思って[てるいま]*"
        r"|んです(けど)?|んだ(よ(ね|な)?)?)[。！!…]*$"  # a wish said last: "…動かしてみたい" (not "…けど、…？")
        r"|(?<![a-z])mba(?![a-z])|(持って|取って|もって|とって|取っと|とっと)(た|いた|おいた|おく)?(ほう|方)が(有利|いい|良い)"
        r"|開業|独立(し|でき|開業)|(店|院|事務所|教室)を(開|持)"  # "院を開ける？", "独立したい": where paths end
        r"|ルート(?!営業|セールス|配送|配達)|道のり|ポスト(まで|に)|出世|(世界|業界|道)に入|(?<!日の)(?<!日は)(どういう|どんな)流れ(?!で(仕事|働|作業|進|作|造|つく|やっ|やる|行って|製造))|なれない|働くには"
        r"|\bhow long (is|does|will|until|till|to|before|do)\b|\bojt\b|\btrained up\b|\bend up (in|as|being|there)\b"
        r"|\bhow (do|does|did|would|can) (people|someone|somebody|one|you|they|folks) (get|land)"
        r"( that| this| the| a| an| such an?)? (job|role|position|gig|post)\b|\bget hired\b",
    ),
    (
        Intent.WORK,
        r"\bwhat (does|do|did) (an? |the )?[\w' -]{1,60}\bdo\b|\bwhat is (an? |the )?[\w -]{1,60}\b(job|role|work)\b"
        r"|\bdut(y|ies)\b|\btasks?\b|\bresponsibilit|\bday[- ]to[- ]day\b|\bdaily\b|\bjob description\b|\binvolve"
        r"|\bentail|\brole of\b|\bdescribe|\bwhat kind of work\b|\bwhat work\b|\bactivities\b|\bwhat is an? "
        r"|\bwhat (do|does|would) [\w' ]{1,40}\b(work on|do all day|deal with|on their plate)\b"
        r"|\bwhat ((kind|sort) of )?(stuff|things?) (would|will|do|does) (i|you|they|he|she|we) (be )?(doing|do)\b"
        r"|\bdo(es)? (they|you|he|she|\w+s) (also |ever |usually |actually |really )?(handle|deal with|take care of"
        r"|work on|look after)\b|\bdo(es)? (they|you|he|she) (\w+ )?((have|need|get) to|ever) (?!(work|travel|sit|stand"
        r"|wear|make|earn|get paid|be)\b)\w+"  # "…ever testify in court?" (not "…ever work nights?", "…to be calm")
        r"|\bwhich (official|person|job|worker|occupation|profession|role)\b|\bwho (is|are)\b"
        r"|仕事内容|どんな仕事|何を?(する|して|やる|やって)|業務|職務|役割|(?<![あこ])とは|具体的|一日|やること|仕事の(内容|中身)"
        r"|(たり|だり)(も)?する(の|ん|こと)",  # "スーパー回ったりするんですか": whether the work takes it in
    ),
]
CUES.append(  # an overview, last: any more particular cue wins ("税理士の試験について知りたい" asks about exams)
    (
        Intent.WORK,
        r"\bwhat('s| is) it like\b|\bwhat (is|'s) (that|this|the) (job|role|work) like\b|\blike being\b"
        r"|\bwhat'?s (a |an |the )?[\w' -]{1,40} like\b|\btell me (more )?about\b|\boverview\b"
        r"|\binfo(rmation)? (on|about)\b|\b(learn|know|hear|read) (more |a bit |a little )?about\b"
        r"|\bwhat'?s the (deal|story) with\b"
        r"|\bwhat('s| is) (that|this)( job| one)?\W*$"  # "…becoming a medical dosimetrist, what is that"
        r"|\bwhat (is|are) (an? |the )?[\w -]{1,40} (role|job|position)\b"
        r"|どんな感じ|ってどんな|について(教えて|知りたい)|概要|ざっくり(教えて|知りたい)|どんな仕事|どのような(お)?仕事|どういう(お)?仕事"
        r"|(どういう|どんな)(ポジション|役職|立場)|流れで(仕事|作業|働|進(む|め|ん)|作|造|つく|やっ|やる|行って|製造)|仕事の流れ"
        r"|働くの(って|は)(どう(なん|なの|かな)|どんな)"  # "…工場で働くのってどうなんだろう": what the work is like
        r"|\bwhat (does|do|would|will) (their|the|a|his|her|your|my) (typical )?(work|job|day|days|shift)"
        r"( \w+ly)? look like\b"
        r"|\bwhat (does|do|would|will) (that|this) (kind|sort|type) of (job|work|role|career) look like\b"
        r"|気になって(る|い)|興味が(ある|あり|あって)|関心が(ある|あり)|の仕事(は|って)(どう|何)?[？?。]?\s*$",
    )
)
PATTERNS = [(intent, re.compile(cue)) for intent, cue in CUES]
CLAUSE = re.compile(r"[,;.!?、。？！]\s*|\s(?:so|but)\s")
# What a comparison compares: the particular cues, not the compare cue itself nor the overview (CUES' last)
SPECIFIC = [(intent, pattern) for intent, pattern in PATTERNS[1:-1] if intent is not Intent.COMPARE]


def asked_part(text: str, mention: str | None) -> str:
    """The question with "job" for the job it names, whose name asks nothing ("a software developer": no skills)."""
    question = fold(text)
    return question.replace(mention, "job", 1) if mention else question


def unnamed(asked: str, links: list[JobLink]) -> str:
    """The asked part with the names the question links taken out: as written in the question, in the singular,
    or (English) word by word with other commas and plurals ("a helper for installation, maintenance and repair
    workers": its "maintenance" and "repair" ask nothing)."""
    for link in links:  # as written, or in the singular ("what is a remote sensing technician": not remote work)
        name = fold(link.matched)
        asked = asked.replace(name, "job") if name in asked else asked.replace(name.removesuffix("s"), "job")
        if name not in asked and not is_japanese(name):  # its words with other commas and plurals ("helper for
            words = r"\W+".join(rf"{re.escape(word)}\w{{0,2}}" for word in name_words(name))  # installation, …")
            asked = re.sub(rf"\b{words}\b", "job", asked) if words else asked
    return asked


def detect_intent(asked: str) -> Intent | None:
    """The intent of a question's asked part (see asked_part), None when nothing specific is asked: the last clause
    with a cue decides ("how do i become a job?": BECOME; "大工に必要な資格は？": QUALIFICATIONS)."""
    # the sentences that ask decide ("…スキルってなんですか？北海道で牧場に…"); not two ways of work ("正社員と
    # パートどっちが多い？"), a school worked at ("…teach biology at a university") nor workers described
    asked = ABOUT_DESCRIBED.sub(" ", SCHOOL_AT_WORK.sub(r"\g<work>", WAYS_COMPARED.sub(" ", asked)))
    for text in dict.fromkeys((DESCRIBED_CLAUSE.sub(" ", asked), asked)):  # "…for the people who… using… tools?"
        if found := last_cued(asking(text), PATTERNS) or last_cued(text, PATTERNS):
            return found
    return None


def compared_topic(asked: str) -> Intent | None:
    """What a comparison compares, when it says so beside its compare cue: "how do the skills compare between
    welding and machining?" -> Intent.SKILLS; None when it compares the jobs as a whole ("what's the difference?")."""
    return last_cued(asked, SPECIFIC) or (Intent.WORK if WORK_COMPARED.search(asked) else None)


def last_cued(text: str, patterns: Sequence[tuple[Intent, re.Pattern[str]]]) -> Intent | None:
    """The intent of the last clause with a cue among these patterns (the first pattern that finds one in it)."""
    for clause in reversed([c for c in CLAUSE.split(text) if c and c.strip()]):
        found = next((intent for intent, pattern in patterns if pattern.search(clause)), None)
        if found is not None:
            return found
    return None
