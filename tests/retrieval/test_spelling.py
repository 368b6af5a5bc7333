"""Typo correction: misspelt names and question words, chat shorthand, two words typed as one."""

from __future__ import annotations

import pytest

from chatbot.retrieval._spelling import Speller

NAMES = ["electrician", "pharmacist", "web developer", "real estate agent", "auto mechanic", "airline pilot", "chess"]
NAMES += ["surgical assistant", "athlete", "facility manager"]
NAMES += ["neurologist", "numerologist", "stone mason", "man", "urban planner", "planer operator", "editor"]
NAMES += ["sterilizer"]
PAGE_STEMS = {"electrician", "pharmacist", "develop", "real", "estat", "agent", "auto", "mechan", "airlin", "pilot"}
PAGE_STEMS |= {
    "surgic",
    "assist",
    "athlet",
    "facil",
    "manag",
    "neurologist",
    "numerologist",
    "mason",
    "urban",
    "planner",
    "editer",  # stems as "edit", a word the pages use (the real check stems the word typed)
    "sterilize",
}


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(NAMES, lambda word: word in PAGE_STEMS)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how do I become an electrcian", "how do I become an electrician"),
        ("what does a farmacist do", "what does a pharmacist do"),
        ("wat do they do", "what do they do"),
        ("automechanic wat do they do", "auto mechanic what do they do"),
        ("realestate agent", "real estate agent"),
        ("airline pilots", "airline pilots"),  # a name's own word is never split
        ("professional chess player", "professional chess player"),  # an English word is left alone
        ("do data scientists use R", "do data scientists use R"),  # "r" is not shorthand for "are"
        ("what does a surgical assistent do", "what does a surgical assistant do"),  # the pair of a name
        ("what traits do athelets have", "what traits do athlete have"),  # its letters in another order
        ("what softwear do they use", "what software do they use"),
        ("what do facilites managers do", "what do facility managers do"),  # the pair with the word after
        ("what do stare workers do", "what do stare workers do"),  # an English word, though "tears" has its letters
        # one edit from two words: the word of the same letters (a swap), not the longer word with one more letter
        ("what does a nuerologist do", "what does a neurologist do"),
        ("how do you become a stone masn", "how do you become a stone mason"),  # the longer word, one edit in five
        ("does an urban planer need a masters", "does an urban planner need a masters"),  # a word, beside its pair
        ("what does a planer operator do", "what does a planer operator do"),  # a name's word with its own pair
        ("what does an editer do", "what does an editor do"),  # a worker's ending spelt another way
        ("my coworker sterilizes instruments", "my coworker sterilizes instruments"),  # the verb, not its doer
    ],
)
def test_corrects_what_people_type(speller: Speller, typed: str, read: str) -> None:
    assert speller.correct(typed) == read
