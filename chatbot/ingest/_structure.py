"""The structure inside a section's text: bullet and slash lists, career-path steps, aptitude tables."""

from __future__ import annotations

import re

from chatbot.models import AptitudeRow, Section

BULLETS = ("•", "・", "- ", "* ")
TABLE_HEADER = "Item Description"
# Item names of the aptitude tables on the government site; others are split by shape (see split_aptitude).
KNOWN_APTITUDES = [
    "Adaptability",
    "Analytical & Logical Thinking",
    "Attention to Detail & Accuracy",
    "Communication Skills",
    "Initiative & Leadership",
    "Planning & Organization",
    "Problem Solving",
    "Stress Tolerance",
    "Collaboration & Teamwork",
    "Physical Stamina & Endurance",
    "Creativity",
    "Manual Dexterity",
]
CONNECTORS = {"&", "and", "of", "to", "for", "in", "the", "a", "/"}
MAX_STEP_CHARS = 80
STEP_NUMBERING = re.compile(r"^[\s①-⑳0-9.()（）]+")


def bullet_text(line: str) -> str | None:
    """Return the item of a bullet line ("  • Crisis Management" -> "Crisis Management"), else None."""
    stripped = line.strip()
    for mark in BULLETS:
        if stripped.startswith(mark):
            return stripped[len(mark) :].strip() or None
    return None


def slash_items(line: str) -> list[str]:
    """Split a slash list ("Calm / Cooperative" -> ["Calm", "Cooperative"]); [] if the line is not one."""
    if " / " not in line:
        return []
    return [part.strip() for part in line.split(" / ") if part.strip()]


def career_steps(line: str) -> list[str]:
    """Split a career-path chain ("Staff → Chief → Mayor" -> 3 steps); [] for prose that merely has an arrow."""
    if "→" not in line:
        return []
    steps = [STEP_NUMBERING.sub("", part).strip() for part in line.split("→")]
    if len(steps) < 2 or any(not s or len(s) > MAX_STEP_CHARS or "。" in s or ". " in s for s in steps):
        return []
    return steps


def split_aptitude(line: str) -> AptitudeRow | None:
    """Split a table row into item and description.

    "Stress Tolerance Because it is hard." -> item "Stress Tolerance", description "Because it is hard."
    Known item names win; otherwise the description starts at the first capitalised word (after the first
    word) that is followed by a lower-case word, skipping connectors such as "to" or "&".
    """
    text = line.strip()
    for item in sorted(KNOWN_APTITUDES, key=len, reverse=True):
        if text.startswith(item + " ") and len(text) > len(item) + 1:
            return AptitudeRow(item=item, description=text[len(item) :].strip())
    words = text.split(" ")
    for i in range(1, len(words) - 1):
        word, following = words[i], words[i + 1]
        if word in CONNECTORS or not word[:1].isupper():
            continue
        if following[:1].islower():
            return AptitudeRow(item=" ".join(words[:i]), description=" ".join(words[i:]))
    return None


def build_section(heading: str, text: str) -> Section:
    """A Section with its lists, steps and table rows found in the raw text."""
    lines = [line for line in text.split("\n") if line.strip()]
    items: list[str] = []
    steps: list[str] = []
    rows: list[AptitudeRow] = []
    if lines and lines[0].strip() == TABLE_HEADER:
        rows = [row for row in (split_aptitude(line) for line in lines[1:]) if row]
        return Section(heading=heading, text=text, rows=rows)
    for line in lines:
        bullet = bullet_text(line)
        if bullet is not None:
            items.append(bullet)
            continue
        items.extend(slash_items(line))
        steps = steps or career_steps(line)
    return Section(heading=heading, text=text, items=items, steps=steps)
