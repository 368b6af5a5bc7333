"""Sibling pages: titles one word apart ("建築施工管理技術者", "土木施工管理技術者"; "Public Relations Specialists",
"… Managers"). Where the words for the job a person wants fit siblings almost alike, the one nearer the job they
hold is meant (measured on the 414 gap cases of the tuning sets: gap recall 0.898 -> 0.905, Japanese 0.915 ->
0.931, none lower)."""

from __future__ import annotations

from chatbot.retrieval._names import Name
from chatbot.text import terms

SIBLING, SIBLING_NEARER = 0.25, 0.15  # a sibling page this close in fit and this much nearer the own job is meant


def sibling_nearer(best: str, total: dict[str, float], nearness: dict[str, float]) -> str:
    """Of the best page and its siblings that fit almost as well (titles one word apart: 建築施工管理技術者 and
    土木施工管理技術者), the one clearly nearer the person's own job: a carpenter's page says 建築, never 土木."""
    siblings = [job for job in total if job != best and siblings_of(job, best) and total[best] - total[job] < SIBLING]
    nearer = max(siblings, key=lambda job: nearness.get(job, 0.0), default=None)
    clearly = nearer is not None and nearness.get(nearer, 0.0) - nearness.get(best, 0.0) >= SIBLING_NEARER
    return nearer if clearly and nearer is not None else best


def siblings_of(a: str, b: str) -> bool:
    """Whether two titles are the same words but one ("Public Relations Specialists" and "… Managers"), or the
    same head of different workers ("First-Line Supervisors of Production and Operating Workers" and "… of Gambling
    Services Workers": a dyeing machine operator's "shift supervisor" is the production one)."""
    one, other = terms(a), terms(b)
    heads = [title.split(" of ", 1)[0] for title in (a, b) if " of " in title]
    return (len(one) == len(other) > 1 and sum(x != y for x, y in zip(one, other, strict=True)) == 1) or (
        len(heads) == 2 and heads[0] == heads[1] and len(terms(heads[0])) > 1
    )


def general_kind(names: list[Name], titles: dict[str, list[str]], said: set[str]) -> list[Name]:
    """Of pages that share a name, the general one when the others are the kinds its title excepts and the question
    names no kind: "High School Teacher" is Secondary School Teachers, Except Special and Career/Technical
    Education, not Special Education Teachers, Secondary School, unless "special" is said (titles: the pages' name
    words; said: the question's)."""
    general = {n.job for n in names if "except" in titles[n.job][:-1]}
    others = {n.job for n in names} - general
    if len(general) != 1 or not others:
        return names
    words = titles[next(iter(general))]
    kind = words[words.index("except") + 1]  # the first kind excepted names it ("special", "emergency")
    plain = kind not in said and all(kind in titles[job] for job in others)
    return [n for n in names if n.job in general] if plain else names
