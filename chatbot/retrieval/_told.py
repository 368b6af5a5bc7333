"""The sentences of an advice question that tell where the person is and where they want to be, when no slot names
the jobs: "county building inspector, 7 yrs. want to switch sides and actually run construction projects."

The learned model (chatbot.retrieval._learned) reads such a question as a gap or a route from its whole meaning; the
slots of chatbot.retrieval._slots are patterns of words and miss new phrasings. Here the sentences' roles stand in:
the first sentence that tells (no wish, no question) is the person now; what follows a wish is where they want to be.
Retriever.placed then finds the pages that fit those words best. learned_advice puts the rules' reading of an advice
question (chatbot.retrieval._advice) and the learned models' together.
"""

from __future__ import annotations

import re

from chatbot.models import Intent, Lang, Question
from chatbot.retrieval._advice import NOT_WISHED, WORK_ASKED
from chatbot.retrieval._foreground import SENTENCE
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._learned import DECLINE, DECLINE_PAGED
from chatbot.retrieval._meaning import Meaning
from chatbot.retrieval._scope import asking_sentences
from chatbot.retrieval._slotwords import STANDING
from chatbot.retrieval._wishes import ASKS_FOR_JOBS, ROUTE_WORDS, WHICH_JOBS, related_asked, told_self
from chatbot.text import is_japanese, terms

WISH = re.compile(
    r"\b(?:want(?:s|ed)?|wanna|would like|'d (?:like|love)|hop(?:e|ing)|thinking about|considering|dream(?:ing)? of"
    r"|goal is|aim(?:ing)?|planning|eventually|someday|one day|(?:'d|would) rather|looking (?:at|into)|interested in"
    r"|curious about)"
    r" (?:to |of |is )?(?:be |become |becoming |being )?"
    r"|(?:将来は|いつかは|最終的には)|(?=[^、。]{2,40}?(?:になりたい|を目指|に転身|に転職|したい|働きたい|携わりたい"
    r"|(?:に|へ)(?:行き|移り|進み|回り|就き)たい))"  # "…をやる技術者側に行きたい", "給食を作る仕事に移りたい"
)
Slots = tuple[str | None, str | None]  # the words naming the person's own job and the job wanted
SAID_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")
# What the wished-for job is like, asked after telling of one's own ("What work values go with being an administrative
# services manager?", "…becoming a physician assistant. What does that job involve?"): no gap for the model to read.
# English only: Japanese cue words are read over the whole text ("将来は…したいです。…どういうステップ": no outlook).
OF_ONE = (Intent.PERSONALITY, Intent.WORK_STYLE, Intent.OUTLOOK)
ASKING = re.compile(r"(?:how|what|which|who|why|where|when|can|could|should|would|is|are|do|does|did|tell)\b")


def told_now(text: str) -> str | None:
    """The first sentence that tells of the person (no wish, no question): "county building inspector, 7 yrs"."""
    for sentence in SAID_SENTENCE.split(text.casefold()):
        asks = sentence.rstrip().endswith(("?", "？")) or ASKING.match(sentence.strip())  # "how do i become…"
        told = sentence.strip(" .。")
        if told and not WISH.search(sentence) and not asks and not STANDING.fullmatch(told):
            return told
    return None


def told_wish(text: str) -> str | None:
    """What follows the first wish, to its sentence's end: "switch sides and actually run construction projects"."""
    found = WISH.search(text.casefold())
    rest = SAID_SENTENCE.split(text.casefold()[found.end() :])[0] if found else ""
    return rest.strip(" .。") or None


def learned_advice(
    meaning: Meaning,
    text: str,
    probe: str,
    read: tuple[Intent | None, str | None],
    mine: list[str],
    words: Slots,
    topic: Intent | None = None,
) -> tuple[Intent | None, str | None, str | None, str | None]:
    """The advice the rules read (read: intent, origin), checked and completed by the learned models
    (chatbot.retrieval._learned): (intent, origin, own words, wanted words).

    A gap or route asked in words no rule knows is read by the model, when the person tells of a job of theirs (a
    job named as theirs, or a sentence that tells of them) and of one they wish for ("What skills should I be
    building now?" tells neither); a request for suggestions the rules read may be one of those too. A gap or
    route the rules read in what the decliner reads as the person's own affairs is none ("I got a speeding ticket
    on the way to my shift. should I fight it in court?": "way to" is no route).

    Args:
        probe: the whole question, folded, names masked; mine: the jobs named as the person's; words: the slots'
            own and wanted words; topic: what the cue words ask (see OF_ONE).
    """
    (advice, origin), (own, wanted) = read, words
    lang: Lang = "ja" if is_japanese(text) else "en"
    probe = NOT_WISHED.sub(" ", probe)  # "I don't want to become a software developer…": no job wished for
    if advice in (Intent.GAP, Intent.PATH):  # the rules' own words kept: the sentence that tells as theirs cost
        # four turns of heldout_dialogue ("言語聴覚士になるにはどういうルート", "…step by step?"), and again (the same
        # four) in the thirty-second session with only a first-person sentence taken ("I'm on the help desk at…")
        if meaning.declines(probe, lang, DECLINE_PAGED if own or origin else DECLINE):  # their job read: sure only
            return None, None, own, wanted
        # no job of theirs read, and the person describes themselves: "病棟看護師5年目です。…どんな道がありますか？"
        portrait = origin is None and own is None and meaning.portrays(probe, lang)
        return (Intent.MATCH, None, None, None) if portrait else (advice, origin, own, wanted)
    told, wish = own or told_now(text), wanted or told_wish(NOT_WISHED.sub(" ", text))
    asked = (told or mine) and wish and not of_one(text, topic) and not meaning.declines(probe, lang)  # both told
    learned = meaning.advice(probe, lang) if asked else None
    # "…I'd like to move into the hands-on side of the death-care field. I'd do a two-year program at most.": it asks
    # nothing, so what suits (English: a Japanese sentence may ask without its mark, "どうやって…いいでしょうか")
    if learned and lang == "en" and told_self(text, names_jobs=False):
        return Intent.MATCH, None, None, None
    # "…I'd like to lead that whole area with a small team under me. What roles should I target?": jobs asked for,
    # no gap (a route the model reads is kept: "what jobs would take me…" asks the jobs on the way, in many words)
    if learned is Intent.GAP and advice is Intent.MATCH and jobs_asked_last(text):
        return advice, origin, own, wanted
    return (learned, mine[0] if mine else None, told, wish) if learned else (advice, origin, own, wanted)


def jobs_asked_last(text: str) -> bool:
    """Whether the sentence asked last asks for jobs in so many words ("What roles should I target?", "which careers
    would fit me?"), in English."""
    asked = asking_sentences(text.casefold())[-1:]
    if not asked or is_japanese(text) or ROUTE_WORDS.search(asked[0]) or ON_THE_WAY.search(asked[0]):  # "what jobs
        return False  # could I do in between to get there?": the jobs on a route
    return bool(WHICH_JOBS.match(asked[0]) or ASKS_FOR_JOBS.search(asked[0]))


ON_THE_WAY = re.compile(  # besides ROUTE_WORDS; …or to a job wanted: "Where could I go … so I end up as a…?"
    r"\bbetween\b|\bon the way\b|\bthrough\b|\broutes\b|\bpaths\b|\bend up\b|\bbecom"
    r"|\bget me\b|\bfrom [^.?!]{1,60} to\b"  # "what jobs would get me from behind the camera to leading…?"
)


def of_one(text: str, topic: Intent | None) -> bool:
    """Whether the sentence asked last asks what the job wished for is like (OF_ONE; "All day I schedule production
    runs" after a route asked asks nothing), in English."""
    last = " ".join(asking_sentences(text.casefold())[-1:])
    cued = topic in OF_ONE and not is_japanese(text) and detect_intent(last) is topic
    return cued or WORK_ASKED.search(last) is not None or related_asked(last)


def wish_told(question: Question) -> str | None:
    """Where a gap or route question names no job wanted, the sentences between the one telling the person's own
    job and the ask ("I'm a typist at a law office. | I've been thinking about medical transcription from home
    instead. | What would I need…?"); None when there are none."""
    own = set(terms(question.own_words or ""))
    told = [part for part in SENTENCE.split(question.text) if part.strip()][:-1]
    between = [part for part in told if not own <= set(terms(part))]
    return " ".join(between) if between and len(between) < len(told) else None
