"""Questions like those the sixty-third and sixty-fourth blind tuning sets found misread: the same shapes in other
words.

A return that recalls the earlier job by a word the person said of it ("going back to the professor route") is that
job. A fresh opening ("全然違うんだけど") that tells of another job and asks "そっちはどう？" keeps the topic; one that
tells of a second job as a candidate ("…の仕事も候補なんだけど、そっちは…") asks of that job, not the one in focus. "How
long does it take to get trained as the person who…" asks the way in of the job described; "what jobs are similar
that I could move into?" its related jobs; "can you pick it up on the job?" asks of training, not for a decision. A
comparison on a broad topic shows each section that answers it ("more of a people job?": the Interests as well as the
Personality Traits). A Japanese title with an openings word (ハローワーク職員) is no openings question.

What no page gives is declined however it is asked: pass rates, head counts, the share of women, commission and day
rates, what opening a business or a school costs, the adviser's own pick or forecast, an introduction to a workshop,
and a job's future where its page has no outlook. Routes and gaps read "I work in <field>", "from here to there" and
the target after "I make …" (what the person does, not where they go).
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.answer.test_understanding import Example, check, check_refused

pytestmark = pytest.mark.slow

BECOME_EN = ["Job Zone", "Education", "On-the-Job Training", "Related Work Experience"]
EXAMPLES: list[Example] = [
    (
        [
            "I'm finishing a master's in history and thinking about teaching at a university. What would my workload"
            " look like as a history professor?",
            "My backup plan is honestly hospital administration. Same thing for medical and health services managers,"
            " what degree do they usually have?",
            "Which of the two expects more prior work experience before you get hired?",
        ],
        "Going back to the professor route, what kinds of software would I be expected to know?",
        ["History Teachers, Postsecondary"],
        ["Technology Skills"],
        False,
    ),
    (
        ["通訳の人ってどんな仕事をしてるんですか？", "資格とか持ってないと無理？"],
        "全然違うんだけど、道路の工事を仕切るみたいな仕事も気になってて。そっちはどう？",
        ["土木施工管理技術者"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (
        ["ソーシャルワーカーってどんな一日を過ごしてるんですか？", "その仕事に就くにはどうすればいいですか？"],
        "実はホテルの客室を掃除する仕事も候補なんだけど、そっちはどうやって就くの？",
        ["客室清掃・整備担当（ホテル・旅館）"],
        ["Career Path", "Education"],
        False,
    ),
    (
        [],
        "how long does it take to get trained as the person who cuts and colors hair at a salon? is it quick?",
        ["Hairdressers, Hairstylists, and Cosmetologists"],
        BECOME_EN,
        False,
    ),
    (
        [],
        "I work as a payroll clerk at a hospital. What jobs are similar that I could move into?",
        ["Payroll and Timekeeping Clerks"],
        ["Related Jobs"],
        False,
    ),
    (
        [],
        "Do electricans need college or can you pick it up on the job?",
        ["Electricians"],
        BECOME_EN,
        False,
    ),
    (
        ["What does a library assistant do?", "what about postal service clerks?"],
        "which of the two is more of a people job?",
        ["Library Assistants, Clerical", "Postal Service Clerks"],
        ["Interests"],
        True,
    ),
    (
        [],
        "ハローワークの職員になるには試験がある？",
        ["ハローワーク職員"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    ([], "ゲームのテスターの仕事って、どうやって始める人が多いの？", ["デバッグ作業"], ["Career Path"], False),
    (
        [],
        "Money aside, is being a chef the kind of job where you get to do your own thing and feel like you"
        " accomplished something?",
        ["Chefs and Head Cooks"],
        ["Work Values"],
        False,
    ),
    ([], "図書館司書って、どうやって仕事を進めてるの？", ["図書館司書"], ["Description", "Summary", "Tasks"], False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_a_question_of_the_shapes_found(corpus_bot: Chatbot, example: Example) -> None:
    """Each example answered with its job and section among the first citations."""
    check(corpus_bot, example)


def test_a_candidate_job_told_is_what_is_asked_of(corpus_bot: Chatbot) -> None:
    """ "…の仕事も候補なんだけど、そっちは…" moves to the job told, and "どっち" then compares the two."""
    conversation = Conversation()
    corpus_bot.ask("ソーシャルワーカーってどんな一日を過ごしてるんですか？", conversation)
    corpus_bot.ask("その仕事に就くにはどうすればいいですか？", conversation)
    moved = corpus_bot.ask("実はホテルの客室を掃除する仕事も候補なんだけど、そっちはどうやって就くの？", conversation)
    assert moved.act is DialogueAct.NEW, moved.act
    compared = corpus_bot.ask("人と話す力がより求められるのはどっち？", conversation)
    assert compared.act is DialogueAct.COMPARE and len(compared.about) == 2, (compared.act, compared.about)


@pytest.mark.parametrize(
    "question",
    [
        "What share of test takers pass the NCLEX for registered nurses?",
        "How many dental hygienists are there in the US?",
        "What percentage of civil engineers are women?",
        "Do real estate agents split their commission with the broker? how much do they keep?",
        "How much money would I need to open my own bakery?",
        "美容室を開業するのにいくらぐらいかかる？開業資金が知りたい",
        "あなたなら営業と事務どっちを選ぶ？",
        "京都で庭師の親方を紹介してくれない？",
        "看護学校の学費っていくらかかる？",
        "How much does a welding certification program cost?",
        "do you think AI will replace paralegals in the next few years?",
        "イラストレーターの仕事は将来なくなると思う？あなたの予想を聞かせて",
        "I got arrested for a misdemeanor last year. Will that stop me from becoming a bus driver?",
        "Do you think coal miners will still be needed in 30 years?",
        "コンビニのフランチャイズって加盟金いくら？",
        "How much is a plumbing license in Texas?",
        "スタバの店員ってノルマある？",
        "What do pharmacists usually make their first year out of school?",
        "Could I realistically be pulling six figures as a nurse practitioner?",
        "When does the electricians union open up apprenticeship applications this year?",
        "Where's the nearest place I could train to become a phlebotomist? I live near Dayton.",
        "Forget the pages for a second, what's your personal take: are teachers underpaid?",
        "今年の公務員試験の申込いつから？",
        "腰にヘルニアがあるんだけど、倉庫の仕事しても悪化しないかな？",
        "トレーダー目指してるんだけど、来年って株価上がると思う？",
        "介護職員って離職率どのくらい？",
        "次の参議院選挙っていつ？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    """Declined with nothing cited: no page gives the number, the price, an opinion or an introduction."""
    check_refused(corpus_bot, [], question)


@pytest.mark.parametrize(
    "question",
    [
        "鉄筋工の日当っていくらくらい？",
        "カメラマンって1回の撮影いくらが相場？",
        "Do roofers get a commission on each job?",
    ],
)
def test_pay_in_other_words_is_not_answered(corpus_bot: Chatbot, question: str) -> None:
    """A day rate, a going price, a commission: pay, which the pages give no figure for (a jobtag page's words of
    how the pay works may be quoted, but the question is not answered)."""
    assert not corpus_bot.ask(question, Conversation()).answered


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("電気工事士って稼げる？あと休みは取りやすい？", "電気工事士", ["Work Style", "Employment Type"]),
        (
            "What do dental hygienists earn? And what does their typical day look like?",
            "Dental Hygienists",
            ["Description", "Tasks"],
        ),
    ],
)
def test_the_rest_of_a_pay_question_is_answered(
    corpus_bot: Chatbot, question: str, job: str, sections: list[str]
) -> None:
    """Pay asked first, another topic after it in a sentence of its own: that topic answered, pay said uncovered."""
    answer = corpus_bot.ask(question, Conversation())
    assert answer.answered, answer.answer
    assert any(c.job == job and c.section in sections for c in answer.citations[:3]), answer.citations
    assert ("pay" in answer.answer) or ("給与" in answer.answer), answer.answer


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "I work in medical records and want to end up as a health services manager someday. What in-between"
            " jobs would get me there?",
            "Medical Records Specialists",
            "Medical and Health Services Managers",
        ),
        (
            "I work in web development and want to end up as an information security analyst. What steps or"
            " in-between jobs would get me there?",
            "Web Developers",
            "Information Security Analysts",
        ),
        (
            "I repair tractors for a farm equipment dealer. Someday I'd like to be the one managing a whole building's"
            " maintenance and operations. What jobs could get me from here to there?",
            "Farm Equipment Mechanics and Service Technicians",
            "Facilities Managers",
        ),
    ],
)
def test_a_route_reads_the_field_and_the_way_there(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    """ "I work in <field>" is where the route starts; "from here to there" asks for the route."""
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.routes, answer.answer
    assert (answer.routes[0].jobs[0], answer.routes[0].jobs[-1]) == (origin, target), answer.routes[0].jobs


def test_what_the_person_makes_is_not_where_they_go(corpus_bot: Chatbot) -> None:
    """ "I make sand molds…" tells the own work; the gap is to the job after "move up to"."""
    answer = corpus_bot.ask(
        "I make sand molds and cores at a foundry. I'd like to move up to building the precision dies and tooling"
        " myself. What would I need to get better at?",
        Conversation(),
    )
    assert answer.gap is not None, answer.answer
    assert answer.gap.target == "Tool and Die Makers", answer.gap.target
