"""Dialogue acts, English and Japanese: a table of conversations and the act each last turn must get.

The table is what the conversation work is built on: every act, reached without the cue words older versions
needed ("same question for electricians", "薬剤師はどうですか？", "once there, what's the next step up?").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatbot import Chatbot, Conversation, Settings, build_index
from chatbot.models import DialogueAct
from tests.conftest import JOBTAG, ONET, FakeEmbedder

PAGES = [
    ONET / "onet_29-1051.00_pharmacists.txt",
    ONET / "onet_47-2111.00_electricians.txt",
    JOBTAG / "jobtag_0156.txt",  # 看護師
    JOBTAG / "jobtag_0158.txt",  # 薬剤師
]
A = DialogueAct
ACTS: list[tuple[list[str], str, DialogueAct]] = [
    ([], "How do I become a pharmacist?", A.NEW),
    (["How do I become a pharmacist?"], "same question for electricians", A.SAME_TOPIC_OTHER_JOB),
    (["How do I become a pharmacist?"], "what personality suits it?", A.OTHER_TOPIC_SAME_JOB),
    (["How do I become a pharmacist?"], "is it stressful?", A.OTHER_TOPIC_SAME_JOB),
    (["how do I become a ward mayor?"], "once there, what's the next step up?", A.CONTINUATION),
    (["how do I become a ward mayor?"], "and the step before that one?", A.CONTINUATION),
    (["what does a pharmacist do?"], "tell me more", A.CONTINUATION),
    (["what does a pharmacist do?"], "dangerous?", A.OTHER_TOPIC_SAME_JOB),  # words that point at sections only
    (["how do I become a ward mayor?"], "what skills do you need once you're at the top?", A.OTHER_TOPIC_SAME_JOB),
    (["how do I become a ward mayor?"], "director-general at a ministry?", A.SAME_TOPIC_OTHER_JOB),
    (
        ["How do I become a pharmacist?", "same question for electricians"],
        "which of the two needs more schooling?",
        A.COMPARE,
    ),
    (
        ["How do I become a pharmacist?", "and electricians?"],
        "Going back to pharmacists, what personality suits them?",
        A.RETURN,
    ),
    (["How do I become a pharmacist?", "and electricians?"], "what about the first one we discussed?", A.RETURN),
    (["How do I become a pharmacist?"], "thanks!", A.SMALL_TALK),
    (["How do I become a pharmacist?"], "tell me a joke", A.OFF_TOPIC),
    ([], "看護師になるにはどんな資格が必要？", A.NEW),
    (["看護師になるにはどんな資格が必要？"], "薬剤師は？", A.SAME_TOPIC_OTHER_JOB),
    (["看護師になるにはどんな資格が必要？"], "薬剤師はどうですか？", A.SAME_TOPIC_OTHER_JOB),
    (["看護師になるにはどんな資格が必要？"], "薬剤師は", A.SAME_TOPIC_OTHER_JOB),  # typed without the question mark
    (["看護師になるにはどんな資格が必要？"], "薬剤師も", A.SAME_TOPIC_OTHER_JOB),
    (["How do I become a pharmacist?"], "electricians, same q", A.SAME_TOPIC_OTHER_JOB),
    (["How do I become a pharmacist?"], "cool thanks, that's really helpful", A.SMALL_TALK),
    (["看護師になるにはどんな資格が必要？"], "どんな性格が向いてる？", A.OTHER_TOPIC_SAME_JOB),
    (["看護師になるには？"], "その次は？", A.CONTINUATION),
    (["看護師になるには？", "薬剤師は？"], "どちらが長く勉強する必要がある？", A.COMPARE),
    (["看護師になるには？", "薬剤師は？"], "看護師の話に戻って、必要なスキルは？", A.RETURN),
    (["看護師になるには？"], "ありがとう", A.SMALL_TALK),
    (["看護師になるには？"], "明日の天気は？", A.OFF_TOPIC),
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Chatbot:
    base = tmp_path_factory.mktemp("acts")
    shutil.copytree(Path(__file__).parents[2] / "seeds", base / "seeds")
    for page in PAGES:
        shutil.copy(page, base / "seeds")
    fake = FakeEmbedder()
    settings = Settings(seeds=[base / "seeds"], index_dir=base / "index", model="fake")
    build_index(settings, embedder=fake)
    return Chatbot(settings, fake)


@pytest.mark.parametrize(("before", "question", "act"), ACTS, ids=[q for _, q, _ in ACTS])
def test_each_act(bot: Chatbot, before: list[str], question: str, act: DialogueAct) -> None:
    conversation = Conversation()
    for earlier in before:
        assert bot.ask(earlier, conversation).answered, earlier
    assert bot.ask(question, conversation).act is act


def test_every_act_is_in_the_table() -> None:
    assert {act for _, _, act in ACTS} == set(DialogueAct)


def test_the_same_question_for_another_job_keeps_the_sections_its_words_pointed_at(bot: Chatbot) -> None:
    """ "what do pharmacists value in a job?" points at Work Values (its intent, personality, would lead with
    Personality Traits); "same for electricians" asks that again: Work Values first, not the intent's first."""
    conversation = Conversation()
    first = bot.ask("what do pharmacists value in a job?", conversation)
    assert first.citations[0].section == "Work Values"
    again = bot.ask("same for electricians", conversation)
    assert again.act is A.SAME_TOPIC_OTHER_JOB
    assert (again.citations[0].job, again.citations[0].section) == ("Electricians", "Work Values")
