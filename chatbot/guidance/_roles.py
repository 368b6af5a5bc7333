"""How a job's role weighs in matching: less for roles the person did not ask for (teaching, supervising, the
"all other" pages), far less for what they say they do not want, more for supervising where they want to lead."""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.retrieval import OTHER_ROLE, ROLES
from chatbot.text import term_set, terms

UNWANTED = 0.2  # the weight of a job whose role or title words the person does not want ("I don't want to teach")
GENERIC_TITLE_TERMS = frozenset(terms("workers worker occupations other all and except related specialists"))
WORKING = frozenset(terms("working"))


def role_weight(title: str, text: str, against: str = "") -> float:
    """Less for jobs that teach, supervise or gather "all other" jobs, unless the person asks for that role: someone
    who loves writing is matched to writing before teaching literature or supervising writers; less again for each
    role not asked (college teaching, for one who never asked to teach). Far less for a job whose role or title words
    the person says they do not want ("...end up teaching, but I really don't want to")."""
    said, unwanted = text.casefold(), against.casefold()
    if unwanted and (title_terms(title) | doing_terms(title)) & against_terms(unwanted):
        return UNWANTED  # "my back can't take the driving anymore": no drivers
    held, supervises = title_roles(title)
    asked, leading = roles_asked(said)
    refused = roles_asked(unwanted)[0] if unwanted else None
    weight, leads = 1.0, leading and supervises
    for role in held:
        if refused is not None and refused[role]:
            return UNWANTED
        if not (asked[role] or leads):
            weight *= OTHER_ROLE
    return weight * (LEAD if leads else 1.0)


@lru_cache(maxsize=4096)
def title_roles(title: str) -> tuple[tuple[int, ...], bool]:
    """The ROLES a title holds (their places) and whether it supervises: read once a title, not once a request (60
    candidates a request, nine patterns each, had been 3 ms of every match)."""
    return tuple(n for n, (pattern, _) in enumerate(ROLES) if pattern.search(title)), bool(SUPERVISING.search(title))


@lru_cache(maxsize=64)
def roles_asked(said: str) -> tuple[tuple[bool, ...], bool]:
    """Which ROLES a (folded) text asks for, and whether it asks to lead: read once for all of a request's jobs."""
    return tuple(asked.search(said) is not None for _, asked in ROLES), LEADING.search(said) is not None


# A wish to lead the people one works with ("I'm the one training the new servers and sorting out the schedule",
# "I want to move up and run a team", "人をまとめる立場"): the supervisors' and managers' pages of the field first
LEADING = re.compile(
    r"\btrain(?:s|ing)? (?:the |our )?(?:new|newer)\b|\b(?:make|makes|making|build|builds|building|sort(?:ing)? out)"
    r" (?:the |our )?(?:schedules?|rotas?)\b|\b(?:run|running|lead|leading|manage|managing) (?:a|the|my|our)"
    r" (?:team|crew|shift|department)|\bmove up\b|\bstep up\b|\bin charge\b|\bmanagement (?:role|position|side)\b"
    r"|\bsupervis|まとめる(?:立場|役|仕事)|リーダー|管理職|責任者",
    re.IGNORECASE,
)
SUPERVISING = re.compile(r"First-Line Supervisors|Managers\b|管理者|店長|責任者|支配人|課長")
LEAD = 1.3


# Selling not wanted ("I don't want a job that's about pitching products"): every sales title ("…Sales Agents")
SELLING = re.compile(r"\b(sell|sells|selling|sold|salesperson|salespeople|salesman|pitch|pitches|pitching)\b")
SALES_TERMS = frozenset(terms("sales"))


@lru_cache(maxsize=64)
def against_terms(against: str) -> frozenset[str]:
    """The terms of what the person does not want; doctors said plainly ("医師や看護師のように…") are every
    physician's page, whose titles end in 医 ("内科医"); selling, every sales title."""
    found = term_set(against)
    found = found | SALES_TERMS if SELLING.search(against) else found  # "than selling anything to clients"
    return found | {"医"} if found & {"医師", "医者"} else found


@lru_cache(maxsize=4096)
def title_terms(title: str) -> frozenset[str]:
    """The terms of a job's title, less the words every kind of job shares ("workers", "and")."""
    return frozenset(terms(title)) - GENERIC_TITLE_TERMS


@lru_cache(maxsize=4096)
def doing_terms(title: str) -> frozenset[str]:
    """The terms of what a title's workers do, said as people say a dislike of it: "Taxi Drivers" -> driving."""
    words = re.findall(r"[a-z]{3,}(?=(?:er|or)s?\b)", title.casefold())
    return frozenset(terms(" ".join(word + "ing" for word in words))) - WORKING  # not "won't work with meat"
