"""The words a job's title shares with words said: as they are, or joined to a person in one title word ("sales
associate" at a clothing store shares "sale" with Retail Salespersons, whose alias it is beside six other pages')."""

from __future__ import annotations

from chatbot.retrieval._names import Name


def begun_in(words: set[str], title: list[str]) -> bool:
    """Whether a title word is one of the words or the word of a person of one ("sale": Salespersons)."""
    return any(said.startswith(word) and said[len(word) :] in PERSONS for word in words for said in title)


# what may follow the word in the title word: nothing, or a person ("salesperson", "repairman"), the word singular as
# name_words has it
PERSONS = frozenset(
    ["", *(f"{s}{person}" for s in ("", "s") for person in ("person", "persons", "man", "men", "woman", "women"))]
)


def most_shared(
    names: list[Name], words: set[str], titles: dict[str, list[str]], japanese: dict[str, bool]
) -> list[Name]:
    """The names whose job's title shares most of these words (a Japanese page's name kept: "PT", 理学療法士（PT）)."""
    shared = {n.job: sum(begun_in({word}, titles[n.job]) for word in words) for n in names}
    english = [shared[n.job] for n in names if not japanese[n.job]]
    return [n for n in names if japanese[n.job] or shared[n.job] == max(english, default=0)]
