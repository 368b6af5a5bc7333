"""What carries over from one job to another and what is missing, read from the two pages' scores and lists.

Rows, each with the page lines behind it:
- carries over: a skill or knowledge both pages list, the target's score no more than MARGIN above the source's;
- more: one both list, the target's score at least MARGIN higher;
- not listed: one of the target's listed skills that the source's page does not list (pages list their ten
  strongest, so this says "not among the source's ten", not "the source has none");
- schooling / preparation: the schooling most of the target's workers have (and any other that MIN_SHARE of
  them have), and its job zone, when above the source's (else they carry over: no more schooling is needed);
- qualification: a qualification the target's page lists and the source's does not;
- work: up to NEW_WORK of the target's first tasks that none of the source's lines says (what the move adds to the
  day: a dental assistant hands instruments, a hygienist cleans the teeth).
Then the next steps the target's page supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chatbot.guidance._profiles import JobProfile, Line, Scored, schooling_rank
from chatbot.text import terms

MARGIN = 0.5  # a score difference (1-5 scale) that counts as "clearly more"; smaller counts as carrying over
MIN_SHARE = 10.0  # % of the target's workers: a schooling level beside its most common one worth a row
UNLISTED_SHARE = 5.0  # % of the target's workers: a schooling level the source's page does not list at all
MORE_SHARE = 5.0  # points more of the target's workers than the source's: a higher schooling clearly more common
# In the order a person weighs a move: how long it takes and what schooling first, then what they must learn
KINDS = ("preparation", "schooling", "qualification", "work", "more", "not_listed", "carries_over")
NEW_WORK = 3  # tasks shown as work the move adds
TASKS_READ = 8  # of the target's first tasks: pages list the most important first
SAME_WORK = 0.3  # the share of a task's terms one of the source's lines uses: from it, the source does that too


@dataclass
class GapRow:
    """One row of the gap table."""

    kind: str  # one of KINDS
    item: str
    have: Scored | None = None  # the source's score or category (None: not on its page)
    need: Scored | None = None
    lines: list[Line] = field(default_factory=list)


@dataclass
class Gap:
    """The gap from one job to another: its rows and the next steps the target's page supports."""

    source: str
    target: str
    rows: list[GapRow]
    steps: list[Line]
    compared: bool = True  # False: the source's page scores no skills (a seed page): nothing is compared

    def missing(self) -> list[GapRow]:
        """Every row but what carries over."""
        return [row for row in self.rows if row.kind != "carries_over"]


def gap(source: JobProfile, target: JobProfile) -> Gap:
    """The gap table from source to target."""
    rows = (
        schooling(source, target)
        + compared(source.skills, target.skills)
        + compared(source.knowledge, target.knowledge)
    )
    have = {line.quote for line in source.qualifications}
    rows += [GapRow("qualification", q.quote, lines=[q]) for q in target.qualifications if q.quote not in have]
    rows += [GapRow("work", task.quote, lines=[task]) for task in new_work(source, target)]
    ordered = sorted(rows, key=lambda row: KINDS.index(row.kind))
    return Gap(source.title, target.title, ordered, next_steps(target), compared=bool(source.skills))


def new_work(source: JobProfile, target: JobProfile) -> list[Line]:
    """The target's first tasks that no line of the source's page says (by the share of their terms it uses)."""
    said = [frozenset(terms(line.quote)) for line in source.identity]
    fresh = []
    for task in target.tasks[:TASKS_READ]:
        words = set(terms(task.quote))
        if words and max((len(words & line) / len(words) for line in said), default=0.0) < SAME_WORK:
            fresh.append(task)
    return fresh[:NEW_WORK]


def compared(have: dict[str, Scored], need: dict[str, Scored]) -> list[GapRow]:
    """Rows for the target's scored items against the source's."""
    rows = []
    for name, wanted in need.items():
        mine = have.get(name)
        if mine is None:
            rows.append(GapRow("not_listed", name, None, wanted, [wanted.line]))
        else:
            kind = "more" if wanted.score - mine.score >= MARGIN else "carries_over"
            rows.append(GapRow(kind, name, mine, wanted, [mine.line, wanted.line]))
    return rows


def schooling(source: JobProfile, target: JobProfile) -> list[GapRow]:
    """The target's most common schooling and job zone, when they are above the source's (or the source's unknown);
    when the most common carries over, a higher schooling clearly more of the target's workers have."""
    rows = []
    mine, wanted = source.most_schooling(), target.most_schooling()
    carried = wanted is not None and mine is not None and schooling_rank(wanted) <= schooling_rank(mine)
    if carried and wanted is not None and mine is not None:
        rows.append(GapRow("carries_over", wanted.name, mine, wanted, [mine.line, wanted.line]))  # no more school
    if wanted is not None and (carried or schooling_rank(wanted) > schooling_rank(mine)):
        # The target's most common schooling, then any other above the source's that many of its workers have
        # (Nurse Practitioners: Master's 65.2%, and Doctoral 26.1%); with the most common carried over, one that
        # clearly more of them have (network architects to IT managers: Master's 5.0% -> 14.4%).
        # A level above the target's commonest that the source's page lists for none of its workers counts from
        # fewer of the target's ("Master's Degree: 6.5%" of bookkeeping clerks, none of receptionists).
        listed = {item.name for item in source.education}
        unlisted = [
            e
            for e in target.education
            if e.score >= UNLISTED_SHARE and e.name not in listed and schooling_rank(e) > schooling_rank(wanted)
        ]
        others = [e for e in target.education if e is not wanted and (e.score >= MIN_SHARE or e in unlisted)]
        for level in [*([] if carried else [wanted]), *sorted(others, key=lambda e: -e.score)]:
            # Beside the target's share, the source's share of the same schooling when its page lists it
            # ("Master's Degree: 81.1%" against "1.4%"), else the schooling most of the source's workers have.
            same = next((item for item in source.education if item.name == level.name), None)
            clearly = not carried or same is None or level.score - same.score >= MORE_SHARE
            if schooling_rank(level) > schooling_rank(mine) and clearly:
                rows.append(
                    GapRow("schooling", level.name, same or mine, level, [w.line for w in (same or mine, level) if w])
                )
    stated = target.zone is not None and target.zone.name.startswith("Job Zone")  # not read from the schooling
    if stated and target.zone is not None:  # above the source's: more preparation; else it carries over
        lines = [zone.line for zone in (source.zone, target.zone) if zone is not None]
        kind = "preparation" if above(target.zone, source.zone) else "carries_over"
        rows.append(GapRow(kind, target.zone.name, source.zone, target.zone, lines))
    return rows


def above(wanted: Scored | None, mine: Scored | None) -> bool:
    """Whether the target's zone is higher than the source's (or the source's is not known)."""
    return wanted is not None and (mine is None or wanted.score > mine.score)


def next_steps(target: JobProfile) -> list[Line]:
    """What the target's page says about getting in: its career path's first sentences, or its job zone's
    education and training lines (O*NET)."""
    return target.entry[:2]
