"""A slot's words made plain: the job said, without the verbs, articles and filler around it ("become an elementary
school teacher" -> "elementary school teacher"; "there" -> nothing), and the places people say for a job ("from the
classroom to the front office"), which no page names."""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.retrieval._roles import MACHINES

# Where the work is done, said for it: "from the classroom to the front office", "from the teller window".
SPOT = re.compile(
    r"^(classroom|front (office|desk)|sales floor|shop floor|teller window|register|counter|kitchen|floor|bench"
    r"|phones?|back office|cash register|checkout|warehouse|line|(the )?(front|back) office)$"
)


def plain_slot(words: str) -> str | None:
    """A slot's words without the verbs and articles before the job ("become an elementary school teacher"), None
    when nothing but filler is left ("there")."""
    words = LEAD.sub("", words.strip()).strip().split("から")[-1]  # "看護師から保健師": the wanted job
    words = AGAIN.sub("", words)  # "taught science for nine years and i'm starting to think…": the first clause
    words = RUNNING.sub(head_of, words)  # "running a restaurant": a restaurant manager
    words = MANAGEMENT.sub(r"\g<thing> manager", words)  # "marketing management": a marketing manager
    return words if words and words not in SLOT_NOISE and not NOT_A_JOB.match(words) else None


AGAIN = re.compile(r",? and i(?:'m| am|'d| would| want| think| hope| really|'ve| have)\b.*$")
MANAGEMENT = re.compile(r"^(?P<thing>[\w\- ]+?) management$")
# Running a place or a team is managing it: "the one running a restaurant", "in charge of the whole IT department",
# "apply to run the cleaning crew".
RUNNING = re.compile(
    r"^(running|run|managing|manage|leading|heading( up)?|head up|in charge of|(the )?head of|(the )?boss of"
    r"|overseeing|oversee|supervising|supervise)\s+"
    r"(the |a |an |my |our |their )?(whole |entire )?"
    # running machines is operating them, wherever they are ("run the processing equipment at a biodiesel plant")
    rf"(?![\w\- ]*?\b{MACHINES}(?=$| (at|in|on|for|of|with|from)\b))(?P<thing>[\w\- ]+)$"
)


def head_of(found: re.Match[str]) -> str:
    """Who runs the thing: "supervise crews from several trades" -> "crews from several trades supervisor" (the
    first-line supervisors' pages), else its manager."""
    return f"{found.group('thing')} {'supervisor' if found.group(1).startswith('supervis') else 'manager'}"


LEAD = re.compile(
    r"^((become|becoming|being|be|make|step up to|move up to|moving into|working as|work as|end up|an?|the|one|person"
    r"|eventually|someday|one day"
    r"|one who|person who|fully fledged|full|proper|real) )+"
    r"|^(自分|私|僕|俺|わたし|ぼく|おれ)(も|は|が)(いつか|将来|いずれ)?"  # "自分もバリスタとして…側になりたく"
)
SLOT_NOISE = frozenset(
    ["job", "career", "jobs", "careers", "it", "me", "that", "this", "there", "here", "one", "learn", "study", "know"]
    + ["do", "get", "have", "add", "build", "work", "improve", "become", "be", "go", "start"]
    + ["school", "college", "university", "considered"]  # "I'm being considered for…": not their job
)
# "I'm a big fan of animals", "I'm a patient listener": words about the person, not their job.
NOT_A_JOB = re.compile(
    r"^(later|eventually|someday|one day|down the road|in the future|next|soon|sometime)( on)?$"  # "…move into later?"
    r"|^(big|huge|real|good|great|patient|quick|fast|slow|keen|bit|little|lot|people|person|student|parent|mum|mom"
    r"|dad|fan|natural|very|really|total|team player|beginner|newbie|complete)\b"
    r"|^(add|get|learn|study|build|improve|know|have|go) (on|up|out|through|about|over|more)\b"  # "to add on top of…"
    r"|^work (on|up|out|through)\b(?! (an?|the|my|our)\b)"  # "skills would I need to work on before I apply"
    r"|^.*\b(if|when|because|whether|so)$"  # "what would I need to work on if I switched": a clause cut short
    r"|^(with|using|given) (my|your|these|those|the|this)\b"  # "what could I move into with my skills?": no job named
    r"|^(mine|yours|ours|theirs|his|hers)\b"  # "what occupations are close enough to mine that I could move into"
    r"|^(move|go|get|switch|head|transfer)( over| back| up| across)? (there|here)$"  # "I'd like to move over there"
    r"|^(the )?(office|business|corporate) side$"  # "get into the office side, eventually managing a terminal"
    # "what would I need to do that job": the job said before
    r"|^((do|doing|get|getting|have|land) )?(that|this|the same|such an?) (job|work|role|thing|one|gig)$"
)


# The last noun of Japanese slot words, less words of rank or side: "営業チームをまとめる課長クラス" -> 課長 (which the
# question completes: 営業課長), "現場全体を仕切る現場監督の" -> 現場監督.
HEAD_JA = re.compile(r"(?P<head>[一-龥ァ-ヶー]{2,10}?)(?:クラス|レベル|ポジション|の側|側|の)?$")


def head_ja(words: str) -> str | None:
    """The last noun of Japanese slot words (None when they end otherwise)."""
    found = HEAD_JA.search(words)
    return found.group("head") if found and found.group("head") != words else None


def earliest_slot(patterns: list[re.Pattern[str]], said: str) -> str | None:
    """The slot said first in the text, of all the patterns ("I sell clothes at a department store and I'm
    sketching outfits…": the work they are paid for, said first)."""
    found = [(m.start("w"), words) for p in patterns for m in p.finditer(said) if (words := plain_slot(m.group("w")))]
    return min(found)[1] if found else None


def first_slot(patterns: list[re.Pattern[str]], said: str) -> str | None:
    """The first slot the patterns find, the earliest in the text for each pattern in turn (one said by a pronoun:
    the workers it points back at, see pointed_group)."""
    for pattern in patterns:
        for found in pattern.finditer(said):
            words = plain_slot(found.group("w"))
            if words:
                return pointed_group(told_whole(words, said), said)
    return None


# A reason given before a Japanese job described by its work: "夜勤がつらくなってきたので、" is not the work
REASON_JA = re.compile(r"(?:ので|から|けど|けれど|ですが|のですが|んですが)、")
DESCRIBED_JA = 80  # characters: a longer clause is more than one job's work


def told_whole(words: str, said: str) -> str:
    """A Japanese job said by its work, whole: a slot stops at the first 、 or に before its verb, so "医師や病院、
    会社の間に立って説明したり調整したりする仕事に移りたい" had wanted only "立って説明したり…する仕事" (a store
    clerk's work, who stands); the work is its sentence up to it, after any reason given first."""
    at = said.find(words)
    if not words.endswith("仕事") or at < 0:
        return words
    start = max(said.rfind(mark, 0, at) for mark in "。！？!?\n") + 1
    clause = REASON_JA.split(said[start : at + len(words)])[-1].strip()
    return clause if len(clause) <= DESCRIBED_JA else words


# A standing, not a job of a page: "32歳の会社員です", "I'm a college student" (no origin to start a gap or route from)
STATUS_ONLY = re.compile(
    r"((\d+|[一二三四五六七八九十]+)(歳|才)の?)?(普通の|ただの|一般の)?(会社員|サラリーマン|ol|社会人|フリーター|主婦|主夫"
    r"|(大|高校|専門学校)?学生|無職|会社勤め)|(an? )?(office worker|stay[- ]at[- ]home (mom|dad|parent)|homemaker"
    r"|unemployed|((pre-?med|pre-?law|high school|college|university|grad|graduate|[\w-]+) )?(student|sophomore"
    r"|freshman|junior|senior|undergrad|major))"  # "I'm a pre-med sophomore": no job (not "a senior accountant")
)
# …said as a sentence of its own ("I'm a college student.", "I'm 19."): no job of theirs to start a gap or route from
# ("…How do I become a nurse?" had read a route from Low Vision Therapists)
STANDING = re.compile(rf"(i'?m|i am) (just |only |currently |now )?({STATUS_ONLY.pattern}|\d{{1,2}}( years old)?)")


FROM_HERE = re.compile(r"\bfrom (?:where|what) i(?:'m| am)(?: now| at)? (?:in)?to (?:becoming |being )?(?:an? |the )?")
FROM_TO = re.compile(  # not "from where I am to head chef": that says no job; nor across sentences ("…from several
    # trades on our sites. What would I have to get better at?")
    r"\bfrom (?!(?:where|what|here|my current|one|this one)\b)(an? |the |being (an? )?)?"
    r"(?P<origin>(?:(?![.?!]\s).){3,60}?) (?:in)?to "
    r"(becoming |being |working as )?(an? )?"
)


# The job wanted said by a pronoun ("I'd like to join them", "become one of them"): the group of workers said before
# ("The maintenance guys keep asking me to help…", "The chemical engineers design the processes I test.").
POINTED = re.compile(r"^(?:join |be |become )?(?:one )?(?:of )?(?:them|those guys|those folks)$")
GROUP = re.compile(
    r"\bthe (?P<group>[a-z][\w\-]*(?: [\w\-]+){0,2}?) (?:guys|folks|people|crew|team)\b"
    r"|\bthe (?P<workers>[a-z][\w\-]*(?: [\w\-]+){0,2}?(?:ers|ors|ists|ians|ics|techs))\b"
)


def pointed_group(wanted: str, said: str) -> str:
    """The workers a pronoun slot points back at, as "<work> workers" where they are named by their work ("the
    maintenance guys"): the last group said before it; else the slot itself."""
    if not POINTED.match(wanted) or (at := said.find(wanted)) < 0:
        return wanted
    found = list(GROUP.finditer(said[:at]))
    if not found:
        return wanted
    return found[-1].group("workers") or f"{found[-1].group('group')} workers"


# A job wanted said by one bare word and then what it does: "an engineer who designs the farm equipment", "the
# mechanic who actually diagnoses breakdowns", "the assistant for a top executive". The word alone places a page of
# any field (agricultural engineers are one of dozens); with what follows it, the pages' words place it.
DESCRIBED_AFTER = r"\b{word} (?P<more>(?:who|that|for) [^.?!;]{{3,80}})"
LISTED_AFTER = r"\b{word}(?P<more>(?:, \w+)*,? and (?:\w+ ){{0,3}}?\w+)(?= and\b|[.?!;,]|$)"


def described_further(wanted: str, said: str) -> str:
    """A one-word slot with the clause that says what that worker does, when the text says one right after it."""
    if " " in wanted.strip():
        return wanted
    if found := re.search(DESCRIBED_AFTER.format(word=re.escape(wanted)), said):
        return f"{wanted} {found.group('more').strip()}"
    # …or the list it heads: "the guy who builds, programs and repairs them", "garbage and recycling collection"
    listed = re.search(LISTED_AFTER.format(word=re.escape(wanted)), said)
    return wanted + listed.group("more") if listed else wanted


# A wish that points back at work someone else was just told doing: "The maintenance guy there fixes everything from
# leaky faucets to broken heaters and I'd like to do his job", "The rodbusters on our jobs make good money tying rebar
# before the concrete pour. What would I have to learn to do that?" (guidance_tune128-130). The job wanted is what
# that sentence tells, placed by the pages' words; the slots alone read "broken heaters", "do that", "more". ("join
# them" names a group: pointed_group.)
POINTS_BACK = re.compile(
    r"\b(?:to|wanna) (?:do|get (?:into|onto)|move (?:up )?(?:in)?to|be on|work on|switch to) (?:that|this|it"
    r"|(?:his|her|their) (?:job|work|role)|th(?:at|ose|is) (?:job|jobs|crew|team|work|role|side))\b"
)
OTHERS_TOLD = re.compile(r"^(?:the|our|my) (?!(?:job|work|pay)\b)[a-z&/\-]+")
MY_CLAUSE = re.compile(r",? (?:and|but|so) (?:i|i'd|i'm|i've)\b.*$")
SENTENCES = re.compile(r"(?<=[.!?])\s+")
JOINED = re.compile(r"\bjoin (?:them|those guys|those folks)\b")


@lru_cache(maxsize=64)  # asked of the same text by own_words, target_words and stated_own within one question
def told_of_others(said: str) -> str | None:
    """What the sentence before a wish that points back at it tells others doing (in the wish's own sentence, the
    clause before it), as the words of the job wanted; None without such a wish."""
    if JOINED.search(said):  # "…the maintenance guys… I'd like to join them": the group said (pointed_group)
        return None
    sentences = SENTENCES.split(said.strip())
    for at, sentence in enumerate(sentences):
        if not POINTS_BACK.search(sentence):
            continue
        told = MY_CLAUSE.sub("", sentence) if OTHERS_TOLD.match(sentence) else sentences[at - 1] if at else ""
        told = told.strip(" .!?")
        return told if OTHERS_TOLD.match(told) and told != sentence.strip(" .!?") else None
    return None


def said_from_to(said: str) -> re.Match[str] | None:
    """The "from X to Y" a text says of the person, not inside what it tells others doing ("The maintenance guy
    fixes everything from leaky faucets to broken heaters and I'd like to do his job")."""
    found = FROM_TO.search(said)
    others = told_of_others(said) if found else None
    return None if found and others and found.group(0) in others else found
