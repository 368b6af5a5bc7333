"""A question asked of one named employer or school: "Does the Cook County Clerk's office drug test new hires?", "Is
the MFT program at Pepperdine worth the tuition?", "コカ・コーラの営業所の面接で…". No page speaks of one employer, so
such a question is answered as one about employers (Scope.EMPLOYERS): declined, with the jobs it touches.

A name is told from a job's words by the index: a capitalised name said as the owner of a place ("Chevron's
refinery") or as where a place or hiring is ("program at Pepperdine", "hired by Acme"), one word of it at least a word
no page uses, or an owner of two capitalised words or more ("the Cook County Clerk's office"). "a program at Harbor
College" uses the pages' words and stays."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from chatbot.models import Question, Scope
from chatbot.retrieval._scope import asking_sentences
from chatbot.text import terms

PLACES = r"(?:office|refinery|plant|hospital|campus|headquarters|branch|factory|warehouse|store|program|department|lab)"
NAME = r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}"
# "…the Cook County Clerk's office", "…at Chevron's refinery": whose place it is, said after a lowercase word (a name
# opening the sentence may be a job's: "Surveyor's office" is not one employer)
POSSESSED = re.compile(rf"(?<=[a-z,;:] )(?:the )?(?P<name>{NAME})'s {PLACES}s?\b")
# "the MFT program at Pepperdine", "hired at Chevron", "interviewing with Acme Corp"
WHERE = re.compile(
    rf"\b(?:{PLACES}s?|internships?|hired|interview(?:s|ing)?|apply(?:ing)?) (?:at|by|with) (?:the )?(?P<name>{NAME})"
)
# "コカ・コーラの営業所", "ヤマトの倉庫", "トヨタの面接": a name in katakana or letters owning a workplace or its hiring
# "マッキンゼーとBCG、先に入るならどっち": two such names weighed, or one joined ("ヤマトに入社")
OWNED_JA = re.compile(
    r"(?P<name>[ァ-ヶー・A-Za-z&]{2,16})(?:の(?:営業所|本社|支社|支店|倉庫|工場|店舗|面接|採用|求人|インターン|社員|正社員|販売スタッフ|スタッフ|店員|店長|バイト)"
    r"|(?:に|へ)(?:入社|就職|転職|応募)|と(?=[ァ-ヶーA-Za-z][ァ-ヶー・A-Za-z&]{1,15}[、,]?[^。？]{0,12}(?:どっち|どちら)))"
)


def names_employer(text: str, known: Callable[[str], bool], jobs_said: tuple[str, ...] = ()) -> bool:
    """Whether what the question asks names one employer or school: a name (see above) with a word no page uses, or
    an owner named in two capitalised words; not words that name a job ("ケータイショップの店員": 携帯電話販売)."""
    for sentence in asking_sentences(text):
        for name, owner in names_in(sentence):
            if any(name in said for said in jobs_said):
                continue
            if (owner and " " in name) or any(not known(word) for word in terms(name)):
                return True
    return False


def names_in(sentence: str) -> Iterator[tuple[str, bool]]:
    """The names of employers the sentence may say, as they are written, each with whether it is said as an owner."""
    for pattern in (POSSESSED, WHERE, OWNED_JA):
        for found in pattern.finditer(sentence):
            yield found["name"], pattern is POSSESSED


def with_employer(question: Question, text: str, known: Callable[[str], bool]) -> Question:
    """The question as one about employers when what it asks names one (see names_employer), its pay too ("アマゾンの
    倉庫とヤマトの倉庫、どっちの時給が高い？": no page knows either's pay)."""
    said = tuple(link.matched for link in question.links)
    if question.scope not in (Scope.JOBS, Scope.PAY) or not names_employer(text, known, said):
        return question
    return question.model_copy(update={"scope": Scope.EMPLOYERS})
