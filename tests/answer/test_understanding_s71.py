"""Understanding examples of the seventy-first session: the gap questions of the tuning sets whose job wanted or own
job was misread, said in other words.

- A name several pages share is settled by a title word that joins it to a person: "sales associate" at a clothing
  store is Retail Salespersons (whose title says "salespersons"), not one of the sales agents' pages that say
  "sales" apart.
- "…to become one of the X who…" wants X, whatever verb comes before ("love to", "need to").
- A job wished for told by where and what is done there ("I'd love a job at a theme park running the rides", "A
  job checking books in and out … at the public library sounds great") is the job wanted, not the own work listed
  before it ("…manage the waitlist").
- A job wished for said as an opening posted, a job considered for ("…could be considered for the CEO job"),
  what "do that" is said to be after a comma, or a job named in the question asked last ("What skills am I missing
  for a buyer job?") over a wish described before it.
- "Which of my skills need work…?" after the own job and the job wanted asks for the gap.
- A maker's word said as a verb after an adverb ("…one of the engineers who actually design them") is no designer:
  the engineers of the person's own field are wanted.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.models import Intent
from chatbot.retrieval._advice import advice_intent
from chatbot.retrieval._names import Name
from chatbot.retrieval._place import doer_said
from chatbot.retrieval._slots import target_words
from chatbot.retrieval._title_words import begun_in, most_shared


def test_a_title_word_joined_to_a_person_shares_the_word() -> None:
    assert begun_in({"sale"}, ["retail", "salesperson"])
    assert begun_in({"repair"}, ["appliance", "repairman"])
    assert not begun_in({"tech"}, ["industrial", "engineering", "technician"])  # said short: not this reading
    assert not begun_in({"sale"}, ["insurance", "agent"])


def test_the_page_whose_title_says_more_of_the_words_is_kept() -> None:
    names = [Name("retail", 0.8, "Sales Associate"), Name("solar", 0.8, "Sales Associate")]
    titles = {"retail": ["retail", "salesperson"], "solar": ["solar", "representative"]}
    kept = most_shared(names, {"sale", "associate"}, titles, {"retail": False, "solar": False})
    assert [name.job for name in kept] == ["retail"]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("I'd love to become one of the buyers who picks what the store carries. What do I need?", "buyers"),
        ("What would I need to become one of the engineers who design these systems?", "engineers"),
        ("Someday I hope to be one of the nurses on the ward.", "nurses"),
    ],
)
def test_one_of_the_workers_is_the_job_wanted(question: str, wanted: str) -> None:
    assert (target_words(question) or "").split()[0] == wanted


def test_a_verb_after_an_adverb_names_no_maker() -> None:
    assert not doer_said("Commercial and Industrial Designers", "engineers who actually designs them")
    assert doer_said("Commercial and Industrial Designers", "a product design role")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "I work as a sales associate at a clothing store and want to become a buyer. What skills do I lack?",
            "Retail Salespersons",
            "Wholesale and Retail Buyers, Except Farm Products",
        ),
        (
            "Mechanical engineering tech here, I build and test the prototypes. I'd like to become one of the "
            "engineers who actually design them. What am I missing?",
            "Mechanical Engineering Technologists and Technicians",
            "Mechanical Engineers",
        ),
        (
            "I sell shoes at a mall store and I like spotting what will sell. I'd really like to be the person who "
            "picks and orders the stock from vendors. What skills am I missing for a buyer job?",
            None,
            "Wholesale and Retail Buyers, Except Farm Products",
        ),
        (
            "I'm in-house counsel at a manufacturer, and I could be considered for the CEO job someday. What would "
            "I need to develop?",
            "Lawyers",
            "Chief Executives",
        ),
        (  # the job wished for by where and what (the own job said as work: not asserted)
            "I wait tables at a diner. I'd love a job at an amusement park operating the rides and keeping guests "
            "safe. What skills am I missing?",
            None,
            "Amusement and Recreation Attendants",
        ),
        (
            "I bag groceries at a supermarket. A job shelving books and helping readers at a public library sounds "
            "great. What would I need to learn?",
            None,
            "Library Assistants, Clerical",
        ),
    ],
)
def test_the_jobs_of_a_gap(corpus_bot: Chatbot, question: str, source: str | None, target: str) -> None:
    answer = corpus_bot.ask(question)
    assert answer.gap is not None, answer.answer
    assert answer.gap.target == target
    assert source is None or answer.gap.source == source


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "I'm a hostess. I greet people, manage the waitlist and seat them. I'd love a job at a theme park "
            "running the rides and helping guests. What would I need?",
            "theme park running the rides",
        ),
        (
            "I stock shelves at night. A job checking books in and out at the public library sounds great. What "
            "skills would I need?",
            "checking books in and out at the public library",
        ),
        (
            "Cashier at a hardware store. They posted an assistant manager opening last week. What would I need to "
            "land it?",
            "assistant manager",
        ),
        (
            "I bus tables but I like tinkering with bikes and would like to do that as a real job, repairing "
            "bicycles. What skills am I missing?",
            "repairing bicycles",
        ),
        ("I run the legal team and the board says I could be considered for the CEO job. What would I need?", "ceo"),
        ("I stock shelves and love seeing what sells. What skills am I missing for a buyer job?", "buyer job"),
    ],
)
def test_a_job_wished_for_by_where_and_what(question: str, wanted: str) -> None:
    assert target_words(question) == wanted


def test_which_of_my_skills_asks_for_the_gap() -> None:
    said = "I'm a dental assistant and I want to move up to hygienist. Which of my skills need work?"
    intent, _ = advice_intent(said, [], [], own="dental assistant", wanted="hygienist")
    assert intent is Intent.GAP
