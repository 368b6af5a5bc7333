"""retrieval's OFF_TOPIC, searched by its parts (chatbot.text.AnyOf): the same yes or no as the whole pattern."""

from __future__ import annotations

import json

from chatbot.retrieval._outside import OFF_TOPIC, OFF_TOPIC_WHOLE
from chatbot.retrieval._world import ENGLISH, ENGLISH_PARTS
from chatbot.text import fold
from tests.conftest import ROOT


def test_the_parts_find_what_the_whole_finds() -> None:
    texts = [
        json.loads(line).get("question") or json.loads(line).get("request") or ""
        for path in sorted((ROOT / "tests/eval").glob("*.jsonl"))[:40]
        for line in path.open(encoding="utf-8")
    ]
    texts = [text for text in texts if text] + ["what's the weather tomorrow?", "天気予報を教えて", "tell me a joke"]
    texts += [fold(text) for text in texts]
    found = [OFF_TOPIC_WHOLE.search(text) is not None for text in texts]
    assert sum(found) > 20 and not all(found)  # both kinds among the texts
    assert [OFF_TOPIC.search(text) is not None for text in texts] == found
    assert len(OFF_TOPIC.parts) > 100


def test_the_world_facts_found_by_parts_are_those_found_whole() -> None:
    texts = [
        json.loads(line).get("question") or json.loads(line).get("request") or ""
        for path in sorted((ROOT / "tests/eval").glob("*.jsonl"))[:60]
        for line in path.open(encoding="utf-8")
    ]
    texts = [fold(text) for text in texts if text] + ["who is the mayor of chicago right now", "is it hiring near me"]
    found = [ENGLISH.search(text) is not None for text in texts]
    assert any(found) and not all(found)
    assert [ENGLISH_PARTS.search(text) is not None for text in texts] == found
