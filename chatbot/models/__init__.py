"""The pydantic types passed between stages: pages, chunks, index records, questions, hits, citations, answers."""

from chatbot.models._answers import (
    Answer,
    CareerPath,
    Citation,
    Comparison,
    ComparisonRow,
    Hit,
    PathPosition,
    Retrieval,
)
from chatbot.models._guidance import (
    RIASEC_CODES,
    CareerRoute,
    GapRow,
    GapTable,
    InterestReading,
    JobMatch,
    Reason,
    RouteHop,
)
from chatbot.models._index import FileRecord, IndexReport, IndexStatus, Manifest, Problem, SeedChanges
from chatbot.models._pages import AptitudeRow, Chunk, JobEntry, JobPage, Section
from chatbot.models._question import ADVICE, Cue, DialogueAct, Intent, JobLink, Lang, Question, Scope, UnpagedMention

__all__ = [
    "ADVICE",
    "RouteHop",
    "Reason",
    "JobMatch",
    "InterestReading",
    "GapTable",
    "GapRow",
    "CareerRoute",
    "RIASEC_CODES",
    "Answer",
    "AptitudeRow",
    "CareerPath",
    "Chunk",
    "Citation",
    "Comparison",
    "ComparisonRow",
    "Cue",
    "DialogueAct",
    "FileRecord",
    "Hit",
    "IndexReport",
    "IndexStatus",
    "Intent",
    "JobEntry",
    "JobLink",
    "JobPage",
    "Lang",
    "Manifest",
    "PathPosition",
    "Problem",
    "Question",
    "Retrieval",
    "Scope",
    "SeedChanges",
    "Section",
    "UnpagedMention",
]
