"""A person describing themselves, read by the labelled examples rather than by cue words.

"Most evenings I'm out in my garage building furniture - a dining table, a bookshelf. During the day I work at a
call center and I hate it." asks nothing in words, and "school", "certificate" or 夜勤 in such a portrait fire the
cue words of a question about one job (become, qualifications, work style). The examples labelled "match" (the
match requests of the blind guidance tuning sets, bench/intent_bank.py) know the shape of a portrait; when a text
is long enough to be one and its nearest examples agree it is, it asks which jobs suit the person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatbot.models import Cue, Intent, JobLink, Lang
from chatbot.retrieval._cues import CUE_PATTERNS, cues_of
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._meaning import OVERRULE, PORTRAIT, Meaning
from chatbot.retrieval._mention import position
from chatbot.retrieval._scope import asking, decides, is_small_talk
from chatbot.text import fold, is_japanese, language_of

FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|i'd|i'll|my|me|myself)\b")
MIN_FIRST_PERSON = 2  # English: "I ... my ...": one "I" is any question ("can I become a pilot at 40?")
SENTENCE = re.compile(r"[。！!？?.\n]")
ASKING_JA = re.compile(  # a sentence that asks: "…大事なんでしょう。", "求められる能力を知りたいです"
    r"[^。！？!?\n]*(?:[？?]|(?:か|の|かな|かしら|でしょう|だろう|知りたい(?:です)?|教えて(?:ください|下さい|ほしい)?)(?=[。\n]|$))"
)
MIN_SENTENCES_JA = 2  # Japanese: "人と関わるのが苦手。夜勤OK。高卒。": several statements, not one question
LONG_ASKED, LONG_ASKED_JA = 12, 30  # words, characters: the dev set's plain questions are shorter
WAYS_IN = (Intent.BECOME, Intent.QUALIFICATIONS)  # what a way in is asked as
TOPICS = frozenset(Intent) - {Intent.COMPARE, Intent.MATCH, Intent.GAP, Intent.PATH}  # what a page's sections answer
# What a last sentence asks of one job's page, never of which jobs suit ("what's a good fit?" reads PERSONALITY,
# "which healthcare jobs could I train for?" BECOME: those may end a portrait)
OF_ONE_JOB = (Intent.QUALIFICATIONS, Intent.SKILLS, Intent.OUTLOOK, Intent.WORK_STYLE, Intent.RELATED)
# The way into the work described, asked last: "I'd like to drive buses for a living. How do I start?"
HOW_ASKED = re.compile(r"\bhow (do|can|would|should|could) (i|you|one)\b|どうすれば|どうやって|なるには|なれる")


@dataclass(frozen=True)
class Reading:
    """What understand() has read of a text before it asks whether it is a portrait."""

    links: list[JobLink]  # the names it says for sure
    mention: str | None  # the words in its job slot
    intent: Intent | None  # what its cue words ask
    cues: list[Cue]
    own: str | None  # the words for the person's own job
    wanted: str | None  # the words for a job wanted


def portrays_self(text: str, probe: str, question: Reading, meaning: Meaning) -> bool:
    """Whether the text is a person describing themselves to be matched with jobs (probe: its asked part with job
    names masked, as the examples were stored).

    Not when it asks of a job it names: a job in its slot ("tell me about the X job", "動物園の飼育員って…向き？")
    or in its last sentence; a job named before, as theirs, is part of the portrait ("I've been a cashier for 9
    years. ... What fits?"). Not a comparison, small talk, a decision asked for ("should I quit?"), or the way
    into the work it describes. Japanese, whose examples are read by their bigrams only, must ask of no job it
    names but the person's own, describe no job it asks about ("…職人さんって、どういう人が向いてますか") and
    want none by name ("STに転職したい").
    """
    said, lang = fold(text), language_of(text)
    sentences = [part for part in SENTENCE.split(said) if part.strip()]
    last = sentences[-1] if sentences else said
    named, intent, theirs = question.links, question.intent, fold(question.own or "")
    slot = question.mention is not None and fold(question.mention) not in theirs  # "医療事務の資格の勉強をしていた"
    # a licence the person thinks of taking, told with no question: "調理師の資格を取ろうか考えています。…"
    slot = slot and not (
        lang == "ja" and not ASKING_JA.findall(said) and f"{fold(question.mention or '')}の資格" in said
    )
    # a job named where it asks: "how much education do stockers need?? i need a job quick" asks of stockers
    asks = [last] if lang == "ja" else [last, asking(said)]
    if slot or any(position(part, link.matched) < len(part) for part in asks for link in named):
        return False
    others = [fold(link.matched) for link in named if fold(link.matched) not in theirs]
    asked_ja = ASKING_JA.findall(said)  # none: statements only ("…する仕事がしたくて、営業や接客は苦手です。")
    asked_of = any(name in piece for piece in asked_ja for name in others)
    which = any(CUE_PATTERNS[Cue.WHICH_JOB].search(piece) for piece in asked_ja)
    # a job wanted by name ("STに転職したい"), not the work wanted told ("戦略を描いて提案する側に回りたい")
    wanted = question.wanted is not None and any(fold(link.matched) in fold(question.wanted) for link in named)
    if lang == "ja" and (asked_of or which or wanted):
        return False
    # "which of those two is more realistic for me?": a choice between the jobs just discussed, not a portrait
    both = Cue.BOTH in question.cues and Cue.BOTH in cues_of(last)  # (not "数字と部下の両方に責任を持つ立場に")
    if intent is Intent.COMPARE or both or is_small_talk(text) or decides(said) or HOW_ASKED.search(last):
        return False
    stated = lang == "ja" and not asked_ja  # "…シフトの融通がきくところがいいです。": no work style asked of a job
    if detect_intent(last) in OF_ONE_JOB and not stated:  # "…に興味があります。どんな資格がありますか？"
        return False
    if lang == "en" and len(FIRST_PERSON.findall(said)) < MIN_FIRST_PERSON:
        return False
    if lang == "ja" and len(sentences) < MIN_SENTENCES_JA:
        return False
    return meaning.classify(probe, lang) == PORTRAIT


def plainly_asked(probe: str, intent: Intent | None) -> bool:
    """Whether an English question's asking sentence is short and its cue words alone give the intent: the story
    before it does not overrule it ("…my fallback plan is being a procurement clerk at my mom's company. whats that
    job like" asks of the work, not of related jobs). Measured: asked of every long question, such asks lost 3 turns
    of the tuning sets whose cue words in a Japanese ask ("…って話すのが得意じゃないと…") or in a telling
    sentence ("…part time.") misfire."""
    asked = asking(probe)
    if is_japanese(probe):  # "…立体図を描く仕事があるって聞いた。どんなソフトを使うの？": a thing asked for by name
        return bool(PLAIN_JA.search(asked)) and detect_intent(asked) is intent
    return (not long_asked(asked) or WHAT_THEY_DO.search(asked) is not None) and detect_intent(asked) is intent


# What a worker does, asked whole however long the worker's description ("what do the managers in charge of a
# company's whole training department do?": "training" in it is no way in)
WHAT_THEY_DO = re.compile(r"\bwhat (do|does|did) (the|an?|those|these) [\w'/ -]{1,80}\bdo( all day| exactly)?\W*$")


# A Japanese ask that names what it wants ("どんなソフト", "何の資格"): its cue words stand, the telling before them
# does not overrule them (unlike "…話すのが得意じゃないと…", where 得意 is no ask for skills)
PLAIN_JA = re.compile(r"(どんな|どういう|何の|なんの|どの)(ソフト|ツール|資格|免許|スキル|知識|道具|アプリ|プログラム)")


def asked_way(probe: str) -> bool:
    """Whether the sentence that asks says the way in itself ("…how would i get into baking"), not only a sentence
    that tells ("My uncle says I could start as an electrician's helper right out of high school. What kind of stuff
    would they actually have me do?": its work, as the examples read the ask)."""
    return detect_intent(asking(probe)) in WAYS_IN


def overruling(meaning: Meaning, probe: str, lang: Lang, intent: Intent | None) -> Intent | None:
    """The topic the examples read in a long question, where it is another than its cue words' (None: they stand).
    When its way-in cue is only in a sentence that tells ("…could get hired as a roofer's helper straight out of high
    school. What kind of stuff would they have me do?"), of its sentence that asks alone, the story around it blurring
    what the ask says; a way in asked of a described job ("…how would i get into baking") reads like the work's
    examples: kept."""
    agreed = meaning.classify(probe, lang, without=PORTRAIT, share=OVERRULE)
    said_way = intent in WAYS_IN and asked_way(probe)  # the way in, said where it asks
    if agreed is None and intent in WAYS_IN and not said_way:
        agreed = meaning.classify(asking(probe), lang, without=PORTRAIT, share=OVERRULE)
    way_in = said_way and agreed == Intent.WORK
    return Intent(agreed) if agreed in TOPICS and not way_in and agreed != intent else None


def long_asked(probe: str) -> bool:
    """Whether a question says enough besides its cue words for the examples to overrule them: "What are the working
    conditions of a ward mayor like?" says its topic outright; in "who's the person that hands the dentist tools,
    sterilizes instruments and gets patients ready in the chair" "tools" is one word of a description."""
    return len(probe) >= LONG_ASKED_JA if is_japanese(probe) else len(probe.split()) >= LONG_ASKED
