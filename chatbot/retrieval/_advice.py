"""Questions that ask for advice, not for a page: which jobs suit me (MATCH), what would I be missing to move from
my job to another (GAP), how do I get from one job to another (PATH)."""

from __future__ import annotations

import re

from chatbot.models import Intent
from chatbot.text import is_japanese

MATCH = re.compile(
    r"\b(which|what) (kinds? of |sorts? of |other )?(jobs?|careers?|occupations?|work|roles?|professions?)\b"
    r".{0,80}\b(suit|fit|match|for me|would (i|be|let me|suit)|should i|could i|can i|let me|are (best|good|right)"
    r"|are (mostly|all) about|involve)"
    r"|\b(suits?|fits?) me\b|\bwhat should i (do|become|be)\b|\bcareer (ideas|options|suggestions|advice)\b"
    r"|\b(i'?d|i would) (love|like) (a|to have a|to find a) (career|job)\b"
    r"|\bi want (a|to spend my) (career|job|working)"
    r"|\bget paid (for|to)\b|\bmake (it|this) (a|my) (career|job)\b"
    r"|向いている仕事|向いてる仕事|合う仕事|合った仕事|どんな仕事が(いい|向い|合)|仕事(に|には)(は)?どんなもの"
    r"|どんな(仕事|職業)があ|仕事を(教えて|知りたい)|仕事がしたい|働ける仕事|関われる仕事"
    r"|仕事はありますか|仕事ってありますか"
)
SELF = re.compile(r"\b(i|i'm|im|i am|i've|my|me)\b|私|僕|自分|わたし|好き|得意|興味")
# Asking outright for jobs that suit: whatever jobs the words happen to name ("a job built around sport").
ASKS_FOR_JOBS = re.compile(
    r"\bi (want|need|would like|'d like) (a|to find a|to have a) (job|career|profession)\b"
    r"|\b(which|what) (jobs?|careers?|occupations?)\b.{0,60}\b(suit|fit|match|let me|for me)\b"
    r"|仕事を(教えて|知りたい)|どんな(仕事|職業)があ|仕事(に|には)(は)?どんなもの|向いている仕事|合う仕事"
)
# What a person says of themselves: likes, strengths, wishes ("I love growing things", "手先は器用なほうで").
PREFERENCE = re.compile(
    r"\bi (really )?(love|like|enjoy|adore)\b|\bi'?m (good|great|strong|happiest|passionate|patient|methodical)\b"
    r"|\bmy (passion|thing|whole life)\b|\bi want to (work|help|build|design|spend|be|do|look after|protect|make)\b"
    r"|\bi'?d (like|love|rather) (to )?\w+|\bi (spend|grew up|play|train|sketch|write|volunteer)\b"
    r"|\bi'?m (physically|very|a very)\b|\bi'?m an? (patient|good|great|natural|keen|careful|calm)\b"
    r"|\bi find \w+ (fascinating|interesting|rewarding)\b|\bi (can'?t|cannot|could) (do|afford|manage)\b"
    r"|\bi'?m (prepared|willing|happy|ready) to\b"
    r"|好き|得意|興味があ|器用|自信があ|働きたい|(し|き|り|れ|け|せ|え)たいです"
)
MIN_PREFERENCES = 2
SENTENCE = re.compile(r"(?<=[.!?。？！])\s*")
GAP = re.compile(
    r"\bwhat (would|will|do|does|should) i (still |also )?need\b|\bwhat am i missing\b|\bmissing\b|\bgaps?\b"
    r"|\bwhat else (would|do|will) i need\b|\bwhat (do|would) i (have|need) to (add|learn|get)\b|\bcarr(y|ies) over\b"
    r"|\bwhat (more|else) would\b|\bseparates? me\b|\black(ing)?\b|\bdon'?t i have\b|\bwould it take\b"
    r"|\bskills? should i\b|\bworking on\b|\bbecom|\bmake (it as )?(an? )?\w+\b|\bstep up\b|\bmove (up|into|on)\b"
    r"|\bpracti[cs]e as\b|\bwork as\b"
    r"|足りない|不足|何が必要|必要ですか|何を(身につけ|学べ|勉強す)|必要なもの|活かせる|なるには|なりたい|目指|ステップアップ"
)
PATH = re.compile(
    r"\bget from\b|\b(route|path|ladder|way) (up )?(from|to)\b|\bwork (my|your|one's) way\b|\bstepping[- ]stones?\b"
    r"|\bintermediate (jobs?|steps?|roles?)\b|\bstep by step\b|\bmove (over )?(toward|towards)\b"
    r"|\bthrough which jobs\b|\bwhich jobs could (take|lead)\b"
    r"|までの(道|道筋|ルート)|(道筋|ルート|経路)|から.{1,30}(へ|に)(進|移|転職)"
)
# The words for the person's own job and for the job they want, when no page name is found in them for sure
# ("I'm a line cook ... step up to head chef"): Retriever.placed finds the pages that fit them best.
END = (
    r"(?= i\b| i'm\b| at\b| in\b| for\b| and\b| with\b| who\b| but\b| myself\b| one day\b| what\b| someday\b"
    r"|[.,;:!?]|$)"
)
OWN_WORDS = [
    re.compile(
        r"\bi(?:'m| am) (?:currently |now |still )?(?:an? |the )(?:licensed |qualified |certified )?"
        r"(?P<w>[\w\- ]{3,40}?)" + END
    ),
    re.compile(r"\bi(?:'m| am)? ?(?:currently )?work(?:ing)? as (?:an? |the )?(?P<w>[\w\- ]{3,40}?)" + END),
    re.compile(r"\byears? (?:as|working as) (?:an? |the )?(?P<w>[\w\- ]{3,40}?)" + END),
    re.compile(r"\bi (?P<w>(?!want|like|love|would|need)\w+ [\w\- ]{2,30}?) for a living\b"),
    re.compile(
        r"(?P<w>[^、。でにはをがも\s]{2,15}?)(?:さん)?(?:として働|をしています|をして(?:い|お)|の仕事をして|歴)"
    ),
    re.compile(r"(?P<w>[^、。でにはをがも\s]{2,15}?)から(?=[^、。]{2,20}?(?:になる|への転職|に転職|を目指|に進|へ進))"),
]
TARGET_WORDS = [
    re.compile(
        r"\b(?:become|becoming|make|step up to|move up to|moving (?:up )?(?:in)?to|move into|switch(?:ing)? to|to being"
        r"|to working as|to|into) (?:an? |the )?(?P<w>[\w\- ]{3,50}?)" + END
    ),
    re.compile(
        r"(?P<w>[^、。でにはをがも\s]{2,20}?)(?:になるには|になりたい|として独立|を目指|への(?:転職|ステップアップ))"
    ),
]
FROM_TO = re.compile(r"\bfrom (an? |the |being (an? )?)?(?P<origin>.{3,60}?) to (becoming |being |working as )?(an? )?")


def advice_intent(
    text: str, named: list[str], background: list[str], own: str | None = None, wanted: str | None = None
) -> tuple[Intent | None, str | None]:
    """Whether a question asks for advice, and from which job (the origin of a gap or path).

    "I'm a registered nurse. What would I need to become a physician assistant?" -> (GAP, "Registered Nurses");
    "how do I get from electrician to electrical engineer?" -> (PATH, "Electricians");
    "I love animals and I'm good at science. Which careers would suit me?" -> (MATCH, None).

    Args:
        own, wanted: the words naming the person's job and the job wanted (own_words, target_words), which may
            name no page for sure yet ("line cook"); a gap or path needs them or named jobs.
    """
    said = text.casefold()
    origin = background[0] if background else None
    if origin is None and len(named) >= 2 and FROM_TO.search(said):
        origin = named[0]  # "from electrician to electrical engineer": the first named is where the person is
    targets = [job for job in named if job != origin]
    wants = bool(targets) or wanted is not None
    if PATH.search(said) and wants:
        return Intent.PATH, origin
    asked = [part for part in SENTENCE.split(said) if part.strip()][-1:] or [said]  # what the last sentence asks
    placed = origin is not None or own is not None
    if placed and len(targets) <= 1 + (origin is None) and wants and GAP.search(asked[0]):
        return Intent.GAP, origin
    if origin is None and (ASKS_FOR_JOBS.search(said) or describes_self(said, bool(targets))):
        return Intent.MATCH, None
    return None, None


def own_words(text: str) -> str | None:
    """The words a question uses for the person's own job: "I'm a line cook at a busy restaurant" -> "line cook";
    "from electrician to electrical engineer" -> "electrician"."""
    said = text.casefold()
    found = FROM_TO.search(said)
    return first_slot(OWN_WORDS, said) or (plain_slot(found.group("origin")) if found else None)


def target_words(text: str) -> str | None:
    """The words a question uses for the job wanted: "... step up to head chef?" -> "head chef"; of a from-to
    question, the words after "to"."""
    said = text.casefold()
    found = FROM_TO.search(said)
    after = SLOT.match(said[found.end() :]) if found else None
    return (plain_slot(after.group("w")) if after else None) or first_slot(TARGET_WORDS, said)


def first_slot(patterns: list[re.Pattern[str]], said: str) -> str | None:
    """The first slot the patterns find, the earliest in the text for each pattern in turn."""
    for pattern in patterns:
        for found in pattern.finditer(said):
            words = plain_slot(found.group("w"))
            if words:
                return words
    return None


def plain_slot(words: str) -> str | None:
    """A slot's words without the verbs and articles before the job ("become an elementary school teacher"), None
    when nothing but filler is left ("there")."""
    words = LEAD.sub("", words.strip()).strip().split("から")[-1]  # "看護師から保健師": the wanted job
    return words if words and words not in SLOT_NOISE and not NOT_A_JOB.match(words) else None


SLOT = re.compile(r"(?P<w>[\w\- ]{3,50}?)" + END)
LEAD = re.compile(r"^((become|becoming|being|be|make|step up to|move up to|moving into|working as|work as|an?|the) )+")
SLOT_NOISE = frozenset(["job", "career", "jobs", "careers", "it", "me", "that", "this", "there", "here", "one"])
# "I'm a big fan of animals", "I'm a patient listener": words about the person, not their job.
NOT_A_JOB = re.compile(
    r"^(big|huge|real|good|great|patient|quick|fast|slow|keen|bit|little|lot|people|person|student|parent|mum|mom"
    r"|dad|fan|natural|very|really|total|team player|beginner|newbie|complete)\b"
)


def describes_self(said: str, names_jobs: bool) -> bool:
    """Whether the person describes what they like and want rather than asking about a job: "I'd like to work
    outdoors with plants and soil" (and, naming no job, "I love animals: which careers suit me?")."""
    if len(PREFERENCE.findall(said)) >= MIN_PREFERENCES and not (names_jobs and "?" in said):
        return True
    return not names_jobs and MATCH.search(said) is not None and (SELF.search(said) is not None or is_japanese(said))
