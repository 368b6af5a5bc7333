"""The state tracker: focus, last intent, discussed sections, and how follow-ups resolve against them."""

from __future__ import annotations

import pytest

from chatbot.answer import Conversation
from chatbot.models import Answer, Citation, Cue, Intent, Question
from chatbot.retrieval._cues import cues_of
from chatbot.retrieval._scope import is_small_talk
from chatbot.text import language_of

WM, SDG, NURSE = "Ward Mayor", "Secretariat Director-General", "Nurse"


def turn(jobs: list[str], intent: Intent | None, answered: bool = True, sections: tuple[str, ...] = ()) -> Answer:
    """A turn citing these jobs; a refusal names them as what it was about (as "the page has no outlook" does)."""
    citations = [Citation(n=i, job=jobs[0], section=s, source="x.txt", text="t") for i, s in enumerate(sections, 1)]
    about = [] if answered else jobs
    return Answer(answer="a", answered=answered, jobs=jobs, about=about, intent=intent, citations=citations)


def asked(text: str, intent: Intent | None, named: list[str], names_other: bool = False) -> Question:
    """A question as understand() leaves it, with these words, intent and named jobs."""
    return Question(
        raw=text,
        text=text,
        lang=language_of(text),
        intent=intent,
        named=named,
        names_other=names_other,
        cues=cues_of(text),
    )


def talk(*answers: Answer) -> Conversation:
    conversation = Conversation()
    for answer in answers:
        conversation.record(answer)
    return conversation


def test_answered_turn_brings_its_jobs_into_focus_most_recent_first() -> None:
    conversation = talk(turn([WM], Intent.BECOME), turn([SDG], Intent.SKILLS))
    assert conversation.focus == [SDG, WM] and conversation.last_intent is Intent.SKILLS


def test_refusal_about_a_named_job_focuses_it_and_leaves_the_last_intent_alone() -> None:
    # "the nurse page has no outlook" is still about nurses: "how do I become one?" next asks of nurses
    conversation = talk(turn([WM], Intent.BECOME), turn([NURSE], Intent.OUTLOOK, answered=False))
    assert conversation.focus == [NURSE, WM] and conversation.last_intent is Intent.BECOME


def test_refusal_about_no_job_leaves_the_focus_alone() -> None:
    conversation = talk(turn([WM], Intent.BECOME), turn([], None, answered=False))
    assert conversation.focus == [WM] and conversation.last_intent is Intent.BECOME


def test_the_jobs_a_refusal_cites_are_not_brought_into_focus() -> None:
    # "astronaut is on no page; Aerospace Engineers lists it as related [1]": still not about aerospace engineers
    cited = Citation(n=1, job=NURSE, section="Related Jobs", source="x.txt", text="t")
    refused = Answer(answer="a", answered=False, jobs=[NURSE], citations=[cited])
    conversation = talk(turn([WM], Intent.BECOME), refused)
    assert conversation.focus == [WM]


def test_record_remembers_cited_sections_once() -> None:
    conversation = talk(
        turn([WM], Intent.BECOME, sections=("Career Path",)), turn([WM], None, sections=("Career Path",))
    )
    assert conversation.discussed == {WM: ["Career Path"]} and len(conversation.turns) == 2


def test_focus_is_capped() -> None:
    conversation = talk(*(turn([f"job {i}"], Intent.WORK) for i in range(9)))
    assert conversation.focus == ["job 8", "job 7", "job 6", "job 5", "job 4"]


def test_pronoun_follow_up_resolves_to_the_job_in_focus() -> None:
    resolved = talk(turn([WM], Intent.BECOME)).resolve(asked("what skills does that need?", Intent.SKILLS, []))
    assert resolved.jobs == [WM] and resolved.standalone == f"What skills does {WM} need?"


def test_elliptical_question_naming_a_new_job_switches_focus_and_keeps_the_intent() -> None:
    conversation = talk(turn([WM], Intent.SKILLS))
    resolved = conversation.resolve(asked("and the Secretariat Director-General?", None, [SDG]))
    assert resolved.jobs == [SDG] and resolved.intent is Intent.SKILLS
    assert resolved.standalone == f"What skills does {SDG} need?"


def test_new_job_without_ellipsis_does_not_inherit_the_intent() -> None:
    resolved = talk(turn([WM], Intent.SKILLS)).resolve(asked("tell me about nurses", None, [NURSE]))
    assert resolved.jobs == [NURSE] and resolved.intent is None and resolved.standalone == "tell me about nurses"


def test_compare_the_two_takes_the_last_two_jobs_oldest_first() -> None:
    conversation = talk(turn([WM], Intent.BECOME), turn([SDG], Intent.OUTLOOK))
    resolved = conversation.resolve(asked("compare the two", Intent.COMPARE, []))
    assert resolved.jobs == [WM, SDG] and resolved.standalone == f"Compare {WM} and {SDG}."


def test_compare_with_one_named_job_adds_the_job_in_focus() -> None:
    resolved = talk(turn([WM], Intent.BECOME)).resolve(asked("compare it with nurses", Intent.COMPARE, [NURSE]))
    assert resolved.jobs == [WM, NURSE]


def test_compare_without_two_jobs_has_fewer_than_two() -> None:
    assert len(Conversation().resolve(asked("compare the two", Intent.COMPARE, [])).jobs) < 2


def test_question_naming_another_job_is_not_a_follow_up() -> None:
    conversation = talk(turn([WM], Intent.BECOME))
    resolved = conversation.resolve(asked("how do I become an astronaut?", Intent.BECOME, [], names_other=True))
    assert resolved.jobs == [] and resolved.standalone == "how do I become an astronaut?"


def test_pronoun_wins_over_a_stray_job_name() -> None:
    resolved = talk(turn([WM], Intent.BECOME)).resolve(asked("is it stressful?", None, [], names_other=True))
    assert resolved.jobs == [WM]


def test_intent_only_question_follows_up_on_the_focus() -> None:
    assert talk(turn([WM], Intent.BECOME)).resolve(asked("what skills are needed?", Intent.SKILLS, [])).jobs == [WM]


def test_first_question_without_a_job_searches_everything() -> None:
    assert Conversation().resolve(asked("what skills are needed?", Intent.SKILLS, [])).jobs == []


def test_japanese_follow_up_gets_a_japanese_standalone_question() -> None:
    resolved = talk(turn(["豆腐職人"], Intent.BECOME)).resolve(asked("その将来性は？", Intent.OUTLOOK, []))
    assert resolved.jobs == ["豆腐職人"] and resolved.standalone == "豆腐職人の今後の見通しはどうですか？"


def test_follow_up_without_intent_mentions_the_job_in_the_standalone_question() -> None:
    resolved = talk(turn([WM], Intent.BECOME)).resolve(asked("does it involve travel?", None, []))
    assert resolved.standalone == f"does it involve travel? ({WM})"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is its outlook?", True),
        ("compare the two", True),
        ("and the outlook?", True),
        ("その資格は？", True),
        ("tell me more", True),
        ("how do I become a nurse?", False),
        ("what does a ward mayor do?", False),
    ],
)
def test_refers_back(question: str, expected: bool) -> None:
    assert bool({Cue.REFERS_BACK, Cue.ELLIPTICAL} & set(cues_of(question))) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hmm and for a diet tech?", True),
        ("ok. and for the people who lay tile?", True),
        ("Okay for a plumber?", True),
        # a portrait saying what the person is fine with asks no question again
        ("I'm OK with a 4 year degree and I like science. Which jobs fit me?", False),
        ("I like drawing and my parents are okay with art school. What suits me?", False),
    ],
)
def test_same_question_again_opens_a_sentence(question: str, expected: bool) -> None:
    assert (Cue.SAME_AGAIN in cues_of(question)) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hi", True),
        ("Thank you very much!", True),
        ("ありがとう", True),
        ("", True),
        (" ?! ", True),
        ("hello there, how do I become a mayor?", False),
        ("what skills does that need?", False),
        ("cool thanks", True),
        ("ありがとうございます、参考になりました", True),
        ("ありがとう！がんばってみる", True),
        ("thanks! and nurses?", False),
        ("great, what next?", False),
        # thanks with a remark that asks nothing; not thanks with a job or a question after it
        ("thanks. kind of morbid but interesting", True),
        ("なるほど、大変そう", True),
        ("ok and watch repairers", False),
        ("thanks, and what about nurses", False),
        ("ありがとう！じゃあ看護師は？", False),
        ("thanks. how long is the training?", False),
    ],
)
def test_is_small_talk(question: str, expected: bool) -> None:
    assert is_small_talk(question) is expected
