"""Questions like those the fifty-sixth blind tuning sets found misread: the same shapes in other words.

English: "I'm really into renewable fuels and I love lab work. What would a manager of biodiesel research projects
spend their time on?" asks about that job, not for jobs that suit, however much the person told of themselves first;
"there's more to it than assisting pharmacists" says what the person knows of the job in focus already, the
pharmacists are no job asked about; "And for the people who lay tile in bathrooms, same deal?" asks the same
question of another job, told of by its work; "how is that different from a dental assistant?" compares the work
(Description), while "how does that compare with…?" keeps the topic asked before; "what else? is it just fixing
machines or more than that" after the first tasks goes on with the tasks (a word of the title said, "machines", made
it the work asked again, the description shown again).

Japanese: a job named after a wish for work ("料理を活かせる仕事を探してる専門学生です。パティシエって普段どんなこと
してるんですか？") is asked about, no suggestions; "座りっぱなし" asks how the work is done; "工場で溶接の仕事をして
5年です" names 溶接 as the work, the factory is only where. Guards: a shop's clerk said as "…屋の店員" or after the
shop, in the sentence before, is that shop's ("ペット屋の店員", "ホームセンターでバイト…。店員さんって…"). A
portrait closing on "向いてる仕事ありますか？", "おすすめの仕事は？" or "次に目指すならどんな仕事ですか？" asks for
suggestions, whatever job its words happen to name ("アーティスト" of ネイルアーティスト, "保育士").

Also: "civil engineering" names Civil Engineers (a field with its qualifier), "histotech" a histotechnologist (a
name word cut short), "physiatrist" the physical medicine and rehabilitation physician (a name people use), and the
own job said before "thinking about…" is where a gap starts ("a firefighter thinking about retiring from the truck":
not a job read from "truck").
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import BECOME_ONET, Example, check_case, mixed_cases

pytestmark = pytest.mark.slow

WAY_IN_JA = ["Career Path", "Education", "Related Qualifications", "Training Before Entry", "Training After Entry"]
WORK_JA = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        [],
        "料理を活かせる仕事を探してる専門学生です。パティシエって普段どんなことしてるんですか？",
        ["洋菓子製造、パティシエ"],
        WORK_JA,
        False,
    ),
    (
        ["what does a pharmacy aide do?"],
        "what else do they do? I'd guess there's more to it than assisting pharmacists",
        ["Pharmacy Aides"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["what does a roofer do?", "do roofers need a degree?"],
        "And for the people who lay tile in bathrooms, same deal?",
        ["Tile and Stone Setters"],
        ["Education", "Job Zone"],
        False,
    ),
    ([], "ペット屋の店員ってどんな仕事？", ["ペットショップ店員"], WORK_JA, False),
    (
        [],
        "ホームセンターでバイトしようか迷ってます。店員さんってどんな仕事するの？",
        ["ホームセンター店員"],
        WORK_JA,
        False,
    ),
    ([], "プログラマーって一日中座りっぱなしなの？", ["プログラマー"], ["Work Style"], False),
    (
        [],
        "工場で溶接の仕事をして5年です。この仕事ってどんな資格でステップアップしていくの？",
        ["溶接工"],
        WAY_IN_JA,
        False,
    ),
    # a field said with its qualifier names its workers, not a page whose title starts with the field
    ([], "how do I get into civil engineering?", ["Civil Engineers"], BECOME_ONET, False),
    # a name word cut short: the longest worker's word it starts (histotechnologist, not histotechnician)
    ([], "what does a histotech do?", ["Histotechnologists"], ["Description", "Tasks"], False),
    # how a job differs from another, no topic said: the work; "how does that compare" keeps the topic
    (
        ["what does a dental hygienist do?", "what personality suits that job?"],
        "how is that different from a dental assistant?",
        ["Dental Hygienists", "Dental Assistants"],
        ["Description", "Tasks"],
        True,
    ),
    (
        ["what does a dental hygienist do?", "what personality suits that job?"],
        "how does that compare with a dental assistant?",
        ["Dental Hygienists", "Dental Assistants"],
        ["Personality Traits"],
        True,
    ),
    # a name people use that no page says
    ([], "what does a physiatrist do?", ["Physical Medicine and Rehabilitation Physicians"], ["Description"], False),
    # guards: a portrait that asks which jobs suit is still a request for suggestions (checked below); a worker at
    # an animal hospital is the animal nurse, not the hospital's nurse
    ([], "動物病院で看護の仕事がしたいんですが、国家資格ってあるんでしょうか", ["動物看護"], WAY_IN_JA, False),
]
CASES, IDS = mixed_cases(EXAMPLES, [])


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    "request_text",
    [
        "I'm finishing a chemistry degree and I'm really into clean energy. Which careers would suit me?",
        "英語を活かせる仕事を探してる大学3年です。どんな仕事が向いてますか？",
        # asked in other words after a portrait, whatever job its words happen to name
        "保育園で5年働いて保育士の資格もあります。最近は保護者の相談に乗るのにやりがいを感じます。次に目指すならどんな仕事ですか？",
        "絵を描くのが好きで、好きなアーティストのグッズを集めています。向いてる仕事ありますか？",
        "コーヒーが好きで、カフェで3年バイトしてます。人と話すのも得意です。おすすめの仕事は？",
    ],
)
def test_a_portrait_that_asks_for_jobs_still_gets_suggestions(corpus_bot: Chatbot, request_text: str) -> None:
    """Asking what a job involves after a portrait is of that job; asking which jobs suit is still advice."""
    answer = corpus_bot.ask(request_text)
    assert answer.answered and len(answer.matches) >= 3


@pytest.mark.parametrize(
    ("question", "job"),
    [
        (
            "I'm really into renewable fuels and I love lab work. What would a manager of biodiesel research projects"
            " spend their time on?",
            "Biofuels/Biodiesel Technology and Product Development Managers",
        ),
        (
            "料理を活かせる仕事を探してる専門学生です。パティシエって普段どんなことしてるんですか？",
            "洋菓子製造、パティシエ",
        ),
    ],
)
def test_what_one_job_does_asked_after_a_portrait_gets_no_suggestions(
    corpus_bot: Chatbot, question: str, job: str
) -> None:
    """The person's portrait is context: what the job asked about does is answered, no list of jobs that suit."""
    answer = corpus_bot.ask(question)
    assert answer.answered and not answer.matches, [m.job for m in answer.matches]
    assert answer.citations and answer.citations[0].job == job


def test_the_own_job_said_before_thinking_of_a_move_is_where_the_gap_starts(corpus_bot: Chatbot) -> None:
    """ "I'm a firefighter thinking about retiring from the truck…": the own job is the firefighter's, not a job
    read from "the truck"; the gap is from it to the fire inspector's."""
    answer = corpus_bot.ask(
        "I'm a firefighter thinking about retiring from the truck to work as a fire inspector. What would I need?"
    )
    assert answer.gap is not None, answer.answer
    assert (answer.gap.source, answer.gap.target) == ("Firefighters", "Fire Inspectors and Investigators")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("what does a dental hygienist do?", "anything else they do?"),
        ("what does an industrial machinery mechanic do?", "what else? is it just fixing machines or more than that"),
    ],
)
def test_what_else_shows_more_of_the_tasks_shown_in_part(corpus_bot: Chatbot, first: str, more: str) -> None:
    """ "What else do they do?" after the first tasks: the tasks not shown yet, before sections not shown at all
    (the second had been read as the work asked again, and shown the description again; the first is a guard)."""
    conversation = Conversation()
    shown = corpus_bot.ask(first, conversation)
    answer = corpus_bot.ask(more, conversation)
    assert answer.answered and answer.citations[0].section == "Tasks", [c.section for c in answer.citations]
    before = {c.text for c in shown.citations if c.section == "Tasks"}
    assert before and not before & {c.text for c in answer.citations if c.section == "Tasks"}
