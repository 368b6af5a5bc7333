"""Questions like those the twenty-ninth blind tuning set found misread: the same shapes in other words.

Answered: a name with its letters swapped and "pro" before it ("pro athelets"); a Japanese
question told after a preface ("…の求人を見てるんですけど、") is asked of what follows it; an
earlier job is returned to by the words of its title ("and the streetcar driver, …"); the worker
beside the job in focus is asked of in Japanese ("助手の人は？") and in place of its worker ("and
the technicians?"); "more please" goes on; "時期によって違う" compares nothing; a way in asked of
the work wished for ("…で働きたいんですが、どの試験…") is no request for suggestions; what is made
where one would work names its maker ("惣菜の工場": 惣菜製造); how a jobtag job is paid ("日給な
の？") is read from its page. Declined: the person's own diagnosis, shopping, politics, a future
told for their city, interview nerves and meals; and, of the kinds tune27 still found answered, an
opinion of the government, the person's convictions, a contact's name, their taxes, their own work
judged, their own chances foretold."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "what personalty traits do pro athelets tend to have",
        ["Athletes and Sports Competitors"],
        ["Personality Traits"],
        False,
    ),
    (
        ["豆腐屋さんって朝早いの？"],
        "惣菜の工場で働くのはどう？",
        ["惣菜製造"],
        ["Work Style"],
        False,
    ),  # made where one works
    (
        [],
        "海上保安庁で働きたいんですが、どの試験を受ければいいんでしょう",
        ["海上保安官"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    ([], "左官の給料って日給なの？", ["左官"], ["Work Style"], False),  # how it is paid: the page says
    (
        [],
        "病院の求人を見てるんですけど、歯科助手って一人前になるまでどれくらいかかる？",
        ["歯科助手"],
        ["Career Path"],
        False,
    ),
    (
        ["how much schooling do subway operators need", "what kind of personality do tour guides have"],
        "and the streetcar driver, what temperament does that need",
        ["Subway and Streetcar Operators"],
        ["Personality Traits"],
        False,
    ),
    (["歯科医師って休みは取りやすいの？"], "助手の人は？", ["歯科助手"], ["Work Style"], False),
    (
        ["what skills do photonics engineers need?"],
        "and the technicians?",
        ["Photonics Technicians"],
        ["Required Skills"],
        False,
    ),
    (["what do dental hygienists do all day?"], "more please", ["Dental Hygienists"], ["Tasks"], False),
    (
        ["花き栽培者になるにはどうすればいい？"],
        "一年中忙しいの？時期によって違う感じ？",
        ["花き栽培者"],
        ["Work Style"],
        False,
    ),
]

REFUSED: list[Refused] = [
    (["what do flight attendants do?"], "will i get hired at 55 if i apply?"),
    ([], "看護師の国家試験、今から勉強して受かると思いますか？"),
    ([], "what do you think of the president's plan for jobs, good or bad?"),
    (["what do truck drivers do?"], "would a DWI from last year stop me from getting a CDL?"),
    (["what do recruiters do?"], "give me the name of a recruiter at Google I could email"),
    (["税理士ってどんな仕事？"], "母の贈与税、自分で申告しても大丈夫かな"),
    (["イラストレーターになるには？"], "僕の描いたイラスト、プロになれるレベルか見てくれない？"),
    ([], "I just got diagnosed with carpal tunnel. is it safe for me to keep typing all day as a data entry keyer?"),
    (["what do audio and video technicians do?"], "can you recommend good headphones under $100"),
    ([], "which political party cares more about nurses and teachers?"),
    ([], "will nursing still be a good job in 2035 here in Manila?"),
    (["看護師になるには？"], "来週面接なんだけど、緊張しないコツある？"),
    (["調理師ってどんな仕事？"], "今日の晩ごはん何がいいと思う？"),
    ([], "椎間板ヘルニアと診断されたんですが、介護の仕事は続けられますか？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)
