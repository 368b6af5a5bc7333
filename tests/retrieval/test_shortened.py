"""Names said short and the words around a name: "psych professor", "weatherization tech", "an MA in English" (a
degree), "the one running a restaurant" (a verb), "what do X do" with no article, an adverb typed with a slip, a
"same question for ..." that names another job, "which job needs more ...?" over the focus, "opening doors"."""

from __future__ import annotations

import pytest

from chatbot.models import Cue, Intent, JobEntry, Scope
from chatbot.retrieval import JobLinker, job_mention
from chatbot.retrieval._cues import cues_of
from chatbot.retrieval._hints import hinted_keys
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._mention import adverb
from chatbot.retrieval._routes import PATH
from chatbot.retrieval._scope import scope_of
from chatbot.retrieval._shortened import prefix_index, shortens, spelled_out
from chatbot.retrieval._slots import own_words, target_words

KEYS = ["psychology professor", "literature professor", "weatherization technician", "food prep worker", "nurse"]
INDEX = prefix_index(KEYS)
JOBS = [
    JobEntry(title="Psychology Teachers, Postsecondary", source="p.txt", aliases=["Psychology Professor"]),
    JobEntry(title="Weatherization Installers and Technicians", source="w.txt", aliases=["Weatherization Technician"]),
    JobEntry(title="Medical Assistants", source="m.txt", aliases=["MA"]),
    JobEntry(title="Gambling and Sports Book Writers and Runners", source="g.txt"),
]


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("psych professor", "psychology professor"),
        ("psych professors", "psychology professor"),  # a plural slot, singular keys
        ("college lit professor", "literature professor"),  # the setting before the name is left out
        ("weatherization tech", "weatherization technician"),
    ],
)
def test_a_name_said_short_is_spelled_out(said: str, key: str) -> None:
    assert spelled_out(said, INDEX) == [key]


@pytest.mark.parametrize("said", ["psychology professor", "ps professor", "profs", "nurse", "lit"])
def test_whole_names_single_words_and_too_short_starts_are_not_short_forms(said: str) -> None:
    assert spelled_out(said, INDEX) == []


def test_a_short_word_must_leave_out_two_letters() -> None:
    assert shortens(["psych", "professor"], ["psychology", "professor"])
    assert not shortens(["professo", "x"], ["professor", "x"])  # one letter less is a slip, not a short form
    assert not shortens(["food", "prep"], ["food", "prep"])  # nothing shortened


def test_the_linker_spells_out_the_slot_only_when_no_name_fills_it() -> None:
    linker = JobLinker(JOBS)
    assert [link.title for link in linker.link("what do psych professors do?")] == [JOBS[0].title]
    assert [link.title for link in linker.link("what does a weatherization tech do?")] == [JOBS[1].title]


def test_a_degree_is_no_job_with_its_letters() -> None:
    linker = JobLinker(JOBS)
    as_degree = linker.link("I have an MA in English. What does a psych professor do?")
    as_job = linker.link("I'm an MA at a clinic")
    assert as_degree[0].title == JOBS[0].title and all(link.score < 0.5 for link in as_degree[1:])
    assert as_job[0].title == "Medical Assistants" and as_job[0].score >= 0.5


def test_a_word_in_ing_after_one_or_person_is_a_verb() -> None:
    linker = JobLinker(JOBS)
    assert linker.link("I'd love to be the one running a restaurant") == []
    assert target_words("Long term I'd love to be the one running a restaurant. How do I get there?") == (
        "restaurant manager"
    )
    assert target_words("Someday I'd like to be the person running the whole IT department.") == (
        "it department manager"
    )


@pytest.mark.parametrize(
    ("question", "mention"),
    [
        ("what do psych professors do?", "psych professors"),
        ("what do nurses really do all day?", "nurses"),
        ("what do professional chess players do?", "professional chess players"),  # not "professional chess"
        ("what do you do?", None),
        ("what do people do here?", None),
        ("what does an anesthesiologist actualy do", "anesthesiologist"),  # an adverb typed with a slip
        ("害虫駆除屋さんって一人前になるまでどのくらい？", "害虫駆除屋"),  # the slot ends at って
    ],
)
def test_what_do_x_do_names_its_job_without_an_article(question: str, mention: str | None) -> None:
    assert job_mention(question) == mention


def test_an_adverb_with_a_slip_is_still_an_adverb() -> None:
    assert adverb("actualy") and adverb("realy") and adverb("really")
    assert not adverb("baker") and not adverb("act")


def test_same_question_for_a_description_does_not_point_back() -> None:
    described = cues_of("same question for engineers who design wind farms")
    assert Cue.SAME_AGAIN in described and Cue.REFERS_BACK not in described
    assert Cue.REFERS_BACK in cues_of("is the same true for them?")


@pytest.mark.parametrize(
    ("question", "both"),
    [("which job needs more schooling?", True), ("which career is less stressful?", True), ("which job is it?", False)],
)
def test_which_job_with_a_comparative_compares_the_focus(question: str, both: bool) -> None:
    assert (Cue.BOTH in cues_of(question)) is both


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("besides opening doors, what else do locksmiths do?", Scope.JOBS),
        ("any openings for plumbers near me?", Scope.OPENINGS),
        ("are there job openings for welders?", Scope.OPENINGS),
    ],
)
def test_opening_a_door_is_no_job_opening(question: str, scope: Scope) -> None:
    assert scope_of(question, []) is scope


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("which of the two needs more of an eye for detail?", "personality_traits"),
        ("which one is more about being careful?", "personality_traits"),
        ("どっちが手先の器用さが要る？", "abilities"),
        ("税理士に向いてるのって、どういうことに興味がある人？", "interests"),
        ("どんな学校に進めばいいですか？", "career_path"),
    ],
)
def test_everyday_words_point_at_a_section(question: str, key: str) -> None:
    assert key in hinted_keys(question)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("どうやってその世界に入るんですか？", Intent.BECOME),
        ("未経験から転職ってできるものですか？", Intent.BECOME),
        ("税理士に向いてるのって、どういうことに興味がある人なんだろう？", Intent.PERSONALITY),
        ("大工の仕事は？", Intent.WORK),
        ("what kind of prep does that take?", Intent.BECOME),
        ("上司と合わなくて転職しようか迷ってる。", None),  # wanting to quit asks nothing of a job
    ],
)
def test_what_a_japanese_or_short_question_asks(question: str, intent: Intent | None) -> None:
    assert detect_intent(question) is intent


def test_a_name_said_outside_the_slot_stays_loose_even_when_the_slot_repeats_it() -> None:
    """ "vet" of "vet school" is outside the slot of "what do vet techs do": loose, not the job asked about."""
    linker = JobLinker(
        [
            JobEntry(title="Veterinarians", source="v.txt", aliases=["Vet"]),
            JobEntry(title="Veterinary Technologists and Technicians", source="t.txt", aliases=["Vet Tech"]),
        ]
    )
    links = linker.link("vet school is way too long for me. what do vet techs do")
    assert links[0].title == "Veterinary Technologists and Technicians"
    assert links[0].score > 2 * links[1].score


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How can a graphic designer move into marketing management?", "marketing manager"),
        ("How could I eventually end up managing transportation and distribution?", "transportation manager"),
    ],
)
def test_a_field_managed_is_its_manager(question: str, wanted: str) -> None:
    assert target_words(question) == wanted


def test_a_goal_named_and_a_job_said_without_i_am() -> None:
    question = "Currently a bank teller; long-term goal: financial analyst. Suggest a route."
    assert (own_words(question), target_words(question)) == ("bank teller", "financial analyst")
    assert own_words("how would a line cook become an executive chef over time?") == "line cook"


@pytest.mark.parametrize(
    "question",
    [
        "将来は施設長を目指したいのですが、どんなキャリアの積み方がありますか。",
        "How could I eventually end up managing transportation and distribution?",
        "How could I move up into logistics planning?",
        "Currently a bank teller; long-term goal: financial analyst. Suggest a route.",
        "I work as a CNA. Can you map out how I'd get to being an RN?",
        "want to become a teacher one day - what jobs could get me there?",
        "From receptionist to office manager: what are the steps?",
        "how would a line cook become an executive chef over time?",
    ],
)
def test_ways_to_ask_for_a_route(question: str) -> None:
    assert PATH.search(question.casefold())
