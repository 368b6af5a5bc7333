"""Dislikes are dropped before matching: the clauses that voice one, in English and Japanese."""

from __future__ import annotations

import pytest

from chatbot.guidance import read_interests
from chatbot.guidance._likes import disliked, liked, likes
from chatbot.guidance._roles import UNWANTED, role_weight
from chatbot.retrieval import OTHER_ROLE


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("I'm good with numbers, but I hate selling things.", "good with numbers", "selling"),
        ("Spreadsheets are my thing. I'd rather not be in charge of a team.", "Spreadsheets", "in charge"),
        ("I love animals. I don\u2019t want a desk job.", "animals", "desk"),
        ("細かい作業は得意だけど、人前に出たり営業したりするのは苦手です。", "細かい作業", "営業"),
        ("子どもが好きです。事務仕事は嫌いです。", "子ども", "事務"),
        ("統計が得意です。ノルマのある営業はしたくありません。", "統計", "営業"),  # polite negative wish
        ("体を動かすのが好き。一日中パソコンの前はムリ。", "体を動かす", "パソコン"),
        # a comma before the person speaks of themselves again ends a clause
        (
            "I love statistics, probability and models, I'm not great at presenting, and I don't want to teach.",
            "statistics",
            "teach",
        ),
        # a dislike that leaves its object in the clause before takes that clause along
        ("I love writing. Everyone assumes I'll end up teaching but I really don't want to.", "writing", "teaching"),
        ("食べ物じゃなくて、形に残るものを作る職人に憧れてる。", "形に残る", "食べ物"),
        ("I like structure and teamwork. A desk job would kill me.", "teamwork", "desk"),
        ("・パズルが好き ・人をまとめる役はやりたくない", "パズル", "まとめる"),  # a list typed on one line
        # typed without apostrophes, two dislikes joined by "and i"
        ("i love stats. i dont want to teach and i dont want a salesy role.", "stats", "salesy"),
        (
            "I like commission work. Please don't say telemarketing, I'd die on the phone.",
            "commission",
            "telemarketing",
        ),
        # what one would rather not do, and fears said plainly
        ("I'd much rather work on my own than deal with customers all day.", "on my own", "customers"),
        ("I want to help people. I faint at the sight of blood, so medicine is out.", "help people", "blood"),
        ("I love kids. Needles terrify me.", "kids", "Needles"),
        ("Numbers are my comfort zone. I don't really want to manage a crew.", "Numbers", "crew"),  # an adverb between
        # what one would do rather than something ("AというよりBがしたい"): A is not wanted (session 53)
        ("工場で大量に作るというより、工房で一つずつ手作りしたいです。", "工房", "工場"),
        ("オフィスワークというよりは、外で体を動かす仕事がいい。", "体を動かす", "オフィス"),
        ("人の世話をするよりも、機械を扱う仕事に興味があります。", "機械", "世話"),
        # polite negatives (session 55): "…には興味がありません", "…は考えていません", "…は嫌です"
        ("編集の仕事がしたいです。アニメを描く仕事には興味はありません。", "編集", "アニメ"),
        ("人に施術する仕事がいいです。化粧品を売るような仕事は考えていません。", "施術", "化粧品"),
        ("裏方の仕事がしたいです。画面に出るのは嫌です。", "裏方", "画面"),
        ("I'd like to diagnose and treat patients. I'm not after the full MD route.", "diagnose", "MD"),
        # what does not suit one, and what one asks not to be offered (session 56)
        ("人と話すのが得意です。一日中パソコンに向かうのは自分には合わないと思います。", "人と話す", "パソコン"),
        ("I love being outdoors. Please nothing where I sit at a screen all day.", "outdoors", "screen"),
    ],
)
def test_a_dislike_is_dropped_and_the_rest_kept(text: str, kept: str, dropped: str) -> None:
    said = liked(text)
    assert kept in said and dropped not in said


def test_a_text_of_dislikes_only_is_kept_whole() -> None:
    assert liked("I hate offices.") == "I hate offices."


def test_what_is_not_wanted_is_read_unless_everything_is() -> None:
    assert disliked("I'm good with numbers, but I hate selling") == "but I hate selling"
    assert disliked("I hate offices.") == ""  # nothing tells the wanted from the unwanted


def test_a_job_whose_role_or_title_is_not_wanted_ranks_far_lower() -> None:
    text = "I love statistics, and I definitely don't want to teach."
    assert role_weight("Mathematical Science Teachers, Postsecondary", liked(text), disliked(text)) == UNWANTED
    assert role_weight("Mathematical Science Teachers, Postsecondary", "I love statistics") == OTHER_ROLE * OTHER_ROLE
    assert role_weight("Statisticians", liked(text), disliked(text)) == 1.0
    said = "I like helping people, but I hate sales."
    assert role_weight("Retail Salespersons", liked(said), disliked(said)) == 1.0  # "sales" is no word of the title
    assert role_weight("Sales Managers", liked(said), disliked(said)) == UNWANTED


def test_not_squeamish_is_no_dislike() -> None:
    text = "Not squeamish at all: I've helped with births."
    assert liked(text) == text


def test_a_dislike_is_not_read_as_an_interest() -> None:
    assert "E" not in read_interests("I like keeping records tidy, but I can't stand selling.")
    assert "E" not in read_interests("帳簿の整理が得意ですが、営業は苦手です。")


def test_everyday_japanese_gets_the_pages_words() -> None:
    from chatbot.text import with_page_words

    said = with_page_words("お年寄りと話すのが好きです")
    assert said.startswith("お年寄りと話すのが好きです") and "高齢者" in said and "介護" in said
    assert with_page_words("宇宙が好き") == "宇宙が好き"  # no everyday word it knows: unchanged
    assert "花き" in with_page_words("花火を作る") and "花き" not in with_page_words("花火を作る", shortest=2)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "I've driven a forklift for twelve years and I'm sick of warehouses. I like plants and being outdoors.",
            "I like plants and being outdoors.",
            "I've driven a forklift for twelve years and I'm sick of warehouses.",
        ),
        (
            "今はコンビニで働いていますが、花や植物に関わる仕事がしたいです。",
            "花や植物に関わる仕事がしたいです。",
            "今はコンビニで働いていますが、",
        ),
        (
            "I've been a nurse for ten years. I love caring for people.",  # no word of leaving: the years count
            "I've been a nurse for ten years. I love caring for people.",
            "",
        ),
    ],
)
def test_the_work_being_left_is_not_matched(text: str, kept: str, dropped: str) -> None:
    assert likes(text) == (kept, dropped)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I love fixing bikes. Two years of trade school is fine.", "I love fixing bikes."),
        ("Numbers are my thing. Happy to do a master's.", "Numbers are my thing."),
        ("料理が好きです。専門学校なら通ってもいいです。", "料理が好きです。"),
        ("I loved chemistry at school and I want lab work.", "I loved chemistry at school and I want lab work."),
    ],
)
def test_what_schooling_they_will_do_is_no_interest(text: str, kept: str) -> None:
    assert liked(text) == kept  # read for the limit (_schooling), never matched on: it would suggest teachers


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a like, then a dislike, in one Japanese sentence
        ("朝は強いです。配達で街を回るのが好きで、電話の応対はちょっと苦手。", "配達で街を回る", "電話"),
        ("ものを組み立てる仕事がしたくて、人前で話すのは苦手です。", "組み立てる", "人前"),
        # a job considered and set aside, and one way of working less liked than another
        ("看護師も考えたけど、体を使うより話を聞くほうが向いてる気がする。", "話を聞く", "看護師"),
        ("看護師も考えたけど、体を使うより話を聞くほうが向いてる気がする。", "話を聞く", "体を使う"),
        # "not good at" said plainly in Japanese
        ("電話は得意じゃないけど、パソコン作業は好きです。", "パソコン作業", "電話"),
        # a dislike, then the wish that follows from it ("…ので、")
        ("接客はあまり得意ではないので、工場や倉庫のような裏方の現場で働きたいです。", "倉庫", "接客"),
        ("人と話すのが苦手なので、黙々とパソコンに向かう仕事がいいです。", "パソコン", "人と話す"),
        # a reason that is no dislike stays with the dislike it explains
        ("子どもが小さいので、長距離は無理、毎日家に帰りたい。重機に興味あり。", "重機", "子ども"),
        # boredom is a dislike; "nothing but" ends no clause
        ("I love pitching ideas. I'd get bored doing nothing but data entry all day.", "pitching", "data entry"),
    ],
)
def test_likes_and_dislikes_said_in_one_breath_are_told_apart(text: str, kept: str, dropped: str) -> None:
    said = liked(text)
    assert kept in said and dropped not in said


@pytest.mark.parametrize(
    "text",
    [
        "人と話すのは嫌いじゃないし、料理するのもやってみたい。",  # "not disliked" is no dislike
        "電話対応も苦手じゃないです。事務の仕事がしたい。",
    ],
)
def test_a_denied_dislike_is_no_dislike(text: str) -> None:
    assert disliked(text) == ""


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a degree named by its field says what the person knows; a limit on schooling says nothing of the work
        ("Just wrapped up my accounting degree. I like puzzles.", "accounting", ""),
        ("I like fixing radios. A one-year program is about as much school as I want.", "radios", "program"),
        # when the person can work says nothing of the work
        ("掃除が好きです。子どもが幼稚園に行っている間だけ働きたいです。", "掃除", "子ども"),
        ("I love gardening and I can only work while my kids are at school.", "gardening", "kids"),
        # the job they have now, said first, is not what they want
        ("今は工場で検品をしています。もっと人と話す仕事がしたいです。", "人と話す", "検品"),
    ],
)
def test_what_says_nothing_of_the_work_wanted_is_not_matched(text: str, kept: str, dropped: str) -> None:
    said = liked(text)
    assert kept in said and (not dropped or dropped not in said)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # what the person would not do, said after a comma, "instead of" or "No …s"
        ("I want to be outside fixing things, not sitting at a desk all day.", "fixing things", "desk"),
        ("I'd like to travel to job sites instead of being stuck in one office.", "job sites", "office"),
        ("I want a quiet job in a warehouse. No customers, no meetings.", "warehouse", "customers"),
        # …but schooling said so is a limit, not work disliked
        ("I want to fix engines after a short course rather than college.", "rather than college", ""),
        # a job one has been in for years, with a word of leaving it
        ("Been a line cook for about six years and my back is shot. I like planning menus.", "menus", "line cook"),
        # a job considered lightly, a job one used to do
        ("運転もかっこいいけど、お客さんを案内するほうが好き。", "案内する", "運転"),
        ("中学を出てから解体のバイトしてたけど、作る方がいいなって思って。", "作る方", "解体"),
        # "not only" is no dislike, nor a fear denied
        ("書類を調べるだけじゃなくて、現場に行く仕事にも興味あり。", "書類を調べる", ""),
        ("I'm not squeamish at all and I like helping people.", "squeamish", ""),
    ],
)
def test_what_the_person_would_rather_not_do_is_told_apart(text: str, kept: str, dropped: str) -> None:
    said = liked(text)
    assert kept in said and (not dropped or dropped not in said)


def test_the_work_said_beside_the_schooling_is_matched() -> None:
    """A clause of schooling drops its schooling, not the work said with it, nor when the person is at school."""
    wanted, _ = likes(
        "I'm always fixing my friends' cars. I want to start working on cars right after school, no college."
    )
    assert "working on cars" in wanted
    assert "college" not in wanted and "after school" not in wanted
    assert likes("I love drawing. No college, a year or two of trade school is fine.")[0] == "I love drawing."


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("中学を出てからずっと建設現場で働いてきました。", "建設現場", "中学"),
        ("高校を卒業してから飲食店で働いています。料理が好きです。", "料理", "高校"),
    ],
)
def test_when_the_person_left_school_is_no_interest(text: str, kept: str, dropped: str) -> None:
    said = liked(text)  # "中学を出てから" brought the pages of middle school teachers
    assert kept in said and dropped not in said


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "I've been a librarian for years and I'd like to leave the reference desk and teach college courses.",
            "teach college courses",
            "reference desk",
        ),
        ("I'm burned out on retail and want something outdoors with animals.", "outdoors with animals", "retail"),
        ("I'm sick of the warehouse and my knees hurt. I like plants.", "plants", "and my knees hurt"),  # one clause
    ],
)
def test_the_work_left_is_told_apart_from_the_work_wished_after_it(text: str, kept: str, dropped: str) -> None:
    wanted, unwanted = likes(text)
    assert dropped in unwanted and dropped not in wanted, (wanted, unwanted)
    assert kept in wanted, wanted


def test_selling_not_wanted_weighs_down_every_sales_title() -> None:
    """ "I don't want a job that's about pitching products" (session 53): no sales agents, whatever they sell."""
    said, against = likes("I love financial statements. I don't want a job that's about pitching products.")
    assert role_weight("Securities, Commodities, and Financial Services Sales Agents", said, against) == UNWANTED
    assert role_weight("Credit Analysts", said, against) == 1.0
