"""A Japanese noun is read as a job's name by its sound (区長: くちょう, the seed Ward Mayor; 美用師: 美容師) only when
the pages do not use it as a word of their own: "企業で研究開発に携わりたい" says 企業 (company), not 起業 (founding a
business) misspelt, and dozens of jobtag pages say 企業."""

from __future__ import annotations

from chatbot.index import Library

PAGES = 3  # Japanese pages that say a phrase as written: then it is a word, not a misspelt name


def common_word(phrase: str, library: Library) -> bool:
    """Whether the pages of several Japanese jobs say the phrase as written (stops at PAGES)."""
    saying = (job for job in library.jobs if not job.isascii() and library.says(job, phrase))
    return sum(1 for _ in zip(range(PAGES), saying, strict=False)) >= PAGES
