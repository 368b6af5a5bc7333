"""The things a comparison names, each as the person wrote it: "compare actuaries and astronauts" -> ["actuaries",
"astronauts"]. A comparand no page name is found in has no page: the answer says so and never compares another job
in its place."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._names import TITLE_PART, name_words, title_names

PATTERNS = [
    re.compile(
        # not "how does that compare with what a chemical engineer does day to day": the focus and one job
        r"\bcompare (?!(?:with|to|against)\b)(?:between )?(?:the )?(?P<a>[\w\s\-'/]+?),? "
        r"(?:and|with|to|vs\.?|versus|against) (?:the )?(?:an? )?"
        r"(?P<b>[\w\s\-'/]+?)(?=[?.!,]| on | in terms| for | when |$)"
    ),
    re.compile(
        r"(?:^|, ?)(?:an? |the )?(?P<a>[\w\s\-'/]+?) (?:vs\.?|versus) (?:an? |the )?(?P<b>[\w\s\-'/]+?)(?=[?.!,]|$)"
    ),
    re.compile(
        r"(?P<a>[^\s、。？！]{2,20}?)(?<![こだるた])(?<!ない)と(?![がのはをにでもか])(?P<b>[^\s、。？！]{2,20}?)(?:を比べ|を比較|の違い|(?:だったら|なら|だと)?、?どっち|ではどちら|はどちら|、それぞれ)"
    ),  # (the pattern above: a "…ないと", "…ると" is a condition, no job: "受からないと…", "持ってると有利な…")
    # Two said apart from the ask, or as the whole question: "which needs more school, nurses or nurse
    # practitioners?", "nurses or nurse practitioners, which takes longer?"
    re.compile(r"(?:^|[,:;] ?)(?:an? |the )?(?P<a>[\w\s\-'/]+?),? or (?:an? |the )?(?P<b>[\w\s\-'/]+?)(?=[?.!,]|$)"),
]
LEAD = re.compile(r"^(?:an? |the )")
# Words that point back at jobs already named, not names: "compare them with chief executives"
REFERENCE = re.compile(
    r"^(?:them|it|that|this|they|those|these|him|her|one|two|both|either|(?:this|that|the other|the \w+) ones?"
    r"|(?:first|second|third|last|former|latter)(?: one)?|mine|my job|my current job"
    r"|それ|あれ|これ|そっち|こっち|前の方)$"
)


# The two in focus, unnamed: "二つ比べると夜勤がなさそうなのはどっち？"
PAIR = re.compile(r"^(二つ|2つ|ふたつ|両方|both\b|the two\b)")
# Two kinds of person, not two jobs: "which one suits someone who's more artsy vs someone who likes routine?" asks
# which of the jobs in focus suits each.
KINDS = re.compile(r"^which\b|\b(someone|somebody|a person|people|persons?|types?|kinds?|sorts?)\b")
# Two ways of working, not two jobs: "書店員って正社員とパートどっちが多い？" asks of one job's employment; two
# schoolings ("a high school diploma vs a post-secondary certificate") ask of one job's education.
WAY = (
    r"(正社員|正規|パート|アルバイト|バイト|派遣|契約社員|非正規|フリーランス|自営|夜勤|日勤|土日|平日|男性|女性|男|女"
    r"|開業(してる|している|した)?(人|医)?|勤務医|独立(してる|している|した)?(人)?"  # "開業してる人と勤務医"
    r"|雇われ(て働く|ている|てる)?(人)?|自営(業)?の人|会社勤め|企業勤め"  # "雇われて働く人と自営の人どっちが多い？"
    r"|(フリー|会社勤め|会社員|企業勤め|個人|在宅)(で(やってる|働いてる|働く|やる))?の?人"  # "フリーでやってる人と…"
    r"|\b(full[- ]time|part[- ]time|self[- ]employed|freelance|nights?|days|weekends?|weekdays|men|women)"
    r"|\b(diploma|degree|certificate|ged|bachelor'?s|master'?s|associate'?s|doctorate|phd|apprenticeship)s?)"
)
WAYS = re.compile(f"{WAY}$")
# Two ways of doing it, said as verbs made nouns: "お店に雇われるのと個人で契約するのとどっちが多い？" (no job ends so)
# nor what a job is said to go with: "プライベートと両立しやすいのは…どっち" asks of the two in focus
VERBAL = re.compile(r"[るたくうすつむぶぐ]の$|^両立")
# The two ways compared ("正社員とパートどっちが多い？"): asks of the job's employment, not for a comparison of jobs.
WAYS_COMPARED = re.compile(f"{WAY}と{WAY}(で|では)?、?(どっち|どちら)(が|の方が|のほうが)?|{WAY} or {WAY}")


def comparands(text: str) -> list[str]:
    """The two things a comparison names, as written (casefolded); [] when it names them in no form known here."""
    said = text.casefold()
    for pattern in PATTERNS:
        found = pattern.search(said)
        if found:
            named = [LEAD.sub("", found.group(key).strip()) for key in ("a", "b")]
            other = any(
                PAIR.match(words) or KINDS.search(words) or WAYS.search(words) or VERBAL.search(words)
                for words in named
            )
            return [] if other else named
    return []


def unmatched(words: list[str], links: list[JobLink]) -> list[str]:
    """The comparands no link was found in ("astronauts", when only actuaries has a page)."""
    return [w for w in words if not REFERENCE.match(w) and not any(inside(link, w) for link in links)]


def inside(link: JobLink, words: str) -> bool:
    """Whether the link was found within these words (its name said there, singular or plural)."""
    matched = link.matched.casefold()
    if matched in words or words in matched:
        return True
    said, name = set(name_words(words)), set(name_words(link.matched))
    # one word said inside a longer name is another job: "nurses" is not said by "nurse practitioners"
    inside_name = said <= name and len(said) > 1
    return bool(name) and (name <= said or inside_name) or name_words(words) in list_parts(link.title)


def list_parts(title: str) -> list[list[str]]:
    """The words of each job a list title lists: "measurers" is said of Weighers, Measurers, Checkers, and Samplers
    when the three are named together (JobLinker: listed)."""
    return [name_words(part) for part, weight in title_names(title) if weight == TITLE_PART]


# The work itself as what a comparison compares: "what's the difference in their actual work?"; how a job differs
# from another, no topic said ("how is that different from a pharmacy aide?", not "how does that compare with…?")
WORK_COMPARED = re.compile(
    r"\b(actual|day-to-day|daily|everyday|real) (work|job|duties|tasks)\b|仕事内容|やること|their work differ"
    r"|\bhow (is|'s|are) (that|it|this|they|the job|that job|that role) (\w+ )?different from\b"
)
