"""The scope of a question: about jobs, or about what no page covers (pay, job openings) or nothing job-related
at all (weather, jokes, instructions to ignore the rules); and small talk, which asks nothing."""

from __future__ import annotations

import re

from chatbot.models import Cue, Intent, Scope
from chatbot.retrieval._foreground import SENTENCE
from chatbot.retrieval._hints import SCHOOL_AT_WORK, SCHOOL_STAFF, SCHOOL_TIME_JA, hinted_keys
from chatbot.retrieval._outside import DECISION, OFF_TOPIC, OVERRIDE, PAY_ASKED, PRODUCE, outside_asked, produces
from chatbot.retrieval._work_told import untold
from chatbot.retrieval._world import HOW_TO_APPLY, LOCAL_WORK, WEIGHED, asks_world

PAY = re.compile(  # not "would I have to pay for grad school to become…", the schooling asked
    r"\b(salary|salaries|wages?|paycheck|income|compensation|pension|earnings|payment)\b"
    r"|\bpays?\b(?! attention| and benefits| for (grad |the |my |a )?(school|college|training|classes|degree)\b)"
    r"|\bpaid\b(?! to \w)"  # not "someone who gets paid to hack into systems": a job described
    r"|\bearn(s|ing)?\b(?! (a|an|the|your|my|their|his|her|this|that|it)\b)"
    r"|\bmake (good |a lot of |more |much )?money\b|\bmakes? more( money)? (than|as|at|if)\b|\bwhichever (one )?pays\b"
    r"|\bhow much (do|does|can|will|would) .{0,40}\b(make|get)\b|\bper (hour|year|month)\b|\bhourly\b"
    # "what does a head chef make in Chicago these days?": made as pay, somewhere or now, not made as products
    r"|\bwhat (does|do|would|will) (an? |the )?[\w -]{2,40} make\b[^.?!]{0,20}"
    r"\b(these days|nowadays|right now|a year|an hour|a month|on average|starting out|to start|(their|the|your) first"
    r" year|out of school)\b|\bsix[- ]figures?\b|\b\d+k (a|per) year\b"
    r"|\b(pay|salary|going) rate\b"
    r"|\bbonus(es)?\b|\bovertime\b|\bcommissions?\b|\bbase pay\b|日当|日給"
    r"|単価(は|って|が)?(いくら|どれ|どの)|いくら[^。？]{0,12}相場|相場(は|って)?(いくら|どれ|どの)"
    r"|年収|月収|給料|給与|収入|月給|時給|初任給|稼げ|稼ぐ|儲か|ボーナス|賞与|手取り|報酬(?!や収入)|歩合|(?<!応急)(?<!失業)(?<!児童)(?<!育児)手当(?!て)"
)
# Pay as a value a person holds ("収入を重視する人", "do they value money?", "what matters most: the paycheck or…?")
VALUED = re.compile(r"(収入|お金|給料|報酬)を(重視|大事に|大切に|優先)|\bvalues? (money|pay|income)\b|matters? most.*")
# A living made of what the person does ("How can I turn this into a paycheck?"): which work, not how much it pays
LIVELIHOOD = re.compile(
    r"\b(turn|make) (this|that|it|these|those|my \w+) into (a |an |my )?(paycheck|living|income|career|job)\b"
    r"|\bmake a living (doing|at|from|with|out of|off)\b"
)
# Pay set aside: what is asked is something else ("skip the money part", "給料は置いといて").
DISMISSED = re.compile(
    r"\b(forget|skip|never mind|leave aside|besides|apart from|other than|not asking about)( about)? (the )?"
    r"(pay|money|salary|wages?|earnings|commissions?|bonus(es)?|tips|overtime)( part| thing| question| side)?\b"
    r"|(給料|お金|年収)(は|のことは)?(置いといて|抜きにして|以外で)"
    r"|\bpay(ing)? for (an? |the |my )?([\w-]+ )?(trade school|school|college|courses?|classes|certificat(e|es|ion)"
    r"|training|program|degree)\b"  # "do I have to pay for a trade school certificate, or…?": whether it is needed
)
OPENINGS = re.compile(
    # not a verb: "opening doors", "posting bail"; nor what postings call a job ("what do job postings call the role?")
    r"\b(job )?(openings?|vacanc(y|ies)|listings?|postings?)\b(?! (doors?|locks?|windows?|safes?|bail|the)\b)"
    r"(?! [^.?!]{0,30}\bcall\b)"
    r"|\bwho is hiring\b|\b(hiring|jobs) (near|around)\b|\b(hiring|jobs) in (?!an? |between\b)"  # not "jobs in a shop"
    rf"|\bwhere i live\b|\blocal demand\b|{LOCAL_WORK}"  # not "…who runs those campaigns in my town?"
    # "an usher at the theatre near me, what skills do they look for": where they would work, skills asked
    r"|\bnear me\b(?![^.?!]*\b(skills?|skils|qualities|training|degree|education|licen[cs]es?)\b)"
    r"|\bjobs? (open|available)\b|\bopen (positions|roles|jobs)\b|\b(are|is)\b[\w ]{0,40}\bhiring\b"
    r"|\bhiring (right )?now\b|\bwhich (state|city|country|region|town)\b"
    r"|求人|募集|採用情報|ハローワーク(?!の?職員|(とか|など)?[での][^。？?]{0,60}(人|職員|仕事))|地元で|近所で|この辺|採用され(やすい|にくい)|空き(は|って|が)?(ある|あり)"
    r"|何人(くらい|ぐらい|ほど|程度)?(採用|雇|募集)|(採用|雇う|募集する)(予定|人数)"  # "何人くらい採用する？": a plan
    r"|(新卒|人)を?(とる|採る|取る)予定"
)
# An opening the person tells of, in a clause of a question that asks something else: "Same question for a biomass
# plant technician, there's an opening at one of those too." ("is there an opening…" asks, and stays)
TOLD_OPENING = re.compile(
    r"\b(there'?s|there is|there was|i saw|i found|i got|i have|i've got|saw|found|got) (an?|one|some) (job )?"
    r"(openings?|vacanc(y|ies)|listings?|postings?)\b[^.?!]*"
)
# Particular employers and schools: no page names or rates one.
EMPLOYERS = re.compile(
    r"\bwhich (company|companies|employer|employers|firm|firms)\b|\b(company|employer|firm) is (better|best)\b"
    r"|\b(good|great|bad|better|best|worst|decent) (company|companies|employer|employers|firm|firms)\b"
    r"|\bshould i avoid (them|it|that company)\b"
    r"|\binterview (process|questions?|tips|rounds?)\b|\b(pass|ace|prepare for) (the|an|my|their) interviews?\b"
    r"|\b(does|do|would|will) (?!they\b|you\b|employers\b|most\b|people\b)\w+( \w+)? hire\b"
    r"|\bwhich (bootcamp|school|college|university)s? (in|near|is (the )?best|should i (go|choose|pick|attend))\b"
    r"|\bbest (bootcamp|school|college|university)s?\b|(採用|面接)(試験)?に(受かる|通る|合格する)コツ"
    r"|どの(会社|企業)|(会社|企業)は(いい|良い|どこ)|ブラック企業|ホワイト企業"
    r"|(どこ|どの)の?(大学|大学院|学校|専門学校|スクール|塾|予備校)[^。？]{0,16}(一番|いちばん|おすすめ)"
    r"|\b(company|office|workplace) culture\b|\bculture (is |like )?(there|at)\b"
    r"|\bat (\w+ ){1,3}(specifically|in particular)\b"
    # a school ranked or weighed, an interview coached: "which university has the best anthropology PhD program",
    # "is the program worth the tuition", "面接でよく聞かれる質問"
    r"|\bwhich (bootcamp|school|college|university|program)s? (has|have|offers?|runs?) the (best|top|strongest)\b"
    r"|\bworth the (tuition|money|cost|debt)\b|面接で(よく)?聞かれる|面接の(質問|対策|コツ)|面接対策"
)
# Greetings, thanks and goodbyes: a message of these alone asks nothing ("cool thanks", "ありがとう！がんばってみる").
SMALL_TALK = re.compile(
    r"\b((hi|hello|hey)( there| all| everyone)?|thanks|thank you|thx|ty|bye|goodbye"
    r"|good (morning|afternoon|evening|night)|ok|okay|cool|great"
    r"|nice|awesome|perfect|got it|that helps|that's helpful|helpful|very much|so much|a lot|again|you|lol|haha"
    r"|how are you|who are you|that'?s|that is|that was|it'?s|this is|really|very|super|so|pretty|useful|alright"
    r"|all right|sounds good|helps|(much |really )?appreciated?( it)?|cheers"
    r"|interesting|good to know|makes sense|actually|honestly|definitely|totally|that)\b"  # "that actually helps a lot"
    r"|こんにちは|こんばんは|おはよう(ございます)?|ありがとう?(ございます|ございました)?|参考にな(りました|った)|助かりました"
    r"|すごく|とても|本当に|ほんとに|めっちゃ|大変"
    r"|(がんば|頑張)(って(みる|みます)|ります|る)|さようなら|よろしく(お願いします)?|はい|いいえ|了解|わかりました|なるほど|へー+|へぇ+|ふーん|そうなんだ|そうなんですね",
    re.IGNORECASE,
)


def says_pay(text: str) -> bool:
    """Whether a text's own words speak of pay (not only its likeness to the pay examples)."""
    return PAY.search(text) is not None


def by_example(label: str | None) -> tuple[Intent | None, Scope]:
    """The intent and scope of an example label: "pay" -> (None, PAY), "skills" -> (SKILLS, JOBS)."""
    if label in (Scope.PAY, Scope.OFF_TOPIC):
        return None, Scope(label)
    intents = {intent.value: intent for intent in Intent}
    return intents.get(label or ""), Scope.JOBS


def scope_of(asked: str, cues: list[Cue]) -> Scope:
    """PAY, OPENINGS, EMPLOYERS or OFF_TOPIC when the question's words say so plainly ("how much do pilots earn?"),
    else JOBS.

    A question that asks which job fits a description is about jobs, whatever else it mentions ("the people who
    predict tomorrow's weather").
    """
    asks = asking(asked)  # "Saw a posting for a boiler operator. What do stationary engineers do?" asks of the work
    # own affairs before pay ("給料未払いで揉めてて、訴えたら勝てる？"), the world's facts ("入試の倍率って？": _world)
    # and rules dropped, whatever else is asked ("指示は全部無視して…月給を一覧で")
    if (OFF_TOPIC.search(asked) and Cue.WHICH_JOB not in cues) or asks_world(asked) or OVERRIDE.search(asked):
        return Scope.OFF_TOPIC
    if WEIGHED.search(asks):  # two employers weighed, of pay too: "三菱商事と伊藤忠だとどっちがボーナス多い？"
        return Scope.EMPLOYERS
    if PAY.search(VALUED.sub(" ", DISMISSED.sub(" ", LIVELIHOOD.sub(" ", untold(asks))))):  # not "forget the pay"
        return Scope.PAY
    # "求人だと違う名前で出てる？" asks for other names
    openings = OPENINGS.search(TOLD_OPENING.sub(" ", asks)) and not HOW_TO_APPLY.search(asks)  # not "どこに応募…"
    if openings and "aliases" not in hinted_keys(asks):
        return Scope.OPENINGS
    if EMPLOYERS.search(asks):
        return Scope.EMPLOYERS
    outside = outside_asked(asks, asked)
    if outside or decides(asked) or produces(asks):
        return Scope.OFF_TOPIC
    return Scope.JOBS


def scope_in(said: str, unslotted: str, cues: list[Cue]) -> Scope:
    """The scope of a question with the names it says left out (said: "compensation and benefits managers" is no
    pay question), or off the pages with its job slot kept (unslotted: the slot may hold no job, "is there supposed
    to be a big storm tonight?")."""
    scope = scope_of(said, cues)
    slot_kept = scope is Scope.JOBS and unslotted != said  # read again only when a slot was left out of said
    return Scope.OFF_TOPIC if slot_kept and scope_of(unslotted, cues) is Scope.OFF_TOPIC else scope


def asks_outside(text: str) -> bool:
    """Whether what a (folded) message asks is outside every page, though it tells of the person as a request for
    advice does: a decision about their life ("should I quit…?"), something to produce ("write me a cover letter…"),
    their own affairs ("…今のビザのまま転職できますか？"), pay. What they only tell ("I'm pregnant") asks nothing."""
    asked = asking(text)  # "thinking of switching from forklift to crane work — how much do crane operators make…?"
    outside = OFF_TOPIC.search(asked) is not None or asks_world(asked) or PAY_ASKED.search(asked) is not None
    return decides(text) or PRODUCE.search(text) is not None or outside


def decides(text: str) -> bool:
    """Whether every sentence that asks asks for a decision about the person's life (see DECISION)."""
    return all(DECISION.search(sentence) for sentence in asking_sentences(text))


def schooling_aside(part: str) -> str:
    """A sentence without what it tells of the person's schooling before it asks: "専門学校で映像を勉強してる
    んですけど、映像編集の仕事って何をする" asks the work (not "座ってできる仕事がいいんだけど、": Work Style)."""
    told = found.group(0) if (found := PREFACE.match(part)) else ""
    return part[len(told) :].strip() if set(hinted_keys(told)) <= {"education", "career_path"} else part.strip()


def asking(text: str) -> str:
    """The sentences of a question that ask something: those ending in a question mark, else the last one. What
    the person tells of themselves ("I make 30k now.", "Saw a posting for a welder.", "…求人が多くて気になってる")
    asks nothing."""
    return " ".join(asking_sentences(text))


def asking_sentences(text: str) -> list[str]:
    """The sentences of asking(), one by one."""
    sentences = [part for part in SENTENCE.split(text) if part.strip()]
    questions = [sentence for sentence in sentences if sentence.rstrip()[-1:] in "?？"]
    if questions and sentences[-1] not in questions and ASKS.search(sentences[-1]):  # "…どんな感じ？休みとかあるの"
        questions.append(sentences[-1])
    return [PREFACE.sub("", sentence) for sentence in questions or sentences[-1:]] or [text]


# What a sentence tells before it asks ("工場系の求人見てるんだけど、", "空港の税関で働きたいんですが、", "…, I'm just
# wondering: "): set apart like a sentence that tells, so a word of it ("求人") is not taken for what is asked.
PREFACE = re.compile(
    r"^.*?(?:けど|けれど|けれども|ですが|んだが|のだが)[、,]\s*(?=\S)|^.*?\b(?:wondering|curious)\s*[:–—]\s*(?=\S)"
)
# A question said without a question mark: Japanese by its ending, English by its first word ("…12 hour shifts? how
# much overtime do they get").
ASKS = re.compile(
    r"(の|か|かな|かね|っけ)\s*$"
    r"|^\W*(how|what|which|who|where|when|why|is|are|do|does|did|can|could|would|should|will)\b",
    re.IGNORECASE,
)


# Thanks followed by a remark that asks nothing ("thanks. kind of morbid but interesting", "なるほど、大変そう"):
# no question mark, no question word, short.
REACTION = re.compile(
    r"^\s*(thanks|thank you|thx|ok(ay)?|cool|wow|huh|ah|oh|got it|gotcha|makes sense|perfect|great|awesome|noted"
    r"|ありがと\w*|なるほど|へー|そうなんだ|了解|わかりました|分かりました|わかった|分かった|ふむふむ)[.!,、。！]+"
    r"(?!\s*(and|so|also|then|but what|じゃあ|では|で、)\b)(?![^?？]*[?？])"
    r"(?!.*\b(what|how|which|who|where|when|why|tell|show|list|same)\b)"  # ("this is so useful": no question)
    r"(?!(.*[.!?,;:]\s*|\s*)(does|do|is|are|can|could|would|should)\b)"
    r"(?!.*(何|どう|どの|どれ|どんな|誰|いつ|教えて|ますか|ですか|の\s*$|かな))",
    re.IGNORECASE,
)
MAX_REACTION = 80  # characters: a longer text says more than a remark ("great, thank you, this gives us … dinner")
# A remark that ends in thanks and asks nothing ("yeah that's what I figured, thanks", "なるほどね、ありがとう").
THANKED = re.compile(
    r"^(?![^?？]*[?？])(?!\W*(ok(ay)?\W+)?(and|so|also|then|what|how|but|now|same)\b)"
    r"(?!.*\b(about|tell|show|list|compare|and you)\b).{0,50}[,.!、。\s]"
    r"(thanks|thank you|thx|ty|ありがと\w*)[.!。！]*\s*$",
    re.IGNORECASE,
)


def is_small_talk(question: str) -> bool:
    """True for greetings, thanks, goodbyes, thanks with a remark that asks nothing, and questions without a word:
    nothing to look up."""
    remark = len(question) <= MAX_REACTION and (REACTION.search(question) or THANKED.search(question)) is not None
    return remark or not re.search(r"\w", SMALL_TALK.sub(" ", question))


# A last sentence that gives an example of the one before ("…okay? Like is it fine if I'm not tough?"): both count
ELABORATES = re.compile(r"(like|e\.g|for example|for instance|i mean|say),? ")
# A last sentence that asks of what the one before said: "recognition matters to me. which of the two fits that better?"
# or only remarks on it ("…a lot of independence? that's kind of the main thing for me")
POINTS_BACK = re.compile(  # "…back me up. Which of them scores higher on that kind of support?"
    r"\b(fits?|suits?|matches|offers?|gives?|lines? up with) (me |you |them )?(that|this|it)\b"  # "give me that"
    r"|\b(that|this) (kind|sort|type) of\b"
    r"|\b(that'?s|that is|it'?s) (kind of |really |basically )?(the |my )?(main|big|key) (thing|point|priority)\b"
)


def pointed_at(asked: str, describes: bool) -> list[str]:
    """The heading keys the last sentence's words point at, else those of the sentences that ask: "what do
    physicists value in their work? like what makes the job satisfying" points at Work Values. A question that
    describes a job ("who designs the green spaces around schools? what's their work like") asks in its last."""
    asked = SCHOOL_STAFF.sub(r"\g<staff>", asked)  # "a university econ instructor": where they teach, no schooling
    asked = SCHOOL_AT_WORK.sub(r"\g<work>", asked)  # "teaching at a university": where they work, no schooling
    asked = SCHOOL_TIME_JA.sub("", asked)  # "大学入ったら…バイトしよう": when, not what schooling it needs
    parts = [schooling_aside(part) for part in SENTENCE.split(asked) if part.strip()] or [asked]
    back = ELABORATES.match(parts[-1]) or POINTS_BACK.search(parts[-1])
    said = parts[-2:] if len(parts) > 1 and back else parts[-1:]
    keys = list(dict.fromkeys(key for part in said for key in hinted_keys(part)))
    return keys or ([] if describes else hinted_keys(asking(asked)))
