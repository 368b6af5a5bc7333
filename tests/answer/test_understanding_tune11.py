"""Questions like those the eleventh and twelfth blind tuning sets found misread (the same shapes, other words):
Japanese typed in romaji, a job named only as the one another works with ("hands the instruments to surgeons"), a
name heard with a voiced sound unvoiced (バーテンター), the ward mayor asked in Japanese inside a longer phrase
(東京の特別区の区長), a comparison asked by its topic (people person, a master's, 将来性), particular employers,
hiring in a place and writing a résumé refused, "what else do they do?" showing the tasks not yet shown, へー as
small talk; the kind of person, values, software and other names asked in other words, the first job returned to
in Japanese."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.answer.test_understanding import WORK_ONET, Example, check, check_refused
from tests.conftest import DIRECTOR, WARD_MAYOR

pytestmark = pytest.mark.slow

JOBTAG_BECOME = ["Career Path", "Education", "Related Qualifications"]
EXAMPLES: list[Example] = [
    ([], "yakuzaishi ni naru niwa dou sureba ii?", ["薬剤師"], JOBTAG_BECOME, False),
    ([], "juui no shigoto naiyou oshiete", ["獣医師"], ["Summary", "Description"], False),
    ([], "who hands the instruments to surgeons during operations?", ["Surgical Technologists"], WORK_ONET, False),
    ([], "バーテンターの仕事内容は？", ["バーテンダー"], ["Summary", "Description"], False),
    ([], "東京の特別区の区長って将来どうなる？", [WARD_MAYOR], ["Future Outlook"], False),
    (["官房長になるには？"], "区長だとどういう流れ？", [WARD_MAYOR], ["Career Path"], False),
    (
        ["what does an embalmer do?", "and crematory operators?"],
        "which of the two is more of a people person job",
        ["Embalmers", "Crematory Operators"],
        ["Interests", "Work Values"],
        True,
    ),
    (
        ["what do physician assistants do?", "and nurse practitioners?"],
        "which one has more people with a master's",
        ["Physician Assistants", "Nurse Practitioners"],
        ["Education"],
        True,
    ),
    ([], "what's a remote sensing scientist", ["Remote Sensing Scientists and Technologists"], WORK_ONET, False),
    ([], "is optometry a good fit for someone who likes science?", ["Optometrists"], ["Personality Traits"], False),
    ([], "what sort of person does well as a surveyor?", ["Surveyors"], ["Personality Traits", "Interests"], False),
    ([], "whats the boilermaker job like", ["Boilermakers"], WORK_ONET, False),
    (
        [],
        "wich softwares do court reporters use",
        ["Court Reporters and Simultaneous Captioners"],
        ["Technology Skills"],
        False,
    ),
    (
        [],
        "what matters most to librarians in their work?",
        ["Librarians and Media Collections Specialists"],
        ["Work Values"],
        False,
    ),
    (
        [],
        "on job boards what else might a dental assistant be listed as",
        ["Dental Assistants"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    (
        ["区長ってどんな仕事？", "官房長は？"],
        "将来性でいうとどっちが明るい？",
        [WARD_MAYOR, DIRECTOR],
        ["Future Outlook"],
        True,
    ),
    (
        ["薬剤師になるには？", "看護師は？"],
        "最初に聞いたほうって入ってから研修ある？",
        ["薬剤師"],
        ["Training After Entry"],
        False,
    ),
    ([], "検疫官って看護師じゃないとなれないの？", ["検疫官（看護師）"], JOBTAG_BECOME, False),
    # the thirteenth set's shapes: an honorific, a question word in the job slot, 商社の営業, titles on postings
    ([], "区長さんってどんな仕事？", [WARD_MAYOR], ["Summary", "Description"], False),
    (["区長になるには？"], "どんな性格の人が向いてる？", [WARD_MAYOR], ["Personality Traits"], False),
    ([], "商社の営業ってどんな仕事？", ["商社営業"], ["Summary", "Description"], False),
    (
        ["what does a real estate broker do?"],
        "what job titles would I see on postings for this?",
        ["Real Estate Brokers"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    # a topic guessed from the examples that the page lacks (Future Outlook on an O*NET page) is no refusal
    (
        [],
        "Do most electricians already have some years under their belt before they get hired?",
        ["Electricians"],
        ["Related Work Experience"],
        False,
    ),
    (
        [],
        "As an air traffic controller, would I be expected to keep my cool when things go wrong?",
        ["Air Traffic Controllers"],
        ["Personality Traits"],
        False,
    ),
]
REFUSED = [
    ([], "is walmart a good company to work for as a cashier?"),
    ([], "are hospitals hiring nurses right now in denver"),
    ([], "could you draft a resume for me for an electrician job"),
    (["what do pilots do?"], "what's the weather going to be like in osaka tomorrow"),
    ([], "are any hotels in miami hiring housekeepers right now"),
    ([], "which state has the most jobs for welders"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(("before", "question"), REFUSED, ids=[q for _, q in REFUSED])
def test_what_no_page_covers_is_refused(corpus_bot: Chatbot, before: list[str], question: str) -> None:
    check_refused(corpus_bot, before, question)


def test_a_romaji_question_shows_how_it_was_read(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("kangoshi no shigoto naiyou oshiete", Conversation())
    assert answer.answered and answer.citations[0].job == "看護師"
    assert answer.question == "kangoshi no shigoto naiyou oshiete" and "看護師" in (answer.read_as or "")


def test_what_else_shows_the_tasks_not_shown_yet(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    first = corpus_bot.ask("what does a zoologist do all day?", conversation)
    more = corpus_bot.ask("what else do they do?", conversation)
    assert more.answered and any(c.section == "Tasks" for c in more.citations)
    shown = {line for line in first.answer.splitlines() if line.startswith("- ")}
    again = {line for line in more.answer.splitlines() if line.startswith("- ")}
    assert again and not again & shown, (first.answer, more.answer)


def test_a_drawn_out_oh_is_small_talk(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("区長って何をする人？", conversation)
    answer = corpus_bot.ask("へー", conversation)
    assert answer.act is DialogueAct.SMALL_TALK and not answer.answered
