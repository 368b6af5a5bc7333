"""The jobs a question may be about, scored: by link, by the rank-fused evidence of their identity chunks and by how
many of its words their page uses.

    LINK * link of j + EVIDENCE * evidence of j + COVERAGE * coverage of j

Tried and not kept (docs/benchmarks.md, forty-second session): for a job described rather than named, the closeness
of its work (the mean cosine of its three closest identity chunks, as chatbot.retrieval._suits matches a person)
beside the evidence. Of the 530 English opening turns of the dialogue tuning sets that name no job it put the right
job first for 438 against 428, but over every turn of those sets it scored 7,363 against 7,366. Tried again in the
fifty-ninth session with matching's own ranking (`Suitability.rank`, whose first job was right for 384 of the 471
English paraphrase turns of the dialogue tuning sets against 361 for this ranking) added to the candidates' scores of
an English question that names no job: 0.5 of its scaled score cost 4 turns over the tuning sets, 1.0 cost 11; only
for a new question describing the job (`Cue.WHICH_JOB`), 3 and 10; the fresh tune116 and tune117 moved by none. Its
right jobs were mostly there already, as a second or third candidate, which the added score crowded out.
"""

from __future__ import annotations

import numpy as np

from chatbot.models import JobLink
from chatbot.retrieval._fusion import top_rows
from chatbot.retrieval._jobs import JobRows

LINK, EVIDENCE, COVERAGE, CANDIDATE_JOBS = 2.0, 1.0, 1.0, 5


def candidate_scores(
    jobs: JobRows,
    evidence: np.ndarray,
    found: list[JobLink],
    compared: list[JobLink],
    focus: list[int],
    asked: list[str],
) -> dict[int, float]:
    """Candidate jobs (those in focus, linked, or owning the best identity chunks) scored by link, evidence and how
    many of the question's words their page uses. Every link counts by how sure it is; compared jobs alike."""
    titles = jobs.titles
    scores = {titles[link.title]: LINK * link.score for link in found}
    scores.update((titles[link.title], LINK * compared[0].score) for link in compared)
    scores.update((job, scores.get(job, 0.0)) for job in focus)
    for row in top_rows(evidence, 50):
        scores.setdefault(int(jobs.job_of[row]), 0.0)
    total = {
        job: scores[job] + EVIDENCE * jobs.evidence(job, evidence) + COVERAGE * jobs.coverage(job, asked)
        for job in scores
    }
    return dict(sorted(total.items(), key=lambda pair: -pair[1])[:CANDIDATE_JOBS])
