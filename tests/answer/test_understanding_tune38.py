"""Questions like those the thirty-eighth blind tuning set and guidance_tune24 found misread: the same shapes in
other words.

Answered: a job described in one sentence and called "that job" in the next is the one described, not the one in
focus; "what's the work like for a X?" names X in its slot; someone in the person's life who told them of a job
("my counselor also mentioned…") is not that job; "…を育てるほうはどう？" describes another job; "食品系の研究職" is a
food researcher or technologist; weather that sways the work is the work's conditions, not small talk about the
weather; a comparison of what the person said matters to them ("recognition … which of the two gives that more?")
or of "more creative" compares what suits people; jobs "close to qualifying for" are the related jobs of the job
in focus. Declined: which job makes one happiest, picked for them; the person's own tax, medicine and exam dates;
the school with the best pass rate. Advice: the person's worker word said with where they work places their job
("technician at a hydroelectric plant"), and "running the plant" later on is that plant; a field said before a
worker word the title lacks ("roofing crew member") is no crew member page; a bare worker's name opening the
request is their job; the job they do now is not suggested to them.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    (  # described, then "that job": the job described, not the jeweler in focus
        ["what do jewelers do all day?"],
        "There's a shop in the mall hiring someone who repairs watches and clocks. what's that job actually like?",
        ["Watch and Clock Repairers"],
        WORK,
        False,
    ),
    (  # the same in Japanese, asked as a way in ("どういう道のりで")
        ["看護師になるには？"],
        "ケーキを作る仕事にも興味あって。そっちはどういう道のりでなるんだろう",
        ["洋菓子製造、パティシエ"],
        ["Career Path"],
        False,
    ),
    (  # "what's the work like for a X?": the slot of the name, said short ("lab tech")
        [],
        "I'm patient and good with tiny parts. What's the work like for a dental lab tech?",
        ["Dental Laboratory Technicians"],
        WORK,
        False,
    ),
    (  # "my counselor": who told them, not the job asked about
        ["what do audiologists do?"],
        "My counselor also mentioned fitting hearing aids for people. How much schooling is that?",
        ["Hearing Aid Specialists"],
        ZONE,
        False,
    ),
    (  # "X系の研究職": a kind of worker ("研究者") of a field, the title holding the field
        [],
        "食品系の研究職ってどんな仕事？",
        ["食品技術者"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (  # "…を育てるほうはどう": another job, described
        ["造園工って体力的にきつい？"],
        "果物を育てるほうはどうでしょう。やっぱり体力いります？",
        ["果樹栽培者"],
        ["Work Style", "Tasks", "Career Path", "Abilities"],
        False,
    ),
    (  # the weather as what sways the work: a comparison of the two jobs' conditions
        ["造園工って体力的にきつい？", "果物を育てるほうはどうでしょう。やっぱり体力いります？"],
        "天気に振り回されにくいのはどっちですか",
        ["造園工", "果樹栽培者"],
        ["Work Style"],
        True,
    ),
    (  # a comparison of what the sentence before said matters to the person: their work values
        ["what do geographers do?", "what do cartographers do?"],
        "recognition for what I do matters a lot to me. which of the two gives that more?",
        ["Geographers", "Cartographers and Photogrammetrists"],
        ["Work Values"],
        True,
    ),
    (  # "more creative": which suits the person, compared
        ["what do floral designers do?", "what do bakers do?"],
        "which of the two would let me be more creative?",
        ["Floral Designers", "Bakers"],
        ["Interests", "Personality Traits", "Work Values"],
        True,
    ),
    (  # "close to qualifying for" after a return: the related jobs of the job returned to
        ["what do geothermal technicians do?", "and what about recycling coordinators?"],
        "ok back to geothermal, what other jobs would I be close to qualifying for?",
        ["Geothermal Technicians"],
        ["Related Jobs"],
        False,
    ),
]

REFUSED: list[Refused] = [
    ([], "Which is the most fulfilling job out of dental hygienist, nurse and pharmacist? Just pick one for me."),
    ([], "介護福祉士と保育士、どっちが幸せになれると思いますか"),
    ([], "フリーのカメラマンです。50万円のレンズを買ったら、経費で全額落とせますか？"),
    ([], "夜勤明けがつらいです。市販の頭痛薬って毎日飲んでも大丈夫ですか？"),
    ([], "看護師の国家試験、今年の合格発表っていつでしたっけ？"),
    ([], "福岡で国家試験の合格率がいちばん高い専門学校ってどこですか"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


ADVICE = [  # (gap or route, the request, the person's job, the job wanted)
    (  # the worker word said with where they work; "running the plant" is their plant
        "gap",
        "I've been a technician at a hydroelectric plant for seven years. What would I need to move up to actually "
        "running the plant?",
        "Hydroelectric Plant Technicians",
        "Hydroelectric Production Managers",
    ),
    (  # "where would I be weakest?" asks for the gap; "weakest" names no job wanted
        "gap",
        "Bank teller for 6 years, thinking of jumping to loan officer. Where would I be weakest?",
        "Tellers",
        "Loan Officers",
    ),
    (  # a bare worker's name opening the request is the person's job
        "route",
        "Construction laborer. How do I get from here to running a tower crane?",
        "Construction Laborers",
        "Crane and Tower Operators",
    ),
]


@pytest.mark.parametrize(("kind", "request_text", "origin", "target"), ADVICE)
def test_the_advice_runs_between_the_jobs_said(
    corpus_bot: Chatbot, kind: str, request_text: str, origin: str, target: str
) -> None:
    (check_gap if kind == "gap" else check_route)(corpus_bot, request_text, origin, target)


def test_a_field_before_a_worker_word_places_the_field_s_worker(corpus_bot: Chatbot) -> None:
    """ "roofing crew member": a roofer or a roofer's helper, not the military page whose title says crew members."""
    answer = corpus_bot.ask(
        "roofing crew member, want to get into installing solar panels. what's the route?", Conversation()
    )
    assert answer.routes, answer.answer
    assert answer.routes[0].jobs[0] in ("Roofers", "Helpers--Roofers")
    assert answer.routes[0].jobs[-1] == "Solar Photovoltaic Installers"


@pytest.mark.parametrize(
    ("request_text", "theirs"),
    [
        (
            "Bartender for 8 years. I love the regulars and I'm great at calming people down, but the late nights are "
            "killing me. What else would suit me?",
            "Bartenders",
        ),
        (
            "タクシー運転手を15年やってます。人と話すのは好きですが、座りっぱなしがつらくなってきました。どんな仕事が向いていますか？",
            "タクシー運転手",
        ),
    ],
)
def test_the_job_they_do_now_is_not_suggested(corpus_bot: Chatbot, request_text: str, theirs: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.matches, answer.answer
    assert theirs not in [match.job for match in answer.matches]
