"""Matching's one product over the identity rows (retrieval._dense.Subset): the same cosines as the dense scorer
gives those rows query by query, 0 elsewhere and outside the allowed rows."""

from __future__ import annotations

import numpy as np

from chatbot import Chatbot
from chatbot.retrieval._dense import Subset


def test_a_subset_scores_its_rows_as_the_scorer_does(seeds_bot: Chatbot) -> None:
    retriever = seeds_bot._retriever
    dense = retriever.dense
    rows = retriever.identity_rows
    assert 0 < len(rows) < len(dense.vectors)  # a real subset: identity rows, not every row
    queries = [dense.query("how do I become a ward mayor"), dense.query("I like planning budgets for a city")]
    allowed = np.arange(0, len(dense.vectors), 2)  # every other row
    for limit in (None, allowed):
        found = Subset(dense, rows).scores(queries, limit)
        assert len(found) == len(queries)
        for query, scores in zip(queries, found, strict=True):
            expected = dense.scores(query, limit)
            assert expected is not None
            inside = rows if limit is None else np.intersect1d(rows, limit)
            assert np.allclose(scores[inside], expected[inside], atol=1e-6) and scores[inside].any()
            outside = np.setdiff1d(np.arange(len(dense.vectors)), inside)
            assert not scores[outside].any()
    assert Subset(dense, rows).scores([], None) == []
