"""The six kinds of question issue 13 found misunderstood, each example answered right on the real 1,574-page index.

Right means what the evaluation counts (chatbot/answer/_evaluate.py): one of the first three citations is the
expected job and section; a comparison cites every job; nothing is refused that the pages answer.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.conftest import DIRECTOR, WARD_MAYOR

pytestmark = pytest.mark.slow

BECOME_ONET = [
    "Job Zone",
    "Education",
    "Related Work Experience",
    "On-the-Job Training",
    "On-Site or In-Plant Training",
]
WORK_ONET = ["Description", "Tasks"]
PERSONALITY = ["Personality Traits", "Interests", "Work Values"]
# (earlier turns, question, acceptable jobs, acceptable sections, every job must be cited)
Example = tuple[list[str], str, list[str], list[str], bool]
FOLLOW_UPS: list[Example] = [
    (["how do I become a ward mayor?"], "once there, what's the next step up?", [WARD_MAYOR], ["Career Path"], False),
    (
        ["how do I become a ward mayor?", "once there, what's the next step up?"],
        "and the step before that one?",
        [WARD_MAYOR],
        ["Career Path"],
        False,
    ),
    (["How do I become a pharmacist?"], "same question for electricians", ["Electricians"], BECOME_ONET, False),
    (
        ["How do I become a pharmacist?", "same question for electricians"],
        "which of the two needs more schooling?",
        ["Pharmacists", "Electricians"],
        ["Education", "Job Zone"],
        True,
    ),
    (
        ["How do I become a pharmacist?", "same question for electricians"],
        "Going back to pharmacists, what personality suits them?",
        ["Pharmacists"],
        PERSONALITY,
        False,
    ),
    (
        ["what does a pharmacist do?", "and an electrician?"],
        "what about the first one we discussed?",
        ["Pharmacists"],
        WORK_ONET,
        False,
    ),
    (["看護師になるにはどんな資格が必要？"], "薬剤師は？", ["薬剤師"], ["Related Qualifications"], False),
    (["看護師になるにはどんな資格が必要？"], "薬剤師はどうですか？", ["薬剤師"], ["Related Qualifications"], False),
]
SINGLE: list[Example] = [
    ([], "the person who makes bread every morning", ["Bakers"], WORK_ONET, False),
    ([], "who flies helicopters?", ["Commercial Pilots", "Air Crew Members"], WORK_ONET, False),
    ([], "who fixes cars for a living", ["Automotive Service Technicians and Mechanics"], WORK_ONET, False),
    (
        [],
        "I'd like to drive buses for a living. How do I start?",
        ["Bus Drivers, Transit and Intercity", "Bus Drivers, School"],
        BECOME_ONET,
        False,
    ),
    ([], "who installs solar panels on roofs?", ["Solar Photovoltaic Installers"], WORK_ONET, False),
    ([], "who designs the inside of offices and homes?", ["Interior Designers"], WORK_ONET, False),
    ([], "how do I become an electrcian", ["Electricians"], BECOME_ONET, False),
    ([], "what does a farmacist do", ["Pharmacists"], WORK_ONET, False),
    ([], "wat skils do web develpers need", ["Web Developers"], ["Required Skills", "Technology Skills"], False),
    (
        [],
        "お菓子を作る仕事につきたい",
        ["洋菓子製造、パティシエ", "和菓子製造、和菓子職人"],
        ["Summary", "Description", "Career Path"],
        False,
    ),
    ([], "what are the work values of registered nurses?", ["Registered Nurses"], ["Work Values"], False),
    (
        [],
        "what jobs are like being a dentist?",
        ["Dentists, General", "Dentists, All Other Specialists"],
        ["Related Jobs"],
        False,
    ),
    # found in later tuning: the person's own job is background; Japanese leaves the job in focus unsaid
    (
        [],
        "I'm a legal secretary thinking about switching to court reporting. what does the job involve exactly?",
        ["Court Reporters and Simultaneous Captioners"],
        WORK_ONET,
        False,
    ),
    (["すし職人になりたい！専門学校とか行かないとダメ？"], "朝早いってほんと？", ["すし職人"], ["Work Style"], False),
    (
        ["動物園の飼育員って毎日何をしてるの？", "水族館の飼育員は？"],
        "さっきの動物園のほうに戻るけど、どんな学校を出た人が多い？",
        ["動物園飼育員"],
        ["Career Path", "Education"],
        False,
    ),
    # the sixth blind tuning set (tests/eval/tune6_dialogue.jsonl): names split by の, colloquial heads, readings,
    # near spellings, "Xってどう？" with nothing before, a weak name inside a description, "paid to" is no pay question
    ([], "犬の訓練士って具体的に何するの", ["犬訓練士"], ["Summary", "Description"], False),
    ([], "幼稚園の先生ってどんな仕事？", ["幼稚園教員"], ["Summary", "Description", "Tasks"], False),
    ([], "りがくりょうほうしになるには", ["理学療法士（PT）"], ["Career Path"], False),
    ([], "パテシエになりたい どうすればいい", ["洋菓子製造、パティシエ"], ["Career Path"], False),
    ([], "MRってどう？", ["医薬情報担当者（MR）"], ["Summary", "Description", "Work Style"], False),
    (
        [],
        "someone who gets paid to hack into a company's systems to show them where they're weak"
        " - what's that role about?",
        ["Penetration Testers"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "who actually makes the dentures and crowns that dentists put in? like in a lab",
        ["Dental Laboratory Technicians"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "i really want independence at work. does photography fit that, value-wise?",
        ["Photographers"],
        ["Work Values"],
        False,
    ),
    (["消防士になりたい"], "入ってからは？", ["消防官"], ["Career Path"], False),
    # the eighth (tune8_dialogue.jsonl): names people use, work-style words, "right before", "wind turbine tech"
    ([], "床屋さんになるのって何年くらい学校通うの？", ["理容師"], ["Career Path", "Education"], False),
    ([], "海保に入るには大学校出てないとだめ？", ["海上保安官"], ["Career Path", "Education"], False),
    ([], "マトリって薬剤師じゃなくてもなれるの", ["麻薬取締官"], ["Career Path"], False),
    ([], "豆腐屋さんってやっぱ朝めちゃくちゃ早いの？", ["豆腐製造、豆腐職人"], ["Work Style"], False),
    ([], "視能訓練士って当直とかある？", ["視能訓練士"], ["Work Style"], False),
    (["how do I become a ward mayor?"], "what's the step right before?", [WARD_MAYOR], ["Career Path"], False),
    ([], "what does a wind turbine tech do all day?", ["Wind Turbine Service Technicians"], WORK_ONET, False),
    (
        [],
        "I'm finishing a geography degree and thinking about city planning. What do those planners actually work on?",
        ["Urban and Regional Planners"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "I love history and digging stuff up - pottery, old tools - to figure out how ancient people lived. What do"
        " the people who do that professionally work on?",
        ["Anthropologists and Archeologists"],
        WORK_ONET,
        False,
    ),
    (
        ["林業の現場作業ってどんなことするの？", "危なくない？"],
        "じゃあ造園工の場合は？",
        ["造園工"],
        ["Work Style"],
        False,
    ),
    # the seventh (tune7_dialogue.jsonl): readings before "ってどうやって", "何やる", 学童の先生, a job's way in
    ([], "きしょうよほうしってどうやってなるの", ["気象予報士"], ["Career Path"], False),
    ([], "会計士って何やる仕事？", ["公認会計士"], ["Summary", "Description", "Tasks"], False),
    ([], "学童の先生ってどんなことするの", ["学童保育指導員"], ["Summary", "Description", "Tasks"], False),
    (
        [],
        "車いじるの好きで整備士考えてる。資格なくても働ける？",
        ["自動車整備士"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    (["プログラマーってどうやってなるの？"], "そのあとは？", ["プログラマー"], ["Career Path"], False),
    (
        ["what do long haul truckers do besides driving", "what about guys who drive delivery vans around town"],
        "if i want to be left alone and work independently, which of the two suits me better?",
        ["Heavy and Tractor-Trailer Truck Drivers"],
        ["Work Values"],
        False,
    ),
    (
        [
            "what does an orthodontist do that a normal dentist doesn't",
            "what about the hygienist who cleans your teeth",
        ],
        "what do they care about most in a job?",
        ["Dental Hygienists"],
        ["Work Values"],
        False,
    ),
]


def check(bot: Chatbot, example: Example) -> None:
    before, question, jobs, sections, every = example
    conversation = Conversation()
    for earlier in before:
        assert bot.ask(earlier, conversation).answered, earlier
    answer = bot.ask(question, conversation)
    assert answer.answered, (question, answer.answer)
    cited = [(c.job, c.section) for c in answer.citations]
    if every:
        assert all(any((job, s) in cited for s in sections) for job in jobs), (question, cited)
    else:
        assert any(job in jobs and section in sections for job, section in cited[:3]), (question, cited)


def check_asked(bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    """Asked alone, the question is answered about the job, one of its first three citations that job's page in one
    of the sections."""
    answer = bot.ask(question, Conversation())
    assert answer.answered, answer.answer
    assert answer.about[:1] == [job], answer.about
    assert any(c.job == job and c.section in sections for c in answer.citations[:3]), answer.citations


def check_refused(bot: Chatbot, before: list[str], question: str) -> None:
    """After the earlier turns (each answered), the question is declined with nothing cited."""
    conversation = Conversation()
    for earlier in before:
        assert bot.ask(earlier, conversation).answered, earlier
    answer = bot.ask(question, conversation)
    assert not answer.answered and not answer.citations, answer.answer


Refused = tuple[list[str], str]  # (earlier turns, a question to decline)
Case = tuple[Example | None, Refused | None]


def mixed_cases(examples: list[Example], refused: list[Refused]) -> tuple[list[Case], list[str]]:
    """Examples to answer and questions to decline as one parametrized list, with their questions as ids."""
    cases: list[Case] = [*((example, None) for example in examples), *((None, r) for r in refused)]
    return cases, [*(example[1] for example in examples), *(question for _, question in refused)]


def check_case(bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    """An example answered right, or a question declined with nothing cited."""
    if example is not None:
        check(bot, example)
    else:
        assert refused is not None
        check_refused(bot, *refused)


def check_gap(bot: Chatbot, request_text: str, origin: str | None, target: str) -> None:
    """The gap asked for runs from the origin (None: either page the words fit) to the target."""
    answer = bot.ask(request_text, Conversation())
    assert answer.gap is not None, answer.answer
    assert answer.gap.target == target and origin in (None, answer.gap.source), (answer.gap.source, answer.gap.target)


def check_small_talk(bot: Chatbot, remark: str) -> None:
    """After a job question, the remark is small talk: nothing looked up, nothing cited."""
    conversation = Conversation()
    assert bot.ask("what do podiatrists do?", conversation).answered
    answer = bot.ask(remark, conversation)
    assert answer.act is DialogueAct.SMALL_TALK and not answer.citations, answer.answer


def check_route(bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    """The first route asked for runs from the origin to the target."""
    answer = bot.ask(request_text, Conversation())
    assert answer.routes, answer.answer
    assert (answer.routes[0].jobs[0], answer.routes[0].jobs[-1]) == (origin, target)


@pytest.mark.parametrize("example", FOLLOW_UPS + SINGLE, ids=[e[1] for e in FOLLOW_UPS + SINGLE])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("follow_up", "step", "quote"),
    [
        (
            "once there, what's the next step up?",
            "Administrative Vice-Minister",
            "Secretariat Director-General → Administrative Vice-Minister",
        ),
        (
            "and the step before that one?",
            "Division Director · Deliberative Official",
            "Division Director · Deliberative Official → Secretariat Director-General",
        ),
    ],
)
def test_a_step_along_the_path_is_named_and_quotes_the_path(
    corpus_bot: Chatbot, follow_up: str, step: str, quote: str
) -> None:
    conversation = Conversation()
    corpus_bot.ask("how do I become a secretariat director-general?", conversation)
    answer = corpus_bot.ask(follow_up, conversation)
    assert f"**{step}**" in answer.answer and answer.citations[0].text == quote


@pytest.mark.parametrize(
    ("turns", "question", "expected"),
    [
        (  # another job's path came in between: each job's path is kept
            ["ward mayor career path", "how do I become a secretariat director-general?"],
            "back to the mayor, what's the step before deputy ward mayor?",
            (WARD_MAYOR, "Department Head Level"),
        ),
        (  # no path shown yet: from the job's own step
            ["What does a Secretariat Director-General actually do?"],
            "what's the step after that?",
            (DIRECTOR, "Administrative Vice-Minister"),
        ),
        (  # a step named by its last words
            ["how do I become a secretariat director-general?", "what comes after division director?"],
            "is there anything above director-general or is that the top",
            (DIRECTOR, "Administrative Vice-Minister"),
        ),
    ],
)
def test_a_named_step_is_found_on_any_path_shown(
    seeds_bot: Chatbot, turns: list[str], question: str, expected: tuple[str, str]
) -> None:
    job, step = expected
    conversation = Conversation()
    for turn in turns:
        assert seeds_bot.ask(turn, conversation).answered, turn
    answer = seeds_bot.ask(question, conversation)
    assert answer.jobs == [job] and f"**{step}**" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("job", "asked"), [(WARD_MAYOR, "ward mayor role"), (DIRECTOR, "secretariat director-general position")]
)
def test_tell_me_about_a_seed_role_leads_with_what_it_is(seeds_bot: Chatbot, job: str, asked: str) -> None:
    answer = seeds_bot.ask(f"Tell me about the {asked}")
    assert answer.answered and [(c.job, c.section) for c in answer.citations[:2]] == [
        (job, "Summary"),
        (job, "Description"),
    ]
