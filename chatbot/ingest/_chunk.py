"""JobPage -> chunks: one per section, long sections split on item or sentence boundaries."""

from __future__ import annotations

import hashlib
import json
import re

from chatbot.config import Settings
from chatbot.ingest._parse import PARSER_VERSION
from chatbot.models import Chunk, JobPage, Section
from chatbot.text import mostly_japanese

CHUNKER_VERSION = 2
# A unit ends after a line break or after sentence punctuation followed by space (or after 。 directly).
UNIT_END = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-Z0-9\"(])|(?<=[。！？])")
LATIN_WORD = re.compile(r"[A-Za-z]+|\d+")  # what the token estimate counts as a word
CHARS_PER_TOKEN = 8  # more than any text averages: a first window that surely holds a budget's worth
NOT_SYMBOL = re.compile(r"[\sA-Za-z\d]+")


def fingerprint(settings: Settings) -> str:
    """Hash of everything that shapes the chunk table; a change forces a full rebuild."""
    vocabulary = settings.vocabulary
    shape = {
        "chunker": CHUNKER_VERSION,
        "parser": PARSER_VERSION,
        "headings": sorted(vocabulary.texts),
        "max_chunk_tokens": settings.max_chunk_tokens,
        "skip": sorted(vocabulary.texts_of(settings.skip_sections)),
        "lexical_only": sorted(vocabulary.texts_of(settings.lexical_only_sections)),
        "max_unknown_ratio": settings.max_unknown_ratio,
        "dense_japanese": settings.dense_japanese,
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def estimate_tokens(text: str) -> int:
    """Rough word-piece count without a tokenizer: 1.3 per word, more for words far longer than usual (one per
    six letters beyond ten a word: a 1,000-letter "word" is many tokens), and 1 per CJK character or symbol."""
    words = LATIN_WORD.findall(text)
    overlong = max(0, sum(map(len, words)) - 10 * len(words))
    return int(1.3 * len(words) + overlong / 6 + len(NOT_SYMBOL.sub("", text)) + 0.5)


def embed_text(job: str, heading: str, text: str) -> str:
    """The text given to the embedder: the job and section, then the passage."""
    return f"{job} — {heading}\n{text}"


def split_text(text: str, max_tokens: int) -> list[str]:
    """Split text into parts of at most max_tokens, cutting only between lines or sentences.

    Each part is an exact substring of text (so a quoted part is always found in its section).
    "A. B. C." with a budget of two sentences -> ["A. B.", "C."]
    """
    if estimate_tokens(text) <= max_tokens:
        return [text.strip()]
    bounds = [0, *(m.end() for m in UNIT_END.finditer(text)), len(text)]
    units = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    parts: list[str] = []
    start = end = units[0][0] if units else 0
    used = 0
    for a, b in units:
        cost = estimate_tokens(text[a:b])
        if end > start and used + cost > max_tokens:
            parts.append(text[start:end].strip())
            start, used = a, 0
        end, used = b, used + cost
    if text[start:end].strip():
        parts.append(text[start:end].strip())
    return [piece for part in parts for piece in hard_split(part, max_tokens)]


def hard_split(text: str, max_tokens: int) -> list[str]:
    """Cut a sentence longer than the budget at spaces (anywhere, for text without spaces), in linear time.

    A window of generous size shrinks until it fits the budget, then ends at its last space.
    """
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHARS_PER_TOKEN * max_tokens)
        while end - start > 1 and estimate_tokens(text[start:end]) > max_tokens:
            end = start + (end - start) * 3 // 4
        space = text.rfind(" ", start + 1, end) if end < len(text) else -1
        end = space if space > start else end
        if text[start:end].strip():
            pieces.append(text[start:end].strip())
        start = end
    return pieces


def chunk_page(page: JobPage, settings: Settings) -> list[tuple[Chunk, str]]:
    """Chunks of a page, each with the text to embed. Skipped and empty sections give none."""
    chunks: list[tuple[Chunk, str]] = []
    seen: dict[str, int] = {}
    skip = set(settings.vocabulary.texts_of(settings.skip_sections))
    for section in page.sections:
        if section.heading in skip or not section.text.strip():
            continue
        seen[section.heading] = seen.get(section.heading, 0) + 1
        name = section.heading if seen[section.heading] == 1 else f"{section.heading} {seen[section.heading]}"
        chunks.extend(section_chunks(page, section, name, settings))
    return chunks


def section_chunks(page: JobPage, section: Section, name: str, settings: Settings) -> list[tuple[Chunk, str]]:
    """One chunk per part of a section."""
    embedded = section.heading not in settings.vocabulary.texts_of(settings.lexical_only_sections) and (
        settings.dense_japanese or not mostly_japanese(section.text)
    )
    out = []
    for part, text in enumerate(split_text(section.text, settings.max_chunk_tokens)):
        to_embed = embed_text(page.title, section.heading, text)
        chunk = Chunk(
            id=f"{page.source}#{name}#{part}",
            source=page.source,
            job=page.title,
            section=section.heading,
            part=part,
            text=text,
            text_hash=hashlib.sha256(to_embed.encode()).hexdigest(),
            embedded=embedded,
        )
        out.append((chunk, to_embed))
    return out
