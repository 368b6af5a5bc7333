"""What leads an answer, and when to ask back: the sentences of a page that decide how one gets the job ("directly
elected by residents"), and a question that points back with nothing before it to point at."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from chatbot.answer._blocks import one_line
from chatbot.answer._citations import Ledger
from chatbot.answer._dialogue import Conversation
from chatbot.index import Library
from chatbot.models import Cue, Intent, Question
from chatbot.text import terms

# What a question may ask of a job without describing one ("what skills does that need?", "is it stressful?").
TOPIC_TERMS = frozenset(
    terms(
        "skill skills need needs require required requirement become becoming qualification qualifications license "
        "licence certificate outlook future personality trait traits education degree training schooling school pay "
        "salary earn task tasks do does day daily hours stressful stress dangerous hard difficult easy fun interesting "
        "start get take long year years study learn path career step steps next before after entry "
        "スキル 必要 資格 なる 将来 性格 学歴 給料 大変 きつい 楽しい 勉強 何 年"
    )
)


KEY_INTENTS = (Intent.BECOME, Intent.QUALIFICATIONS)
# What decides how one gets a job, when the summary or description says it ("directly elected by residents").
DECIDES = re.compile(
    r"\b(elected|appointed|nominated|licen[cs]ed?|certified|certification|accredited|degree|examination|exam"
    r"|apprenticeship|qualif\w+|must (?:be|have|complete|pass|hold))\b|選挙|任命|学位|修了"
    # a test the work itself runs ("確認のために必ず試験を行って") decides nothing of getting in
    r"|(?:試験|検定)に合格|資格(?:が|を|の)?(?:必要|取得|取っ|持)|免許(?:が|を)(?:必要|取得|取っ|得|受|持)",
    re.IGNORECASE,
)
MAX_KEY = 2
SAME_SENTENCE = 80  # rapidfuzz ratio: a jobtag Summary is often its Description's first sentence, reworded a little


# Who suits the work, as a jobtag career path says it ("慎重さ、冷静な判断力、責任感と忍耐力が必要である"): it leads a
# "向いてる性格は？" answer, before the interest and value scores. English pages have Personality Traits for it.
SUITS_FROM = ("career_path", "work_style")
SUITS = re.compile(r"向いて|適性|[力性さ心感]((、|や|と)[^。]{1,30})?(が|も)(必要|求められ|重要|大切)")


def key_sentences(
    job: str,
    library: Library,
    ledger: Ledger,
    keys: tuple[str, ...] = ("summary", "description"),
    wanted: re.Pattern[str] = DECIDES,
) -> str | None:
    """The sentences of a job's summary and description that say what decides getting the job, cited, to lead a
    "how do I become" answer before the lists ("The ward mayor is ... directly elected by residents ..."); or the
    sentences of other sections (keys) that say what else is wanted (who suits the work)."""
    found: list[str] = []
    quoted: list[str] = []  # a sentence said once leads once (the summary's, not the description's near copy)
    for key in keys:
        heading = library.headings.text(key)
        text = library.text(job, heading) or ""
        for sentence in (part.strip() for part in SENTENCE.split(text)):
            if len(found) == MAX_KEY or not wanted.search(sentence) or said_before(sentence, quoted):
                continue
            quoted.append(sentence)
            n = ledger.cite(job, heading, library.source(job), sentence)
            found += [f"{one_line(sentence)} [{n}]"] if n is not None else []
    return " ".join(found) or None


def said_before(sentence: str, quoted: list[str]) -> bool:
    """A near copy of a sentence already quoted, or a line of jobtag's tools list ("◇ …普通免許…で運転可能なもの")."""
    return sentence.startswith("◇") or any(fuzz.ratio(sentence, before) >= SAME_SENTENCE for before in quoted)


SENTENCE = re.compile(r"(?<=[.!?。])\s+|(?<=。)")


def dangling(question: Question, conversation: Conversation) -> bool:
    """A question that points back ("that", "it", "they") with nothing before it to point at, and names or describes
    no job itself."""
    cues = set(question.cues)
    pointing = Cue.REFERS_BACK in cues and Cue.WHICH_JOB not in cues
    alone = not conversation.focus and not question.named and question.mention is None
    # Only topic words left ("skills", "stressful"): no description of a job ("the workers who climb poles") and no
    # unknown word that may be one's name ("dietishun what do they do")
    return pointing and alone and not (asked_terms(question.text, []) - TOPIC_TERMS)


def asked_terms(question: str, jobs: list[str]) -> set[str]:
    """The search terms of what a question asks, without generic words and the jobs' own names.

    ("does it pay well?", ["Ward Mayor"]) -> {"pay"}
    """
    named = {term for job in jobs for term in terms(job)}
    return set(terms(question)) - GENERIC_TERMS - named


# Words that say nothing about what is asked: "tell me more about it" asks for no word in particular.
GENERIC_TERMS = frozenset(
    terms(
        "tell more know say page please thing anything something else good well much like really also job work career "
        "it its they them their this that these those one role position occupation profession overview info "
        "information about describe explain general basic side aspect part bit deal story "
        "こと 教える くださる 知る 仕事 職業 について 詳しい 概要 どんな 感じ どう いかが"
    )
)
