"""Questions like those the forty-seventh blind tuning set found misread: the same shapes in other words.

Answered: what a person cares about, then "would working as X line up with that?", asks for X's work values (the
job's name ends before "line up", while "a good fit as a plumber" still names the plumber); "価値を感じてる" asks
what the work is valued for, not who suits it; a Latin acronym begins a Japanese name ("CADの仕事": CADオペレーター);
"near me" says where a job would be done when skills are asked; "…を代行してくれる専門家" describes a job, not a
request to write something; "どういう作業をする" asks about the work; a side job said as "Xのバイト" names X's job
mid-conversation; a job named as the licence of another ("医療事務に興味があります。診療情報管理士の資格は…") asks
about the job of interest; "route calls" is no career route; "her job consists of" asks about the work; a lower-case
"his" is no acronym (HIS).
Declined: two named employers weighed on pay, the person's own invoice registration (an invoice as a job's work is
answered), a university's entrance score.
Advice (from guidance_tune31's gap and path cases, in other words): "supervise crews from several trades" is a
supervisor of those trades and "I supervise a team of customer service reps" the team's first-line supervisor, not
the reps; a helper "on a factory production line" helps production workers; "from several trades on our sites. What
would I …to get better" is no "from X to Y"; "どのへんを伸ばせば" asks for a gap; "段ボール箱を作る工場" places the
box maker, not any factory worker; "経営者の相談相手として…どんな道がありますか" asks for suggestions, not the
manager's page.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

WORK = ["Description", "Tasks", "Summary"]
EXAMPLES: list[Example] = [
    (
        [],
        "I value stable employment and a fair boss more than status. Would working as a dental hygienist line up "
        "with that?",
        ["Dental Hygienists"],
        ["Work Values"],
        False,
    ),
    (
        [],
        "美容部員をしている人は、仕事のどんなところに価値を感じてるのかな",
        ["化粧品販売/美容部員"],
        ["Work Values"],
        False,
    ),
    ([], "CADの仕事ってどんな感じ？", ["CADオペレーター"], ["Summary", "Description"], False),
    (  # the words that end a job's name before what it would do ("line up") leave "a good fit as a …" whole
        [],
        "Would I be a good fit as a plumber?",
        ["Plumbers, Pipefitters, and Steamfitters"],
        ["Personality Traits", "Interests"],
        False,
    ),
    (
        [],
        "thinking about being a lifeguard at the pool near me, wat skills do they look for",
        ["Lifeguards, Ski Patrol, and Other Recreational Protective Service Workers"],
        ["Required Skills"],
        False,
    ),
    (
        [],
        "会社の登記の書類を代わりに作って、法務局への申請まで代行してくれる専門家になるにはどうしたらいい？",
        ["司法書士"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    ([], "酪農ってどういう作業をするんですか", ["酪農従事者"], ["Summary", "Description"], False),
    (  # an invoice as the work of a job, not the person's own tax (which is declined below)
        [],
        "経理事務の仕事にインボイスの処理は入りますか？",
        ["経理事務"],
        ["Work Activities", "Description", "Summary", "Tasks"],
        False,
    ),
    (
        ["ケーキ屋さんの仕事について教えて"],
        "それとは別に、夏休みに倉庫作業のバイトも考えてて。一日何時間くらい働くもの？",
        ["倉庫作業員"],
        ["Work Style"],
        False,
    ),
    (
        [],
        "医療事務に興味があります。診療情報管理士の資格は取っておいたほうがいい？",
        ["医療事務"],
        ["Related Qualifications"],
        False,
    ),
    (
        [],
        "What's it like being a dispatcher who has to route calls to the right crews all day?",
        ["Dispatchers, Except Police, Fire, and Ambulance"],
        WORK,
        False,
    ),
    (
        [],
        "My neighbour teaches ESL to adults in the evenings. What does that job consist of?",
        ["Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors"],
        WORK,
        False,
    ),
    (
        [],
        "My dad saw someone who measured his lung function with a spirometer. What does a respiratory therapist do?",
        ["Respiratory Therapists"],
        WORK,
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "銀行員って、みずほ銀行と三井住友銀行だとどっちが年収高い？"),
    ([], "税理士として開業したら、インボイス登録はした方がいい？"),
    ([], "早稲田大学って今から目指して入れる？偏差値を知りたい"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "I've been a drywall installer for nine years. My boss is looking for someone to supervise crews from "
            "several trades on our sites. What would I have to get better at?",
            "Drywall and Ceiling Tile Installers",
            "First-Line Supervisors of Construction Trades and Extraction Workers",
        ),
        (
            "I'm a helper on a factory production line - I mostly fetch parts and clean the machines. What would I "
            "need to become an industrial machinery mechanic?",
            "Helpers--Production Workers",
            "Industrial Machinery Mechanics",
        ),
        (
            "鉄筋工を10年やってます。現場を仕切る建築の施工管理に移りたいんですが、どのへんを伸ばせばいいですか。",
            "鉄筋工",
            "建築施工管理技術者",
        ),
    ],
)
def test_the_gap_runs_between_the_jobs_told(corpus_bot: Chatbot, question: str, origin: str, target: str) -> None:
    check_gap(corpus_bot, question, origin, target)


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "I supervise a team of customer service reps at a call center. My long-term goal is human resources "
            "manager. What's a realistic route from where I am?",
            "First-Line Supervisors of Office and Administrative Support Workers",
            "Human Resources Managers",
        ),
        (
            "段ボール箱を作る工場で働いています。いずれは工場全体の生産や品質を管理する技術者になりたい。"
            "どういう順番でキャリアを積めばいいですか？",
            "紙器製造",
            "生産・品質管理技術者",
        ),
    ],
)
def test_the_route_starts_at_the_job_told(corpus_bot: Chatbot, question: str, origin: str, target: str) -> None:
    check_route(corpus_bot, question, origin, target)


def test_advising_managers_is_no_managers_job(corpus_bot: Chatbot) -> None:
    """ "…経営者の相談相手として…手伝う仕事がしたい。どんな道がありますか" asks which jobs do that: the managers
    named are whom the work serves, so the answer suggests jobs (a consultant's among them), not the manager's page."""
    answer = corpus_bot.ask(
        "信用金庫で融資の担当をしています。これからは個人経営のお店の経営者の相談相手として、外から経営の立て直しを"
        "手伝う仕事がしたいです。どんな道がありますか。",
        Conversation(),
    )
    assert answer.intent is Intent.MATCH, answer.answer[:300]
    assert "経営コンサルタント" in [match.job for match in answer.matches], [m.job for m in answer.matches]
