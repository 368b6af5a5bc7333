"""Matching a person's statement to jobs: the sentences read one by one, and a job's closeness as the mean of its
three closest identity chunks."""

from __future__ import annotations

import numpy as np

from chatbot.retrieval._suits import PREFERRED, JobCloseness, sentences, weights


def test_sentences_of_a_statement() -> None:
    text = "I build furniture in my garage. I love the smell of sawdust! lol. - trade school is fine"
    expected = ["I build furniture in my garage.", "I love the smell of sawdust!", "trade school is fine"]
    assert sentences(text) == expected


def test_one_sentence_is_not_split() -> None:
    assert sentences("I love animals and science") == []
    assert sentences("I like animals and science: what suits me?") == []  # the question is the ask


def test_a_sentence_of_what_the_person_likes_counts_more() -> None:
    parts = ["I drive a forklift in a big distribution warehouse.", "I'm the one who ends up fixing the conveyor."]
    where, liked = weights(parts)
    assert liked == PREFERRED * where and abs(where + liked - 1.0) < 1e-9
    assert weights(["I drive a forklift.", "I work nights."]) == [0.5, 0.5]


def test_closeness_is_the_mean_of_the_three_best_identity_rows() -> None:
    rows = [np.array([0, 1, 2, 3, 4]), np.array([5, 6]), np.array([7])]
    identity = np.array([True, True, True, True, False, True, True, False])
    scores = np.array([0.1, 0.9, 0.5, 0.7, 1.0, 0.4, 0.2, 0.8], dtype=np.float32)
    got = JobCloseness(rows, identity).of(scores)
    # job 0: rows 0-3 (row 4 is no identity row): 0.9, 0.7, 0.5; job 1: both rows; job 2: none
    np.testing.assert_allclose(got, [(0.9 + 0.7 + 0.5) / 3, (0.4 + 0.2) / 2, 0.0], rtol=1e-6)


def test_a_name_is_placed_where_it_is_said() -> None:
    from chatbot.retrieval._mention import position

    text = "Pharmacy tech -> pharmacist: how big is the jump?"
    assert position(text, "pharmacy tech") < position(text, "Pharmacists") < len(text)
    assert position(text, "Electricians") == len(text)  # not said at all: after everything said
