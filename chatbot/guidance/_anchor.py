"""A second look at the jobs suggested: those close to the best fit rise (chatbot.guidance._match ranks first by the
words, interests and schooling; this re-ranks by the first it found)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# The jobs close to the best fit, as a move from it (Adviser.near: a Related Jobs link, else profile closeness, plus
# the share of their title words its page uses), are likelier fits than jobs alone near the words: a person who
# fits one job fits its field ("jacking up cars to swap wheels": after the automotive technicians, tire changers,
# not the mine loaders whose page says "jacks" and "cars"). A second pass adds NEAR_TOP times each candidate's
# closeness to the first. Match P@5 over the 45 guidance tuning sets (1,281 requests), English / Japanese: 0 0.588 /
# 0.554, 0.05 0.593 / 0.561, 0.1 0.595 / 0.564 (sets up 19 / 23, down 10 / 8), 0.2 0.597 / 0.561, 0.3 0.596 /
# 0.554. Ranking the 60 candidates instead by a logistic regression over the signals already here (words, sentence
# closeness, support, interests, role, zones, title cosine), trained set-wise in 5 folds: 0.579 / 0.562, no better.
NEAR_TOP = 0.1
# …and a job of the best fit's occupational group (the O*NET-SOC code's first four digits, on the page's second line:
# 47-30xx, the construction trades' helpers) gains FAMILY: a field as its source sorts it. English P@5 over the 46
# tuning sets (689 requests), with NEAR_TOP: 0.597 without, 0.602 at 0.03, 0.606 at 0.05 (sets up 25, down 6), 0.605
# at 0.1, 0.600 at 0.2; the major group (47) instead 0.603 at 0.1. Japanese pages carry no code in the index (their
# classification section is not kept): there nothing is added.
FAMILY = 0.05
SOC_GROUP = re.compile(r"^\d\d-\d\d")
Family = Callable[[str], str | None]  # a job -> its occupational group (None: the page gives none)
Near = Callable[[str, list[str]], dict[str, float]]  # how close jobs are to one, as a move from it (Adviser.near)
Scored = tuple[float, str, float | None, bool]  # a candidate's score, title, interest fit and whether beyond
Candidate = tuple[float, float, str, float | None, bool]  # …with the factor its zones weigh it by, before that


def anchored(found: Sequence[Candidate], near: Near | None, family: Family = lambda _: None) -> list[Scored]:
    """The candidates (score, zone factor, title, interest fit, beyond) best first by score times zone factor; then
    again, each score raised by NEAR_TOP times the candidate's closeness to the first, and by FAMILY where it is of
    the first's occupational group (see NEAR_TOP; not without a closeness to read or words to rank by)."""
    first = sorted(((score * factor, title, fit, far) for score, factor, title, fit, far in found), key=lambda x: -x[0])
    if near is None or not first:
        return first
    close, kin = near(first[0][1], [title for _, title, _, _ in first]), family(first[0][1])
    again = [
        ((score + NEAR_TOP * close.get(title, 0.0) + kindred(title, kin, family)) * factor, title, fit, far)
        for score, factor, title, fit, far in found
    ]
    return sorted(again, key=lambda item: -item[0])


def kindred(title: str, kin: str | None, family: Family) -> float:
    """FAMILY for a job of the group kin, else 0."""
    return FAMILY if kin is not None and family(title) == kin else 0.0


def group(code: str | None) -> str | None:
    """The occupational group of a page's code: "47-3012.00" -> "47-30" (None without an O*NET-SOC code)."""
    found = SOC_GROUP.match(code or "")
    return found.group(0) if found else None
