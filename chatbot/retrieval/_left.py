"""The job a person does now, named before work someone told them of or they describe: not the job asked about
("I've been a welder for 12 years… Someone mentioned teaching trade classes… What's that job like?")."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._foreground import SENTENCE, TOLD_BY, TOLD_OF, doing_now, named_in
from chatbot.text import fold, name_words

TOLD_WORK = re.compile(
    TOLD_BY  # or asked for by what it does: "I'm an RN… Is there a job where you teach nursing students…?"
    + r"|\b(is there|are there|there'?s|there is|what'?s|what is) (a|an|the|any) (job|role|career|position"
    r"|line of work)s? (where|that|in which)\b",
    re.IGNORECASE,
)
# …or described as other workers or work, in a question or just before one: "I'm a framing carpenter. Who are the
# people who look over the blueprints…?", "There are techs who test… What training do they have?", "what about fixing
# bulldozers…?" (not "I'd like to be the person who walks a site…", nor "…running buildings and the people who keep
# them going. I'd finish a bachelor's…": the person's wish, a request for jobs that suit)
DESCRIBED_WORK = re.compile(
    r"(?<!\bbe )(?<!\bbecome )\b(the|those|these|there are|there'?s) (\w+ ){0,2}?(people|persons?"
    r"|guys|folks|workers|techs?|technicians|ones|staff|crews?|managers|specialists|operators|women|men|ladies)\b"
    r"( (at|in|on|from) [\w' -]{1,40}?)?"
    r"( (who|that) (?!(are|were|is|was|do|does)\b)\w+| in charge of| responsible for)|\bwhat about (\w+ing)\b",
    re.IGNORECASE,
)
# A question asked last with no mark: "…the people at the ethanol plant who run the fermentation tanks, what do they do"
ASKED_LAST = re.compile(r"(^|,)\s*(what|how|which|who|where|do|does|is|are|can|could|would)\b[^,]*$", re.I)
# A field the person studied, named before the work they describe: "I have a chemistry degree but… There's a job
# where you sell lab or technical products…, right?" asks about the selling, not chemists.
STUDIED = re.compile(r"\bi (have|hold|got|earned|finished) an? [\w ]{0,25}degree\b|\bi (studied|majored in)\b", re.I)


def left(text: str, link: JobLink, strong: list[JobLink]) -> bool:
    """Whether the job named is the one the person does now and means to leave for work someone told them of or they
    describe, in a sentence after it: "I've been a welder for 12 years… Someone mentioned teaching trade classes…
    What's that job like?" asks about teaching. Or its name is the field they study, beside another job (studied)."""
    return studied(text, link, strong) or told_after(text, [link], strong) is not None


def told_after(text: str, links: list[JobLink], named: list[JobLink]) -> str | None:
    """The sentences after the one that names a job of these as the person's own, where they tell of the work asked
    about (left): what is searched for it, the own job's words left out ("I'm a framing carpenter. Who are the people
    who look over the blueprints and work out what a building project is going to cost?": Cost Estimators, not
    Construction Managers); None when no job of these is left so, or the work told names a job itself (NAMED)."""
    sentences = [part for part in SENTENCE.split(text) if part.strip()]
    told = [
        tells_work(sentences, n) and not any(named_in(part, link) for link in named) for n, part in enumerate(sentences)
    ]
    for link in links:
        said = [fold(link.matched) in fold(part) or named_in(part, link) for part in sentences]
        at = said.index(True) if True in said else None
        if at is None or (doing_now(sentences[at], [link]) != link.title and not STUDIED.search(sentences[at])):
            continue
        if any(told[n] and not said[n] for n in range(at + 1, len(sentences))):  # (the work told names no job)
            return " ".join(part.strip() for part in sentences[at + 1 :])
    # …or by words no page's name holds, first: "I run a CNC mill at a machine shop. What do the people who set up
    # and run lathes do?" (lathe operators, not woodworking machine tenders by the mill and the shop)
    first = sentences[0] if len(sentences) > 1 else "?"
    if TOLD_SELF.match(first) and not STUDYING.search(first) and "?" not in first:
        rest, own = " ".join(sentences[1:]), [link for link in named if link in links]
        found = any(tells_work(sentences, n) and described_first(sentences[n], own) for n in range(1, len(sentences)))
        if found and not INTO_IT.search(rest):
            return rest
    # …or workers a wish is likened to, before the question: "…working for the city, like the people who time
    # stoplights and count cars. what's the schooling like for that?" (not the city's words: dispatchers)
    liked = LIKENED.search(" ".join(sentences[:-1])) if len(sentences) > 1 and not named else None
    return liked.group("work") if liked else None


LIKENED = re.compile(
    r"\b(like|such as) (the|those) (\w+ )?(people|folks|guys|ones|workers|techs|persons?) (?P<work>(who|that) [^.?!]+)",
    re.IGNORECASE,
)


def tells_work(sentences: list[str], n: int) -> bool:
    """Whether sentence N tells of work someone told of or asked for (TOLD_WORK), or describes workers in a question
    or just before one (DESCRIBED_WORK)."""
    asking = [part.rstrip().endswith("?") or bool(ASKED_LAST.search(part)) for part in sentences[n : n + 2]]
    return bool(TOLD_WORK.search(sentences[n])) or (any(asking) and bool(DESCRIBED_WORK.search(sentences[n])))


def described_first(sentence: str, links: list[JobLink]) -> bool:
    """Whether the sentence tells of a worker (TOLD_WORK) before it names any of these jobs: "Is there a job where you
    take care of the actors' costumes?" names actors as part of the work told, "What does a forestry technician do,
    like the ones who map forest tracts…?" asks of the job it names first."""
    told = TOLD_WORK.search(sentence) or DESCRIBED_WORK.search(sentence)
    said = [fold(sentence).find(fold(link.matched)) for link in links if named_in(sentence, link)]
    return told is not None and all(at > told.start() for at in said)


# A first sentence that tells of the person ("I run a CNC mill…", "I love theater."); the sentences after it left to
# themselves unless they point back into it ("…department store windows… Who are the people that plan and set those
# up…?")
TOLD_SELF = re.compile(r"\s*(i|i'm|im|i've|i am|i have)\b", re.IGNORECASE)
# …but not what they study, which may be of the work asked ("I'm also taking a CAD class… the people who draw up plans")
STUDYING = re.compile(r"\b(class|classes|course|courses|degree|major|studying|study|school|college|program)\b", re.I)
INTO_IT = re.compile(r"\b(those|these|them)\b", re.IGNORECASE)


STUDY_AFTER = r"\s+(?:degree|major|minor|program|programme|course|courses|classes|coursework|diploma)s?\b"
STUDY_BEFORE = (  # "a degree in…", "studying…" (not "student")
    r"\b(?:(?:degrees?|majors?|bachelor'?s|master'?s|diploma|class(?:es)?|courses?|m[ai]nor\w*) in|stud(?:y|ying|ied))"
)


def studied(text: str, link: JobLink, strong: list[JobLink]) -> bool:
    """Whether the job's name is said as the field the person studies, beside another job named for sure: "I'm about
    to finish an environmental science degree and keep seeing postings for sustainability specialists" asks about
    the specialists, not environmental science teachers; or as the field they move into as some worker."""
    name, said = re.escape(fold(link.matched)), fold(text)
    moved = re.search(rf"\binto (?:the )?{name} as (?:an?|the) ((?:\w+ ?){{1,3}})", said)  # "into wind energy as a
    if moved and not set(name_words(moved.group(1))) & set(name_words(link.title)):  # turbine tech": not its engineers
        return True
    field = rf"{name}{STUDY_AFTER}|{STUDY_BEFORE} {name}\b"
    return any(other.title != link.title for other in strong) and re.search(field, said) is not None


TOLD_FLOOR, TOLD_SCORE = 0.15, 0.45  # a field word told of names its workers as surely as a name (STRONG_LINK)


def told_of(text: str, links: list[JobLink]) -> list[JobLink]:
    """The links, a weak one made sure where it is work someone told of by name and no name is said for sure: "she
    mentioned surveying — what's that job like?" asks about surveyors (a field word alone names them only weakly);
    "mentioned fitting hearing aids" names hearing aid specialists, "fitting" no fitters."""
    said = fold(text)
    if any(link.score >= TOLD_SCORE for link in links):
        return links
    return [
        link.model_copy(update={"score": TOLD_SCORE})
        if link.score >= TOLD_FLOOR and re.search(rf"\b{TOLD_OF} (an? |the )?{re.escape(fold(link.matched))}\b", said)
        else link
        for link in links
    ]
