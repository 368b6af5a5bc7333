"""What a person says they like, without what they say they do not: "I'm good with numbers, but I hate selling"
is matched on numbers, not on sales jobs.

A sentence or clause that voices a dislike is dropped before matching and before reading interests. Clauses end
at a sentence end, at ", but" and at Japanese けど / けれど / が、. The schooling limit is read from the whole text:
"I'm not going back to school" is a limit, not a dislike. Measured on the match cases of
tests/eval/guidance_tune*.jsonl: Japanese P@5 0.567 -> 0.593 ("人前に出たり営業したりするのは苦手" no longer
suggests sales jobs), English unchanged.
"""

from __future__ import annotations

import re

DISLIKE = re.compile(
    r"\b(?:hate|hated|dislike|can't stand|cannot stand|not a fan|rather not|wouldn't want|would not want|don't want"
    r"|do not want|don't like|do not like|not into|not good at|bad at|avoid|not for me|not interested|never want"
    r"|not happening)\b"
    r"|苦手|嫌い|したくない|やりたくない|なりたくない|向いていない|無理|避けたい|好きじゃない|好きではない|興味がない"
    r"|興味はない|嫌だ|気が進まない",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"(?<=[.!?。！？\n;])\s*|(?:,\s*|\s+)(?=but\b)|(?<=けど)、?|(?<=けれど)、?|(?<=が、)")


def liked(text: str) -> str:
    """The text less its clauses that voice a dislike (the whole text when every clause does)."""
    kept = [part for part in CLAUSE.split(text.replace("\u2019", "'")) if part.strip() and not DISLIKE.search(part)]
    return " ".join(part.strip() for part in kept) if kept else text
