"""A large alternation searched as its parts. Python's re scans for a literal prefix when a pattern has one, but not
across hundreds of joined alternatives: retrieval's OFF_TOPIC, some 300 of them, took 8-12 ms over a 270-character
question, its parts searched one by one some 2 ms in all. Whether any part matches is whether the whole does."""

from __future__ import annotations

import re


class AnyOf:
    """A compiled alternation whose top-level alternatives are searched one at a time."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.parts = tuple(re.compile(part, pattern.flags) for part in alternatives(pattern.pattern))

    def search(self, text: str) -> re.Match[str] | None:
        """A match of the first alternative that matches anywhere (not always the leftmost match of the whole):
        for a yes or no, as the whole pattern's search gives it."""
        for part in self.parts:
            if (found := part.search(text)) is not None:
                return found
        return None


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: split at each | outside groups and character classes ("a|(b|c)|[|]"
    -> ["a", "(b|c)", "[|]"]). A pattern whose alternatives refer to each other's groups cannot be split."""
    if re.search(r"\\[1-9]|\(\?P=|^\(\?[aiLmsux]+\)", pattern):
        raise ValueError("an alternation with back-references or global inline flags is searched whole")
    parts, depth, start, at = [], 0, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = class_end(pattern, at)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


def class_end(pattern: str, start: int) -> int:
    """Where the character class opened at start closes (a "]" first in it, or after "^", is one of its members)."""
    at = start + 1 + (pattern[start + 1 : start + 2] == "^")
    at += pattern[at : at + 1] == "]"
    while pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at
