"""Words that point at particular headings, whatever the intent: "what education..." -> Education first; and the
headings to prefer for a question (those its words point at, then its intent's)."""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.headings import Headings
from chatbot.models import Intent
from chatbot.text import terms

# A school or university as where the work is done, not as schooling ("teach biology at a university", "cooking big
# batches in schools", "a special ed teacher at the high school level"); not "work in a college program"
# A time of life at school, said of when the person will work ("大学入ったら牛丼屋でバイトしよう"), not of the schooling
SCHOOL_TIME_JA = re.compile(  # …or the person's own major ("心理学部なんだけど、"), not the schooling asked
    r"(大学|高校|専門学校)(に)?(入ったら|入って(から)?|生になったら|時代|在学中)|在学中"
    r"|[^\s、。]{0,8}(学部|学科|専攻)(の学生|生)?(なんだけど|なんですけど|なんですが|だけど|ですが|です。|で、)"
)
SCHOOL_AT_WORK = re.compile(
    r"\b(?P<work>(teach|work|lectur|research|cook|serv|clean|nurs|counsel|coach|job|role)\w*\b[\w ]{0,30}?)"
    r" (at|in) (an? |the )?((high|middle|elementary|primary|secondary|public|local) )?"
    r"(universit(y|ies)|colleges?|schools?)( level)?\b"
    r"(?! (degree|diploma|program|course|class)s?\b)",
    re.IGNORECASE,
)
# …and a school's staff said with it: "a university econ instructor" teaches there, no schooling is asked
SCHOOL_STAFF = re.compile(
    r"\b(university|college|school)( \w+)? (?P<staff>(instructor|teacher|professor|lecturer|librarian|nurse)s?)\b"
)
# Words that point at particular headings (by key), whatever the intent ("what education..." -> Education first).
HINTS: list[tuple[str, tuple[str, ...]]] = [
    (
        r"\beducation|\bdegree|\bschool|\bcollege|\buniversity|\bdoctorate|\bph\.?d\b|\bmaster'?s\b|\bbachelor'?s\b"
        r"|\bpost-?doc"  # "post-doctoral training": a level of Education
        r"|学歴|高卒|大卒|博士|修士",
        ("education",),
    ),
    # "天気に左右される？", "冬だけって聞いた": when and where the work is done
    (
        r"働き方|はたらき(方|かた)|働きかた|勤務時間|勤務形態|休日|天気に(左右|振り回)|天候|屋外|季節(労働|によって|で)|(冬|夏)(だけ|の間|場)|繁忙期"
        r"|忙しい(時期|のは)|(どういう|どんな)(ところ|所|場所|職場|会社|企業)(に|で)(勤め|働)|住み込み|休み(は|って|が)|夜勤"
        r"|座って(でき|する|や)|座り仕事|立ち仕事|立ちっぱなし"  # "できれば座ってできる仕事がいい": how it is worked
        r"|何時間(くらい|ぐらい|ほど)?(働|勤務)"  # "一日何時間くらい働くもの？"
        r"|ヒマ|暇な(時期|季節|の)|閑散期|いそがし|何月(ごろ|頃|くらい)?(が|に|は)",  # "夏はヒマなの？": the seasons
        ("work_style",),
    ),
    (  # "…something you pick up at work over years?"
        r"\bon[- ]the[- ]job\b|\bojt\b|\bthe ropes\b|\bonce (you'?re|you are|i'?m) (actually |really )?hired\b"
        r"|\bhow long\b.{0,60}\b(new hires?|on (their|your) own)\b"  # "…before a new hire can do it on their own?"
        r"|\b(pick|picked|learn|learned|learnt) (\w+ )?(up )?(at|on|while at) work\b"
        # "how long until I've actually learned the job from the people I work with?"
        r"|\b(learn|learned|learnt|pick up|picked up) (the job|it|the work|the trade)\b.{0,30}"
        r"\bfrom (the |my |your |their )?(people|co-?workers|colleagues|crew)\b",
        ("on_the_job_training",),
    ),
    # the languages a job takes: its career path tells ("語学力ってどれくらい必要？"), and the language knowledge
    (r"語学力|英語力|英語(が|は|って)?(必要|要る|いる|できな|話せな|苦手)", ("career_path", "knowledge")),
    # before the physical: "体力とか反射神経とか、どういう能力が求められる？" asks for the Abilities table
    (  # "バランス感覚がないと厳しい？"
        r"\babilit|能力|器用|手先|集中力|記憶力|(目|耳|鼻|舌)の良さ|(目|耳)が(良|いい)|(バランス|色彩|方向|空間|リズム)感覚",
        ("abilities",),
    ),
    (
        r"\bdanger|\bhazard|\brisky\b|\bsafe\b|\bsafety\b|\bphysical|\bheavy\b|\bheights?\b|\bhard on (the|your|my) "
        r"(body|back|knees)\b|危な|危険|安全|体力|重い",
        ("tasks", "work_style"),
    ),
    (r"体力|持久力|スタミナ", ("abilities",)),  # after the work: the page's Abilities score 持久力（スタミナ）
    (r"\bin[- ]plant\b|\bon[- ]site\b", ("on_site_training",)),
    (
        r"入ってから|入職後|入社後|就職後|(入社|入職|就職|採用)して(から|以降)"
        r"|(入って|入社して|採用されて)(すぐ|いきなり)",  # "入ってすぐ現場に立てるの？": what training comes first
        ("training_after_entry",),
    ),  # "どっちが入ってからの修行長い？"
    (r"入る前|入職前|就職前", ("training_before_entry",)),
    # "一人前になるまで長くかかりそう", "全部の工程をこなせるようになるまで何年", "独り立ちするまで"
    (  # "入ったあとってどんなふうに仕事覚えていくの？"
        r"一人前(になる|まで)|独り立ち|(こなせる|任される|できる)ようになるまで|仕事を?覚え(て|る)",
        ("training_after_entry", "career_path"),
    ),
    (
        r"\btrain(ing|ed)?\b|\bapprentic|訓練|研修|修行",
        ("on_the_job_training", "on_site_training", "training_before_entry", "training_after_entry"),
    ),
    (
        r"\bexperience|\brelated work\b|\bwork behind them\b|\bunder (their|your|my) belt\b|\b(zero|no) background\b"
        r"|経験",
        ("related_work_experience", "experience_before_entry"),
    ),
    # being taken on asks what a newcomer brings ("zero work experience here. would a foundry take me on as…?")
    (
        r"\btake (me|someone|people|newcomers) on\b|\bhire (me|someone like me)\b",
        ("related_work_experience", "job_zone"),
    ),
    # where the work is: "焼き物を作る仕事って、どのへんの地域に多い？"
    (r"(地域|地方|エリア|都道府県)(に多い|が盛ん)|どの(へん|辺|あたり)(に多い|が盛ん)", ("work_style",)),
    (r"\blicen[cs]|\bcertif|\bqualification|\bexam|資格|免許|試験|検定", ("related_qualifications",)),
    # after training: a Japanese page's Education is a table of shares; its Career Path says which schools lead in
    # not a school as the workplace ("学校の給食室で働いてみたくて", "ほかの学校に異動になる")
    # (nor the person a student: "大学生で…", nor a school's teacher: "小学校の先生の話に戻るけど、…価値観")
    (
        r"学校(?!の\w{1,4}室|で働|に勤|事務|(に|へ|への)(異動|転勤)|の(先生|教員|教師|職員|job))|大学(?!生)|学部|学科|短大|大学院",
        ("education", "career_path"),
    ),
    (
        r"(?<!\bin )(?<!\bat )\bsoftwares?\b(?! (compan|firm|house|industr))"  # not "in software companies"
        r"|\btechnolog|\btools?\b|\bequipment\b|\bcomputer (programs?|systems)\b|\bwhat (do|does|would) \w+ use\b"
        r"|\bprograms?\b.{0,40}\b(use|work in|work with)\b|\buse\b.{0,20}\bprograms?\b|\bapps?\b"
        r"|\b(which|what) (\w+ )?programs (should|do|would|must) (i|you|they|we) (\w+ )?(learn|know|master|get (good"
        r"|comfortable|familiar)|brush up|pick up)\b"  # "which editing programs should i learn" (not "…need to finish")
        r"|\bcomputers? (stuff|work|skills|involved)\b|\b(on|with|use|using) (a )?computers?\b"  # "any computer stuff"
        r"|\bbrand[- ]names?\b",  # "brand-name programs people in that job have to learn"
        ("technology_skills",),
    ),
    # a Japanese page has no Technology Skills: its description and tasks say what is used ("CADを使って…")
    (r"(ソフト|ツール|道具|機材)[^。？]{0,10}(使|扱|用い)", ("technology_skills", "description", "tasks")),
    (r"\bknowledge\b|知識|(分野|方面)に詳し|に詳しい(と|ほう|方)", ("knowledge",)),  # "どんな分野に詳しいと役立つ？"
    (  # "測量士って数学できないときつい？" (not "どういう能力…？やっぱり数学系？": the abilities asked, elaborated)
        r"\bmath(s|ematics)?\b|(数学|算数)[^。？?]{0,4}(でき|苦手|必要|いる|要る|大事|得意|勉強|知識)",
        ("required_skills", "knowledge"),
    ),
    (
        r"\binterest(?!ed in)|(?<!に)興味(?!が(ある|あり|あって))|(どういう|どんな|何)(こと|もの)?に興味|関心"
        r"|\bpeople[- ](facing|person|oriented)\b"
        r"|\bartsy\b|\bartistic (person|type)\b|\b(more )?about being social\b|\bmore social\b"
        r"|\b(working|work|dealing|deal) with people\b|\bhands[- ]on\b|人と接する"
        r"|(こと|の|もの)が好きな人(に|は|って|が)?(合|向)"  # "研究っぽいことが好きな人に合ってますか"
        # "which one's the better fit for somebody who likes clear rules and routine?"
        r"|\b(fit|suits?|match|made) for (somebody|someone|a person|people|anyone) who (like|love|enjoy|prefer)s?\b"
        # "what kind of stuff are people in that job usually into"
        r"|\bwhat (kind of |sort of )?(stuff|things)? ?(are|is|do) (they|people|\w+s)\b.{0,30}\binto\b",
        ("interests",),
    ),
    (
        r"\bvalues?\b|\bsatisf(ying|action)\b|\bfulfill?ing\b|\bcares? (about|most)\b|\bsense of achievement\b"
        r"|\bmatters? (the )?(most )?to (them|you|people|(the )?job|\w+s)\b|\bindependen"
        r"|\bautonomy\b|\bon (my|your|their) own\b|\bmicromanag|\bcall (my|your|their) own shots\b|\bown boss\b"
        r"|\bwork(ing)? (alone|solo)\b|\bmake (my|your|their) own (calls|decisions|choices)\b|\bfollow(ing)? orders\b"
        # "…feel like I'm achieving something. Is that what they get out of their work?", "build real relationships"
        r"|\b(feel like|sense of) (i'?m |they'?re |you'?re )?achiev|\bget out of (their|the|my|your) (work|job)\b"
        r"|\b(build|form) (real |lasting |close |strong )?relationships\b|\bdo (my|your|their) own thing\b|\baccomplish"
        r"|\brecogni(tion|[sz]ed)\b|\bmatters? (a lot )?to me\b"  # "recognition for my work matters a lot to me"
        # "I care way more about job security and having a decent boss than about prestige"
        r"|\bcare (way |much |a lot |far )?more about\b|\bjob security\b"
        r"|\b(good|decent|fair|supportive) (boss|manager)\b"
        # "I mostly want an employer that backs me up and decent coworkers", "I don't care much about prestige"
        r"|\bsupport from (the |an? |my |your |their )?(employer|management|company|boss)\b"  # "…is valued?"
        r"|\bbacks? (me|you|them|workers|people) up\b|\b(good|decent|nice|friendly|supportive|great) (co-?workers"
        r"|colleagues|teammates)\b|\bprestige\b|\bfulfill(ed|ing|ment)\b|\brewarding\b"  # "…feel fulfilled?"
        r"|価値[観感]|価値を感じ|やりがい|大切にして|大事にして|重視|裁量"  # "自分の裁量で働きたい": autonomy
        r"|仕事(に|で)何を(求め|大事|大切)",  # "…裏方の仕事してる人って、仕事に何を求めてる人が多いのかな"
        ("work_values",),
    ),
    (
        r"\bpersonalit|\btraits?\b|\bstress|\bthick skin|\bunder pressure\b|\bkeep (my|your|their) cool\b"
        r"|\b(high|a lot of|much|lots of) pressure\b|\battention to detail\b|\bdetail[- ]oriented\b"
        r"|\b(obsessive|picky|meticulous|fussy) about (the )?details?\b|\bleadership\b|\bempath"
        # the traits O*NET's Work Styles score, said in everyday words
        r"|\beye for detail\b|\bcareful\b|\bcautious\b|\b(be|being|very|more|most|less|stay) patient\b|\bpatience\b"
        r"|\bcalm\b|\bdependab|\breliab(le|ility)\b|\bintegrity\b|\bhonest(y)?\b|\binitiative\b|\bpersisten"
        r"|\bself[- ]control\b|\bconcern for others\b"
        r"|性格|人柄|ストレス|プレッシャー|慎重|几帳面|注意深|忍耐|根気|冷静|誠実",
        ("personality_traits",),
    ),
    (r"\baptitude|\bstrengths?\b|\bsuit|向いて|適性|強み", ("aptitudes_strengths",)),
    # "I'm not very physically fit… Would that rule me out of becoming…?": what a job forgives
    # "…Would that be a problem / count against me for a top admin post…?"
    (
        r"\bweakness|弱み|苦手|\brule (me|you|someone|people) out\b|\bdeal[- ]?breaker\b"
        r"|\b(count|work|go) against (me|you|someone|people)\b|\bwould (that|this|it) be an? (problem|issue)\b",
        ("aptitudes_weaknesses",),
    ),
    (
        r"\bemployment type|\bfull[- ]?time|\bpart[- ]?time|\bfreelanc|\bself[- ]employed"
        r"|雇用形態|雇用(?!保険)|正社員|パート|アルバイト|派遣|契約社員|契約で|雇われ|非正規|正規(の|で|雇用|職員)"
        r"|フリーランス|自営|独立|開業|(自分|個人)の(お)?店|\bown (shop|business|practice)\b"
        r"|個人(で(やる|やって|働|営業|活動|請け)|事業)",  # "会社に雇われるの？それとも個人でやる感じ？"
        ("employment_type",),
    ),
    (
        r"(?<!brand[- ])\bnames?\b|\b(actual|real|legit) (kind|type|sort) of\b|\bcalled\b|\btitles?\b|\balias"
        r"|\bcall (it|them|this|that)\b|\bknown as\b|\blisted as\b"
        r"|\bgoes by\b|\badvertised as\b|\bposted as\b|別名|呼び方|呼称|名称|名前|職種名|職名|肩書"
        r"|呼ばれ",
        ("aliases", "reported_job_titles"),
    ),
    (r"\borgani[sz]ation|\bassociation|団体|協会|(どこ|どの)の?(公的)?機関", ("related_organizations",)),
    (r"\btasks?\b|\bdut(y|ies)\b|(?<!種類の)業務|作業内容", ("tasks",)),
    (r"(どんな|どういう|どのような)(一日|1日)|(一日|1日)の流れ", ("description", "tasks")),  # "どんな一日になる"
    (  # "体を使う作業と頭を使う作業", "どんな種類の業務に時間を使ってる"
        r"\bactivities\b|活動|体を使う|頭を使う|時間を(使|割|と)|(どんな|どういう)種類の(業務|作業|仕事)",
        ("work_activities",),
    ),
    (  # "長く続けたら店長とかになれたりする？": a step up the job's own ladder
        r"\bcareer path|\bpromot|キャリア|昇進|道筋|(どういう|どんな)ステップ"
        r"|(店長|課長|部長|係長|主任|リーダー|管理職|責任者)[^。？]{0,4}(なれ|上が)",
        ("career_path",),
    ),
    (r"\belect(ed|ion)s?\b|選挙|選ばれ|当選|立候補", ("career_path", "description")),  # "区長は選挙で選ばれるの？"
    # an age limit: "年齢の条件ってある？" (自動車教習指導員's career path: "…受験資格は満21歳以上")
    (r"年齢(の)?(条件|制限|要件)|何歳(から|まで|以上)", ("career_path", "related_qualifications")),
    (r"\bjob zone\b|\bpreparation\b|\blong road\b", ("job_zone",)),
    (r"\boutlook\b|\bprospects?\b|将来性|見通し|先行き", ("future_outlook",)),  # "将来性でいうとどっちが明るそう？"
]
HINT_PATTERNS = [(re.compile(cue), keys) for cue, keys in HINTS]


def hinted_keys(asked: str) -> list[str]:
    """Heading keys the asked part's words point at, in the order of HINTS: "what education..." -> ["education"]."""
    asked = WORKER_SAID.sub(r"\g<asked> job ", asked)
    keys = [key for pattern, group in HINT_PATTERNS if pattern.search(asked) for key in group]
    return list(dict.fromkeys(keys))


# The worker of "what do the … do?", told at length: their words point at no heading ("what do the managers in
# charge of a company's whole training department do?" asks their tasks, not training)
WORKER_SAID = re.compile(r"(?P<asked>\bwhat (do|does|did)) (the|an?|those|these) [\w'/ -]{1,80}(?=\bdo\W*$)")


def preferred_sections(hinted: list[str], intent: Intent | None, vocabulary: Headings) -> list[str]:
    """Headings to prefer, best first: those the question's words point at, then the intent's.

    (["Education"], BECOME) -> ["Education", "Career Path", "Job Zone", ...]
    """
    return list(dict.fromkeys([*hinted, *(vocabulary.for_intent(intent) if intent else [])]))


# Words that ask about a section rather than describe a job: left out when looking for the job a question means.
ASKING_WORDS = (
    "skill knowledge ability education degree training experience qualification license licence certificate "
    "personality trait interest value outlook future demand title name related similar career path task duty "
    "software tool technology become job work need kind type person people someone other go "
    "資格 スキル 学歴 働き方 仕事 内容 必要 将来 知識 能力 性格 向いている 関連 別名 雇用形態 経験 訓練 試験 免許 "
    "就くには なるには どんな 教えて ですか 職人 感じ どう する ある なる いる できる こと もの お ご さん 方 "
    "やる いい 良い よい 始める 思う 考える 知る 教える 分かる わかる 聞く 欲しい たい 何 なに どれ どこ いつ "
    "研修 未 受ける もん 大丈夫"  # "未経験でも研修とか受けられるもんなの？" asks of training: no job by these words
)


@lru_cache(maxsize=1)
def asking_terms() -> frozenset[str]:
    """The BM25 terms of ASKING_WORDS (English stems and Japanese words)."""
    return frozenset(terms(ASKING_WORDS))
