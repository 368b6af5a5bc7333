"""A question read without the names of its jobs, so that what it asks is read alone."""

from __future__ import annotations

import re

from chatbot.text import fold, is_japanese


def nameless(said: str, names: list[str]) -> str:
    """The folded text with the names of its jobs left out, plural or not, so what it asks is read without them:
    "compensation and benefits managers" asks nothing of pay, "welding machine operators in a job" no openings."""
    for name in map(fold, names):  # Japanese runs on with no word boundary ("ハローワークの職員って…": no openings)
        plural = rf"\b{re.escape(name.removesuffix('s'))}s?\b"
        said = said.replace(name, " ") if is_japanese(name) else re.sub(plural, " ", said)
    return said
