"""The heading vocabulary: keys and texts, roles, and a heading renamed in the settings renamed everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import Chatbot, Settings, build_index
from chatbot.headings import DEFAULT_HEADINGS, INTENT_KEYS
from chatbot.models import Intent
from tests.conftest import WARD_MAYOR, FakeEmbedder

WARD_FILE = "003_e64862f5ff4c7e01.txt"
RENAMED = "Path to the Job"


def test_given_headings_override_the_defaults_by_key() -> None:
    settings = Settings(headings={"career_path": RENAMED, "tags": None})
    vocabulary = settings.vocabulary
    assert vocabulary.text("career_path") == RENAMED and vocabulary.key_of(RENAMED) == "career_path"
    assert "Career Path" not in vocabulary.texts and "Tags" not in vocabulary.texts
    assert vocabulary.for_intent(Intent.BECOME)[0] == RENAMED
    assert len(vocabulary.texts) == len(DEFAULT_HEADINGS) - 1


def test_every_role_names_a_known_heading() -> None:
    settings = Settings()
    keys = {key for group in INTENT_KEYS.values() for key in group}
    keys |= set(settings.skip_sections) | set(settings.lexical_only_sections)
    assert keys <= set(DEFAULT_HEADINGS)


def renamed_seeds(seeds: Path) -> None:
    page = seeds / WARD_FILE
    page.write_text(page.read_text(encoding="utf-8").replace("\nCareer Path\n", f"\n{RENAMED}\n"), encoding="utf-8")


@pytest.mark.parametrize("renamed_in_settings", [True, False])
def test_a_renamed_heading_is_still_answered(
    tmp_path: Path, seeds: Path, fake: FakeEmbedder, renamed_in_settings: bool
) -> None:
    """Rename Career Path in a page and in the settings: "how do I become..." still cites it, in both languages.

    Renamed in the page only, the line is not a heading at all, and the career path is not answered (the control).
    """
    renamed_seeds(seeds)
    headings = {"career_path": RENAMED} if renamed_in_settings else {}
    settings = Settings(seeds=[seeds], index_dir=tmp_path / "index", model="fake", headings=headings)
    build_index(settings, embedder=fake)
    bot = Chatbot(settings, fake)
    english = bot.ask("how do I become a ward mayor?")
    japanese = bot.ask("くちょうになるには？")
    cited = {(c.job, c.section) for answer in (english, japanese) for c in answer.citations}
    assert ((WARD_MAYOR, RENAMED) in cited) is renamed_in_settings
    if renamed_in_settings:
        assert "General Administrative Staff" in english.answer and "就業するには" in japanese.answer
        path = bot.career_path(WARD_MAYOR)
        assert path is not None and path.steps[-1] == "Ward Mayor"
