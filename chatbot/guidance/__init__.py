"""Career guidance over the pages' numbers and links: which jobs suit a person (their words, interests and
schooling), what they would be missing to move from one job to another, and routes between jobs."""

from chatbot.guidance._adviser import Adviser
from chatbot.guidance._gap import Gap, GapRow
from chatbot.guidance._interests import describe, read_interests
from chatbot.guidance._match import Suggestion, suggest
from chatbot.guidance._paths import Hop, Route
from chatbot.guidance._profiles import JobProfile, Line, Profiles, Scored
from chatbot.guidance._schooling import schooling_limit

__all__ = [
    "Adviser",
    "Gap",
    "GapRow",
    "Hop",
    "JobProfile",
    "Route",
    "Scored",
    "Line",
    "Profiles",
    "Suggestion",
    "describe",
    "read_interests",
    "schooling_limit",
    "suggest",
]
