"""The one vocabulary of section headings: a stable key per heading, the text pages use, and each heading's roles.

Pages and citations use a heading's text ("Career Path"); code uses its key ("career_path"), so renaming a
heading in the settings (CHATBOT_HEADINGS='{"work_values": "Values at Work"}') renames it everywhere: parsing,
chunking, intents, comparisons, labels. Roles: which headings identify a job, which answer each intent, which
hold the career path, names, related jobs, education, job zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from chatbot.models import Intent

# Headings of the three known sources, in page order: the seeds, O*NET and jobtag (see their SOURCE.md).
DEFAULT_HEADINGS: dict[str, str] = {
    "industry": "Industry & Occupation",
    "classification": "Classification",
    "summary": "Summary",
    "description": "Description",
    "tasks": "Tasks",
    "future_outlook": "Future Outlook",
    "personality_traits": "Personality Traits",
    "work_style": "Work Style",
    "career_path": "Career Path",
    "job_zone": "Job Zone",
    "education": "Education",
    "related_work_experience": "Related Work Experience",
    "on_site_training": "On-Site or In-Plant Training",
    "on_the_job_training": "On-the-Job Training",
    "employment_type": "Employment Type",
    "experience_before_entry": "Experience Before Entry",
    "training_before_entry": "Training Before Entry",
    "training_after_entry": "Training After Entry",
    "required_skills": "Required Skills",
    "recommended_skills": "Recommended Skills",
    "technology_skills": "Technology Skills",
    "knowledge": "Knowledge",
    "abilities": "Abilities",
    "work_activities": "Work Activities",
    "interests": "Interests",
    "work_values": "Work Values",
    "aptitudes_strengths": "Aptitudes (Strengths Preferred)",
    "aptitudes_weaknesses": "Aptitudes (Weaknesses Acceptable)",
    "related_qualifications": "Related Qualifications",
    "related_organizations": "Related Organizations",
    "reported_job_titles": "Reported Job Titles",
    "aliases": "Aliases",
    "related_jobs": "Related Jobs",
    "tags": "Tags",
    "keywords": "Keywords",
    "source": "Source",
}

# The headings that answer each intent, best first, across the seeds, O*NET and jobtag.
INTENT_KEYS: dict[Intent, tuple[str, ...]] = {
    Intent.BECOME: (
        "career_path",
        "job_zone",
        "education",
        "training_before_entry",
        "experience_before_entry",
        "related_work_experience",
        "on_the_job_training",
        "on_site_training",
        "training_after_entry",
        "related_qualifications",
    ),
    Intent.WORK: ("summary", "description", "tasks", "work_activities"),
    Intent.SKILLS: ("required_skills", "recommended_skills", "knowledge", "abilities", "technology_skills"),
    Intent.QUALIFICATIONS: ("related_qualifications", "job_zone", "career_path", "education"),
    # jobtag pages tell of the demand for the work in their Work Style ("将来にわたって一定の需要が見込まれる")
    Intent.OUTLOOK: ("future_outlook", "work_style"),
    Intent.PERSONALITY: (
        "personality_traits",
        "aptitudes_strengths",
        "aptitudes_weaknesses",
        "interests",
        "work_values",
    ),
    Intent.WORK_STYLE: ("work_style", "employment_type", "work_values"),
    Intent.RELATED: ("related_jobs", "aliases", "reported_job_titles", "related_organizations"),
    Intent.COMPARE: ("summary", "description", "career_path", "job_zone", "required_skills", "work_style"),
    # Advice reads the pages' scores and lines itself (chatbot.guidance); these are what a plain search would use.
    Intent.MATCH: ("summary", "description", "tasks", "interests"),
    Intent.GAP: ("required_skills", "knowledge", "education", "job_zone", "related_qualifications"),
    Intent.PATH: ("career_path", "related_jobs", "job_zone"),
}
# What the job is: the sections whose words describe a job rather than one aspect of it.
IDENTITY_KEYS = ("summary", "description", "tasks", "aliases", "reported_job_titles")


class Headings:
    """The heading vocabulary of one configuration: key <-> text, and the texts of each role."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)  # key -> text as pages write it
        self.keys = {text: key for key, text in self.names.items()}

    @property
    def texts(self) -> list[str]:
        """Every known heading text, in page order."""
        return list(self.names.values())

    def text(self, key: str) -> str:
        """The text of a heading key: "career_path" -> "Career Path" ("" when the configuration dropped it)."""
        return self.names.get(key, "")

    def texts_of(self, keys: Iterable[str]) -> list[str]:
        """The texts of these keys, in order, leaving out keys the configuration dropped."""
        return [self.names[key] for key in keys if key in self.names]

    def key_of(self, text: str) -> str | None:
        """The key of a heading text, or None for a heading not in the vocabulary."""
        return self.keys.get(text)

    def for_intent(self, intent: Intent) -> list[str]:
        """The headings that answer an intent, best first: BECOME -> ["Career Path", "Job Zone", ...]."""
        return self.texts_of(INTENT_KEYS[intent])

    @property
    def identity(self) -> frozenset[str]:
        """The headings that say what a job is (summary, description, tasks, its names)."""
        return frozenset(self.texts_of(IDENTITY_KEYS))


@lru_cache(maxsize=8)
def _vocabulary(items: tuple[tuple[str, str], ...]) -> Headings:
    return Headings(dict(items))


def headings_of(names: Mapping[str, str]) -> Headings:
    """The vocabulary of a settings' headings mapping (cached: one per configuration)."""
    return _vocabulary(tuple(names.items()))
