"""The job wished for before the job the person does: "I've been teaching middle school math for eight years and I'm
starting to think about becoming a principal. What does that job involve?" asks about principals, a name two pages
share (so no link to it is sure), not about middle school teachers, the one name said for sure.
"""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._foreground import doing_now, foreground, mention_at
from chatbot.text import fold, is_japanese, name_words

# The person's own work said as what they do ("I teach middle school math"), beside the forms doing_now reads
DO_NOW = re.compile(r"\bi (teach|work in|work on|drive|run|manage|do)( \w+){0,2}$")


def placed_first(
    text: str, strong: list[JobLink], links: list[JobLink], mention: str | None
) -> tuple[list[JobLink], list[JobLink]]:
    """The jobs asked about and those named as background (chatbot.retrieval._foreground.foreground); none asked
    about, all background, when the sure ones are the person's own and a name said after them (mention) is one
    that only unsure links match: that name is asked about, and the question's words choose among its pages."""
    asked, background = foreground(text, [said_in_full(text, link, links) for link in strong])
    if mention is None or is_japanese(text) or not asked:
        return asked, background
    unsure = [link for link in links if link not in strong and fold(link.matched) == fold(mention)]
    at = mention_at(text, mention)
    if unsure and all(own(text, link) and mention_at(text, link.matched) < at for link in asked):
        return [], background + asked
    return asked, background


def own(text: str, link: JobLink) -> bool:
    """Whether the text says the linked job is the person's own ("I've been teaching middle school math")."""
    words, at = name_words(text), mention_at(text, link.matched)
    return doing_now(text, [link]) == link.title or DO_NOW.search(" ".join(words[max(at - 6, 0) : at])) is not None


def said_in_full(text: str, link: JobLink, links: list[JobLink]) -> JobLink:
    """A worker said by one word ("controllers") after another job whose title ends with it was said before in its
    own words ("air traffic control is the most stressful job… what temperament do controllers need?"): that job,
    not the page the word alone names (Treasurers and Controllers)."""
    word = name_words(link.matched)
    if is_japanese(text) or len(word) != 1:
        return link
    at = mention_at(text, link.matched)
    earlier = [
        other
        for other in links
        if other.title != link.title and name_words(other.title)[-1:] == word and mention_at(text, other.matched) < at
    ]
    return earlier[0].model_copy(update={"score": link.score}) if len(earlier) == 1 else link
