"""A question analysed once: its language, whether it is small talk, what it asks, the jobs it names, its cues.

understand() runs at the top of a turn; everything below it (the dialogue, retrieval, answering) reads the
Question it returns instead of the raw text.
"""

from __future__ import annotations

import re

from chatbot.index import Library
from chatbot.models import JobLink, Question
from chatbot.retrieval._intent import asked_part, detect_intent, hinted_keys
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._mention import job_mention
from chatbot.text import language_of, name_words

STRONG_LINK = 0.45  # a link this sure names the job on its own (a one-word alias alone is not)
# Words that point back at a job already talked about ("what is its outlook?", "compare the two").
REFERS_BACK = re.compile(
    r"\b(it|its|it's|that|this|they|them|their|these|those|both|the two|either|same|tell me more|what else)\b|"
    r"それ|その|この|あの|そこ|両方|二つ|2つ|どちら|同じ|もっと|詳しく|他には",
    re.IGNORECASE,
)
# Openings of an elliptical follow-up that keeps the last question ("and the Secretariat Director-General?").
ELLIPTICAL = re.compile(
    r"^\s*(and|also|what about|how about|then|same for|or)\b|^\s*(では|じゃあ|それと|なら|あと)"
    r"|^[^、。？?]{1,20}(?<!に)は[？?]\s*$",
    re.IGNORECASE,
)
SMALL_TALK = re.compile(
    r"^\s*(hi|hello|hey|thanks|thank you|thx|bye|goodbye|good (morning|afternoon|evening)|ok|okay|cool|great|"
    r"how are you|who are you|こんにちは|こんばんは|おはよう|ありがとう|さようなら|よろしく|はい|いいえ)"
    r"[\s!.?！？。、]*(you|very much|so much|again)?[\s!.?！？。]*$",
    re.IGNORECASE,
)




def understand(text: str, linker: JobLinker, library: Library, raw: str | None = None) -> Question:
    """The analysis of a question (already one clean line): everything a turn needs to know about its words.

    "How do I become a ward mayor?" -> intent BECOME, named ["Ward Mayor (Tokyo Special Wards)"], mention "ward mayor".
    """
    mention = job_mention(text)
    asked = asked_part(text, mention)
    unpaged = library.unpaged_in(text)
    links = linker.link(text, limit=5, mention=mention)
    paged = [link for link in links if not any(link.matched.casefold() in u.matched.casefold() for u in unpaged)]
    named = [link.title for link in distinct(text, strong_links(paged))]
    return Question(
        raw=text if raw is None else raw,
        text=text,
        lang=language_of(text),
        small_talk=is_small_talk(text),
        intent=detect_intent(asked),
        hinted=library.headings.texts_of(hinted_keys(asked)),
        links=links,
        named=named,
        mention=mention,
        names_other=not named and (bool(paged) or mention is not None),
        unpaged=unpaged,
        refers_back=refers_back(text),
        elliptical=ELLIPTICAL.search(text) is not None,
    )


def is_small_talk(question: str) -> bool:
    """True for greetings, thanks, goodbyes and questions without a word: nothing to look up."""
    return not re.search(r"\w", question) or bool(SMALL_TALK.match(question))


def refers_back(question: str) -> bool:
    """True when the question points back at a job already discussed or leaves it out ("and its outlook?")."""
    return bool(REFERS_BACK.search(question) or ELLIPTICAL.search(question))


def strong_links(links: list[JobLink]) -> list[JobLink]:
    """Links sure enough to act on: at least STRONG_LINK and half the best one."""
    if not links:
        return []
    floor = max(STRONG_LINK, links[0].score / 2)
    return [link for link in links if link.score >= floor]


def distinct(question: str, links: list[JobLink]) -> list[JobLink]:
    """Links to different words of the question, in the order the question names them.

    A weaker link matching the same words as a better one is dropped ("Lineman" names two jobs: keep one).
    """
    kept: list[JobLink] = []
    for link in links:
        words = link.matched.casefold()
        if not any(words in k.matched.casefold() or k.matched.casefold() in words for k in kept):
            kept.append(link)
    return sorted(kept, key=lambda link: mention_at(question, link.matched))


def mention_at(question: str, name: str) -> int:
    """Where the question names a job: the word position of the name (or its first word); late when not found."""
    words, name_tokens = name_words(question), name_words(name)
    if not name_tokens:  # a Japanese name: find its characters
        at = question.find(name)
        return at if at >= 0 else len(question)
    size = len(name_tokens)
    spans = (i for i in range(len(words)) if words[i : i + size] == name_tokens)
    return next(spans, next((i for i, word in enumerate(words) if word == name_tokens[0]), len(words)))
