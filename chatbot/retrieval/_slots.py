"""The words a question uses for the person's own job and for the job they want, when no page name is found in
them for sure ("I'm a line cook ... step up to head chef"): Retriever.placed finds the pages that fit them best."""

from __future__ import annotations

import re

from chatbot.retrieval._foreground import WORKS_AT
from chatbot.retrieval._scope import asking_sentences
from chatbot.retrieval._slots_does import DOES
from chatbot.retrieval._slots_ja import TARGET_JA
from chatbot.retrieval._slots_wished import JOB_POINTED, JOB_WISHED
from chatbot.retrieval._slotwords import (
    FROM_HERE,
    SPOT,
    STANDING,
    STATUS_ONLY,
    described_further,
    earliest_slot,
    first_slot,
    plain_slot,
    said_from_to,
    told_of_others,
)
from chatbot.retrieval._workplace import with_place, with_workplace, worked_at

END = (
    r"(?= i\b| i'm\b| at\b| in\b| on (?:an?|the)\b|"
    r" for\b| and\b| with\b| who\b| but\b| myself\b| one day\b| what\b| someday\b| eventually\b| instead\b"
    r"| they\b| we\b| you\b| over (?:the (?:next|coming)|time)\b| (?:thinking|looking|hoping|wanting|trying)\b"
    r"| [—–-] | \(|[.,;:!?—]|$)"
)
NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty"
# The first OWN_WORDS say it with a verb ("I'm a", "I work as", "I've been a") or plainly ("Truck driver here",
# "Carpenter, 15 years"): said so, they come before a "from X to Y" ("from the cab", "from the bench": no job's)
EXPLICIT_OWN = 5
OWN_WORDS = [
    re.compile(
        r"\bi(?:'m| am) (?:currently |now |still )?(?:an? |the )(?:licensed |qualified |certified )?"
        r"(?P<w>[\w\-'/ ]{3,60}?)" + END  # "I'm a teacher's aide at a primary school", "a water/wastewater engineer"
    ),
    re.compile(r"\bi(?:'m| am)? ?(?:currently )?work(?:ing)? as (?:an? |the )?(?P<w>[\w\- ]{3,40}?)" + END),
    re.compile(r"\bi(?:'ve| have) been (?:an? |the )(?:licensed |qualified |certified )?(?P<w>[\w\-' ]{3,40}?)" + END),
    re.compile(r"(?:^|[.!?]\s+)(?:an? )?(?P<w>[\w\- ]{3,40}?) here(?:[.,!:]| [-–—(])"),  # "Truck driver here."
    re.compile(
        r"^(?:an? )?(?P<w>[\w\-' ]{3,40}?)(?:,| for| with) (?:\d+|a few|several|many|" + NUMBER_WORDS + r") years?\b"
    ),  # "Carpenter, 15 years."
    re.compile(  # "Assembly line worker at a factory." opening the question, with no verb
        r"^(?!(?:tell|what|how|which|who|where|why|is|are|can|do|does|i|my|working|thinking|looking|considering|hoping"
        r"|wondering|planning|trying|interested|curious)\b)(?:been )?(?:an? )?"  # not "working in a hotel kitchen at…,"
        r"(?P<w>[\w\-'&/ ]{3,40}?) (?:at|in|for) (?:an? |the )[\w\- ]{2,30}(?:, \d{2})?[.,]"  # "…, 20.", "…, i do"
    ),
    re.compile(
        r"\bhow (?:can|could|would|does) (?:an? |someone (?:who is |working as ))(?P<w>[\w\- ]{3,40}?)"
        r" (?:move|transition|switch|become|get to|work (?:my|their) way)\b"
    ),  # "How can a graphic designer move into marketing management?", "how would a line cook become a chef"; not
    # "how does someone climb the ladder to become…" (someone names no job)
    re.compile(r"^(?:former|ex-?) (?P<w>[\w\- ]{3,40}?)" + END),  # "Former newspaper reporter, laid off last year."
    # "General construction laborer. How do I…", "landscaping crew member, want to get into…": a worker's name alone
    re.compile(
        r"^(?:an? )?(?P<w>(?:[\w\-']+ ){0,4}[\w\-']*(?:er|or|ist|ian|ant|ent|man|member|hand|tech|nurse|clerk|cook|chef"
        r"|aide|guard|agent|ee))(?:\.\s+\S|, (?:want|wanting|looking|thinking|trying|hoping|i)\b)"
    ),
    # "庭師として剪定や植栽をやって10年", "大工として木造住宅を建ててきました": the job the person opens with, as theirs
    re.compile(r"^(?P<w>[^、。でにはをがもて\s]{2,15}?)として[^。]{0,30}?(?:年|やって|働いて|してい|てき)"),
    re.compile(r"^(?:currently|now) (?:an? |the )(?P<w>[\w\- ]{3,40}?)" + END),  # "Currently a bank teller; goal: …"
    re.compile(r"\byears? (?:as|working as) (?:an? |the )?(?P<w>[\w\- ]{3,40}?)" + END),
    # "I'm washing dishes at a restaurant": what they do, for the pages to place
    re.compile(  # not what they think of doing: "I'm thinking about becoming a surveyor", "I'm looking into…"
        r"\bi(?:'m| am) (?:currently |now |still )?(?!(?:thinking|looking|considering|planning|hoping|trying|wondering"
        r"|going|leaning|getting|studying|learning|asking|interested|curious|aiming|dreaming)\b)"
        r"(?P<w>\w+ing (?!to\b)[\w\- ]{3,40}?)" + END
    ),
    re.compile(r"\bi (?P<w>(?!want|like|love|would|need|move|get|switch|go)\w+ [\w\- ]{2,30}?) for a living\b"),
    # "been wrapping pipes and ductwork with insulation on commercial jobs for 4 years": what they have been doing
    re.compile(r"^(?:i'?ve |i have )?been (?P<w>\w+ing [\w\-' ]{3,80}?) for (?:\w+ )?years?\b"),  # "…for years"
    re.compile(
        # "スポーツ用品店で販売をしています", "英会話スクールで講師を…": the shop said with the work
        r"(?P<w>(?:[^、。\sのはが]{2,10}?(?:店|屋|ショップ|スクール|教室|ディーラー|サロン)で)?[^、。でにはをがもて\s]{2,15}?)(?:さん)?"
        r"(?:として(?:(?:パート|アルバイト|バイト|派遣)で)?(?:[\d一二三四五六七八九十数]+年(?:ほど|くらい|近く|以上)?)?働(?!きたい|く(?:には|ため|なら))"
        # "介護職をして6年目です"; not "…たりする仕事をしています", a description (DOES reads it whole)
        r"|(?<!仕事)をしています|(?<!仕事)をして(?:い|お|き(?:ました|た)|[\d一二三四五六七八九十]+年)|の仕事をして(?!みたい)"
        r"|(?<![学経職履])歴"
        r"|[での](?:[\d一二三四五六七八九十数]+年(?:ほど|くらい|近く|以上|間)?)?(?:アルバイト|バイト|パート)(?:して|を|中)"
        r"|で(?:[\d一二三四五六七八九十数]+年(?:ほど|くらい|近く|以上|間)?)?働いて(?!みたい))"  # "コンビニで3年バイト"
    ),
    # "一般事務を10年やって", "旋盤を回して15年になります", "新聞配達をバイクで続けて8年"
    re.compile(r"(?P<w>[^、。でにはをがもて\s]{2,15}?)を(?:[^、。\sを]{1,8}て)?(?:\d+|[一二三四五六七八九十]+)年"),
    # "電気工事士です。": a name that ends as job names do (not "高校生です。")
    re.compile(r"^(?P<w>[^、。でにはをがもて\s]{1,15}?(?:士|師|員|者|工|手|官|医|職|マン|スタッフ))です[。、]"),
    # "宅配のドライバーしてます": a name that ends as job names do, done
    re.compile(
        r"(?:^|[。！？、])(?P<w>[^、。でにはをがもて\s]{1,15}?(?:ドライバー|士|師|員|者|工|手|官|職|マン|スタッフ))"
        r"(?:を)?(?:してます|しています|やってます|やっています)"
    ),
    re.compile(
        r"(?P<w>[^、。でにはをがも\s]{2,15}?)から(?=[^、。]{2,20}?(?:になる|への転職|に転職|に転身|を目指|に進|へ進))"
    ),
]
TARGET_WORDS = [
    *JOB_POINTED,
    # "I'd love to become one of the people who actually decide what we stock - a buyer": the name said after a dash
    re.compile(
        r"\b(?:want|wanna|like|love|hope|aim) to (?:be|become|end up|get into|move into|work)\b[^.?!]{3,120}? [-–—] "
        r"(?:an? |the )?(?P<w>[\w\- ]{3,40}?)(?=[.?!,;]|$)"
    ),
    # "I want to be running the money side of a company, like a finance manager or controller": the example named
    re.compile(
        r"\b(?:want|wanna|like|hope|love|aim) to (?:be|become|end up|get into|move into|work)\b[^.?!]{3,80}?, "
        r"(?:like|say|e\.g\.|such as) (?:an? |the )?(?P<w>[\w\- ]{3,40}?)(?: or [\w\- ]{3,40}?)?(?=[.?!,;]|$)"
    ),
    # "long-term goal: financial analyst", "my dream job is to be a pilot"
    re.compile(
        r"\b(?:goal|dream|aim|target)(?: job| role)?(?: is| would be)?:? (?:to (?:be|become) )?(?:an? |the )?"
        r"(?!(?:for|at)\b)(?P<w>[\w\- ]{3,50}?)" + END  # not the verb ("what job should I aim for")
    ),
    # "becoming the person who approves people's loans": what that person does (not "instead of the guy driving it")
    re.compile(
        r"(?<!i'm )(?<!i am )(?<!im )(?<!i'm always )(?<!i'm usually )(?<!i'm often )(?<!i'm just )(?<!instead of )"
        r"\bthe (?:person|one|people|guy|gal|woman|man) (?:(?:who|that) |(?=\w+ing\b))"
        r"(?:actually |really |just )?(?P<w>[\w\-' ]{3,60}?)"
        # "who decides what…"; "keeps the machines running and fixes them when they break": not the "when" clause
        + END.replace(" who\\b|", " when\\b|").replace(" and\\b|", "").replace(" what\\b|", "")
    ),
    # "thinking about teaching nursing at a college", "I need to become one of the engineers who design these…"
    re.compile(
        r"\b(?:thinking about|considering|think about|thought about) (?!going|getting|doing|taking|starting|switching)"
        r"(?P<w>\w+ing [\w\- ]{3,50}?)" + END
    ),
    re.compile(r"\b(?:could|would|to|wanna) be(?:come)? one of th(?:e|ose) (?P<w>[\w\- ]{3,50}?)" + END),
    # "I'm being considered for sales team lead"
    re.compile(
        r"\b(?:being|be|been) (?:considered|looked at|groomed|trained|put up) for"
        r" (?:an? |the |that )?(?P<w>[\w\- ]{3,50}?)(?= (?:job|position|role|opening|spot|post)\b|"
        + END.removeprefix("(?=")
    ),
    # "There's an opening in our collections department, calling people about overdue accounts": that work
    re.compile(r"\ban? (?:opening|vacancy|spot|position) (?:in|on|at) (?:our|the|my) (?P<w>[^.?!]{3,100})"),
    re.compile(
        r"\b(?:(?<!'ve )(?<!have )(?<!has )become|becoming|(?<!i )make|step up to|move up to|moving (?:up )?(?:in)?to"
        r"|move into|switch(?:ing)? to"  # not "I've become the guy everyone comes to" (what they are now)
        r"|to being|jump(?:ing)? (?:over )?(?:in)?to"
        r"|to working as|get into|join(?:ing)?|(?<!miss )(?<!missed )(?<!enjoy )(?<!hate )(?<!of )(?<!just )being|be"
        # not "day to day", "face to face", "my back is starting to complain" (what happens, no wish)
        r"|(?<!back )(?<!day )(?<!time )(?<!face )(?<!door )(?<!side )(?<!starting )(?<!started )(?<!beginning )to"
        r"|(?<!pulled )(?<!dragged )(?<!roped )into"
        r"|end(?:ing)? up (?:as|in|at|doing)"  # not "I keep getting pulled into helping our detectives…"
        r"|end(?:ing)? up working [\w ]{0,40}? as|end(?:ing)? up(?= \w+ing\b)|going for|go for"  # "…lines as a lineman"
        r"|aiming for)"  # not "ok back to geothermal, …" (an earlier job), nor "what would I be missing"
        r" (?:an? |the )?(?!(?:missing|lacking|needing|doing|able|looking|asking|wondering|other|there|here|our|my"
        r"|weakest|strongest|short|behind|ready|good|better|best|when|where|what|how)\b)"
        # not an infinitive: "seem to have the interesting job", "to get there", "become one" (one said before)
        r"(?!(?:have|get|go|know|see|say|pay|earn|learn|think|seem|keep|help|find|use|one|gone|away|stuck|home|switch|move"
        r"|pick|apply|step|way|considered|leave|quit|escape"  # "…pick up to get that job", "make way more", "leave…"
        r"|end|develop|improve|prepare|qualify)\b)"
        r"(?!(?:make )?(?:that|this|the) (?:switch|move|change|jump|leap|shift|transition)\b)"  # "to make that switch"
        r"(?!(?:an? |the )?(?:journeyman|apprentice|trainee|intern)s?(?![\w -]))"  # "tools to the journeyman"
        r"(?P<w>[\w\- ]{3,50}?)" + END
    ),
    # "A friend does in-store demos for a snack brand… what would I need to do that job?": what someone close does
    re.compile(
        r"\b(?:a|my) (?:friend|cousin|uncle|aunt|brother|sister|neighbou?r|dad|mom)(?: of mine)?"
        r" (?:does|runs|works as an?) (?P<w>[\w\- ]{3,60}?)" + END
    ),
    # "going back to school for electrical engineering": the field studied for
    re.compile(r"\b(?:school|college|university|a degree|training|studying) (?:for|in) (?P<w>[\w\- ]{3,50}?)" + END),
    *JOB_WISHED,
    # "run the place", "heading the HR department": the verb says the role; not "I run small reading groups" (what
    re.compile(  # the person does now) nor "I love running the pass" (what they like doing)
        r"(?<!\bi )(?<!love )(?<!like )(?<!enjoy )"
        r"\b(?P<w>(?:run(?:ning)?|manag(?:e|ing)|head(?:ing)?|lead(?:ing)?|supervis(?:e|ing))"
        r" (?!(?:and|or|them|it|smoothly|well)\b)[\w\- ]{3,50}?)" + END  # not "keeps the machines running and fixes…"
    ),
    # "Honestly I'd rather be behind the camera doing portraits and events": the work wished for, said as a preference
    re.compile(r"\b(?:i'?d|i would) rather (?:be|become|work as|do) (?:an? |the )?(?P<w>[\w\-' ]{3,60}?)" + END),
    # "I'd enjoy teaching accounting and business at a university": the work wished for, said as a liking
    re.compile(r"\bi'?d (?:really |probably )?(?:enjoy|love) (?P<w>\w+ing [\w\- ]{3,50}?)" + END),
    # "I want my own class someday as the actual teacher"
    re.compile(
        r"\b(?:want|like|love|hope|wish)\b[^.?!]{0,40}\bas (?:an? |the )(?:actual |real |proper |full )?"
        r"(?P<w>[\w\- ]{3,40}?)" + END
    ),
    # "A boat builder nearby is hiring fiberglass laminators and I'm curious": the job on offer is the one weighed
    re.compile(r"\b(?:is|are|'s|'re) hiring (?:for )?(?:an? |some |new |more )?(?P<w>[\w\- ]{3,50}?)" + END),
    re.compile(r"\bthat hires (?:an? |some )?(?P<w>[\w\- ]{3,50}?)" + END),  # "…a photonics company nearby that hires…"
    *TARGET_JA,
]


def stated_own(said: str) -> bool:
    """Whether the person names their own job outright ("I'm a cook", "from X to ...", "…の企画を担当しています")."""
    return first_slot(OWN_WORDS, said) is not None or said_from_to(said) is not None or "を担当して" in said


def own_words(text: str) -> str | None:
    """The words a question uses for the person's own job: "I'm a line cook at a busy restaurant" -> "line cook";
    "from electrician to electrical engineer" -> "electrician"; else what the person says they do ("I keep the
    books for a small plumbing firm" -> "keep the books for a small plumbing firm"), for the page text to place."""
    said = text.casefold().replace("\u2019", "'")
    found = said_from_to(said)
    origin = plain_slot(found.group("origin")) if found else None
    # "I'm a professional musician. How could I get from performing to…": the person's own words first; then a job
    # "from X to Y" names ("CNA in a nursing home. … from nursing assistant to LPN?"), then the looser shapes before
    # an activity it names ("OTR truck driver, 10 years. … from driving to being a logistician")
    explicit, loose = OWN_WORDS[:EXPLICIT_OWN], OWN_WORDS[EXPLICIT_OWN:]
    own: str | None
    if origin is not None and SPOT.search(origin):  # "from the classroom": what they say they do, said first
        own = first_slot(explicit, said) or earliest_slot(loose + DOES, said) or origin
    else:
        named = origin if origin and not re.fullmatch(r"\w+ing", origin) else None
        own = first_slot(explicit, said) or named or first_slot(loose, said) or origin or first_slot(DOES, said)
    if own and RANK_ONLY.fullmatch(own):  # "Licensed journeyman here - I wire commercial buildings": the trade is
        ranked = with_place(own, said, "at|in|on")  # in what they do, or where they are ("helper on a … line")
        own = ranked if ranked != own else first_slot(DOES, said) or own
    if own and (STATUS_ONLY.fullmatch(own.strip()) or STANDING.fullmatch(own.strip())):  # "32歳の会社員です": a
        # standing, no job of a page to start from
        own = first_slot(DOES, said)  # …unless the work is said with it ("品出しを担当している正社員です")
    return worked_at(own, said) if own and not WORKPLACE_ONLY.match(own) else None  # "I work at a hospital": where


RANK_ONLY = re.compile(r"((licensed|certified|qualified|senior|junior) )?(journeyman|apprentice|intern|trainee|helper)")
WORKPLACE_ONLY = re.compile(rf"{WORKS_AT} (an? |the )[\w\- ]+$|work(s|ing|ed)? (at|for) [\w\- ]+$")  # not "in IT"


def target_words(text: str) -> str | None:
    """The words a question uses for the job wanted: "... step up to head chef?" -> "head chef"; of a from-to
    question, the words after "to"."""
    said = text.casefold()
    found = said_from_to(said) or FROM_HERE.search(said)  # "from where i am to an equal opportunity officer"
    after = SLOT.match(said[found.end() :]) if found else None
    wanted = plain_slot(after.group("w")) if after else None
    if wanted and SPOT.search(wanted):  # "…to the front office": the job wanted said elsewhere, if it is
        return first_slot(TARGET_WORDS, said) or wanted
    asked = BECOME_ASKED.search(asking_sentences(said)[-1]) if said.rstrip().endswith("?") else None
    wanted = wanted or (plain_slot(asked.group("w")) if asked else None)  # "…the one running… ? …to become a lab tech?"
    wanted = wanted or told_of_others(said) or first_slot(TARGET_WORDS, said)
    wanted = described_further(wanted, said) if wanted and not POINTED.fullmatch(wanted) else None
    return with_workplace(wanted, said) if wanted else None


# The job named in the question asked last, over a wish described before it: "I'd like to be the one actually running
# and interpreting the tests. What am I missing to become a lab technologist?"
BECOME_ASKED = re.compile(
    r"\b(?:(?:become|becoming) an?|for an?(?= [\w\- ]{3,40} (?:job|role|position)\b)) (?P<w>[\w\- ]{3,50}?)" + END
)
# The side told of before ("…ハローワークの窓口の人に助けられた。今度は自分があっち側で働いてみたい"): no job's name
POINTED = re.compile(r"(あっち|そっち|こっち|あちら|そちら|こちら|向こう)(の)?(側|がわ)?")


SLOT = re.compile(r"(?P<w>[\w\- ]{3,50}?)" + END)
