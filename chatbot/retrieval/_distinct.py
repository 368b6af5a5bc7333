"""Which of the links to the same words of a question to keep: the strongest, the longest phrase, the one a longer
name does not hold."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._foreground import mention_at
from chatbot.text import is_japanese, name_words

HELD = 0.7  # a link this strong, to a phrase holding a shorter name, outranks that name (held)


def distinct(question: str, links: list[JobLink]) -> list[JobLink]:
    """Links to different words of the question, in the order the question names them.

    A weaker link matching the same words as a better one is dropped ("Lineman" names two jobs: keep one); of two
    as strong, the one matching more of the phrase wins ("中華の料理人": 中華料理調理人, not そば・うどん; "gambling
    change persons and booth cashiers", not "cashiers"). English names are compared by their words in the singular,
    and a name inside a longer one stays when said apart too ("an electrician's helper… become an electrician")."""
    kept: list[JobLink] = []
    words, names = spaced(question), {link: said(link) for link in links}  # each read once
    links = [link for link in links if not pointed_back(link, names, words)]
    for link in sorted(links, key=lambda link: (-held(link, names, words), -len(link.matched))):
        name = names[link]
        overlaps = [names[k] for k in kept if name in names[k] or names[k] in name]
        if not overlaps or (not is_japanese(name) and all(apart(name, other, words) for other in overlaps)):
            kept.append(link)
    return sorted(kept, key=lambda link: mention_at(question, link.matched))


def apart(name: str, other: str, words: str) -> bool:
    """Whether two names, one inside the other, are said apart: the shorter said again on its own ("a plumber's
    helper… become a full plumber", "an electrician's helper… become an electrician")."""
    shorter = min(name, other, key=len)
    return name != other and said_anew(shorter, words) > 1


def said_anew(name: str, words: str) -> int:
    """How often the name is said in the words, not pointed back at ("those surgeons" after "an oral surgeon")."""
    return len(re.findall(rf"(?<!\bthose)(?<!\bthese)(?<!\bthat)(?<!\bthis)(?<!\bthe){re.escape(name)}", words))


def pointed_back(link: JobLink, names: dict[JobLink, str], words: str) -> bool:
    """Whether an English name is said only as pointing back ("those instructors") at another job linked here whose
    title holds it ("teach nursing at a college. What software do those instructors use?": the nursing instructors)."""
    name = names[link]
    if is_japanese(link.matched) or said_anew(name, words) > 0:
        return False
    return any(other.title != link.title and other.score >= HELD and name in spaced(other.title) for other in names)


def said(link: JobLink) -> str:
    """The words a link matched, folded (English in the singular: "Carpenters" is inside "helped carpenter")."""
    return link.matched.casefold() if is_japanese(link.matched) else spaced(link.matched)


def spaced(text: str) -> str:
    """English as its names are compared: its name words, spaced, with a space at each end (" helped carpenter ")."""
    return f" {' '.join(name_words(text))} "


def held(link: JobLink, names: dict[JobLink, str], words: str) -> float:
    """A link's score, none for a Japanese name no page is titled by that a longer phrase linked holds ("教習所の
    指導員": 自動車教習指導員, not 児童指導員 for its alias 指導員; "病院の看護師" keeps 看護師, a title), nor for an
    English name a longer phrase holds ("what if I helped carpenters": the carpenters' helpers, not carpenters) and
    the question's words (name_words, spaced) say once ("a plumber's helper… become a full plumber" says both).
    names: each link's said() words."""
    name = names[link]
    if not is_japanese(link.matched) and said_anew(name, words) > 1:
        return link.score
    longer = any(
        name in theirs and name != theirs and other.score >= HELD and other.title != link.title
        for other, theirs in names.items()
    )
    return 0.0 if longer and (link.score < 1.0 or not is_japanese(link.matched)) else link.score


def outmatched(links: list[JobLink], strong: list[JobLink]) -> list[JobLink]:
    """The strong links less a Japanese one whose words another job's page is named by too, besides its own strong
    link elsewhere in the question: "食品メーカーの営業" names 食品営業（食品メーカー） by both words, not 営業事務
    by "営業"."""
    sure = {link.title for link in strong}
    covered = {(link.title, link.matched) for link in links}
    return [
        link
        for link in strong
        if not (
            is_japanese(link.matched)
            and any(other != link.title and (other, link.matched) in covered for other in sure)
        )
    ]


SHARED_BY = 3  # a name this few pages share still names a job of theirs ("カメラマン": 商業, テレビ, 報道)


def says_a_job(links: list[JobLink], floor: float) -> bool:
    """Whether the links say some job is named: one as strong as the floor, or a name a few pages share, whose
    links together are ("じゃあ、…写真を撮ってるカメラマンの場合は？" after 放送記者 names another job, though each of
    the three camera pages' links is weak)."""
    shared: dict[str, list[float]] = {}
    for link in links:
        shared.setdefault(link.matched.casefold(), []).append(link.score)
    return any(len(scores) <= SHARED_BY and sum(scores) >= floor for scores in shared.values())
