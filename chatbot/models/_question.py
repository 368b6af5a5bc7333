"""One question as analysed once per turn: language, intent, the jobs it names, its place in the conversation."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["en", "ja"]


class Intent(StrEnum):
    """What a question asks about a job."""

    BECOME = "become"  # how to get into the job: career path, education, training, experience
    WORK = "work"  # what the work is: summary, description, tasks
    SKILLS = "skills"  # required and recommended skills, knowledge, abilities
    QUALIFICATIONS = "qualifications"  # licences and certificates
    OUTLOOK = "outlook"  # future outlook and demand
    PERSONALITY = "personality"  # personality traits, aptitudes, interests, values
    WORK_STYLE = "work_style"  # working conditions, hours, employment type
    RELATED = "related"  # related jobs, other names
    COMPARE = "compare"  # two or more jobs side by side
    MATCH = "match"  # which jobs suit the person: "I love animals and science: what suits me?"
    GAP = "gap"  # what the person would be missing to move from their job to another
    PATH = "path"  # how to get from one job to another, through which jobs


ADVICE = (Intent.MATCH, Intent.GAP, Intent.PATH)  # the intents answered by the adviser, not by a page's sections


class DialogueAct(StrEnum):
    """How a turn relates to the conversation before it."""

    NEW = "new"  # a fresh question
    SAME_TOPIC_OTHER_JOB = "same_topic_other_job"  # "same question for electricians", "薬剤師はどうですか？"
    OTHER_TOPIC_SAME_JOB = "other_topic_same_job"  # "what personality suits it?"
    CONTINUATION = "continuation"  # "and after that?", "the step before that?", "tell me more"
    COMPARE = "compare"  # over the jobs in focus: "which of the two needs more schooling?"
    RETURN = "return"  # back to an earlier job: "going back to pharmacists, ..."
    SMALL_TALK = "small_talk"
    OFF_TOPIC = "off_topic"


class Cue(StrEnum):
    """Words that tie a question to what was said before (chatbot/retrieval/_cues.py finds them)."""

    REFERS_BACK = "refers_back"  # "its", "that", "both", "その"
    ELLIPTICAL = "elliptical"  # "and the plumber?", "薬剤師は？", "薬剤師はどうですか？"
    SAME_AGAIN = "same_again"  # "same question for electricians"
    BOTH = "both"  # "which of the two", "どちら"
    BACK = "back"  # "going back to pharmacists"
    FIRST = "first"  # "the first one we discussed"
    NEXT = "next"  # "and after that?", "the next step up"
    BEFORE = "before"  # "the step before that one"
    MORE = "more"  # "tell me more", "詳しく"
    WHICH_JOB = "which_job"  # asks which job fits a description: "who fixes cars for a living?", "どんな仕事"
    ANOTHER = "another"  # tells of another job by its work: "my uncle keeps pushing me to sell insurance"
    FRESH = "fresh"  # leaves the jobs talked of: "Different question: …", "ぜんぜん違うんですけど、…"


class Scope(StrEnum):
    """Whether a question is about what the pages cover."""

    JOBS = "jobs"  # about jobs, as the pages describe them
    PAY = "pay"  # pay, salary, earnings: no page covers them
    OPENINGS = "openings"  # job openings, vacancies, local hiring: no page lists them
    EMPLOYERS = "employers"  # particular companies: which is better to work for, is one a good employer
    OFF_TOPIC = "off_topic"  # not about jobs at all: weather, jokes, instructions to ignore the rules


class JobLink(BaseModel):
    """A job a question names: its title, source file, how sure the link is (0..1) and the name that matched."""

    model_config = ConfigDict(frozen=True)

    title: str
    source: str
    score: float
    matched: str


class UnpagedMention(BaseModel):
    """A job the question names that has no page of its own but is listed under other pages' Related Jobs."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="The name as the listing page writes it.")
    matched: str = Field(description="The words of the question that named it.")
    listed_by: list[str] = Field(description="Titles of the jobs that list it.")


class Question(BaseModel):
    """One turn's question, analysed once at the top of the turn and passed down to retrieval and answering.

    The first group is what the words say; the second how the turn relates to the conversation (filled in when
    the dialogue resolves it). "what skills does that need?" after a turn about Ward Mayor: intent SKILLS, no job
    named, jobs ["Ward Mayor (Tokyo Special Wards)"], standalone "What skills does Ward Mayor ... need?".
    """

    model_config = ConfigDict(frozen=True)

    raw: str = Field(description="As typed.")
    text: str = Field(description="One line of printable text, typos corrected: what every stage reads.")
    typed: str | None = Field(None, description="The clean text before its typos were corrected (None: none were).")
    lang: Lang = "en"
    small_talk: bool = Field(False, description="A greeting, thanks or no words: nothing to look up.")
    intent: Intent | None = None
    inferred: bool = Field(False, description="Intent or scope came from the nearest labelled examples, not cue words.")
    hinted: list[str] = Field(default_factory=list, description="Headings the question's words point at.")
    links: list[JobLink] = Field(default_factory=list, description="Jobs the text names, best first (up to 5).")
    named: list[str] = Field(default_factory=list, description="Jobs the question names itself, in its order.")
    background: list[str] = Field(
        default_factory=list, description="Jobs named only as where the person stands ('I'm a nurse. ...')."
    )
    aside: list[JobLink] = Field(
        default_factory=list, description="Jobs named as whom a described job works with ('who fit actors into…')."
    )
    mention: str | None = Field(None, description="The words in the slot where a question names its job.")
    names_other: bool = Field(False, description="It seems to name a job no page matches well ('a nurse').")
    unpaged: list[UnpagedMention] = Field(default_factory=list)
    cues: list[Cue] = Field(default_factory=list, description="Words that tie it to the conversation before it.")
    scope: Scope = Scope.JOBS
    act: DialogueAct = DialogueAct.NEW
    jobs: list[str] = Field(default_factory=list, description="Jobs the turn is about; [] searches every job.")
    standalone: str = Field("", description="The question with its references filled in: what is searched.")
    step: int | None = Field(None, description="The career-path step asked about (a follow-up along the path).")
    topic: Intent | None = Field(None, description="What a comparison compares ('which needs more schooling': BECOME).")
    asked_last: Intent | None = Field(
        None, description="What the last sentence asks for, of SKILLS and BECOME ('What skills matter most?': SKILLS)."
    )
    origin: str | None = Field(
        None, description="The job (or career step) the person has now: where a gap, path or suggestions start."
    )
    picks: list[int] = Field(
        default_factory=list, description="Positions in the last list shown it points at ('the second one': [1])."
    )
    role: str | None = Field(
        None, description="A worker beside the job talked of it asks about ('the assistants who help them': assistant)."
    )
    unmatched: dict[str, list[str]] = Field(
        default_factory=dict, description="Things a comparison names that have no page -> the closest covered jobs."
    )
    own_words: str | None = Field(None, description="How an advice question names the person's own job ('line cook').")
    target_words: str | None = Field(None, description="How an advice question names the job wanted ('head chef').")
    told: str | None = Field(
        None, description="The sentences telling of the job asked after the person's own job ('I'm a carpenter. ...')."
    )
    guessed: bool = Field(False, description="No job was named: jobs holds the one retrieval found clearly best.")
