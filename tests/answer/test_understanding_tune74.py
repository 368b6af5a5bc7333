"""Questions like those the seventy-fourth to seventy-seventh blind tuning sets found misread: the same shapes in other
words.

"…, same question" asks the last topic of the job it names, whatever the rest of the turn hints; "is there computer
work involved?" asks of the tools used; a job the person wishes for in words ("林業の仕事がしたい") is asked of by
the words of one job after it ("農業高校からでもなれる？"), not read as a request for suggestions; the person's own
job told after the question ("I'm coming from a dental assistant job.") is background; "ok. same question for …" is
no small talk; "what background do they have?" asks the way in; a comparison that names no topic is made on the
sections its words are found in, and "じゃあXだとどう違う？" keeps the topic asked before; a job likened to
("看護師さんみたいに…") is not the one asked of; a doctor said by the field ("麻酔科"), a farmer by the crop ("花農家");
a title that holds an earlier job's title ("テクニカルライター" after ライター) is that new job; "持ってると" is a
condition, no job compared. Benefits ("失業手当") are no pay, and a worker at the job centre no search for openings.
An exam with no limit on who may sit it answers an age asked.

Facts no page holds are declined: the pay of a job the person would switch to, the next sitting of an exam and where,
sums to work out, a business name to invent, an honest opinion, a phrase to translate, firms named, the person's own
health and insurance, places near them, a school ranked.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["How do I become a histology technician?"],
        "I like plants too. what about agricultural technicians, same question",
        ["Agricultural Technicians"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["What does a foundry mold and coremaker do?"],
        "is there computer work involved or is it all by hand?",
        ["Foundry Mold and Coremakers"],
        ["Technology Skills"],
        False,
    ),
    (["what training do bakers need?"], "ok. same question for butchers", ["Butchers and Meat Cutters"], [], False),
    (
        ["what does a tile setter do?"],
        "and the helpers, the ones who assist the bricklayers and tile setters, what do they do?",
        ["Helpers--Brickmasons, Blockmasons, Stonemasons, and Tile and Marble Setters"],
        ["Description", "Tasks"],
        False,
    ),
    (  # "…との違いは？" compares the jobs as a whole, not on the way in asked before
        ["データサイエンティストになるにはどうすればいい？"],
        "AIエンジニアとの違いは？",
        ["データサイエンティスト", "AIエンジニア"],
        ["Description"],
        True,
    ),
    (
        ["What skills does a Tokyo ward mayor need?", "and the secretariat director-general of a ministry?"],
        "which of those two roles leans more on negotiation?",
        ["Ward Mayor (Tokyo Special Wards)", "Secretariat Director-General (Each Ministry/Agency)"],
        ["Aptitudes (Strengths Preferred)", "Required Skills", "Recommended Skills"],
        True,
    ),
    (
        ["区長に求められるスキルって何？"],
        "それなら官房長だとどう違うの？",
        ["Ward Mayor (Tokyo Special Wards)", "Secretariat Director-General (Each Ministry/Agency)"],
        ["Required Skills", "Recommended Skills"],
        True,
    ),
    (
        ["ライターってどうやってなるの？"],
        "マニュアルとか書いてるテクニカルライターのほうは？",
        ["テクニカルライター"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    (
        ["イラストレーターってどうやってなるの？", "テクニカルイラストレーターのほうは？"],
        "この二つで、資格を持ってると有利なのはどっち？",
        ["イラストレーター", "テクニカルイラストレーター"],
        ["Career Path", "Related Qualifications"],
        True,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS, ids=lambda example: example[1][:30])
def test_a_follow_up_read_as_it_is_asked(corpus_bot: Chatbot, example: Example) -> None:
    before, question, jobs, sections, every = example
    if sections:
        check(corpus_bot, example)
        return
    conversation = Conversation()
    for earlier in before:
        corpus_bot.ask(earlier, conversation)
    answer = corpus_bot.ask(question, conversation)  # "ok. same …": asked again, not a remark
    assert answer.answered and answer.about == jobs, (answer.about, answer.answer)


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("森や木が好きで、林業の仕事がしたい。農業高校からでもなれる？", "林業作業", ["Career Path", "Education"]),
        (
            "For dental hygienists, how much education do people usually have? I'm coming from a dental assistant job.",
            "Dental Hygienists",
            ["Education", "Job Zone"],
        ),
        ("気象予報士の試験って何歳から受けられる？学歴の条件はある？", "気象予報士", ["Career Path"]),
        (
            "Is there a job where you study old bones and ancient sites and write up reports? What background do those"
            " people usually have?",
            "Anthropologists and Archeologists",
            ["Education", "Job Zone"],
        ),
        ("臨床検査技師って夜勤ある？看護師さんみたいに夜勤ばっかりだと嫌だな", "臨床検査技師", ["Work Style"]),
        ("麻酔科ってどんな働き方？", "麻酔科医", ["Work Style"]),
        ("花農家ってどうやってなるの？", "花き栽培者", ["Career Path"]),
        ("ハローワークで失業手当の手続きをしてくれる人って、どんな仕事をしてるの？", "ハローワーク職員", ["Summary"]),
        ("how do I become a fireman?", "Firefighters", ["Job Zone", "Education"]),
        ("how do I become a detective?", "Detectives and Criminal Investigators", ["Job Zone", "Education"]),
    ],
)
def test_the_job_and_topic_asked(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


@pytest.mark.parametrize(
    "question",
    [
        "I'm thinking of moving from welding to pipefitting. How much do pipefitters make an hour in Denver?",
        "When is the next NCLEX exam and where can I take it near Chicago?",
        "Honest opinion: are car salesmen mostly trying to rip people off?",
        "quick math help - what's the volume of a box 3 ft by 4 ft by 5 ft? I'm training to be a carpenter",
        "Come up with a few catchy names for my dog grooming business",
        "「看護師になるのが夢です」って英語でなんて言うの？",
        "大阪で介護施設を運営してる会社、具体的な社名を教えて",
        "パン工場で働きたいけど、小麦アレルギーじゃなくて乳糖不耐症なんだ。医学的に問題ある？",
        "バイク事故で修理代が高くて…保険使ったほうがいい？等級下がるのが心配",
        "Which daycares near me let teenagers volunteer? my son wants to be a childcare worker",
        "What's the top-rated culinary school in California? I want to be a chef",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)


def test_a_worker_backed_up_is_not_the_one_asked_of(corpus_bot: Chatbot) -> None:
    """ "…パイロットを支えてる人" is who backs the pilots up: the pilots are background, the way in is asked."""
    question = "空港の地上で天気を見ながら飛行計画を立てて、パイロットを支えてる人って、何をすればなれるの？"
    answer = corpus_bot.ask(question, Conversation())
    assert answer.answered, answer.answer
    cited = [(c.job, c.section) for c in answer.citations[:3]]
    assert ("ディスパッチャー（航空機運航管理者）", "Career Path") in cited, cited
