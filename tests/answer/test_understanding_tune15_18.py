"""Questions like those the fifteenth to eighteenth blind tuning sets found misread (the same shapes, other words).

Fifteenth: a sentence that tells of a job posting or of pay before the question is no question about openings or
pay; "what do X study", "do they also handle …", "how do people land that job?", working hours and days off in
Japanese, a job's topic after its name (…の勤務体制), "Xってどうやってなるの", a supervisor named by whom they
supervise; the weather, aches and greetings that ask nothing of a job; the word "guard" heard in no gas-station page.

Sixteenth: what a job values asked and then put another way ("…value in their work? like what makes it
satisfying"), other names asked before a sentence of context, a software company as a place and not a topic, "what
does their work look like", the faculty people come from (どんな学部出身), どういう役職 and どういう流れで仕事する,
a trade called by its shop (…屋さん), and a job interview refused (no page covers one).

Seventeenth (multi-turn dialogues): "what would a X do", a name with a slash (pourer/caster), what two jobs are
compared on said in other words (attention to detail, leadership, pressure, empathy, working with people, hands-on,
math, a long road), "what would my day look like"; refused: whether a named employer hires, medication, and
whether an ache needs a doctor.

Eighteenth: a name said short ("psych professors", "a college lit professor", "a weatherization tech"), "what do
X do" with no article, a plural name that fills the slot ("forklift drivers"), "same question for <a description>",
"which job needs more X?" over the two in focus, a trait said plainly (careful, an eye for detail), the dexterity of
hands (器用), a Japanese "how do I get in" (どうやってその世界に入る, 未経験から転職), what interests suit (どういう
ことに興味がある人), a likes sentence before a question about one named job, "opening doors" (no job openings)."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.answer.test_understanding import BECOME_ONET, WORK_ONET, Example, check, check_refused
from tests.conftest import DIRECTOR

pytestmark = pytest.mark.slow

JOBTAG_BECOME = ["Career Path", "Education", "Related Qualifications"]
JOBTAG_WORK = ["Summary", "Description"]
EXAMPLES: list[Example] = [
    ([], "what do comp sci professors actually do?", ["Computer Science Teachers, Postsecondary"], WORK_ONET, False),
    (
        [],
        "I'm almost done with an MA in history. What does a college poli sci professor do?",
        ["Political Science Teachers, Postsecondary"],
        WORK_ONET,
        False,
    ),
    ([], "how do I become a vet tech?", ["Veterinary Technologists and Technicians"], BECOME_ONET, False),
    ([], "what do crane operators do exactly", ["Crane and Tower Operators"], WORK_ONET, False),
    (["what does a dental assistant do?"], "would I have to take x-rays too?", ["Dental Assistants"], WORK_ONET, False),
    (  # "the woman who …" describes a job; "what kind of degree" asks how to get in, not what the work is
        [],
        "the woman who fixes the elevators in our building - what kind of degree does she need?",
        ["Elevator and Escalator Installers and Repairers"],
        ["Education", "Job Zone"],
        False,
    ),
    ([], "what does a dental hygenist realy do", ["Dental Hygienists"], WORK_ONET, False),
    (
        ["what does a civil engineer do?", "what software do they use?"],
        "same question for the engineers who design airplanes",
        ["Aerospace Engineers"],
        ["Technology Skills"],
        False,
    ),
    (
        ["what does a pharmacist do?", "and a dental hygienist?"],
        "which job needs more schooling?",
        ["Pharmacists", "Dental Hygienists"],
        ["Education", "Job Zone"],
        True,
    ),
    (
        ["what does a paralegal do?", "and a lawyer?"],
        "which of the two is more for a careful person?",
        ["Paralegals and Legal Assistants", "Lawyers"],
        ["Personality Traits"],
        True,
    ),
    (["左官の仕事は？", "大工は？"], "どっちが手先の器用さが必要？", ["左官", "大工"], ["Abilities"], True),
    ([], "パン職人の仕事は？", ["パン製造、パン職人"], JOBTAG_WORK, False),
    (  # everyday words the page never uses (ネズミ, 退治): searched with the page's words (害獣, 駆除)
        [],
        "天井裏のネズミを退治してくれる人ってどんな仕事をしているの？",
        ["ペストコントロール従事者（害虫等防除・駆除従事者）"],
        JOBTAG_WORK,
        False,
    ),
    ([], "夏祭りの打ち上げ花火を作ってる職人さん", ["花火師"], JOBTAG_WORK, False),  # 花 of 花火 adds no 花き
    ([], "オフィスビルの掃除をする仕事の内容は？", ["ビル清掃"], JOBTAG_WORK, False),  # 掃除: 清掃
    (  # a shop form (…屋) no page names, whose trade the page says (駆除); the slot ends at って
        [],
        "駆除屋さんって、どんな資格がいるの？",
        ["ペストコントロール従事者（害虫等防除・駆除従事者）"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (
        [],
        "石で墓石や灯籠を作る仕事に興味があります。今は事務の仕事をしてるんですが、未経験から転職ってできるものですか？",
        ["石工"],
        ["Career Path", "Experience Before Entry"],
        False,
    ),
    ([], "看護師に向いてるのって、どんなことに興味がある人？", ["看護師"], ["Interests"], False),
    ([], "動物が大好きな中学生です。獣医師になるにはどうしたらいいですか？", ["獣医師"], JOBTAG_BECOME, False),
    ([], "保育士になるにはどんな学校に行けばいい？", ["保育士"], ["Career Path", "Education"], False),
    (
        [],
        "My neighbor's car got broken into and the person who came fixed the lock in minutes. Besides opening "
        "locks, what else do those folks do?",
        ["Locksmiths and Safe Repairers"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "I grew up bilingual and people keep saying I should interpret for a living. How much training does that take?",
        ["Interpreters and Translators"],
        BECOME_ONET,
        False,
    ),
    (
        [],
        "Saw a job posting for a crane operator downtown. What do crane and tower operators do?",
        ["Crane and Tower Operators"],
        WORK_ONET,
        False,
    ),
    ([], "I make about 30k a year now. How do I become a dental hygienist?", ["Dental Hygienists"], BECOME_ONET, False),
    ([], "what do economists actually study?", ["Economists"], WORK_ONET, False),
    (
        ["what do bookkeeping clerks do?", "what personality do they need?"],
        "do they also take care of payroll?",
        ["Bookkeeping, Accounting, and Auditing Clerks"],
        WORK_ONET,
        False,
    ),
    (
        ["what does an air traffic controller do?"],
        "how do people land that job?",
        ["Air Traffic Controllers"],
        BECOME_ONET,
        False,
    ),
    (["保育士ってどんな仕事？"], "働く時間帯は？", ["保育士"], ["Work Style"], False),
    ([], "看護師さんっていつ休んでるの？", ["看護師"], ["Work Style"], False),
    ([], "保育士の勤務体制ってどんな感じ？", ["保育士"], ["Work Style"], False),
    ([], "社労士ってどうやってなるの？", ["社会保険労務士"], JOBTAG_BECOME, False),
    (
        [],
        "what does a retail sales worker supervisor do all day?",
        ["First-Line Supervisors of Retail Sales Workers"],
        WORK_ONET,
        False,
    ),
]
EXAMPLES += [  # the sixteenth set
    (["how do I become a veterinary technician?"], "and for vets?", ["Veterinarians"], BECOME_ONET, False),
    ([], "歯医者さんってどんな仕事？", ["歯科医師"], JOBTAG_WORK, False),
    # a name said as where the job described works is context: 歯医者さんで…人 is no dentist (歯科医師)
    ([], "歯医者さんで歯の掃除をしてくれる人の仕事内容は？", ["歯科衛生士"], JOBTAG_WORK, False),
    (
        ["what do forensic science technicians do?"],
        "and the cybersecurity people?",
        ["Information Security Analysts", "Information Security Engineers"],
        WORK_ONET,
        False,
    ),
    (
        [],
        "what do chemists tend to value in their work? like what makes it satisfying for them",
        ["Chemists"],
        ["Work Values"],
        False,
    ),
    (
        [],
        "what other names do payroll clerks go by? I'm searching job sites",
        ["Payroll and Timekeeping Clerks"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    ([], "what do web developers do at software companies?", ["Web Developers"], WORK_ONET, False),
    ([], "surveyors - what does their work look like?", ["Surveyors"], WORK_ONET, False),
    ([], "宇宙開発技術者ってどんな学部出身の人が多い？", ["宇宙開発技術者"], ["Career Path", "Education"], False),
    ([], "官房長ってどういう役職なの？", [DIRECTOR], JOBTAG_WORK, False),
    ([], "測量士ってどういう流れで仕事するの？", ["測量士"], JOBTAG_WORK, False),
    ([], "ラーメン屋さんの仕事内容は？", ["ラーメン調理人"], JOBTAG_WORK, False),
]
EXAMPLES += [
    (
        [],
        "コンビニエンスストア店員ってバイトでもできる？",
        ["コンビニエンスストア店員"],
        ["Work Style", "Employment Type"],
        False,
    ),
]
EXAMPLES += [  # the seventeenth set
    (
        [],
        "I want to get into healthcare. What would a phlebotomist do?",
        ["Phlebotomists"],
        WORK_ONET,
        False,
    ),
    ([], "what does a shampooer/stylist assistant do?", ["Shampooers"], WORK_ONET, False),
    (
        ["what do bookkeeping clerks do?", "and payroll clerks?"],
        "which of the two needs more attention to detail?",
        ["Bookkeeping, Accounting, and Auditing Clerks", "Payroll and Timekeeping Clerks"],
        ["Personality Traits"],
        True,
    ),
    (
        ["what do actuaries do?", "and statisticians?"],
        "which one needs more math?",
        ["Actuaries", "Statisticians"],
        ["Required Skills", "Knowledge"],
        True,
    ),
    (
        ["what do dietitians do?"],
        "what would my day actually look like?",
        ["Dietitians and Nutritionists"],
        WORK_ONET,
        False,
    ),
]
REFUSED = [
    (["what do loan officers do?"], "does Wells Fargo hire loan officers without a degree?"),
    (["what do dermatologists do?"], "my skin has been itching for weeks, should I see a dermatologist?"),
    ([], "what meds would a psychiatrist put me on for anxiety?"),
    ([], "how do I ace the interview at a bank?"),
    (["what do web developers do?"], "what questions come up in Amazon's interview process?"),
    (["what do roofers do?"], "is it going to be rainy tomorrow?"),
    ([], "膝が痛いんだけど、病院行ったほうがいい？"),
    ([], "my wrist hurts, should I see a doctor?"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(("before", "question"), REFUSED, ids=[q for _, q in REFUSED])
def test_what_no_page_covers_is_refused(corpus_bot: Chatbot, before: list[str], question: str) -> None:
    check_refused(corpus_bot, before, question)


def test_hey_there_is_small_talk(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("hey there!", Conversation())
    assert answer.act == DialogueAct.SMALL_TALK and not answer.answered and not answer.citations


def test_an_unknown_name_the_leading_page_says_is_guessed(corpus_bot: Chatbot) -> None:
    # ビルメン is on no title or alias; the page the question leads to clearly says it (ビルメンテナンス): "…のことで
    # しょうか". Asked alone ("ビルメンの仕事内容は？") no page leads clearly enough, and it is refused.
    answer = corpus_bot.ask("ビルメンってビルの設備の点検とかする仕事？", Conversation())
    assert answer.answered and answer.citations[0].job == "ビル施設管理"
    assert answer.answer.startswith("**ビル施設管理**のことでしょうか")


def test_an_unknown_name_no_close_page_says_is_refused(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("宇宙飛行士になるには？", Conversation())  # no astronaut page
    assert not answer.answered and not answer.citations


def test_a_refusal_about_a_named_job_keeps_it_in_focus(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    assert not corpus_bot.ask("how much do carpenters make?", conversation).answered  # no page covers pay
    answer = corpus_bot.ask("what do they do, then?", conversation)
    assert answer.answered and answer.citations[0].job == "Carpenters"
