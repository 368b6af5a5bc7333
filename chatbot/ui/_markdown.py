"""A conversation as Markdown with numbered citations, and the escaping that keeps page text inert as Markdown."""

from __future__ import annotations

import re

from chatbot import Answer, Conversation

# Every character that can start Markdown syntax (CommonMark escapable punctuation).
SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:&])")
# What turns answer text into links, images, HTML or maths; emphasis and lists stay as they are.
ACTIVE = re.compile(r"([\\\[\]<$])")
# Bare URLs and e-mail addresses that GFM links by itself: "https://x", "www.x", "a@b.org". GFM finds them in
# the text after escapes are resolved, so a backslash cannot stop it; an invisible word joiner (U+2060) can.
AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp)(?=://)|\bwww(?=\.)|(?<=\w)(?=@\w)")
WORD_JOINER = "\u2060"


def escape_markdown(text: str) -> str:
    """Text that Markdown shows literally: "[x](javascript:y)" -> "\\[x\\]\\(javascript\\:y\\)"."""
    return SPECIAL.sub(r"\\\1", unlinked(text))


def unlinked(text: str) -> str:
    """Bare URLs and addresses with a word joiner that stops GFM linking them: "www.x" -> "www" + U+2060 + ".x"."""
    return AUTOLINK.sub(lambda match: match[0] + WORD_JOINER, text)


def inert_markdown(text: str) -> str:
    """Markdown whose bold, italics and lists still render, but which can make no link, image, HTML or maths.

    "**Mayor** [1] <b>x</b> [y](javascript:z)" -> "**Mayor** \\[1\\] \\<b>x\\</b> \\[y\\](javascript:z)";
    bare URLs and addresses are unlinked too.
    """
    return ACTIVE.sub(r"\\\1", unlinked(text))


def without_tables(text: str) -> str:
    """The text minus its Markdown table rows (lines starting with "|"), for when the table is drawn otherwise.

    "Side by side:\n\n| | A |\n|---|---|\n| Pay | [1] |" -> "Side by side:"
    """
    kept = [line for line in text.split("\n") if not line.lstrip().startswith("|")]
    return "\n".join(kept).strip()


def quote(text: str) -> str:
    """A Markdown blockquote of literal text, one quoted line per line."""
    return "\n".join("> " + escape_markdown(line) if line.strip() else ">" for line in text.split("\n"))


def answer_markdown(answer: Answer) -> str:
    """One turn: the question, the answer and its numbered sources with their passages.

    The question "how do I become a ward mayor" with one citation gives
    "## how do I become a ward mayor", the answer, then "[1] Ward Mayor — Career Path (003.txt)" and its quote.
    """
    parts = [f"## {escape_markdown(answer.question or answer.standalone_question)}", inert_markdown(answer.answer)]
    if answer.citations:
        parts.append("**Sources**")
    for citation in answer.citations:
        source = escape_markdown(f"{citation.job} — {citation.section} ({citation.source})")
        parts.append(f"\\[{citation.n}\\] {source}\n\n{quote(citation.text)}")
    return "\n\n".join(parts)


def conversation_markdown(conversation: Conversation, title: str = "Career advice chat") -> str:
    """The whole chat, turn by turn, as a Markdown document."""
    turns = [answer_markdown(answer) for answer in conversation.turns]
    return "\n\n".join([f"# {escape_markdown(title)}", *turns]) + "\n"
