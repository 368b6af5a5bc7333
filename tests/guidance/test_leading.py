"""A wish to lead the people one works with ("I train the new guys and sort out who works which station") puts the
field's supervisors and managers before its workers; the work one is pulled into ("handing tools to the
journeyman") is no job wanted."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.guidance._roles import LEAD, SUPERVISING, role_weight

SUPERVISORS = "First-Line Supervisors of Production and Operating Workers"


def test_a_wish_to_lead_weighs_supervisors_up() -> None:
    leading = "i train the new guys and sort out the schedule on my shift"
    assert role_weight(SUPERVISORS, leading) == pytest.approx(LEAD)
    assert role_weight(SUPERVISORS, "i operate a stamping press on an assembly line") < 1.0  # not asked for: down
    assert role_weight("Team Assemblers", leading) == 1.0  # workers keep their weight
    assert role_weight("スーパー店長", "新人の教育を任されていて、いずれは店をまとめる立場になりたい") > 1.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("request_text", "supervisors", "within"),
    [
        (
            "Eight years on a factory assembly line. On my shift people come to me with problems, I train the new"
            " guys and sort out who works which station. What jobs would fit me?",
            "First-Line Supervisors of",
            1,
        ),
        (  # the hotel's managers may come first (the words "hotel" and "in charge" fit them too, since the words
            # weigh as much as the meaning: session 55), but a leading role of the field leads, before its workers
            "I've worked as a housekeeper at a hotel for years and now I'm in charge of the room schedule and"
            " training new staff. What could I do next?",
            "First-Line Supervisors of Housekeeping and Janitorial Workers",
            2,
        ),
    ],
)
def test_a_wish_to_lead_suggests_the_fields_supervisors_first(
    corpus_bot: Chatbot, request_text: str, supervisors: str, within: int
) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    jobs = [match.job for match in answer.matches]
    assert jobs and SUPERVISING.search(jobs[0]), jobs  # a leading role first, not a worker's
    assert any(job.startswith(supervisors) for job in jobs[:within]), jobs


@pytest.mark.slow
def test_the_journeyman_handed_tools_is_no_job_wanted(corpus_bot: Chatbot) -> None:
    question = (
        "I've been an electrician's helper for two years, bending conduit and handing tools to the journeyman. I'd"
        " like to become a fully licensed electrician myself. What do I still lack?"
    )
    answer = corpus_bot.ask(question, Conversation())
    assert answer.gap is not None and answer.gap.target == "Electricians", answer.gap
