"""A question read without the names of its jobs, so that what it asks is read alone."""

from __future__ import annotations

import re

from chatbot.text import fold


def nameless(said: str, names: list[str]) -> str:
    """The folded text with the names of its jobs left out, plural or not, so what it asks is read without them:
    "compensation and benefits managers" asks nothing of pay, "welding machine operators in a job" no openings."""
    for name in names:  # (Japanese runs on with no word boundary: its names stay, "次の介護福祉士" keeps its "次の")
        said = re.sub(rf"\b{re.escape(fold(name).removesuffix('s'))}s?\b", " ", said)
    return said  # (the spaces a name leaves stay: "what does a   make…" still has its job between "a" and "make")
