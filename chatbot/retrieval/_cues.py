"""Words that tie a question to the conversation before it, in English and Japanese.

They are cues, not decisions: the dialogue (chatbot.answer) weighs them against what was said before to give the
turn its act. "and after that?" is NEXT; "same question for electricians" is SAME_AGAIN; "which of the two" is
BOTH; "going back to pharmacists" is BACK; "the first one we discussed" is FIRST.
"""

from __future__ import annotations

import re

from chatbot.models import Cue
from chatbot.retrieval._another import ANOTHER
from chatbot.retrieval._comparands import WAYS_COMPARED
from chatbot.retrieval._foreground import SENTENCE
from chatbot.text import is_japanese

CUE_PATTERNS: dict[Cue, re.Pattern[str]] = {
    Cue.REFERS_BACK: re.compile(
        r"\b(it|its|it's|that|this|they|them|their|these|those|both|the two|either|same|tell me more|what else"
        r"|(does|is|would|will|did|was|can|could) (she|he))\b"  # "does she mostly design stuff…?": the one talked of
        r"|\b(become|be|becoming) one\b(?! of\b)"  # not "to be one of the professors who…": them, described
        r"|それ|その|この|あの|そこ|そっち|あっち|こっち|両方|二つ|2つ|どちら|同じ|もっと|詳しく|他には",
        re.IGNORECASE,
    ),
    # Openings of an elliptical follow-up keeping the last question ("and the nurses?", "ラーメン屋だとどうなんだろう")
    Cue.ELLIPTICAL: re.compile(
        r"(^|[.!?]\s+)\s*((ok|okay|alright|right|so|cool|great|hmm|got it),?\s+)?"  # "ok and the people who…"
        r"(and|also|what about|how about|then|same for|or)\b|^\s*(では|じゃあ|それと|なら|あと)"
        r"|^[^、。？?]{1,20}(?<!に)(は|も)[？?]?\s*$"  # "幼稚園の先生は", "助産師も": typed without the question mark
        r"|^[^、。？?]{1,20}(?<!に)(は|って|の場合は)(どう|どうですか|どうでしょう|どうなの|どうなります)[かね]?[？?。]?\s*$"
        r"|^[^。？?]{2,40}(してる|している|する|やってる)(人|方|職人)(は|って)(どう|どうですか|どうでしょう|どうなの)[かね]?[？?。]?\s*$"
        r"|^[^、。？?]{1,30}(だと|だったら|なら|の場合)、?(どう|どうですか|どうなる|は)?(かな|[かね])?[？?。]?\s*$"
        r"|^[^、。？?]{1,20}(だと|なら|の場合は?)(そのへん|その辺|そのあたり)?(どう(なん|なの|なる|なり|です|でしょう)\w{0,6})[？?。]?\s*$"
        r"|^[^、。？?]{1,20}(だと|なら|の場合は?|は)(そのへん|その辺|そのあたり)(は)?どう(なって(る|いる|ます))?[？?。]?\s*$",
        re.IGNORECASE,
    ),
    Cue.SAME_AGAIN: re.compile(
        r"\bsame (question|thing|again|for|q|deal|story)\b"
        # "and for the head chef?", "hmm and for a diet tech?"; not "I'm OK with a 4 year degree", "and for how long"
        r"|(^|[.!?,;:]\s*|\b(hmm+|oh|ah|so|ok|okay|cool|alright|right|great|then)\s+)"
        r"(and|now|ok|okay) (for|with) (an?|the)?\b"
        r"|\bwhat about for\b"
        r"|\bthe same\b.*\b(for|about)\b|\b(the )?same (be )?(true|goes|for|with)\b|\btoo\W*$|\bas well\W*$"
        r"|\binstead\W*$|同じ(質問|こと)|についても|も同じ|^[^、。？?]{1,20}(も|の場合も)(そう|同じ|(似た|同じ)ような感じ)"
        r"(なの|なん|です|でしょう)?[かね]?[？?。]?\s*$"  # "テレビカメラマンも似たような感じ？"
        r"|\b(use|uses|need|needs|require|requires) (the )?same\b"  # "do transportation planners use the same stuff?"
        r"|\bsame (kind|type|sort) of (person|people|personality)\b"  # "…, same kind of person?"
        r"|\b(is|are|would|does|do) (it|that|this|they) (\w+er|more \w+|less \w+|(any )?different) (for|with)\b",
        re.IGNORECASE,
    ),
    Cue.BOTH: re.compile(
        r"\b(which|who) of (the|these|those) (two|2|both|jobs|ones)\b|\b(the|these|those) (two|2)\b|\bboth\b"
        r"|\bwhich of (them|those|these|us)\b|\b(each|both|either|neither) of (them|those|these)\b"
        r"|\bcompare (them|the two|both|these|those)\b|\bwhich one\b|\bbetween (them|the two)\b"
        r"|\bone of (them|those|these|the two)\b.*\bthan the other\b"  # "is one of them harder … than the other?"
        r"|\bwhich (job|career|role|position|option|path|field)\b(?=.*\b(more|less|better|worse|most|least|shorter"
        r"|longer|harder|easier|quicker|faster|safer|tougher|higher|lower)\b)"  # "Which path is shorter?"
        r"|どちら|どっち|両方|二つ|2つ|ふたつ|比べ|それぞれ",
        re.IGNORECASE,
    ),
    Cue.BACK: re.compile(
        # not "ok back to careers. the people who process paychecks…": back to the subject, not to a job of it
        r"\b(go(ing)? back|back to|return(ing)? to|coming back to|circling back|revisit)\b"
        r"(?! (the )?(careers?|jobs?|work stuff|job stuff|career stuff|the (topic|subject)|topic|business"
        r"|my question)\b)"
        r"|\b(the|that) (?!(?:next|first|last|same|right|only|best|top|new|(kind|sort|type) of)\b)(\w+ )?\w+"
        r" (one|thing)\b(?! (who|that|which|where|with|on one)\b)|\bthe one (who|that) \w+s\b"
        r"|[^\s、。？?]{2,}(?<!どっち)(?<!どちら)の(ほう|方)(は|って|が|も|に|で|の|を)"  # not "どっちの方が"
        r"|に戻(る|って|りま)|の話に戻|話を戻|^(さっき|先ほど|前に聞いた)の(?!質問)",  # "さっきのマニュアルを書く方、…"
        re.IGNORECASE,
    ),
    Cue.FIRST: re.compile(
        r"\b(the )?(first|earlier|previous|original) (one|job|career|occupation)\b|\bthe one before\b"
        r"|\bwe (started|began) with\b|最初の(仕事|職業|もの|方)?|前の(仕事|職業)|はじめの"
        r"|最初に(聞いた|話した|言った|出た)|(一|1|ひと)つ目",
        re.IGNORECASE,
    ),
    Cue.NEXT: re.compile(
        r"\b(next|following) (step|stage|level|position|rung|move)\b|\bafter (that|this|it)\b|\bstep up\b"
        r"|\b(step|stage|level|position|rung) (after|above)\b"
        r"|\bthen what\b|\bwhat comes (next|after)\b|\band then\b|\bafterwards\b|\bbeyond that\b|\bmove up\b"
        r"|\bhigher\b.*\b(position|level|step)\b|\b(anything|something|what'?s?) above\b|\bthe top\b"
        r"|\bwhere (do|does|can) (you|i|one|they) go (next|from there)\b|\bgo next\b"
        r"|その次|次は|次の段階|その後|そのあと|それから|その先|さらに上|その上|(そこから|その)上(に|へ)(いく|行く|上が)"
        r"|(終わった|終えた|修了した|明けた|受かった|合格した)(あと|後)(は|って|に)"  # "研修が終わったあとは？"
        # "入ってからは？" alone: once in (not "就職してからの研修は…", which asks about training)
        r"|^(じゃあ|では|それで)?(入って|なって|就いて|入社して|就職して|採用されて|入った)(から|後|あと)"
        r"(は|って)?(どう(なる|なるの|ですか)?)?[？?]?\s*$",
        re.IGNORECASE,
    ),
    Cue.BEFORE: re.compile(
        r"\b(step|stage|level|position) before\b|\bbefore (that|this|it)\b|\bprevious (step|stage|level|position)\b"
        r"|\bearlier step\b|\bcomes before\b|\bprior (step|stage|level)\b|\b(right|just|immediately) before\b"
        r"|\bbefore (getting|reaching|becoming|landing)\b|その前|前の段階|一つ前|手前",
        re.IGNORECASE,
    ),
    Cue.MORE: re.compile(
        r"\btell me more\b|\bmore (about|on|detail|details|info)\b|\bgo on\b|\bwhat else\b|\banything else\b"
        r"|\bany ?more\b|\b(anything|something|what) more\b|\bkeep going\b|\bcontinue\b"
        r"|\bmore,? (please|pls|plz)\b|^\W*more\W*$"
        r"|\belaborate\b|もっと|詳しく|他には|ほかには|続き|^\s*(それで|で|それから|and)\s*[？?]+\s*$",  # "それで？"
        re.IGNORECASE,
    ),
    Cue.WHICH_JOB: re.compile(  # not the person of themselves: "as someone who wants to be a history professor"
        r"(?<!\bas )(?<!\bas a )\b(who|someone|somebody|person|people|folks|job|jobs|career|careers|occupation"
        r"|occupations|work) (who|that|where|which|in which|whose)\b"
        r"|\bwhat (kind of )?(jobs?|careers?|occupations?|professions?)\b(?! (titles?|names?|boards?|ads?)\b)"
        r"|\bwhich (jobs?|careers?|occupations?)\b|\bfor a living\b"
        r"|(?<!as someone )(?<!as a person )\bwho (actually |really |usually |exactly )?"
        r"(?!is\b|was\b|has\b|does\b)\w+s\b|\bwho does (the|a|an|all|most|your|my|their)\b"  # "who does the eye test"
        r"|\b(job|role|work) called\b|\bwhat do you call\b|\bwhat (would|is|'s) (that|it|this) (be|called)\b"
        r"|\bwhat (job|career) (would|is|could)\b|\bwho('?s| is| are) the (person|one|guy|people)\b"
        r"|\bwho'?s the \w+ (who|that)\b"
        r"|\bwhat (does|would|did) (someone|somebody) (?!(starting|just|new)\b)\w{3,}ing\b"  # "…someone running a…"
        r"|\bthe ([a-z]+ )?(people|person|ones?|guys?|managers?|heads?|staff|workers?) (in charge of|responsible for)\b"
        r"|\b(the|those) ([a-z]+ )?[a-z]+(er|or|ist|ian|ant|ent|ial|ic|ech|lerk|uard|ide|aid|urse)s (who|that)"
        r" (?!(are|were|have|do)\b)[a-z]+"  # "the elected officials who write bills"
        r"|\b(crew|crews|staff|team|employees) (who|that) (?!(are|were|have|do|is)\b)[a-z]+"  # "the backstage crew who"
        r"|\bthe (person|people|guy|guys|one|ones|lady|ladies|woman|women|man|men|folks|gal)"
        r" (who|that|in|at|on|\w+ing)\b"
        r"|\b(an? )?(actual|real|proper) (career|job|profession)\b|\bis there (a|any) (job|career)s?\b"
        # not "どんな興味を持ってる人が向いてる" (no job); not "具体的にはどんな仕事するんですか" (the one in focus)
        r"|(?<!具体的には)(?<!具体的に)(?<!実際は)(?<!実際に)(?<!毎日)(?<!普段)(?<!普段は)(?<!いつも)(?<!まず)(?<!以外に)(?<!以外で)(?<!以外の)(?<!以外には)どんな仕事(?!から|を抱え|を任され|をこなす)|何の仕事|仕事(は|って)(ある|あります)|職業(は|って)(ある|あります)|を(?!持っ)\w{1,6}(仕事|(?<!個)人(?!(が|は|って)(向|多|少))|職人)"
        r"|(して|する|してる|している|した|くれる)(ような|みたいな)?([一-龥ァ-ヶー]{1,6}の)?(人(?!(が|は|って)(向|多|少))|仕事|職人|専門家|専門職|パート|バイト|職員|公務員|担当者)"
        # a worker word after any verb: "アスファルト敷いてる作業員", "脱臼を手で治す接骨院の先生"
        r"|([てで](る|いる)|[ぁ-ん一-龥][うくすむぶつぐ])([一-龥ァ-ヶー]{1,6}の)?(作業員|職人|技術者|技師|先生|スタッフ|担当者|店員|人たち|人達)"
        r"|[\u3040-\u309f\u4e00-\u9fff][るうくすむぶつぐ](仕事|職業)"
        # "…取り付ける工事の人"
        r"|[ぁ-ん一-龥](?<![いて])る(?!会社|職場|お?店)[一-龥ァ-ヶー]{1,6}の(人|方)(?!(が|は|って)(向|多|少))"
        # "看板作る会社", "買取やってるお店": the work's company; not the person's own ("働いてる会社", "今いる会社")
        r"|(?<!働い)(?<!働いて)(?<!勤め)(?<!勤めて)(?<!今)[\u3040-\u309f\u4e00-\u9fff][るうくすむぶつぐ](会社|お店)",
        re.IGNORECASE,
    ),
    Cue.ANOTHER: ANOTHER,  # another job told of by its work (_another.py)
    # An opening that leaves the jobs talked of: what follows points at nothing said before ("Different question: my
    # sister is … becoming a hospitalist. How is that different…", "ぜんぜん違うんですけど、林業にも興味があって。")
    Cue.FRESH: re.compile(
        r"^\W*((ok(ay)?|so|alright|lol|haha|hmm+|anyway),? )?(a |one )?(different|new|another|unrelated|separate"
        r"|random|totally different|completely different) (question|topic|thing|idea|subject|direction|field)\b"
        r"|^\W*(unrelated|totally unrelated|random question),? (but|though)\b"
        r"|^\W*((ok(ay)?|so|lol|haha|hmm+),? )?(totally|completely|entirely|something) different\s*[:;,.!—-]"
        r"|^\W*(changing (the )?subject|switching gears|on (a|an) (different|other|unrelated)"
        r" note)\b|^(話は変わ(る|り)(ます)?(けど|が)|別の質問"
        r"|(ぜんぜん|全然|まったく|全く)違う(話|質問|んですけど|んだけど|けど))",
        re.IGNORECASE,
    ),
}


# The worker beside the job talked of: "and the assistants who help them during sessions?" (of physical therapists).
ROLE = re.compile(r"\b(?:the|their|an?|his|her|those|these)\s+(assistant|aide|helper|technician|tech|technologist)s?\b")


# The same in Japanese: "配達の人は？" (of 新聞記者: 新聞配達員), a word of the work and "the people of it".
ROLE_JA = re.compile(r"^(?:じゃあ|では|で、)?(?P<role>[一-龥ァ-ヶー]{2,6})(?:の|する)(?:人|方|ひと)(?:は|って|だと)")


def role_asked(text: str) -> str | None:
    """The role a follow-up asks of ("the assistant who works under the PT": assistant); None when it names none."""
    found = ROLE.search(text.casefold()) or ROLE_JA.search(text)
    return found.group(1) if found else None


def cues_of(text: str) -> list[Cue]:
    """The cues in a question, in the order of Cue: "and after that?" -> [ELLIPTICAL, NEXT, REFERS_BACK].

    The "same" of "same question for ..." asks again; it does not point back at the job ("same question for
    engineers who design wind farms" names another job, by its work). Nor does a "that job" in a sentence after one
    describing a job: "…an opening for someone who builds the wooden patterns for castings. what's that job like?"
    """
    found = [cue for cue, pattern in CUE_PATTERNS.items() if pattern.search(text)]
    if Cue.SAME_AGAIN in found and Cue.REFERS_BACK in found:
        rest = CUE_PATTERNS[Cue.SAME_AGAIN].sub(" ", text)
        if not CUE_PATTERNS[Cue.REFERS_BACK].search(rest):
            found.remove(Cue.REFERS_BACK)
    if Cue.WHICH_JOB in found and Cue.REFERS_BACK in found and (points_at_described(text) or possessed_after(text)):
        found.remove(Cue.REFERS_BACK)
    if Cue.BOTH in found and not CUE_PATTERNS[Cue.BOTH].search(WAYS_COMPARED.sub(" ", text)):
        found.remove(Cue.BOTH)  # "正社員とパートどっちが多い？": two ways of one job's work, not the two jobs
    if Cue.FRESH in found:  # "Different question: my sister … becoming a hospitalist. How is that different…"
        found = [cue for cue in found if cue not in (Cue.REFERS_BACK, Cue.ELLIPTICAL)]
    if Cue.REFERS_BACK in found and points_at_told(text):  # the work told is the job asked of, as a description
        found.remove(Cue.REFERS_BACK)
        found += [Cue.WHICH_JOB] * (Cue.WHICH_JOB not in found)
    return found


def points_at_described(text: str) -> bool:
    """Whether every back-reference comes in a sentence (or, in English, a clause) after the first one that
    describes a job: "And the airport people who check your bags, what traits matter for them?" """
    described = CUE_PATTERNS[Cue.WHICH_JOB].search(text)
    ends = [p.search(text, described.end()) for p in (SENTENCE, CLAUSE_EN)] if described else []
    end = min((found for found in ends if found), key=lambda found: found.start(), default=None)
    if end is None or end.end() >= len(text.rstrip()):
        return False
    return not CUE_PATTERNS[Cue.REFERS_BACK].search(text[: end.start()])


def possessed_after(text: str) -> bool:
    """Whether every back-reference after the words that describe a job is a possessive, of whom they describe:
    "what about the help desk people who answer everyone's questions when their laptop or printer acts up?"."""
    described = CUE_PATTERNS[Cue.WHICH_JOB].search(text)
    if described is None or is_japanese(text):
        return False
    rest = POSSESSIVE.sub(" ", text[described.end() :])
    return not CUE_PATTERNS[Cue.REFERS_BACK].search(text[: described.end()] + " " + rest)


POSSESSIVE = re.compile(r"\b(their|its|his|her|them)\b", re.IGNORECASE)  # (and "…who feeds them")
CLAUSE_EN = re.compile(r"(?<=,)\s+(?=(what|which|how|who|where|do|does|is|are)\b)")
# Someone's work told before the question that points at it: "…he monitors radiation… what does that job involve?",
# "somebody somewhere cuts and grinds the lenses…" (what they say, think or want is not their work)
TOLD_WORK = re.compile(
    r"\b(he|she|someone|somebody)( \w+ly| also| still| now| somewhere| else)? (?!(says|thinks|tells|keeps|wants|likes"
    r"|loves|hates|knows|is|was|has|does|goes|gets|seems|feels|needs)\b)[a-z]{3,}s\b"
    r"|\b[a-z]{3,}ing (the|a|an) [a-z]+s (that|who) [a-z]+\b"
    # another job weighed, told by its work: "My other option is supervising the cleaning staff at a hotel."
    r"|\b(other|another|second|backup|next) (option|choice|idea|path|plan) (is|would be) [a-z]{3,}ing (the|a|an) \w+"
    # another work the person is drawn to: "honestly I'm more drawn to caring for women through pregnancy…"
    r"|\b(drawn to|more into|really into|interested in|passionate about)"
    r" (?!(doing|being|getting|having)\b)[a-z]{3,}ing\b"
    # "eventually I'd like to run a restaurant or cafeteria, …. what software do those managers use?"
    r"|\b(i'?d like to|i want to|i wanna|i'?d love to|dream is to|plan is to|hope to) (someday |one day |eventually )?"
    r"(run|manage|own|open|start) (a|an|my own|our own) \w+"
)
RELATIVE = re.compile(r"(?<=s) (that|who)\b")  # "the loaders that move coal": no pointing back
# The same said in one Japanese sentence: "スーパーの商品開発の仕事も候補なんだけど、そっちはどうやって就くの？"
TOLD_WORK_JA = re.compile(r"(仕事|職)(も|にも)[^。？]{0,16}(候補|気にな|興味|考えて|迷って)[^。？]{0,12}そ(っち|ちら)")


def points_at_told(text: str) -> bool:
    """Whether every back-reference comes after what tells of someone's work: sentences, or a Japanese clause."""
    if TOLD_WORK_JA.search(text):
        return True
    before = " ".join([part for part in SENTENCE.split(text) if part.strip()][:-1]).casefold()
    told = TOLD_WORK.search(before)  # after "somebody cuts…" a back-reference points at what it told ("…fits them")
    # "she injects patients… then scans them": a "them" after whom it tells of is of the work told
    of_whom = told is not None and told.group(0).startswith(("someone", "somebody", "he ", "she "))
    said = before[: told.start()] if told and of_whom else before
    return told is not None and not CUE_PATTERNS[Cue.REFERS_BACK].search(RELATIVE.sub(" ", said))
