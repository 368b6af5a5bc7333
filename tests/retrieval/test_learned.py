"""The learned models (chatbot/retrieval/_learned.py) and the sentences that tell where a person is and what they
wish for (chatbot/retrieval/_told.py): fast unit tests on small example sets and the fake embedder; the real model
on the real bank is tested end to end (tests/answer/test_understanding_tune30.py, tests/guidance/
test_advice_by_meaning.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from chatbot.models import Cue, Intent
from chatbot.retrieval._learned import (
    ANSWERED,
    DECLINE,
    DECLINE_PAGED,
    DECLINE_UNCUED,
    OFF_TOPIC,
    Learned,
    advising,
    decline_at,
    declining,
    grams,
    sparse_grams,
    trained_on,
)
from chatbot.retrieval._told import told_now, told_wish
from tests.conftest import FakeEmbedder

DECLINED = ["tell me a joke", "what is the weather today", "write my essay for me", "who wins the election"]
ASKED = ["what do nurses do", "how do i become a welder", "what skills do pilots need", "what do chefs earn"]
JA_DECLINED = ["今日の天気は？", "面白い冗談を言って", "宿題を手伝って", "選挙はどうなる？"]
JA_ASKED = ["看護師になるには？", "溶接工の仕事内容は？", "パイロットに必要なスキルは？", "調理師の資格は？"]


def learned(name: str, relabel, cache: Path | None = None) -> Learned:  # type: ignore[no-untyped-def]
    embedder = FakeEmbedder()
    english = [("off_topic", t) for t in DECLINED] + [("work", t) for t in ASKED] + [("pay", "how much do i make")]
    japanese = [("off_topic", t) for t in JA_DECLINED] + [("become", t) for t in JA_ASKED]
    rows = {
        "en": (english, lambda: embedder.embed([t for _, t in english])),
        "ja": (japanese, lambda: sparse_grams([t for _, t in japanese])),
    }
    return Learned(name, relabel, embedder, cache, rows)  # type: ignore[arg-type]


def test_the_decliner_tells_declined_examples_from_answered_ones_in_both_languages() -> None:
    model = learned("decline", declining)
    for text in DECLINED:
        assert model.chances(text, "en")[OFF_TOPIC] > 0.5, text
    for text in ASKED:
        assert model.chances(text, "en")[ANSWERED] > 0.5, text
    assert model.chances("今日の天気は？", "ja")[OFF_TOPIC] > model.chances("看護師になるには？", "ja")[OFF_TOPIC]


def test_chances_of_every_class_add_up_to_one() -> None:
    chances = learned("decline", declining).chances("what do welders do", "en")
    assert set(chances) == {OFF_TOPIC, ANSWERED}  # the pay example is left out, not a class
    assert sum(chances.values()) == pytest.approx(1.0)


def test_a_model_is_kept_in_the_cache_and_read_back_without_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = learned("decline", declining, tmp_path).chances("tell me a joke", "en")
    assert list(tmp_path.glob("learned-decline-*.npy"))

    def no_training(*args: object, **kwargs: object) -> None:
        raise AssertionError("trained again")

    monkeypatch.setattr("sklearn.linear_model.LogisticRegression.fit", no_training)
    again = learned("decline", declining, tmp_path).chances("tell me a joke", "en")
    assert again == pytest.approx(first)


def test_a_declined_example_that_reads_like_an_answered_one_is_not_trained_on() -> None:
    # "how do i become a youtuber", masked, is "how do i become a job": declined for want of a page
    labels = [OFF_TOPIC, ANSWERED, OFF_TOPIC, None]
    matrix = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]], dtype=np.float32)
    assert trained_on(labels, matrix) == [1, 2, 3]


def test_the_advice_classes_keep_match_gap_and_path_and_group_the_rest() -> None:
    assert [advising(label) for label in ("gap", "path", "match", "work", "off_topic")] == [
        "gap",
        "path",
        "match",
        "other",
        "other",
    ]
    assert declining("pay") is None and declining("gap") == ANSWERED


@pytest.mark.parametrize(
    ("intent", "inferred", "named", "cues", "probe", "expected"),
    [
        (None, False, [], [], "i was just diagnosed with asthma, is it safe to keep working", DECLINE_UNCUED),
        (None, False, [], [], "dangerous?", None),  # one word: of the job in focus
        (None, False, [], [Cue.REFERS_BACK], "is that one physically tough", None),  # short, pointing back
        (Intent.BECOME, False, ["理容師"], [], "jobさんになりたいんだけど、どうすればいい?", DECLINE_PAGED),  # topic
        (Intent.BECOME, False, [], [Cue.REFERS_BACK], "how do you even get started on that track", DECLINE_PAGED),
        (Intent.SKILLS, False, [], [], "which skills would someone need for that kind of career", DECLINE),
        (Intent.BECOME, True, ["Chemists"], [], "can you walk me through my job homework", DECLINE_UNCUED),  # inferred
        (Intent.WORK, False, [], [Cue.WHICH_JOB], "山で木を切る人の仕事って?", None),  # a job described
        (None, False, [], [Cue.ELLIPTICAL], "and for the weather people?", None),  # a follow-up
        (Intent.COMPARE, False, [], [], "which of them is more fun and less boring", None),
        (Intent.WORK, False, [], [], "一日の流れ教えて", None),  # short Japanese with no job: of the job in focus
        (None, False, [], [], "採用って狭き門?", None),
        (None, False, [], [], "最近めまいがひどくて今の夜勤の仕事を続けても体は大丈夫でしょうか", DECLINE_UNCUED),
    ],
)
def test_the_chance_at_which_a_question_is_declined(
    intent: Intent | None, inferred: bool, named: list[str], cues: list[Cue], probe: str, expected: float | None
) -> None:
    assert decline_at(intent, inferred, named, cues, False, probe) == expected


def test_a_page_named_is_declined_only_when_the_model_is_all_but_sure() -> None:
    assert DECLINE_UNCUED < DECLINE < DECLINE_PAGED < 1.0


def test_small_talk_is_never_declined() -> None:
    assert decline_at(None, False, [], [], True, "thanks a lot, that was really helpful") is None


@pytest.mark.parametrize(
    ("text", "now", "wish"),
    [
        (
            "county building inspector, 7 yrs. want to switch sides and actually run construction projects. gap?",
            "county building inspector, 7 yrs",
            "switch sides and actually run construction projects",
        ),
        ("how do i become an electrician", None, None),  # asks, tells nothing
        ("I'm looking at cybersecurity. What skills does an analyst need?", None, "cybersecurity"),
        (
            "倉庫で梱包のバイトしてます。いつかはフォークリフトに乗る側になりたい。何が足りない？",
            "倉庫で梱包のバイトしてます",
            "フォークリフトに乗る側になりたい",
        ),
    ],
)
def test_the_sentences_that_tell_where_a_person_is_and_what_they_wish_for(
    text: str, now: str | None, wish: str | None
) -> None:
    assert told_now(text) == now
    assert told_wish(text) == wish


def test_japanese_grams_are_a_unit_vector_of_hashed_character_grams() -> None:
    found = grams("看護師 になる")  # spaces squashed: "看護師 になる" has 7 characters, 6 pairs, 5 triples
    assert sum(value * value for value in found.values()) == pytest.approx(1.0)
    assert len(found) <= 18 and grams("看護師  になる") == found and grams("ABC") == grams("abc")
