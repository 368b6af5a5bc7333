"""What a person says they like, without what they say they do not: "I'm good with numbers, but I hate selling"
is matched on numbers, not on sales jobs.

A sentence or clause that voices a dislike is dropped before matching and before reading interests, and kept
apart as what the person does not want (where clauses end: CLAUSE). The schooling limit is read from the whole text:
"I'm not going back to school" is a limit, not a dislike. Measured on the match cases of
tests/eval/guidance_tune*.jsonl: Japanese P@5 0.567 -> 0.593 ("人前に出たり営業したりするのは苦手" no longer
suggests sales jobs), English unchanged.
"""

from __future__ import annotations

import re

from chatbot.text import is_japanese

# Schooling said after "not" or "rather than" ("an apprenticeship rather than college", "not a four-year degree"):
# a limit on schooling (_schooling), not work disliked
SCHOOLED = (
    r"(?:an? |the )?(?:college|university|degree|school|grad|four-year|4-year|bachelor|master|phd|diploma|more\b)"
)
DISLIKE = re.compile(
    r"\b(?:hate|hated|dislike|can'?t stand|cannot stand|not a fan|rather not|wouldn'?t want|would not want"
    r"|don'?t (?:really |actually )?want|do not (?:really )?want|don'?t (?:really )?like|do not like|not into"
    r"|not (?:good|great|very good) (?:at|with)|(?<!not )bad at|terrible at|avoid"
    r"|not for me|(?:don'?t|do not|doesn'?t|does not|never) (?:appeal|interest) to me|(?:don'?t|do not) appeal"
    r"|not interested|never want|(?:i'?m|i am) not (?:really )?after|not looking (?:to|for)"
    r"|(?:won'?t|will not) (?:work|do|touch|deal|handle)"
    r"|(?:please )?don'?t (?:say|suggest|tell me)|i'?d die"
    r"|not happening|faint(?:s|ed)? (?:at|when)|terrif(?:y|ies|ied)|(?<!not )scared of|(?<!not )afraid of"
    r"|(?<!not )squeamish|is out|are out"
    r"|freaks? me out|grosse?s? me out|can'?t handle|not cut out for|isn'?t (?:me|for me|my thing)"
    r"|(?:my )?worst (?:subject|class)|not my (?:thing|strong suit)|suck at|awful at|hopeless at"
    r"|not (?:big|much|huge) (?:on|of a)|not a (?:big )?(?:fan|classroom person))\b"
    r"|^\s*but not\b"  # "I want to write for a living now - | but not journalism"
    # "…checking vehicles, | not lying under them", "| instead of being stuck in one shop", "No customers, no phones."
    r"|^\s*not (?!only\b|just\b|sure\b|bad\b)(?!" + SCHOOLED + r")"
    r"|^\s*(?:instead of|rather than) (?!" + SCHOOLED + r")"
    r"|^\s*no (?!more\b|way\b|formal\b|experience\b|problem\b|degree\b|college\b|school\b|university\b|diploma\b)"
    r"[a-z]+s\b"
    r"|^\s*than\b"  # "I'd rather work on my own | than deal with customers all day"
    r"|苦手(?!じゃない|ではない)|嫌い(?!じゃない|ではない)|したくない|やりたくない|なりたくない|向いていない|無理|避けたい|好きじゃない|好きではない|得意じゃない|得意ではない|得意でない|興味がない"
    r"|興味はない|嫌だ|気が進まない|興味(?:が|は|も)?ありません|考えて(?:い)?(?:ません|ない)|(?:嫌|いや|イヤ)(?:です|なので)"
    r"|向いていません|ダメ|だめ|耐えられない|できません|(?<!だけ)じゃなくて|(?<!だけ)ではなく|たくありません|ムリ|むり"
    # "整備士も考えたけど、", "手を動かすより | 人と話して提案するほうが"
    r"|も考えた(?:けど|けれど|が)|も考えましたが|より(も)?\s*$|も(?:かっこいい|いい|悪くない)(?:けど|けれど)"
    r"|\bwould (?:kill|bore) me\b|\b(?:get|got|getting|be) bored\b|\bdrive me (?:nuts|crazy|mad)\b|\bno way\b"
    r"|\bplease,? nothing\b|合わない",  # "Please nothing behind a desk", "…合わない"
    re.IGNORECASE,
)
# The work the person is leaving ("just got laid off from a warehouse job", "burned out on classrooms", "今は倉庫で働い
# ていますが、"): what they want is something else, so it is matched like a dislike. Their years in a job count so
# only when they say they are leaving it ("I've taught high school math for fifteen years, and I'm burned out").
LEAVING = re.compile(
    r"\b(?:burn(?:ed|t) out|laid off|let go from|fired from|sick of|tired of|fed up|done with|want out|get out of"
    r"|leave (?:my|the)|leaving (?:my|the)|quit(?:ting)? (?:my|the)|get off the tools"
    r"|(?:step|stepping|get|getting|move|moving) (?:away|out) (?:from|of) (?:my|the|bedside|the bedside)"
    r"|(?:knees|back|body) (?:is |are )?shot"
    r"|can'?t (?:take|do|handle) (?:the |all the )?\w+ (?:any ?more|much longer))\b"
    r"|^\s*今(?:は|、)?.{0,30}(?:働いて|やって|して)(?:います|いる|る|ます)(?:んです|んだ)?(?:が|けど|。)"
    r"|しんどくなって|きつくなって|(?:やって|して|働いて)(?:た|ました)(?:けど|けれど|が)\s*$|辞めたい|辞めて|離れたい|転職したい"
    r"|もう.{0,20}(?:疲れ|しんどい|限界)|疲れました",
    re.IGNORECASE,
)
YEARS_IN = re.compile(
    r"(?:\bi'?ve |^\s*)(?:taught|worked as|been an?|been working as|done)\b.{0,60}"
    r"\bfor (?:about |almost |over |nearly )?(?:\d+|\w+) (?:years|yrs)\b"
    r"|\b\d+ (?:years|yrs) (?:as|of)\b|\d+年(?:間)?.{0,4}(?:やって|働いて|勤めて)(?:きました|きた)(?:が|けど)"
    r"|\d+年目です",
    re.IGNORECASE,
)
# When the person came to like something ("子どものころからプラモデルが好き"): said of the liking, not of children;
# read as what they like, 子ども brought in childcare pages.
CHILDHOOD_JA = re.compile(
    r"(?:子ども|子供|こども|小さい|幼い|小学生|中学生|学生)の?(?:ころ|頃|時|とき)(?:から|は|に)?"
    # when the person can work says nothing of the work: "子どもが学校に行っている間だけ" brought childcare pages
    r"|(?:子ども|子供|こども|息子|娘)が[^。、]{0,15}(?:間|あいだ|うち)(?:だけ|に|は)?"
    r"|(?:子ども|子供|こども)(?:も|が)[^。、]{0,10}(?:手が離れ|大きくなっ|独立|巣立)[^。、]{0,6}"
    r"|\bwhile (?:my|the) (?:kids|children|son|daughter) (?:are|is) (?:at|in) (?:school|daycare)\b"
)
# What the person wants to be paid says nothing of the work ("a trade that pays well" brought cashiers' pages): left
# out of what is matched.
PAY = re.compile(
    r"\b(?:that |which )?(?:pays? (?:well|good|decent(?:ly)?|the bills)|(?:good|decent|steady) (?:money|pay|income))\b",
    re.IGNORECASE,
)
# When the person is at school or leaves it ("graduating high school in the spring", "right after school") says
# nothing of the work: "school" brought school bus drivers' pages.
SCHOOL_DAYS = re.compile(
    r"\b(?:graduat\w*(?: from)?|finish\w*|after|out of|in|dropped out of|left|leaving|through|back to)"
    r" (?:high )?school\b"
    # "中学を出てから…" brought the middle school teachers' pages
    r"|(?:中学|高校|大学|短大|専門学校)(?:を)?(?:出て|卒業して|中退して|出た後|卒業後)(?:から)?",
    re.IGNORECASE,
)
# A dislike that leaves its object in the clause before: "Everyone assumes I'll end up teaching but I really don't
# want to." drops both clauses.
ELLIPTICAL = re.compile(r"\b(?:want|like) to\W*$|\bnot for me\W*$|\bnot happening\W*$", re.IGNORECASE)
# Clause ends: a sentence end, ", but", a comma before the person speaks of themselves again ("I love statistics,
# probability and building models, I'm not great at presenting, and I definitely don't want to teach"), けど/が、,
# a Japanese "not this" (食べ物じゃなくて、), the items of a list typed on one line, and what one would rather not
# do ("I'd rather work alone than deal with customers").
CLAUSE = re.compile(
    r"(?<=[.!?。！？\n;])\s*|(?:,\s*|(?<!\bnothing)(?<!\banything)\s+)(?=but\b)"  # not "nothing but spreadsheets"
    r"|,\s*(?=(?:and |so |but )?(?:i|i'm|im|i'd|i've)\b)"
    r"|\s+(?=and i (?:dont|don't|do not|never|hate)\b)"  # "i dont want to teach and i dont want some salesy role"
    r"|(?<=けど)、?|(?<=けれど)、?|(?<=が、)|(?<=じゃなくて)、?|(?<=ではなく)、?|\s+(?=・)"  # ・ a list's item
    # a like, then a dislike: "ルートを回るのが好きで、| 接客はちょっと苦手", "手を動かす仕事がしたくて、| 営業は苦手"
    r"|(?<=好きで)、|(?<=得意で)、|(?<=好きだし)、|(?<=得意だし)、|(?<=たくて)、|(?<=じゃないし)、"
    r"|(?<=より)、?(?=[^。]{2,60}(?:ほう|方)が)"  # "手を動かすより人と話して提案するほうが向いてる"
    r"|(?<=というより)、?|(?<=というよりは)、?|(?<=よりも)、"  # "大きな病院でのリハビリというより、治療院で…"
    r"|(?<=より)、(?=[^。]{2,60}(?:に興味|がしたい|をしたい|に惹かれ|が好き))"  # "看護をずっとするより、検査…に興味"
    r"|\s+(?=than (?:deal|be|being|work|working|sit|sitting|do|doing|talk|talking|sell|selling|spend|crawl|crawling"
    r"|drive|driving|stand|standing|travel|traveling|climb|climbing|lift|lifting|fix|fixing|chase|chasing)\b)"
    r"|,\s*(?=not (?!only\b|just\b|sure\b|bad\b)(?!" + SCHOOLED + r"))"
    r"|,?\s+(?=(?:instead of|rather than) (?!" + SCHOOLED + r"))",
    re.IGNORECASE,
)


# A clause that only says how much schooling the person will do ("a year or two of trade school is fine", "No
# college.", "専門学校くらいなら通ってもいい"): the limit is read from it (_schooling); matched on its words it would
# suggest teachers and schools. Kept apart from retrieval's SCHOOLING (which reads a request for careers from a
# willingness said in one phrase): using that one per clause here measured worse, P@5 -0.6 good suggestions over
# the ten guidance tuning sets.
SCHOOLING = re.compile(
    r"\b(trade school|college|university|degree|school(ing)?|courses?|certificate|apprenticeship|master'?s|phd"
    r"|grad school|bootcamp|diploma|ged)\b",
    re.IGNORECASE,
)
WILLING = re.compile(
    r"\b(fine|ok|okay|open to|happy to|willing|would (do|take|go back|consider)|not doing|no|not going|won'?t|at most"
    r"|max|a year or two|couple of years|short|up for|could do|(only|just) (have|got|finished|did)"
    r"|sounds? (perfect|good|great|fine|ok|okay)|doesn'?t|as much (school|schooling|education|training|college) as"
    r"|(is|are) (my|the) (limit|max)|ends|stops|done with)\b"
    r"|(専門学校|大学|短大|学校|大学院)[^。]{0,20}(通っても|行っても|ok|ＯＫ|OK|大丈夫|無理|までなら|くらいなら|行かない)",
    re.IGNORECASE,
)
COMMA = re.compile(r",\s*|、")
MAX_SCHOOLING_CLAUSE = 90  # characters: a longer clause says more than its schooling
# A degree named by its field says what the person knows: "Just finished my finance degree." is matched on finance.
FIELD_DEGREE = re.compile(
    r"\b(?!(?:associate|associate'?s|bachelor|bachelor'?s|master|master'?s|college|university|two-year|four-year|2-year"
    r"|4-year|high|school|a|an|my|the|no|any|graduate|grad|undergrad|undergraduate|doctoral|phd|year|online|full)\b)"
    r"[a-z]+ (?:degree|major|diploma)\b|\b(?:degree|major|diploma) in [a-z]+",
    re.IGNORECASE,
)


def schooling_only(clause: str) -> bool:
    """Whether a clause only says how much schooling the person will do."""
    return (
        len(clause) <= MAX_SCHOOLING_CLAUSE
        and bool(SCHOOLING.search(clause) or is_japanese(clause))
        and bool(WILLING.search(clause))
        and not FIELD_DEGREE.search(clause)
    )


def likes(text: str) -> tuple[str, str]:
    """What the person wants and what they do not, from one reading of the clauses: (the text less its clauses that
    voice a dislike, those clauses joined). When every clause voices one, nothing tells the wanted from the
    unwanted: (the whole text, "")."""
    parts = clauses(text)
    kept = [piece for clause, dislike in parts if not dislike for piece in beside_schooling(" ".join(clause))]
    if not kept:
        return text, ""
    wanted = SCHOOL_DAYS.sub("", PAY.sub("", CHILDHOOD_JA.sub("", " ".join(kept))))
    return wanted, " ".join(" ".join(clause) for clause, dislike in parts if dislike)


def beside_schooling(clause: str) -> list[str]:
    """The clause, or what it says beside the schooling the person will do: "I want to start working on cars right
    after school, no college." is matched on working on cars; a clause of its schooling only, on nothing."""
    if not schooling_only(clause):
        return [clause]
    return [piece for piece in COMMA.split(clause) if piece.strip() and not schooling_only(piece)]


def liked(text: str) -> str:
    """The text less its clauses that voice a dislike (the whole text when every clause does)."""
    return likes(text)[0]


def disliked(text: str) -> str:
    """The clauses that voice a dislike, joined ("" when none does, or when every clause does)."""
    return likes(text)[1]


def clauses(text: str) -> list[tuple[list[str], bool]]:
    """The text's clauses, each with whether it voices a dislike; an elliptical dislike takes the clause before
    along (both then count as one disliked clause)."""
    out: list[tuple[list[str], bool]] = []
    text = text.replace("\u2019", "'")
    leaving = LEAVING.search(text) is not None
    for part in (piece for clause in CLAUSE.split(text) for piece in reasoned(clause)):
        if not part.strip():
            continue
        if DISLIKE.search(part) and ELLIPTICAL.search(part) and out and not out[-1][1]:
            out[-1] = ([*out[-1][0], part.strip()], True)
        else:
            unwanted = DISLIKE.search(part) or LEAVING.search(part) or (leaving and YEARS_IN.search(part))
            out.append(([part.strip()], bool(unwanted)))
    return out


def reasoned(clause: str) -> list[str]:
    """A Japanese dislike given as the reason for a wish ("接客は得意ではないので、工場や倉庫の裏方で働きたい"), or
    work left for other work ("I'd like to leave the reference desk and teach adults full time"): the two apart; any
    other clause whole ("子どもが小さいので、長距離は無理" is one dislike)."""
    head, said, tail = clause.partition("ので、")
    if said and tail.strip() and DISLIKE.search(head):
        return [head + "ので", tail]
    left = LEAVING.search(clause)
    then = THEN_DO.search(clause, left.end()) if left else None
    return [clause[: then.start()], clause[then.end() :]] if then else [clause]


# What the person would do after what they leave: "…leave the reference desk and | teach adults" (not "and my…")
THEN_DO = re.compile(r"\s+and (?!(?:my|the|a|an|i|it|that|this|their|our|so|then|now)\b)(?=[a-z]+\b)", re.IGNORECASE)
