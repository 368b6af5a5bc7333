"""End to end with the real model and a real FAISS index on disk."""

from __future__ import annotations

import numpy as np
import pytest

from chatbot import Chatbot
from chatbot.config import Settings
from chatbot.index import load_index
from tests.conftest import WARD_MAYOR

pytestmark = pytest.mark.slow


def test_real_index_holds_normalised_model_vectors(seeds_index: Settings, real_embedder) -> None:  # type: ignore[no-untyped-def]
    index = load_index(seeds_index.index_dir)
    assert index.manifest.model == "all-MiniLM-L6-v2" and index.manifest.dimension == 384
    matrix = index.vectors
    norms = np.linalg.norm(matrix[[c.embedded for c in index.chunks]], axis=1)
    assert np.allclose(norms, 1.0, atol=1e-4)
    row = next(i for i, c in enumerate(index.chunks) if c.job == WARD_MAYOR and c.section == "Career Path")
    again = real_embedder.embed([f"{WARD_MAYOR} — Career Path\n{index.chunks[row].text}"])[0]
    assert float(again @ matrix[row]) > 0.999


def test_ward_mayor_question_cites_career_path(seeds_index: Settings, model_embedder) -> None:  # type: ignore[no-untyped-def]
    answer = Chatbot(seeds_index, model_embedder).ask("how do I become a ward mayor")
    assert answer.answered
    assert any(c.job == WARD_MAYOR and c.section == "Career Path" for c in answer.citations)
    texts = {(c.job, c.section): c.text for c in load_index(seeds_index.index_dir).chunks}
    for citation in answer.citations:
        assert citation.text in texts[(citation.job, citation.section)]
