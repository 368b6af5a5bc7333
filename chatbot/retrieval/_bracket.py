"""A Japanese title's bracket said as where another job named for sure works: "保険会社のアクチュアリー" names
アクチュアリー, not 代理店営業（保険会社） by its bracket as well. The linker keeps a bracket said before "の" at its
full weight (_likeness.bracket_share: "受託開発のシステムエンジニア" says the job after it); only the links together
tell that the words after "の" name another job."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.text import fold

SURE = 1.0  # a link by a whole title or name
AT = r"(?:の|で|にいる|で働く)"  # "保険会社の", "保険会社で働く": where the named job is done


def unbracketed(links: list[JobLink], text: str) -> list[JobLink]:
    """The links less those matched by a title's bracket alone that the text says as the place of another job it
    names for sure."""
    sure = [link for link in links if link.score >= SURE]
    return [link for link in links if not (in_bracket(link) and any(placed(text, link, other) for other in sure))]


def in_bracket(link: JobLink) -> bool:
    """Whether the link matched the bracket of its title ("（保険会社）"), not its name."""
    return f"({fold(link.matched)})" in fold(link.title)  # folded, a full-width bracket is "(…)"


def placed(text: str, link: JobLink, other: JobLink) -> bool:
    """Whether the text says the link's words as where the other job is done: "保険会社のアクチュアリー"."""
    said = re.escape(link.matched) + AT + re.escape(other.matched)
    return other.title != link.title and re.search(said, text) is not None
