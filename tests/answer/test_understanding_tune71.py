"""Questions like those the seventy-first to seventy-third blind tuning sets found misread, and a probe of everyday
job names found unmatched: the same shapes in other words.

Two earlier jobs set side by side by a word of each ("between the pipe one and the carpet one", "路線の方と観光の
方") are those two, by the title that says the word or the question that said it; a name several titles share
before their brackets is the one whose bracket the question says a word of ("脆弱性診断をやる方の…"); a worker said
of a field ("医療の事務員") is the field's page; a dated or everyday name ("看護婦", "木こり", "esthetician") is the
page people mean by it; a name no title has is guessed from the page that says it ("漁師"); a worker "new" to the job
is that job's worker. An age limit asked of a page that says there is none ("定年もない") is answered from it.

Facts no page holds are declined: a sentence to translate, a self-PR to write, a quarrel with one's boss, a
fortune told, a foreign licence taken to Japan, the date or place of the next exam or hiring round, a firm's hiring
this year or its starting offer, the person's own medicine or loans, the adviser's own view, a part to play, a school
recommended. A school paid for is no pay question; being taken on asks what a newcomer brings; where the work is
asks of its work style; the languages a described job takes ask of that job, not for suggestions.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, check, check_refused

pytestmark = pytest.mark.slow

SIDES: list[Example] = [
    (
        ["what do pipelayers do?", "and the folks who lay carpet?"],
        "between the pipe one and the carpet one, which takes more training?",
        ["Pipelayers", "Carpet Installers"],
        ["Job Zone", "On-the-Job Training", "Education"],
        True,
    ),
    (
        ["路線バス運転士ってどんな仕事？", "観光バスの運転士だとどう？"],
        "路線の方と観光の方、どっちが休み取りやすい？",
        ["路線バス運転士", "観光バス運転士"],
        ["Work Style"],
        True,
    ),
    (  # one side, said by a word of an earlier job's title: that job again
        ["鉄道車両の設計・開発ってどんな仕事？", "航空整備士だとどう？"],
        "設計の方は資格いる？",
        ["鉄道車両の設計・開発"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
]


@pytest.mark.parametrize("example", SIDES, ids=lambda example: example[1][:30])
def test_two_earlier_jobs_set_side_by_side_by_a_word_of_each(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("question", "job"),
    [
        (
            "脆弱性診断をやる方のセキュリティエキスパートってどんな資格がいる？",
            "セキュリティエキスパート（脆弱性診断）",
        ),
        ("医療の事務員ってどんな資格がある？", "医療事務"),
        ("看護婦さんってどうやったらなれるの？", "看護師"),
        ("木こりの仕事ってきつい？", "林業作業"),
        ("翻訳家になるには何を勉強すればいい？", "翻訳者"),
        ("ウェブデザイナーってどんな仕事？", "Webデザイナー（Web制作会社）"),
        ("漁師ってどうやってなるの？", "沿岸漁業従事者"),
        ("植木屋さんって資格いる？", "造園工"),
        ("What does an esthetician do all day?", "Skincare Specialists"),
        ("How do linemen learn the trade?", "Electrical Power-Line Installers and Repairers"),
        ("how long do new electricians train on the job before working alone?", "Electricians"),
        ("What does a helper for roofers do all day?", "Helpers--Roofers"),
    ],
)
def test_the_job_people_mean_by_the_name_they_use(corpus_bot: Chatbot, question: str, job: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.answered, answer.answer
    assert answer.about[:1] == [job], answer.about
    assert answer.citations and answer.citations[0].job == job, answer.citations


def test_a_name_is_not_a_title_whose_reading_only_begins_alike(corpus_bot: Chatbot) -> None:
    """農家 (ノウカ) is no short form of 納棺師 (ノウカンシ): ンシ is no worker's suffix, as シ of 獣医師 is."""
    answer = corpus_bot.ask("農家になりたいんだけど、どうすればいい？", Conversation())
    assert "納棺師" not in answer.about + [c.job for c in answer.citations], answer.about
    answer = corpus_bot.ask("じゅういになりたい", Conversation())
    assert answer.about[:1] == ["獣医師"], answer.about


def test_an_age_limit_answered_by_a_page_that_says_there_is_none(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("弁護士って何歳まで働けるの？定年とかある？", Conversation())
    assert answer.answered, answer.answer
    assert ("弁護士", "Work Style") in [(c.job, c.section) for c in answer.citations], answer.citations  # 定年もない


@pytest.mark.parametrize(
    "question",
    [
        "How would you say 'I'm a certified welder with five years of experience' in German?",
        "保育士の求人に応募するので、自己PRを300字で書いてくれない？",
        "調理師として働いてるんだけど、先輩とそりが合わなくて辛い。どう接したらいいと思う？",
        "手相で私に向いてる仕事を占って！",
        "血液型で向いてる仕事を選んでほしい。A型です",
        "フィリピンの看護師資格を持ってるんだけど、日本でもそのまま看護師として働けるの？",
        "次の調理師の検定っていつやるの？",
        "トヨタって来年何人くらい整備士を採用するの？",
        "整体に通ってるんだけど、病院の薬を飲みながらでも施術を受けて平気？",
        "When does the next application window open for park rangers?",
        "Where do I take the police entrance exam in my county?",
        "Is it smart to take out student loans for nursing school at 40?",
        "Would you ever want to work as a coroner?",
        "Can you do a mock interview with me for a barista job?",
        "看護師ってぶっちゃけどう思う？",
        "保育士の面接の練習をしたいので、面接官役をやってもらえますか？",
        "東京で調理師になれる専門学校のおすすめを教えて",
        "危険物取扱者の試験、次に受けられるのはいつ？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)


@pytest.mark.parametrize(
    ("question", "target"),
    [
        (
            "I've been getting roped into helping our nurses with charting, and I'd like to move into a medical"
            " records specialist job. What am I missing?",
            "Medical Records Specialists",
        ),
    ],
)
def test_the_job_wanted_is_the_wish_not_what_the_person_is_pulled_into(
    corpus_bot: Chatbot, question: str, target: str
) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.gap is not None and answer.gap.target == target, answer.gap


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "I'm a meter reader and want to end up working outdoors on the lines as a lineman. How do I get there?",
            "Meter Readers, Utilities",
            "Electrical Power-Line Installers and Repairers",
        ),
        (
            "今はスーパーのレジ係です。いずれ店長になりたいんですが、どんな仕事を経ていけばいいですか？",
            "スーパーレジ係",
            "スーパー店長",
        ),
    ],
)
def test_a_route_asked_in_other_words(corpus_bot: Chatbot, question: str, source: str, target: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.routes, answer.answer
    assert (answer.routes[0].jobs[0], answer.routes[0].jobs[-1]) == (source, target), answer.routes[0].jobs


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "Do I really have to pay for a welding certificate to become a welder, or can I get hired with just a"
            " high school diploma?",
            "Welders, Cutters, Solderers, and Brazers",
            ["Education", "Job Zone", "On-the-Job Training", "On-Site or In-Plant Training"],
        ),
        ("No experience at all. Would a bakery take me on as a baker?", "Bakers", ["Related Work Experience"]),
        ("焼き物を作る仕事って、どのへんに多いの？", "陶磁器製造", ["Work Style"]),
        (
            "外国の人に日本語を教える仕事に興味があるんだけど、英語が話せなくても大丈夫？",
            "日本語教師",
            ["Career Path", "Knowledge"],
        ),
    ],
)
def test_the_topic_asked_of_the_job_meant(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.answered, answer.answer
    assert any(c.job == job and c.section in sections for c in answer.citations[:3]), answer.citations
