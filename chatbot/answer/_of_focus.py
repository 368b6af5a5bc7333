"""A follow-up that says a word or a job's name as something of the job in focus, not as another job: a word only
its page says ("非番ってどんな感じ？" after 消防官), a licence of another job the focus may need ("なるにはどうすれば
いい？看護師の資格もいるの？" after 保健師, "do I need a registered nurse license first?" after nurse anesthetists)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chatbot.index import Library
from chatbot.models import Question

# The name said as a licence or certificate the person may need, held or to get ("看護師の資格もいる？", "看護師免許
# って必要？", "need an RN license first?"; not "看護師の資格を取るには", which asks the way into that job alone)
CREDENTIAL_JA = r"の?(資格|免許)(も|は|って|が|とか)?[^。？?]{0,6}(いる|要る|必要|持って)"
CREDENTIAL_EN = r"\s+(license|licence|certificate|certification|credential|registration)s?\b"
NEED_EN = re.compile(r"\b(need|needs|have|has|get|hold|require[sd]?)\b[^.?!]{0,20}$", re.IGNORECASE)


def in_a_title(word: str, titles: Iterable[str]) -> bool:
    """Whether one of these job titles holds the word ("総務" in 総務事務)."""
    return any(word in title for title in titles)


def said_of_focus(question: Question, focus: list[str], library: Library) -> Question:
    """A Japanese word in the job slot that names no job but that the page in focus says ("非番ってどんな感じ？"
    after 消防官): a topic of that job, not another job's name."""
    word = question.mention
    if not (focus and word and question.lang == "ja" and question.names_other and not question.named):
        return question
    if question.links or in_a_title(word, library.jobs) or not library.says(focus[0], word):
        return question
    return question.model_copy(update={"names_other": False, "mention": None})


def credential_of_focus(question: Question, focus: list[str]) -> Question:
    """The question asked of the job in focus when the one job it names is said as a licence that job may need;
    unchanged otherwise."""
    if not focus or len(question.named) != 1 or question.named[0] == focus[0]:
        return question
    said = [link.matched for link in question.links if link.title == question.named[0]]
    if not said or not any(as_credential(question.text, name, question.lang) for name in said):
        return question
    return question.model_copy(update={"named": [], "links": [], "names_other": False, "mention": None})


def as_credential(text: str, name: str, lang: str) -> bool:
    """Whether the name is said as a licence or certificate needed, in the text."""
    if lang == "ja":
        return re.search(re.escape(name) + CREDENTIAL_JA, text) is not None
    said = re.escape(name.removesuffix("s")) + "s?"  # a title's plural said in the singular ("a registered nurse")
    found = re.finditer(said + CREDENTIAL_EN, text, re.IGNORECASE)
    return any(NEED_EN.search(text[: credential.start()]) for credential in found)
