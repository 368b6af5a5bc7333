"""Which jobs suit a person: the pages whose work matches what they said, leaning to those whose interest scores
match theirs, within the schooling they will do; each with the lines of its page that make it a match.

score = TEXT * (the page's match with their words, scaled to the best) + INTERESTS * (how their RIASEC reading
correlates with the job's scores). With no words (only the interest sliders) the interests decide alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from chatbot.guidance._anchor import Candidate, Scored, anchored, group
from chatbot.guidance._likes import likes
from chatbot.guidance._profiles import RIASEC, JobProfile, Line, Profiles
from chatbot.guidance._roles import UNWANTED, role_weight
from chatbot.guidance._schooling import schooling_floor
from chatbot.guidance._suited import LEARNED, LEARNED_JA, voted
from chatbot.models import Lang
from chatbot.retrieval import Retriever
from chatbot.text import is_japanese, term_set, terms, with_page_words

TEXT, INTERESTS = 1.0, 0.3  # tuned on tests/eval/guidance_tune.jsonl (docs/benchmarks.md "Career guidance")
# Interests read from English words, beside the words themselves: a tie-breaker between pages the words fit alike
# ("cutting my friends' hair": barbers, not cutters of cloth). English P@5, mean of guidance_tune..tune24: 0 0.628,
# 0.05 0.632, 0.1 0.636 (14 sets up, 5 down), 0.15 0.635, 0.2 0.631, 0.3 (INTERESTS) worse on guidance_tune alone.
READ_EN = 0.1
CANDIDATES = 60  # jobs whose pages best match the words, re-ranked by interests and filtered by schooling
MAX_WORD_LINES = 3
# A schooling limit read from words is a reading that can be wrong or loose (jobtag's zones come from the schooling
# most workers have, not from what the job requires): a job beyond it is weighed down per zone, not dropped. Match
# P@5 over guidance_tune..tune12: dropped 0.636, 0.5 0.646, 0.7 0.647, 0.85 0.643 (the gain is Japanese: 0.616 ->
# 0.640). A limit the person set with the slider is a filter they chose: there jobs beyond it are dropped.
# Graduate or professional school welcomed ("I'd go on to a master's"): a job needing less is weighed down the same
# way per zone below. Match P@5, English, guidance_tune..tune12 / tune13+14: 0.668 / 0.529 without, 0.670 / 0.547
# at 0.85, 0.670 / 0.553 at 0.7 (and 0.5).
BEYOND = 0.7
# A job the best-matching jobs' pages relate to (Related Jobs, both ways) is a likelier fit than one alone among
# them: a field the words point at, not one stray line ("Paperhangers" among artists). Each candidate gains SUPPORT
# times the mean match of the SUPPORTERS best jobs it is related to. Match P@5, English, guidance_tune..12 (less 13,
# 14) / tune13-15 (fresh): none 0.652 / 0.526, 0.5 over 10 0.680 / 0.563, 1 over 10 0.665 / 0.552, 1.5 0.658 /
# 0.541, 3 0.612 / 0.478; 1 over 5 0.640 / 0.504, over 20 0.672 / 0.533. Japanese pages list no related jobs: there
# the job graph's hops stand in (the jobs a career path names, the closest profiles and described work: see
# chatbot.guidance._paths); Japanese P@5, guidance_tune..16 less 13, 14 / tune13-16: 0.621 / 0.469 -> 0.667 / 0.491.
SUPPORT, SUPPORTERS = 0.5, 10
# The closeness of what was said to the words of the people each job suited (chatbot.guidance._worded), times the
# best candidate's score, is added last, the first keeping its lead (reworded): English / Japanese P@5 over the
# guidance tuning sets, six folds by set, 0.669 / 0.696 without, 0.712 / 0.744 at 2, 0.719 / 0.753 at 3, 0.713 /
# 0.758 at 5, 0.705 / 0.759 at 8. With the bank at 3,761 requests (bench/suited.py, set-wise, 8 neighbours), English
# 3 0.7318, 4.5 0.7367, 6 0.7359; Japanese 5 0.7409, 7 0.7405. At 5,841, 4.5 / 5 0.7488 / 0.7479, 6 / 7 0.7487 / 0.7470.
WORDED, WORDED_JA = 4.5, 5.0
Related = Callable[[str], frozenset[str]]  # a job -> the jobs related to it
Votes = Callable[[str, set[str]], dict[str, float]]  # what was said, the jobs allowed -> their votes (best 1)
Heard = Callable[[str, list[str]], dict[str, float]]  # what was said, jobs -> closeness to their suited people's words


@dataclass
class Suggestion:
    """One suggested job, its score and what supports it."""

    job: str
    score: float
    interest: float | None  # the correlation of the person's interests with the job's (None: not compared)
    shared: list[str] = field(default_factory=list)  # RIASEC codes high for both
    words: list[Line] = field(default_factory=list)  # lines of the page that say what the person said
    interests: list[Line] = field(default_factory=list)  # the job's scores for the shared interests
    preparation: Line | None = None  # its job zone, or the schooling most of its workers have
    scored: bool = True  # False: the page scores no interests (a seed page): matched on its words only
    beyond: bool = False  # its preparation is more than the schooling the person said they would do


def suggest(
    text: str,
    interests: dict[str, float],
    limit: int | None,
    retriever: Retriever,
    profiles: Profiles,
    count: int = 5,
    explicit: bool = False,
    lang: Lang | None = None,
    related: Related | None = None,
    own: str | None = None,
    votes: Votes | None = None,
    worded: Heard | None = None,
) -> list[Suggestion]:
    """The count best jobs for what a person said (text), their RIASEC reading and their schooling limit (the
    highest job zone they will train for; None: any). Pages in the language they wrote in.

    Args:
        explicit: the interests were set by the person (the sliders), not read from their words: they then count
            beside the words; read from English words, they only explain the suggestions (counting them would count
            the same words twice: measured, P@5 0.815 without against 0.738 with on the tuning set); read from
            Japanese words, they count (the words are matched by terms alone there).
        lang: whose pages to rank (None: the language of the text); the sliders alone have no text to tell.
        related: the jobs each job is related to (None: its pages' Related Jobs, both ways).
        own: the job the person does now ("Carpenter for 14 years…"): weighed as one they do not want, since what
            they ask for is where else they could go.
        votes: what suited people who said alike (chatbot.guidance._suited; None: nothing learned is asked).
        worded: how close what was said is to the words of the people each job suited (chatbot.guidance._worded;
            None: not asked).
    """
    jobs = profiles.titles(lang or ("ja" if is_japanese(text) else "en"))
    said, against = likes(text)
    floor = None if explicit else schooling_floor(text)
    read = with_page_words(said) if said.strip() else ""  # what both the pages and the people alike are matched on
    words = retriever.suitability.rank(read, jobs, CANDIDATES) if read else {}
    best = max(words.values(), default=0.0) or 1.0
    learned = voted(votes(read, set(jobs)), words) if votes is not None and read else {}
    words = supported(words, related or (lambda title: profiles.linked.get(title, frozenset())))
    # Interests read from English words count them twice, so only a little (READ_EN); Japanese words are matched by
    # their terms alone (the model cannot read them), and there the interests they read add what the terms miss: JA
    # P@5 on guidance_tune9-13, 0.300/0.517/0.550/0.450/0.600 -> 0.350/0.517/0.567/0.500/0.633 (0.6 instead: worse)
    weight = INTERESTS if explicit or not words or is_japanese(text) else READ_EN
    pool = list(dict.fromkeys([*words, *learned])) or jobs
    share = LEARNED_JA if is_japanese(said) else LEARNED
    found: list[Candidate] = []
    for title in pool:
        job = profiles.get(title)
        over = beyond(job, limit)
        if over is None or (over and explicit):
            continue  # with a schooling limit, a page that says nothing of its preparation cannot be shown to fit
        fit = correlation(interests, job) if interests and job.scored else None
        mine = UNWANTED if title == own else role_weight(title, said, against)
        score = (TEXT * words.get(title, 0.0) / best + share * learned.get(title, 0.0)) * mine + weight * (fit or 0.0)
        found.append((score, BEYOND ** (over + below(job, floor)), title, fit, over > 0))
    entries = profiles.library.jobs  # read only for the candidates the second look weighs (none without words)
    ranked = anchored(
        found, retriever.near if words else None, lambda title: group(getattr(entries.get(title), "code", None))
    )
    if worded is not None and words and ranked:
        close = worded(text, [title for _, title, _, _ in ranked])
        ranked = reworded(ranked, close, WORDED_JA if is_japanese(text) else WORDED)
    return [explain(profiles.get(title), score, fit, said, interests, far) for score, title, fit, far in ranked[:count]]


def supported(words: dict[str, float], related: Related) -> dict[str, float]:
    """The jobs' matches with the support of the best jobs related to each (see SUPPORT), best first; the best
    by the words alone gains the most any job gains, so keeps its lead."""
    top = list(words)[:SUPPORTERS]
    gained = {}
    for title, score in words.items():
        near = related(title)  # once per job, not once per supporter (a Japanese job's is read off the graph)
        gained[title] = score + SUPPORT * sum(words[other] for other in top if other in near) / SUPPORTERS
    if top:  # the job closest by the words keeps its lead: "ゲームを作る仕事" is ゲームクリエーター before プログラマー
        gained[top[0]] = words[top[0]] + max(gained[title] - words[title] for title in words)
    return dict(sorted(gained.items(), key=lambda pair: -pair[1]))


def reworded(ranked: list[Scored], close: dict[str, float], weight: float) -> list[Scored]:
    """The ranked candidates again, each score raised by weight times its closeness to the words of the people its
    job suited (see WORDED) times the best score: a share of the lead, whatever the scale of the scores. The first
    keeps its lead (it gains the most any job gains), as it does against the votes (_suited.voted): a question that
    describes one job is answered by its first suggestion ("ケーキ屋さんで…ケーキ作る人って実際どんな作業してるの？":
    パティシエ, not the パン職人 people who like baking were also suited by). Kept, P@5 over the six folds is lower by
    0.005 (English) and 0.011 (Japanese); not kept, held-out dialogues lost ten turns (two gained) of that kind."""
    best = max(ranked[0][0], 0.0)
    gain = {title: weight * best * close.get(title, 0.0) for _, title, _, _ in ranked}
    gain[ranked[0][1]] = max(gain.values())
    again = [(score + gain[title], title, fit, far) for score, title, fit, far in ranked]
    return sorted(again, key=lambda item: -item[0])


def below(job: JobProfile, floor: int | None) -> int:
    """How many job zones the job's preparation is below the schooling the person aims at (0 with no aim)."""
    return 0 if floor is None or job.zone is None else max(0, floor - round(job.zone.score))


def beyond(job: JobProfile, limit: int | None) -> int | None:
    """How many job zones the job's preparation is above the schooling limit (0 within it or with no limit; None:
    a limit, and the page says nothing of its preparation)."""
    if limit is None:
        return 0
    return None if job.zone is None else max(0, round(job.zone.score) - limit)


def correlation(person: dict[str, float], job: JobProfile) -> float:
    """Pearson correlation of the person's six interest levels with the job's (missing scales count 0)."""
    mine = [person.get(code, 0.0) for code in RIASEC]
    theirs = [job.interests[code].score if code in job.interests else 0.0 for code in RIASEC]
    return pearson(mine, theirs)


def pearson(a: list[float], b: list[float]) -> float:
    """Correlation of two equal-length lists (0 when either is flat)."""
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    da, db = [x - mean_a for x in a], [y - mean_b for y in b]
    norm = math.sqrt(sum(x * x for x in da) * sum(y * y for y in db))
    return sum(x * y for x, y in zip(da, db, strict=True)) / norm if norm else 0.0


def explain(
    job: JobProfile, score: float, fit: float | None, text: str, interests: dict[str, float], far: bool = False
) -> Suggestion:
    """The reasons for one suggestion: matching lines, shared interests, preparation (far: more than the schooling
    the person said they would do)."""
    suggestion = Suggestion(job=job.title, score=round(score, 4), interest=fit, scored=job.scored, beyond=far)
    suggestion.words = matching_lines(job, text)
    if job.scored and interests:
        theirs = sorted(job.interests.values(), key=lambda s: -s.score)[:3]
        suggestion.shared = [s.name for s in theirs if interests.get(s.name, 0.0) >= 0.5]
        suggestion.interests = [s.line for s in theirs if s.name in suggestion.shared]
    suggestion.preparation = job.zone.line if job.zone else None
    return suggestion


def matching_lines(job: JobProfile, text: str) -> list[Line]:
    """Up to three lines of what the work is that share the most words with what the person said."""
    said = set(terms(text))
    scored = [(len(said & term_set(line.quote)), -n, line) for n, line in enumerate(job.identity)]
    return [line for hits, _, line in sorted(scored, key=lambda item: item[:2], reverse=True) if hits][:MAX_WORD_LINES]
