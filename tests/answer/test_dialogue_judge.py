"""How the dialogue evaluation judges a turn: a cited job and section, or a decline where nothing is to be cited."""

from __future__ import annotations

from pathlib import Path

from chatbot.answer import Conversation, evaluate_dialogues, load_dialogues
from chatbot.models import Answer, Citation

CASES = [
    '{"id": "a", "category": "followup", "turns": ['
    '{"question": "what do bakers do?", "jobs": ["Bakers"], "sections": ["Tasks"], "act": "new"},'
    '{"question": "thanks!", "jobs": [], "sections": [], "act": "small_talk"},'
    '{"question": "what do they earn?", "refuse": true, "act": "off_topic"}]}',
]


def fake_ask(question: str, conversation: Conversation) -> Answer:
    """Answers "what do bakers do?" from Bakers — Tasks; declines the rest (as small talk and refusals do)."""
    if "bakers" not in question:
        return Answer(answer="I answer questions about jobs.", answered=False, question=question)
    cited = Citation(n=1, job="Bakers", section="Tasks", source="bakers.txt", text="Bake bread.")
    return Answer(answer="Bakers bake [1].", answered=True, citations=[cited], question=question)


def always_answers(question: str, conversation: Conversation) -> Answer:
    cited = Citation(n=1, job="Bakers", section="Tasks", source="bakers.txt", text="Bake bread.")
    return Answer(answer="Bakers bake [1].", answered=True, citations=[cited], question=question)


def test_small_talk_listing_no_job_is_right_when_declined(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(CASES) + "\n", encoding="utf-8")
    outcomes = evaluate_dialogues(load_dialogues(path), fake_ask).outcomes
    assert [o.right for o in outcomes] == [True, True, True]
    assert [o.expected_refusal for o in outcomes] == [False, True, True]


def test_small_talk_answered_from_a_page_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(CASES) + "\n", encoding="utf-8")
    outcomes = evaluate_dialogues(load_dialogues(path), always_answers).outcomes
    assert [o.right for o in outcomes] == [True, False, False]
