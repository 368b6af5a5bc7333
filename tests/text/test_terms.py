"""Terms: English stems and Japanese words, and the same terms whichever threads ask at once."""

from __future__ import annotations

import threading
import time

import pytest

from chatbot.text import japanese_words, name_words, noun_phrases, replace_name_words, terms
from tests.conftest import JOBTAG

THREADS, SECONDS = 4, 3.0


def japanese_lines() -> list[str]:
    """A few hundred lines of real jobtag text: many words, so threads interleave inside a tokenisation."""
    lines = [line.strip() for path in sorted(JOBTAG.glob("*.txt"))[:20] for line in path.read_text().splitlines()]
    return [line for line in lines if len(line) > 20][:300]


def test_terms_of_english_and_japanese() -> None:
    assert terms("Electricians' training 大工になるには") == ["electrician", "train", "大工", "なる"]
    assert japanese_words("大工に就きたい") == ["大工", "就く"]


def test_a_possessive_is_part_of_its_name_word() -> None:
    """ "the store's manager" says the name "store manager"; a title's own possessive reads the same way."""
    assert name_words("the store's manager") == ["the", "store", "manager"]
    assert name_words("Police and Sheriff’s Patrol Officers") == ["police", "and", "sheriff", "patrol", "officer"]
    assert replace_name_words("the store's manager", {"store"}, "job") == "the job's manager"


@pytest.mark.timeout(60)
def test_threads_tokenising_at_once_get_the_serial_result() -> None:
    """The app shares one Chatbot between sessions, and a reindex tokenises chunks while others ask: every thread
    must get exactly the terms a lone caller gets (a shared MeCab tagger gave 440 wrong term lists in 6 s)."""
    lines = japanese_lines()
    expected = [terms(line) for line in lines]
    wrong: list[tuple[int, list[str]]] = []
    start = threading.Barrier(THREADS)

    def tokenise(offset: int) -> None:
        start.wait()
        deadline, n = time.monotonic() + SECONDS, offset
        while time.monotonic() < deadline:
            row = n % len(lines)
            got = terms(lines[row])
            if got != expected[row]:
                wrong.append((row, got))
            n += 7

    threads = [threading.Thread(target=tokenise, args=(i * 37,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(lines) > 100 and wrong == []


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("ピアノの調律師という道", ["ピアノ", "調律師", "道", "ピアノ調律師"]),
        ("タクシーの運転手ってどうやったらなれるの？", ["タクシー", "運転手", "タクシー運転手"]),
        ("私の仕事", ["仕事"]),  # a pronoun before の joins nothing
        ("看護師", ["看護師"]),
    ],
)
def test_noun_runs_and_runs_joined_by_no(text: str, phrases: list[str]) -> None:
    assert noun_phrases(text) == phrases
