"""Japanese word vectors read from the ja-ginza package's table without spaCy: its string hash, the table's rows,
and text vectors that place related Japanese words near each other."""

from __future__ import annotations

import numpy as np
import pytest

from chatbot.embed import JapaneseVectors, japanese_vectors
from chatbot.embed._japanese import murmur64a, weight

# spacy.strings.hash_string of each string, computed with spaCy 3.8 (the hash the table's keys are made with). The
# lengths cover no bytes, a tail only, whole 8-byte blocks, blocks and a tail, and UTF-8 Japanese.
SPACY_HASHES = {
    "": 14313749767032693980,
    "a": 11901859001352538922,
    "本屋": 1251933984070365424,
    "abcdefgh": 17751780907874141760,
    "abcdefghi": 13885881106499164936,
    "書店員": 16649804343090193140,
    "動物園飼育員": 16939697271479084706,
    "electrician": 7037902200495904764,
}


@pytest.mark.parametrize(("text", "expected"), SPACY_HASHES.items(), ids=range(len(SPACY_HASHES)))
def test_the_hash_is_spacys(text: str, expected: int) -> None:
    assert murmur64a(text.encode("utf-8")) == expected


@pytest.fixture(scope="module")
def vectors() -> JapaneseVectors:
    found = japanese_vectors()
    assert found is not None, "ja-ginza is installed by `make install` (its vector table is read)"
    return found


def cosine(vectors: JapaneseVectors, a: str, b: str) -> float:
    return float(vectors.embed(a) @ vectors.embed(b))


def test_the_table_knows_everyday_words(vectors: JapaneseVectors) -> None:
    assert vectors.table.shape == (20_000, 300)
    assert all(vectors.row(word) is not None for word in ("本屋", "書店", "動物", "料理", "自動車"))
    assert np.allclose(np.linalg.norm(vectors.table, axis=1)[:100], 1.0, atol=1e-5)


@pytest.mark.parametrize(
    ("text", "near", "far"),
    [
        ("本屋で働きたい", "書店員", "看護師"),
        ("車をいじるのが好き", "自動車整備士", "保育士"),
        ("料理", "調理", "電気"),
    ],
)
def test_related_words_are_closer(vectors: JapaneseVectors, text: str, near: str, far: str) -> None:
    assert cosine(vectors, text, near) > cosine(vectors, text, far) + 0.1


def test_a_text_vector_is_a_unit_vector_or_zero(vectors: JapaneseVectors) -> None:
    assert np.isclose(np.linalg.norm(vectors.embed("動物の世話をする仕事")), 1.0, atol=1e-5)
    assert not vectors.embed("。、！").any()  # no content word: nothing to say
    assert vectors.embed_many([]).shape == (0, 300)


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert weight("飼育") > weight("仕事") > weight("する")
