"""A question analysed once (its language, small talk, what it asks, the jobs it names, its cues): understand() runs
at the top of a turn, and all below it reads its Question, not the text."""

from __future__ import annotations

import re

from chatbot.index import Library
from chatbot.models import ADVICE, Cue, Intent, JobLink, Question, Scope
from chatbot.retrieval._advice import advice_intent, asked_last
from chatbot.retrieval._bracket import unbracketed
from chatbot.retrieval._bracket_said import bracket_said
from chatbot.retrieval._completion import trades
from chatbot.retrieval._cues import cues_of, role_asked
from chatbot.retrieval._distinct import distinct, outmatched, says_a_job
from chatbot.retrieval._doing import doing_links, taught_links
from chatbot.retrieval._fields import said_as_things
from chatbot.retrieval._foreground import SENTENCE, last_sentence, said_aside
from chatbot.retrieval._homophones import common_word
from chatbot.retrieval._intent import asked_part, compared_topic, detect_intent, unnamed
from chatbot.retrieval._joined import joined_names
from chatbot.retrieval._learned import DECLINE_PAGED, decline_at, standalone
from chatbot.retrieval._left import left, told_after, told_of
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._meaning import PORTRAIT, Meaning
from chatbot.retrieval._mention import HONORIFIC, a_place, english_in, fits, job_mention, position
from chatbot.retrieval._mistyped import mistyped
from chatbot.retrieval._name_said import names_said
from chatbot.retrieval._nameless import nameless
from chatbot.retrieval._picks import picks
from chatbot.retrieval._portrait import TOPICS, Reading, long_asked, overruling, plainly_asked, portrays_self
from chatbot.retrieval._qualified import Relevance, requalified
from chatbot.retrieval._scope import asking, asks_outside, by_example, is_small_talk, pointed_at, scope_in
from chatbot.retrieval._slots import own_words, target_words
from chatbot.retrieval._slotwords import head_ja
from chatbot.retrieval._supervised import supervised
from chatbot.retrieval._told import learned_advice
from chatbot.retrieval._told_apart import acted_on, told_aside
from chatbot.retrieval._way_in import HOW_TO, WORK_WISHED, asks_of_one
from chatbot.retrieval._wished import placed_first
from chatbot.text import fold, is_japanese, language_of, name_words, noun_phrases, replace_name_words, terms

STRONG_LINK, NAMING_LINK = 0.45, 0.3  # a link sure to name the job alone; one that still says some job is named
FILLER = frozenset(["and", "what", "about", "how", "is", "are", "then", "so", "ok", "okay", "the", "a", "an", "for"])
FILLER |= {"now", "or", "also", "too", "instead", "lol", "haha", "hmm", "well", "right", "one", "ones", "at", "in"}
FILLER |= {"of", "same", "with"}
DESCRIBED_JA, NAME_KEYS = re.compile(r"(?:仕事|人|職業|職人)(?:って|とは|は)"), ("aliases", "reported_job_titles")
OTHER_NAMES = re.compile(r"\b(else|other|also|another|titles?)\b")  # "what else is that job called?": other names
NAME_ASKED = re.compile(  # a name asked about as one of the job in focus's: "is underwater welder one of the titles…"
    r"\bis (an? )?[\w' -]{2,40}? (one of the|an?|another|among the) (job )?(titles?|names?) (for|of) (this|that|the|it)"
)
MIN_READ_PHRASE = 2  # characters of a noun read as a job's name by its reading alone ("東京の区長だと": 区長, くちょう)
QUESTION_WORDS = frozenset(
    ["what", "how", "why", "who", "whom", "whose", "when", "where", "which", "is", "are", "was", "were", "do", "my"]
    + ["does", "did", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "have", "has", "we"]
    + ["had", "am", "it", "its", "they", "them", "their", "that", "this", "these", "those", "you", "i", "me"]
)
MIN_ASKED_TERMS, MAX_FRAGMENT_WORDS = 2, 5  # fewer content words ("and nurses?") is too little to compare with examples

SIDE_JOB = re.compile(r"([一-龥ァ-ヶー]{2,8})の(?:アルバイト|バイト|パート)")  # what a side job is said as


def understand(
    text: str,
    linker: JobLinker,
    library: Library,
    meaning: Meaning | None = None,
    raw: str | None = None,
    relevance: Relevance | None = None,
) -> Question:
    """The analysis of a question (already one clean line): everything a turn needs to know about its words.

    "How do I become a ward mayor?" -> intent BECOME, named ["Ward Mayor (Tokyo Special Wards)"], mention "ward mayor".

    Args:
        meaning: classifies by the nearest labelled examples what no cue word says (None: cue words only).
        relevance: how well pages fit words (Retriever.relevance), for a worker named by a qualifier ("本の編集者").
    """
    lang, mention = language_of(text), job_mention(text)
    asked, unpaged = asked_part(text, mention), library.unpaged_in(text)
    links = [
        link
        for link in linker.link(text, limit=5, mention=mention)
        if not said_as_things(text, link.matched, link.title)
    ] + ([] if is_japanese(text) else doing_links(text, linker.doers) + taught_links(text, linker.link))  # "driving…"
    if mention is not None:  # the slot where it names its job: a name found in it must fit the whole slot
        links = [link for link in links if fits(link, mention, library)]
        in_slot = any(fold(link.matched) in fold(mention) for link in links)  # not only jobs named elsewhere
        if not in_slot and is_japanese(text):  # 区長 read くちょう, 美用師 read like 美容師, ケアマネ, "DTPの仕事"
            links += (
                linker.by_reading(mention)
                or linker.by_likeness(mention, context=text)
                or next((found for trade in trades(mention) if (found := linker.by_likeness(trade, context=text))), [])
            )
    if is_japanese(text):  # "犬の訓練士", "小学校の先生": matched as written, so the name is masked from the intent
        links += [
            link.model_copy(update={"matched": span})
            for span, name, typed in joined_names(text)
            for link in linker.by_likeness(name, typed=typed)  # read as a whole name: also its short forms (学童指導員)
        ] + mistyped(text, linker)  # "データエンジアに必要な…": a loanword no page spells, as the name it nearly spells
    if not strong_links(links) and is_japanese(text):  # "調律師という道": a name's start or end, not a whole name
        phrases = [p for p in noun_phrases(text) if not acted_on(text, p)]  # "官房長だと": かんぼうちょう
        liked = [linker.by_likeness(p, slot=False, context=text) or linker.shops.named(p) for p in phrases]  # 床屋
        liked += [linker.by_likeness(job) for job in SIDE_JOB.findall(text)]  # "新聞配達のバイト": 新聞配達員
        links += [link for found in liked for link in found]
        links += [
            link
            for phrase in (HONORIFIC.sub("", phrase) for phrase in phrases)  # "区長さん": 区長
            if len(phrase) >= MIN_READ_PHRASE
            for link in linker.by_reading(phrase, prefix=False)
            if not common_word(phrase, library)  # "企業で研究開発に": a word of its own, not 起業 misspelt
        ]
    # "専門学校に行かないと", "the front desk at a dentist office": a place; "…を回すPMになりたい": no English page
    links = [link for link in links if not a_place(text, link.matched) and not english_in(link, text)]
    # "本の編集者": of 編集者s ("…大学って": no strong name); not in a story, where advice slots place the jobs
    if is_japanese(text) and relevance is not None and len([p for p in SENTENCE.split(text) if p.strip()]) <= 2:
        links = requalified(text, links, strong_links(links), linker, relevance)
    links = bracket_said(text, links)  # "監査やる方のセキュリティエキスパート": the one of four its bracket says
    paged = [link for link in links if not any(link.matched.casefold() in u.matched.casefold() for u in unpaged)]
    paged = supervised(text, told_of(text, paged), library)  # "she mentioned surveying": surveyors; "… supervisor"
    strong = distinct(text, outmatched(paged, unbracketed(strong_links(paged), text)))  # 商社の営業 over 営業
    small_talk, cues = is_small_talk(text), cues_of(text)
    split_off = Cue.WHICH_JOB in cues and is_japanese(text) and DESCRIBED_JA.search(asked) is not None
    whole, asked = asked, (DESCRIBED_JA.split(asked)[-1] or asked) if split_off else asked  # "…仕事ってどんな感じ"
    sayings = names_said(strong, links)  # names ask nothing ("tool and die": no tools)
    intent = detect_intent(unnamed(asked, sayings)) or (detect_intent(unnamed(whole, sayings)) if split_off else None)
    strong, background = placed_first(text, strong, links, mention) if intent is not Intent.COMPARE else (strong, [])
    describing = Cue.WHICH_JOB in cues  # "the one who hands tools to the surgeon": the surgeon is context
    aside = strong if NAME_ASKED.search(fold(text)) else told_aside(text, strong, describing, relevance)
    around = [ln for ln in strong if ln in aside or said_aside(text, ln, describing) or left(text, ln, strong)]
    strong, background = [link for link in strong if link not in around], background + around
    links = [link for link in links if link not in around]
    named = [link.title for link in strong]
    hinted = pointed_at(fold(unnamed(asked, [*strong, *sayings])), Cue.WHICH_JOB in cues)  # "犬の訓練士" hints nothing
    if describing and not OTHER_NAMES.search(fold(text)):  # "what's that job called?" asks for the job
        hinted = [key for key in hinted if key not in NAME_KEYS]
    if not is_japanese(text) and Cue.ELLIPTICAL not in cues and not small_talk:
        name_only = bool(paged) and bare(last_sentence(text), paged)  # "haha ok. pilots?", "and a welder"
        if name_only or (not (cues or hinted or links) and intent is None and fragment(last_sentence(text))):
            cues.append(Cue.ELLIPTICAL)  # the name alone ("director-general at a ministry?"): the last question kept
    own, wanted = own_words(text), target_words(text)
    in_order = sorted(strong, key=lambda link: position(text, link.matched))
    mine = [link.title for link in background if link not in around]  # a job named as where another works: no origin
    first_at = position(text, in_order[0].matched) if in_order else None  # where the first named is said
    advice, origin = advice_intent(text, [link.title for link in in_order], mine, own, wanted, first_at)
    if meaning is not None and standalone(intent, cues, small_talk, advice=True):  # "What's the path to…"
        read = learned_advice(meaning, text, masked(fold(text), links), (advice, origin), mine, (own, wanted), intent)
        advice, origin, own, wanted = read
    slots = advice in (Intent.GAP, Intent.PATH)
    if slots and is_japanese(text):  # "一般事務から社労士に転身したい": 社労士 read as a name where no link was found
        heads = [(head_ja(wanted), wanted)] if wanted else []  # "営業チームをまとめる課長クラス" names 営業課長
        spoken = [(words, words) for words in (own, wanted) if words] + [(h, words) for h, words in heads if h]
        links += [  # the head found stands for the words it was said in
            link.model_copy(update={"matched": words})
            for part, words in spoken
            for link in linker.by_likeness(part, context=text)
        ]
    if slots and origin in named and len(named) > 1:  # "ベビーシッターから小学校の先生へ": where they go, not from
        named = [job for job in named if job != origin]
    of_one = bool(named or mention) or not is_japanese(text) or Cue.WHICH_JOB in cues or bool(WORK_WISHED.search(text))
    one_job = intent is not None and asks_of_one(asking(fold(text)), text, intent, of_one)  # "…？溶接とか"
    from_nowhere = advice is Intent.PATH and not (origin or own or wanted) and intent is Intent.WORK  # "step by step"
    outside = advice is not None and asks_outside(fold(text))  # "should I quit…?", "write me a cover letter": none
    if from_nowhere or outside or (advice is Intent.MATCH and one_job):
        advice = None  # "...I should do translating for a living. how much prep does that take?": of that job
    intent = advice or intent  # "I'm a nurse. What would I need to become a physician assistant?": a gap
    probe = masked(asked, [ln for ln in links if not is_japanese(text) or ln.score >= NAMING_LINK])  # "今日": きょう
    if meaning is not None and advice is None and not (one_job or outside):  # "I build furniture…": which suit them
        reading = Reading(links=strong, mention=mention, intent=intent, cues=cues, own=own, wanted=wanted)
        intent = Intent.MATCH if portrays_self(text, probe, reading, meaning) else intent
    said = nameless(fold(text), [link.matched for link in strong] + ([mention] if mention else []))
    scope, inferred, overruled = scope_in(said, nameless(fold(text), [ln.matched for ln in strong]), cues), False, False
    if intent is Intent.MATCH and advice is None and scope is Scope.OFF_TOPIC:  # "…front desk. Is that why I'm so
        intent = None  # anxious lately?": the person's own affairs, read by the rules, are no portrait
    overrule = intent in TOPICS and advice is None and scope is Scope.JOBS and not small_talk
    overrule = overrule and long_asked(probe) and not plainly_asked(probe, intent)
    if meaning is not None and overrule:
        agreed = overruling(meaning, probe, lang, intent)  # "…目指してる…休みとか"
        overruled, intent = agreed is not None, agreed or intent
    enough = len(set(terms(probe)) - {"job"}) >= MIN_ASKED_TERMS
    if meaning is not None and intent is None and scope is Scope.JOBS and not small_talk and enough:
        intent, scope = by_example(meaning.classify(probe, lang, without=PORTRAIT))
        scope = Scope.JOBS if hinted or Cue.ELLIPTICAL in cues else scope  # "value", "and the assistants…?": no pay
        inferred = intent is not None or scope is not Scope.JOBS
    # "I was just diagnosed with…": declined; words that point at a heading ask a topic as cue words do ("pressure")
    # a name no title has, said as the job ("漁師になりたい"), is declined as a named page's question is: all but sure
    at = decline_at(intent, inferred and not hinted, named or ([mention] if mention else []), cues, small_talk, probe)
    if meaning is not None and scope is Scope.JOBS and at is not None:
        sure = meaning.declines(probe, lang, at)  # of a page named, its asked part too ("I make 30k now. How…")
        sure = sure and (at != DECLINE_PAGED or meaning.declines(asking(probe), lang, at))  # (read only then)
        scope = Scope.OFF_TOPIC if sure else scope
    # "…を作る人ってどんな勉強を": the way in; "who trains dogs?": a way-in word that is part of what the job is
    describes = intent is None or inferred or (intent is Intent.BECOME and not (HOW_TO.search(asked) or split_off))
    again = Cue.SAME_AGAIN in cues and intent in TOPICS  # "Same question for people who run activities…": no topic
    describes = (describes and not overruled) or again  # the examples read the way in of a described job (…資格いる？)
    if Cue.WHICH_JOB in cues and not named and describes:  # "who fixes cars for a living?": the answer describes
        inferred = inferred or intent in (None, Intent.BECOME) or again  # the job that does; after "what skills…"
        intent = Intent.WORK  # "what about people who build cabinets" keeps SKILLS (an inferred intent yields)
    return Question(
        raw=text if raw is None else raw,
        text=text,
        lang=lang,
        small_talk=small_talk,
        intent=intent,
        inferred=inferred,
        hinted=library.headings.texts_of(hinted),
        links=links,
        named=named,
        mention=mention,
        names_other=not named and (says_a_job(paged, NAMING_LINK) or mention is not None),
        unpaged=unpaged,
        cues=cues,
        scope=scope,
        background=[link.title for link in background],
        aside=around if describing and lang == "en" else [],
        told=told_after(text, around, strong) if lang == "en" and intent not in ADVICE else None,  # not a portrait
        origin=origin,
        picks=picks(text),
        role=role_asked(text),
        topic=compared_topic(unnamed(fold(text), strong)) if intent is Intent.COMPARE else None,
        asked_last=asked_last(text),
        own_words=own if slots else None,
        target_words=wanted if slots else None,
    )


def bare(text: str, links: list[JobLink]) -> bool:
    """True when the question is a job's name (or its title's words) and filler only: "locomotive engineer is how?"."""
    names = {word for link in links for word in (*name_words(link.matched), *name_words(link.title))}
    return not set(name_words(text)) - names - FILLER


def fragment(text: str) -> bool:
    """True for a few words that ask nothing themselves: "director-general at a ministry?" (not "why?", "is it?")."""
    words = name_words(text)
    return 0 < len(words) <= MAX_FRAGMENT_WORDS and words[0] not in QUESTION_WORDS and text.rstrip().endswith("?")


def masked(asked: str, links: list[JobLink]) -> str:
    """The asked part with linked jobs' name words as "job" ("genetic counselor" -> "job job"), for the examples."""
    names = {word for link in links for word in name_words(link.matched)}
    for link in links:  # a Japanese name is replaced whole
        asked = asked.replace(fold(link.matched), "job") if is_japanese(link.matched) else asked
    return replace_name_words(asked, names, "job")


def strong_links(links: list[JobLink]) -> list[JobLink]:
    """Links sure enough to act on: at least STRONG_LINK and half the best one."""
    floor = max(STRONG_LINK, links[0].score / 2) if links else 0.0
    return [link for link in links if link.score >= floor]
