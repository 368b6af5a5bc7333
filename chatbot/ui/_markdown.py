"""A conversation as Markdown with numbered citations, and the escaping that keeps page text inert as Markdown."""

from __future__ import annotations

import re
from datetime import UTC, datetime

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
    if "@" not in text and "://" not in text and "www" not in text.casefold():
        return text  # nothing to match: the regex tries three patterns at every position (~15 ms of each run)
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


# For a file people read: only what would start Markdown syntax is escaped ("Job Zone Four: Considerable ..." stays
# as it is; "*", "_", "[", "<", "`" and a line opening with "#", "-", "+", ">" or "1." do not).
INLINE = re.compile(r"([\\`*_\[\]<>|~])")
LINE_START = re.compile(r"^(\s*)(?:([#>+-])|(\d+)([.)]))", re.MULTILINE)


def plain_markdown(text: str) -> str:
    """Literal text for a Markdown file, escaped as little as it can be: "A (4.25) / B: 3.5%" stays as it is;
    "*x*" -> "\\*x\\*"; a line "# x" -> "\\# x"."""

    def escaped(found: re.Match[str]) -> str:
        indent, marker, number, dot = found.groups()
        return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"

    return LINE_START.sub(escaped, INLINE.sub(r"\\\1", unlinked(text)))


def quote(text: str) -> str:
    """A Markdown blockquote of literal text, one quoted line per line."""
    return "\n".join("> " + plain_markdown(line) if line.strip() else ">" for line in text.split("\n"))


def answer_markdown(answer: Answer, turn: int = 1) -> str:
    """One turn: the question as text (a long one is no giant heading), the answer and its numbered sources.

    The question "how do I become a ward mayor" with one citation gives "### 1.", "**You:** how do I become a
    ward mayor", the answer, then "[1] Ward Mayor — Career Path (003.txt)" and its quote.
    """
    asked = plain_markdown(answer.question or answer.standalone_question)
    parts = [f"### {turn}.", f"**You:** {asked}", "**Adviser:**", inert_markdown(answer.answer)]
    if answer.citations:
        parts.append("**Sources**")
    for citation in answer.citations:
        source = plain_markdown(f"{citation.job} — {citation.section} ({citation.source})")
        parts.append(f"\\[{citation.n}\\] {source}\n\n{quote(citation.text)}")
    return "\n\n".join(parts)


def conversation_markdown(
    conversation: Conversation, title: str = "Career advice chat", when: datetime | None = None
) -> str:
    """The whole chat, turn by turn, as a Markdown document with the date it was exported."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    turns = [answer_markdown(answer, n) for n, answer in enumerate(conversation.turns, 1)]
    return "\n\n".join([f"# {plain_markdown(title)}", f"Exported {stamp}.", *turns]) + "\n"
