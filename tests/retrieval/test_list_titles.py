"""Names read off English list titles: parts that name things, not workers, are loose; several parts of one title
said together name that title; a name several jobs share is told apart by the words said just before it; a one-word
name after "from X to" is where the person goes, not a verb."""

from __future__ import annotations

from chatbot.models import JobEntry
from chatbot.retrieval import JobLinker
from chatbot.retrieval._matches import verb_after
from chatbot.retrieval._names import thing_parts
from chatbot.retrieval._spoken import bare_stem
from chatbot.text import name_breaks, name_words

SECURITIES = "Securities, Commodities, and Financial Services Sales Agents"
WEIGHERS = "Weighers, Measurers, Checkers, and Samplers, Recordkeeping"
INSPECTORS = "Inspectors, Testers, Sorters, Samplers, and Weighers"
EXTRUDING = "Extruding, Forming, Pressing, and Compacting Machine Setters, Operators, and Tenders"
DRAWING = "Extruding and Drawing Machine Setters, Operators, and Tenders, Metal and Plastic"
JOBS = [
    JobEntry(title=SECURITIES, source="s.txt", aliases=["Securities Broker", "Stock Trader"]),
    JobEntry(title="Security Guards", source="g.txt", aliases=["Security Guard", "Security Officer"]),
    JobEntry(title="Athletes and Sports Competitors", source="a.txt", aliases=["Professional Athlete"]),
    JobEntry(title="Customs and Border Protection Officers", source="c.txt", aliases=["Customs Inspector"]),
    JobEntry(title=WEIGHERS, source="w.txt", aliases=["Scale Operator"]),
    JobEntry(title=INSPECTORS, source="i.txt", aliases=["Quality Inspector"]),
    JobEntry(title="Credit Authorizers, Checkers, and Clerks", source="cr.txt", aliases=["Credit Clerk"]),
    JobEntry(title=EXTRUDING, source="e.txt", aliases=["Forming Machine Operator"]),
    JobEntry(title=DRAWING, source="d.txt", aliases=["Forming Machine Operator"]),
    JobEntry(title="Film and Video Editors", source="f.txt", aliases=["Film Editor"]),
    JobEntry(title="Producers and Directors", source="p.txt", aliases=["Producer", "Director"]),
]


def linked(text: str) -> dict[str, float]:
    return {link.title: link.score for link in JobLinker(JOBS).link(text, limit=5)}


def test_a_list_titles_part_that_no_alias_ends_names_a_thing() -> None:
    assert thing_parts(SECURITIES, ("Securities Broker", "Stock Trader")) == {"security", "commodity"}
    assert thing_parts("Athletes and Sports Competitors", ("Professional Athlete",)) == set()
    assert thing_parts("Customs and Border Protection Officers", ("Customs Inspector",)) == {"custom"}
    assert thing_parts("洋菓子製造、パティシエ", ()) == set()


def test_night_security_is_no_securities_agent_but_athletes_are_athletes() -> None:
    assert linked("I do overnight security at a mall").get(SECURITIES, 0.0) < 0.3
    assert linked("what do athletes do all day")["Athletes and Sports Competitors"] >= 0.45
    assert linked("what do securities brokers do")[SECURITIES] >= 0.45


def test_parts_of_one_list_title_said_together_name_it_and_not_the_jobs_sharing_one_part() -> None:
    found = linked("compare that with weighers, measurers and checkers")
    assert found[WEIGHERS] == 1.0
    assert INSPECTORS not in found
    assert "Credit Authorizers, Checkers, and Clerks" not in found


def test_one_part_alone_still_counts_for_each_title_that_lists_it() -> None:
    found = linked("what do weighers do")
    assert found[WEIGHERS] == found[INSPECTORS] < 1.0


def test_the_words_before_a_shared_name_tell_its_jobs_apart() -> None:
    found = linked("totally different one - extruding and forming machine operators, what is that work")
    assert found[EXTRUDING] > 0.45 > found.get(DRAWING, 0.0)
    found = linked("I run a metal drawing forming machine operator line")  # its words before: Metal and Plastic
    assert found[DRAWING] > 0.45 > found.get(EXTRUDING, 0.0)


def test_a_one_word_name_after_from_x_to_is_a_job_not_a_verb() -> None:
    tokens = name_words("what would be the steps from film and video editor to producer/director")
    assert not verb_after(tokens, tokens.index("producer"))
    assert verb_after(name_words("I want to direct films"), 3)
    assert linked("from film and video editor to producer/director")["Producers and Directors"] >= 0.45


NURSES = [
    JobEntry(title="Registered Nurses", source="rn.txt", aliases=["School Nurse", "OR Nurse", "Staff Nurse"]),
    JobEntry(title="Nurse Practitioners", source="np.txt", aliases=["Family Nurse Practitioner"]),
]


def test_a_name_is_not_read_across_punctuation_nor_a_capitals_word_in_lower_case() -> None:
    linker = JobLinker(NURSES)
    said = {link.matched for link in linker.link("which needs more school, nurses or nurse practitioners?", limit=5)}
    assert "School Nurse" not in said and "OR Nurse" not in said and "Nurse Practitioners" in said
    assert [link.title for link in linker.link("what does an OR nurse do", limit=1)] == ["Registered Nurses"]
    assert name_breaks("more school, nurses or nurse practitioners") == frozenset({2})


def test_a_list_title_said_with_its_commas_is_still_its_name() -> None:
    linker = JobLinker(JOBS)
    found = linker.link("how do I become a weigher, measurer, checker, and sampler", limit=1)
    assert [link.title for link in found] == [WEIGHERS]


GRINDING_METAL = (
    "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic"
)
GRINDING_ROCK = "Crushing, Grinding, and Polishing Machine Setters, Operators, and Tenders"


def test_a_tie_the_words_around_a_shared_name_leave_is_broken_by_the_whole_question() -> None:
    linker = JobLinker(
        [
            JobEntry(title=GRINDING_METAL, source="gm.txt", aliases=["Polishing Machine Operator"]),
            JobEntry(title=GRINDING_ROCK, source="gr.txt", aliases=["Polishing Machine Operator"]),
            JobEntry(title="Computer Programmers", source="cp.txt", aliases=["Programmer"]),
        ]
    )
    text = "For grinding and polishing machine operator jobs in a metal shop, are there any computer programs to know?"
    found = {link.title: link.score for link in linker.link(text, limit=5)}
    assert GRINDING_METAL in found and GRINDING_ROCK not in found
    # "computer program" (the bare stem of Computer Programmers) is a thing too: loose outside the job slot
    assert found.get("Computer Programmers", 0.0) < found[GRINDING_METAL] / 2
    assert bare_stem("computer program") and not bare_stem("court reporting") and not bare_stem("veterinary tech")
