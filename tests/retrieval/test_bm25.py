"""Lexical search: tokenising English and Japanese, BM25 weights equal to bm25s, storage and incremental updates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bm25s
import faiss
import numpy as np
import pytest

import chatbot.index._terms as stored_terms
from chatbot.config import Settings
from chatbot.errors import IndexMismatchError
from chatbot.index import FORMAT_VERSION, TermCounts, chunk_text, current_version, load_index, update_index
from chatbot.index._shards import flat_index
from chatbot.ingest import file_sha256 as sha256_file
from chatbot.retrieval import LexicalIndex
from chatbot.text import japanese_words, terms
from tests.conftest import JOBTAG, WARD_MAYOR, FakeEmbedder

CARPENTER = JOBTAG / "jobtag_0026.txt"  # 大工


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How do I become an Electrician?", ["becom", "electrician"]),
        ("Electricians' training", ["electrician", "train"]),
        ("ＣＥＯ", ["ceo"]),
        ("大工になるには", ["大工", "なる"]),
        ("CEOになるには", ["ceo", "なる"]),
        ("ITエンジニア", ["it", "エンジニア"]),
        ("木造住宅を建てる仕事に就きたい", ["木造", "住宅", "建てる", "仕事", "就く"]),
        ("ｹｱﾏﾈｼﾞｬｰ", ["ケア", "マネジャー"]),
        ("", []),
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_japanese_words_drop_particles_and_take_the_dictionary_form() -> None:
    assert japanese_words("大工の親方に弟子入りした") == ["大工", "親方", "弟子", "入り", "する"]


def seed_texts() -> list[str]:
    return [
        chunk_text("Ward Mayor", heading, text)
        for heading, text in [
            ("Summary", "The position that oversees ward administration."),
            ("Career Path", "General Administrative Staff → Section Chief Level → Deputy Ward Mayor → Ward Mayor"),
            ("Aliases", "• Special Ward Mayor"),
            ("Career Path", "入職にあたって、特に学歴や資格は必要とされない。大工の親方に弟子入りする。"),
            ("Work Style", "作業現場が移動することや屋外での作業が多い。"),
            ("Tasks", "Administer the ward budget; administer ordinances; staff appointments."),
        ]
    ]


@pytest.mark.parametrize("query", ["ward mayor career", "大工になるには", "administer budget budget", "nothing here"])
def test_scores_equal_bm25s(query: str) -> None:
    texts = seed_texts()
    reference = bm25s.BM25()
    reference.index([terms(text) for text in texts], show_progress=False)
    ids = reference.get_tokens_ids(terms(query))
    expected = reference.get_scores_from_ids(ids) if ids else np.zeros(len(texts))
    assert np.allclose(LexicalIndex(TermCounts.from_texts(texts)).scores(query), expected, atol=1e-5)


def test_rows_and_concat_keep_counts_on_a_compact_vocabulary() -> None:
    texts = seed_texts()
    whole = TermCounts.from_texts(texts)
    merged = whole.rows([0, 2]).concat(TermCounts.from_texts(texts[4:]))
    expected = TermCounts.from_texts([texts[0], texts[2], *texts[4:]])

    def bags(counts: TermCounts) -> list[dict[str, int]]:
        return [
            {counts.vocabulary[t]: int(c) for t, c in zip(counts.terms[a:b], counts.counts[a:b], strict=True)}
            for a, b in zip(counts.offsets[:-1], counts.offsets[1:], strict=True)
        ]

    assert bags(merged) == bags(expected)
    assert set(merged.vocabulary) == set(expected.vocabulary)  # terms of dropped rows are gone


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    counts = TermCounts.from_texts(seed_texts())
    counts.save(tmp_path / "counts.npz")
    loaded = TermCounts.load(tmp_path / "counts.npz")
    assert loaded.vocabulary == counts.vocabulary
    assert np.array_equal(LexicalIndex(loaded).scores("大工 ward"), LexicalIndex(counts).scores("大工 ward"))


def test_load_refuses_another_tokenizer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    TermCounts.from_texts(seed_texts()).save(tmp_path / "counts.npz")
    monkeypatch.setattr(stored_terms, "TOKENIZER", "something-else/9")
    with pytest.raises(ValueError, match="tokenizer"):
        TermCounts.load(tmp_path / "counts.npz")


def test_join_of_parts_scores_as_the_whole() -> None:
    texts = seed_texts()
    parts = [TermCounts.from_texts(texts[:3]), TermCounts.from_texts([]), TermCounts.from_texts(texts[3:])]
    joined, whole = TermCounts.join(parts), TermCounts.from_texts(texts)
    assert joined.n_chunks == whole.n_chunks and sorted(joined.vocabulary) == sorted(whole.vocabulary)
    for query in ["大工 ward", "mayor career path"]:
        assert np.allclose(LexicalIndex(joined).scores(query), LexicalIndex(whole).scores(query))


def test_empty_index_scores_nothing() -> None:
    empty = LexicalIndex(TermCounts.from_texts([]))
    assert len(empty) == 0 and empty.scores("anything").shape == (0,)


def test_index_stores_lexical_data_with_a_checksum(settings: Settings, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    version = current_version(settings.index_dir)
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    stored = sorted(version.glob("lexical-*.npz"))
    assert stored and all(manifest["checksums"][path.name] == sha256_file(path) for path in stored)
    index = load_index(settings.index_dir)
    assert index.counts is not None and index.counts.n_chunks == len(index.chunks)


def test_lexical_only_and_japanese_chunks_are_found(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    shutil.copy(CARPENTER, seeds)
    update_index(settings, lambda: fake)
    index = load_index(settings.index_dir)
    assert index.counts is not None

    def best(query: str) -> tuple[str, str]:
        row = int(np.argmax(LexicalIndex(index.counts).scores(query)))  # type: ignore[union-attr]
        return index.chunks[row].job, index.chunks[row].section

    assert best("Special Ward Mayor") == (WARD_MAYOR, "Aliases")
    assert best("宮大工") == ("大工", "Aliases")
    assert best("弟子入り 棟梁") == ("大工", "Career Path")


def test_update_tokenises_only_new_chunks_and_equals_a_rebuild(
    settings: Settings, seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    update_index(settings, lambda: fake)
    tokenised: list[str] = []
    original = TermCounts.from_texts.__func__  # type: ignore[attr-defined]

    def counting(cls, texts, tokenize=None):  # type: ignore[no-untyped-def]
        tokenised.extend(texts)
        return original(cls, texts, tokenize)

    monkeypatch.setattr(TermCounts, "from_texts", classmethod(counting))
    shutil.copy(CARPENTER, seeds)
    update_index(settings, lambda: fake)
    updated = load_index(settings.index_dir)
    assert tokenised and all(text.startswith("大工\n") for text in tokenised)
    update_index(settings, lambda: fake, full=True)
    rebuilt = load_index(settings.index_dir)
    assert [c.id for c in updated.chunks] == [c.id for c in rebuilt.chunks]
    for query in ["ward mayor career", "大工になるには", "Secretariat"]:
        assert np.allclose(LexicalIndex(updated.counts).scores(query), LexicalIndex(rebuilt.counts).scores(query))  # type: ignore[union-attr]


def unsplit(version: Path, format_version: int) -> None:
    """Rewrite a version in the one-set layout of index formats 1 and 2 (format 1 had no lexical data)."""
    index = load_index(version.parent)
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    for path in version.glob("*-*.*"):  # the shard files: chunks-07.jsonl, ...
        path.unlink()
    (version / "chunks.jsonl").write_bytes(b"\n".join(index.lines) + b"\n")
    (version / "jobs.jsonl").write_text("".join(job.model_dump_json() + "\n" for job in index.jobs), encoding="utf-8")
    faiss.write_index(flat_index(index.vectors), str(version / "vectors.faiss"))
    names = ["chunks.jsonl", "jobs.jsonl", "vectors.faiss"]
    if format_version == 2:
        index.counts.save(version / "lexical.npz")  # type: ignore[union-attr]
        names.append("lexical.npz")
    del manifest["shards"]
    manifest.update(format_version=format_version, checksums={name: sha256_file(version / name) for name in names})
    (version / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("old_format", [1, 2])
def test_an_index_of_a_previous_format_is_upgraded_reusing_its_vectors(
    settings: Settings, fake: FakeEmbedder, old_format: int
) -> None:
    update_index(settings, lambda: fake)
    built = load_index(settings.index_dir)
    unsplit(current_version(settings.index_dir), old_format)
    with pytest.raises(IndexMismatchError, match="Update it with: chatbot index"):
        load_index(settings.index_dir)
    report = update_index(settings, lambda: fake)
    assert report.rebuild_reason == f"index format {old_format} upgraded to {FORMAT_VERSION} (vectors reused)"
    assert report.embedded == 0 and report.reused > 0
    upgraded = load_index(settings.index_dir)
    assert upgraded.manifest.shards > 1 and upgraded.lines == built.lines
    assert np.array_equal(upgraded.vectors, built.vectors)
    scores = [LexicalIndex(index.counts).scores("ward mayor") for index in (upgraded, built)]  # type: ignore[arg-type]
    assert np.allclose(*scores)
