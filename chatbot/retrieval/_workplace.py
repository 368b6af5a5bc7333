"""The worker said with where they work ("technician at a biomass power plant"): the worker word tells the page, the
place tells where; "running the plant" later on is that plant."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._names import name_words
from chatbot.retrieval._roles import OTHER_ROLE
from chatbot.text import is_japanese

PERSON = re.compile(r"(er|or|ist|ian|ant|ent|ic|eer|ive|ar|on|man|men|wife|wives)s?$", re.IGNORECASE)  # a worker
WORKER_AT = re.compile(r"^(?:an? |the )?(?:[\w\-]+ ){0,2}(?P<worker>[\w\-]+) (?:at|in|for) ")  # "technician at a…"
# A page whose title holds the worker word said counts as much more as a role not asked for counts less (_roles)
WORKER_SAID = 1 / OTHER_ROLE


def worker_said(job: str, said: str) -> float:
    """More for a page whose title holds the worker word said before where they work ("technician at biomass power
    plant": the plant's technicians, not its managers, whose title holds more of the place)."""
    found = WORKER_AT.match(said)
    worker = name_words(found.group("worker")) if found and PERSON.search(found.group("worker")) else []
    return WORKER_SAID if worker and worker[0] in name_words(job) else 1.0


def where_worked(link: JobLink, words: str) -> bool:
    """Whether the link names only where the worker said works: "technician at biomass power plant" names the
    plant, not its managers."""
    worker = WORKER_AT.match(words.casefold())
    return (
        worker is not None
        and PERSON.search(worker.group("worker")) is not None
        and (link.matched.casefold() not in words.casefold()[: worker.end()])
    )


def at_own_place(wished: str, own: str) -> str:
    """The words for the job wanted with "the X" said as the place the person works ("technician at a biomass power
    plant … running the plant": running the biomass power plant)."""
    found = re.search(r"\bthe (\w+)$", wished)
    place = (
        re.search(rf"\b(?:at|in) (?:an? |the )?(?P<place>[\w\- ]{{0,30}}\b{found.group(1)})\b", own) if found else None
    )
    return wished[: found.start()] + f"the {place.group('place')}" if found and place else wished


def with_place(words: str, said: str, where: str = "at|in") -> str:
    """One word of a role with where it is done: "an aide at a drugstore pharmacy" (a pharmacy aide, not a
    personal care aide); where: the words before the place ("a helper on a factory production line": a rank said
    on where it is held). Longer words stand as said. Japanese words that begin with a verb said after its object
    ("紙箱やパッケージを作る工場") take the object back."""
    if (clause := with_object(words, said)) is not None:
        return clause
    if len(words.split()) != 1:
        return words
    found = re.search(
        re.escape(words)
        + rf" (?:{where}) (?:an? |the )?(?P<place>[\w\- ]{{3,30}}?)(?=[.,;!?]| and\b| for\b| [-–—] |$)",
        said,
    )
    return f"{words} at {found.group('place')}" if found else words


def with_object(words: str, said: str) -> str | None:
    """The Japanese words with the object said before them: "作る工場" of "紙箱やパッケージを作る工場で働いています" is
    "紙箱やパッケージを作る工場" (the box factory, not any factory); None when not so said."""
    found = re.search(
        r"(?P<object>[^。！？、\sでにはが]{2,30}を(?:専門に|中心に|主に|メインに)?)" + re.escape(words), said
    )
    return found.group("object") + words if found else None  # not where: "工房で"; "防水工事を専門にやる職人"


VERB_LED = re.compile(r"^[ぁ-ん]{1,4}[るうくすつむぶぐ](?=[一-龥ァ-ヶ])")  # "やる職人": a verb before whom it tells of


def with_workplace(words: str, said: str, of: bool = False) -> str:
    """Japanese words for a job with the workplace said before them: "開発" of "医療機器メーカーで開発の仕事がしたい" is
    "医療機器メーカーで開発" (the medical device maker's development, not any machine design); of: the workplace
    may be said with の ("冷凍食品の工場でライン作業をしています": the frozen-food plant's line work)."""
    if not is_japanese(words) or words.endswith(WORKERS):  # a name ("自動車検査員") says itself
        return words
    if VERB_LED.match(words) and (clause := with_object(words, said)) is not None:  # "…を専門にやる職人になりたい"
        return clause
    found = re.search(
        r"(?P<place>[^。！？、\sでにはがを" + ("" if of else "の") + r"]{2,20})で" + re.escape(words), said
    )
    return f"{found.group('place')}で{words}" if found and found.group("place") not in NO_PLACE else words


def worked_at(words: str, said: str) -> str:
    """The words for the person's own job with where they do it: "ライン作業" of "冷凍食品の工場でライン作業を
    しています" is the frozen-food plant's line work (not car assembly); English words as with_place reads them."""
    placed = with_place(words, said)  # Japanese work kept with its object: "段ボール箱を作る工場"
    # only work said generically ("ライン作業"): a name of a job ("社員食堂で調理補助") is placed by itself, its
    # workplace read as the job wanted (給食調理員) cost five routes of the tuning sets
    generic = is_japanese(placed) and GENERIC_WORK.search(placed) is not None
    return with_workplace(placed, said, of=True) if generic else placed


GENERIC_WORK = re.compile(r"(作業|業務|仕事)$")
WORKERS = ("員", "士", "師", "者", "工", "官", "手", "家")  # the endings of job names ("…検査員"), not "…する人"
NO_PLACE = frozenset(["自分", "一人", "ひとり", "個人", "自宅", "家", "在宅", "独学"])


# The items said right after the words for a job ("run the whole IT department, budgets, staff, strategy", "fly for
# an airline"): what the job is about, where the words alone say too little ("run the whole it department" read film
# editing, "fly" commercial pilots).
LISTED = re.compile(
    r"^(?:(?:,\s*| (?:for|at) (?:an? |the )?)[\w\- ]{2,20}){1,4}(?=[.!?]|$)"
    r"|^ and (?:actually |also |really |then )?[\w\- ]{2,40}(?=[.!?,]|$)"  # "…and actually arranging funerals"
    r"|^ (?:who|that) [\w\- ]{2,40}(?=[.!?,]|$)"  # "the inspectors | who check crops and shipments"
)


def with_list(text: str, words: str) -> str:
    """The words with the list said right after them in the text, if any."""
    said = text.casefold()
    at = said.find(words)
    more = LISTED.match(said[at + len(words) :]) if at >= 0 else None
    return words + more.group(0) if more else words
