"""Chunks: one per section, splits on boundaries, stable ids, embedder text vs shown text."""

from __future__ import annotations

import pytest

from chatbot.config import Settings
from chatbot.ingest import chunk_page, fingerprint, read_page, split_text
from chatbot.ingest._chunk import estimate_tokens
from tests.conftest import HEADINGS, JOBTAG, ONET, SEEDS, WARD_MAYOR

WARD = SEEDS / "003_e64862f5ff4c7e01.txt"


def ward_chunks(settings: Settings | None = None) -> list:
    settings = settings or Settings()
    return chunk_page(read_page(WARD, HEADINGS, 2_000_000), settings)


def test_one_chunk_per_non_empty_section_with_stable_ids() -> None:
    chunks = [chunk for chunk, _ in ward_chunks()]
    assert [c.section for c in chunks] == [
        "Industry & Occupation",
        "Summary",
        "Description",
        "Future Outlook",
        "Personality Traits",
        "Work Style",
        "Career Path",
        "Required Skills",
        "Recommended Skills",
        "Aptitudes (Strengths Preferred)",
        "Aliases",
        "Related Jobs",
    ]
    assert chunks[6].id == "003_e64862f5ff4c7e01.txt#Career Path#0"
    assert [c.id for c, _ in ward_chunks()] == [c.id for c in chunks]


def test_embedder_text_carries_title_and_heading_but_shown_text_is_raw() -> None:
    chunk, to_embed = ward_chunks()[6]
    assert (
        chunk.text
        == "General Administrative Staff → Section Chief Level → Department Head Level → Deputy Ward Mayor → Ward Mayor"
    )
    assert to_embed.startswith(f"{WARD_MAYOR} — Career Path\n")
    assert to_embed.endswith(chunk.text)
    assert chunk.job == WARD_MAYOR


def test_lexical_only_sections_are_not_embedded() -> None:
    flags = {chunk.section: chunk.embedded for chunk, _ in ward_chunks()}
    assert flags["Aliases"] is False and flags["Related Jobs"] is False
    assert flags["Career Path"] is True


def test_split_keeps_exact_substrings_within_budget() -> None:
    text = " ".join(f"Sentence number {i} says something useful about the work." for i in range(60))
    parts = split_text(text, 60)
    assert len(parts) > 5
    for part in parts:
        assert part in text
        assert estimate_tokens(part) <= 60
        assert part.endswith("work.")
    assert " ".join(parts) == text


def test_split_bullets_on_item_boundaries() -> None:
    text = "\n".join(f"  • Alias number {i}" for i in range(200))
    parts = split_text(text, 50)
    assert all(part.startswith("•") and part in text for part in parts)
    assert sum(part.count("•") for part in parts) == 200


def test_split_japanese_on_sentence_ends() -> None:
    text = "入職にあたって、特に学歴や資格は必要とされない。" * 30
    parts = split_text(text, 60)
    assert len(parts) > 1
    assert all(part.endswith("。") and part in text for part in parts)


def test_long_unbroken_text_is_cut_hard() -> None:
    parts = split_text("x" * 1000, 100)
    assert "".join(parts) == "x" * 1000
    assert all(estimate_tokens(p) <= 100 for p in parts)


@pytest.mark.parametrize(
    "path", [ONET / "onet_51-9199.00_production-workers-all-other.txt", JOBTAG / "jobtag_0100.txt"]
)
def test_corpus_chunks_are_substrings_of_their_section(path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    page = read_page(path, HEADINGS, 2_000_000)
    chunks = chunk_page(page, settings)
    assert len({c.id for c, _ in chunks}) == len(chunks)
    for chunk, _ in chunks:
        assert chunk.text in page.section(chunk.section).text
        assert chunk.section not in settings.skip_sections


def test_fingerprint_follows_chunking_settings() -> None:
    assert fingerprint(Settings()) == fingerprint(Settings())
    assert fingerprint(Settings(max_chunk_tokens=100)) != fingerprint(Settings())
    assert fingerprint(Settings(skip_sections=["Source"])) != fingerprint(Settings())
