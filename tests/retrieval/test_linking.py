"""Job linking by title, alias, kana reading and parts of titles."""

from __future__ import annotations

import pytest

from chatbot.models import JobEntry, JobLink
from chatbot.retrieval import JobLinker
from chatbot.retrieval._likeness import abbreviates, said_whole
from chatbot.retrieval._names import title_names
from chatbot.text import name_words, singular
from tests.conftest import DIRECTOR, WARD_MAYOR

JOBS = [
    JobEntry(
        title=WARD_MAYOR,
        source="003.txt",
        reading="くちょう(とうきょうと の とくべつく)",
        aliases=["Special Ward Mayor"],
    ),
    JobEntry(title=DIRECTOR, source="000.txt", reading="かんぼうちょう"),
    JobEntry(
        title="Chief Executives",
        source="onet_11-1011.00.txt",
        aliases=["CEO (Chief Executive Officer)", "President", "DO"],
    ),
    JobEntry(title="Plumbers, Pipefitters, and Steamfitters", source="onet_47-2152.00.txt", aliases=["Plumber"]),
    JobEntry(title="Electricians", source="onet_47-2111.00.txt", aliases=["Electrician", "Cabler"]),
    JobEntry(title="Helpers--Electricians", source="onet_47-3013.00.txt", aliases=["Electrician Helper"]),
    JobEntry(title="Electrical Power-Line Installers and Repairers", source="onet_49-9051.00.txt", aliases=["Cabler"]),
    JobEntry(title="大工", source="jobtag_0026.txt", aliases=["宮大工", "建築大工"]),
    JobEntry(title="型枠大工", source="jobtag_0027.txt"),
    JobEntry(title="会社経営者", source="jobtag_0400.txt", aliases=["CEO（会社最高経営責任者）"]),
    JobEntry(title="Court Reporters and Simultaneous Captioners", source="onet_23-2093.00.txt"),
    JobEntry(title="Air Traffic Controllers", source="onet_53-2021.00.txt"),
    JobEntry(title="Veterinary Technologists and Technicians", source="onet_29-2056.00.txt"),
    JobEntry(title="Airfield Operations Specialists", source="onet_53-2022.00.txt"),
    JobEntry(title="Funeral Home Managers", source="onet_11-9171.00.txt"),
    JobEntry(title="Nurse Midwives", source="onet_29-1161.00.txt"),
    JobEntry(title="Park Naturalists", source="onet_19-1031.03.txt", aliases=["Park Ranger"]),
    JobEntry(title="Protective Service Workers, All Other", source="onet_33-9099.00.txt", aliases=["Park Ranger"]),
    JobEntry(title="社会保険労務士", source="jobtag_0081.txt"),
    JobEntry(title="翻訳者", source="jobtag_0500.txt"),
    JobEntry(title="獣医師", source="jobtag_0501.txt"),
    JobEntry(title="給食調理員", source="jobtag_0300.txt", aliases=["調理員（学校）"]),
]


@pytest.fixture(scope="module")
def linker() -> JobLinker:
    return JobLinker(JOBS)


@pytest.mark.parametrize(
    ("question", "title", "matched"),
    [
        ("How do I become an electrician?", "Electricians", "Electricians"),
        ("how do I become a ward mayor", WARD_MAYOR, "Ward Mayor"),
        ("What does a special ward mayor do?", WARD_MAYOR, "Special Ward Mayor"),
        ("What does a CEO do all day?", "Chief Executives", "CEO"),
        ("what does a chief executive officer earn", "Chief Executives", "Chief Executive Officer"),
        ("plumber apprenticeship", "Plumbers, Pipefitters, and Steamfitters", "Plumbers"),
        ("Do pipefitters need a licence?", "Plumbers, Pipefitters, and Steamfitters", "Pipefitters"),
        ("くちょうになるには", WARD_MAYOR, "くちょう"),
        ("かんぼうちょうの仕事", DIRECTOR, "かんぼうちょう"),
        ("大工になるには", "大工", "大工"),
        ("宮大工の修行", "大工", "宮大工"),
        ("型枠大工の仕事内容", "型枠大工", "型枠大工"),
        ("CEOになるには", "会社経営者", "CEO"),
        (
            "thinking about switching to court reporting",
            "Court Reporters and Simultaneous Captioners",
            "court reporting",
        ),
        ("is air traffic control stressful?", "Air Traffic Controllers", "air traffic control"),
        ("wat skills do u need 2 be a veterinary tech", "Veterinary Technologists and Technicians", "veterinary tech"),
        ("the airfield operations one, what's that about?", "Airfield Operations Specialists", "airfield operation"),
        ("and a nurse-midwife, is that something different?", "Nurse Midwives", "Nurse Midwives"),
        ("what about park rangers?", "Park Naturalists", "Park Ranger"),
    ],
)
def test_links_by_title_alias_and_reading(linker: JobLinker, question: str, title: str, matched: str) -> None:
    best = linker.link(question)[0]
    assert (best.title, best.matched) == (title, matched)
    assert best.source == next(job.source for job in JOBS if job.title == title)


@pytest.mark.parametrize("question", ["What's the weather like today?", "tell me a joke", "how do I do it", ""])
def test_no_job_named_links_nothing(linker: JobLinker, question: str) -> None:
    assert linker.link(question) == []


def test_a_kana_reading_links_as_surely_as_the_title(linker: JobLinker) -> None:
    assert linker.link("くちょうになるには")[0].score == linker.link("how to become a ward mayor")[0].score == 1.0


@pytest.mark.parametrize(
    ("question", "score"),
    [("What does a CEO do?", 0.8), ("what does a ceo do", 0.8), ("CEO pay", 0.8), ("the ceo of my company", 0.2)],
)
def test_an_acronym_in_lower_case_counts_only_where_the_job_is_named(
    linker: JobLinker, question: str, score: float
) -> None:
    assert linker.link(question)[0].score == pytest.approx(score)


def test_a_one_word_alias_counts_fully_only_where_the_job_is_named(linker: JobLinker) -> None:
    assert linker.link("How do I become a cabler?")[0].score == pytest.approx(0.4)  # shared by two jobs
    assert linker.link("fixing a broken cabler cable")[0].score == pytest.approx(0.1)


def test_a_hyphenated_word_is_not_the_name_inside_it(linker: JobLinker) -> None:
    assert linker.link("the vice-president of sales") == []
    assert linker.link("who is the president")[0].title == "Chief Executives"


def test_longer_name_wins_over_the_name_inside_it(linker: JobLinker) -> None:
    assert [link.title for link in linker.link("electrician helper duties")] == ["Helpers--Electricians"]


def test_shared_alias_splits_its_score(linker: JobLinker) -> None:
    links = linker.link("what does a cabler do")
    assert {link.title for link in links} == {"Electricians", "Electrical Power-Line Installers and Repairers"}
    assert all(link.score == pytest.approx(0.4) for link in links)


def test_a_name_people_say_goes_to_its_job_over_a_shared_alias() -> None:
    """ "police officers" is an alias of two pages; people mean patrol officers (chatbot/retrieval/_said.py)."""
    pages = [
        JobEntry(title="Police and Sheriff's Patrol Officers", source="a.txt", aliases=["Police Officer"]),
        JobEntry(title="Police Identification and Records Officers", source="b.txt", aliases=["Police Officer"]),
    ]
    links = JobLinker(pages).link("police officers, same question")
    assert links[0].title == "Police and Sheriff's Patrol Officers" and links[0].score > 2 * links[1].score


def test_two_jobs_named_are_both_linked(linker: JobLinker) -> None:
    titles = [link.title for link in linker.link("electrician or plumber: which pays more?")]
    assert titles[:2] == ["Electricians", "Plumbers, Pipefitters, and Steamfitters"]


def test_limit_and_order(linker: JobLinker) -> None:
    links = linker.link("ward mayor, CEO, electrician or plumber", limit=2)
    assert len(links) == 2 and links[0].score >= links[1].score


def test_a_shared_name_goes_to_the_job_whose_title_shares_its_words(linker: JobLinker) -> None:
    assert [link.title for link in linker.link("what about park rangers?")] == ["Park Naturalists"]


def test_a_shortened_title_after_at_or_in_is_a_place(linker: JobLinker) -> None:
    (link,) = linker.link("the person at a funeral home who preserves the body")
    assert link.title == "Funeral Home Managers" and link.score < 0.3


def test_a_japanese_short_form_fills_the_slot(linker: JobLinker) -> None:
    assert [link.title for link in linker.by_likeness("社労士")] == ["社会保険労務士"]


def test_a_few_characters_of_a_long_name_are_no_short_form() -> None:
    assert abbreviates("社労士", "社会保険労務士")  # three of seven
    assert not abbreviates("ガドマン", "ガソリンスタンドサビスマン")  # a guard is no gas station attendant


def test_a_japanese_field_names_its_worker_and_a_reading_its_start(linker: JobLinker) -> None:
    assert [link.title for link in linker.by_likeness("翻訳")] == ["翻訳者"]  # 翻訳 + 者
    assert [link.title for link in linker.by_reading("じゅうい")] == ["獣医師"]  # ジュウイ + シ
    assert linker.by_reading("じゅうい", prefix=False) == []


def test_the_bracket_of_a_japanese_alias_never_names_the_job_alone(linker: JobLinker) -> None:
    (link,) = linker.link("何年学校に通えば受験できますか")
    assert link.title == "給食調理員" and link.score < 0.3


def test_names_of_a_title() -> None:
    assert title_names(WARD_MAYOR) == [(WARD_MAYOR, 1.0), ("Ward Mayor", 1.0), ("Tokyo Special Wards", 0.5)]
    parts = [name for name, _ in title_names("Farmers, Ranchers, and Other Agricultural Managers")]
    assert parts[1:] == ["Farmers", "Ranchers"]


def test_a_one_word_part_of_a_list_title_shares_the_next_workers_noun() -> None:
    assert "Subway Operators" in dict(title_names("Subway and Streetcar Operators"))
    assert "Tile Setters" in dict(title_names("Tile and Stone Setters"))
    # not a thing ("Farm Animals"), nor a field of a longer name ("Electrical Engineering Technologists")
    assert "Farm Animals" not in dict(title_names("Farmworkers, Farm, Ranch, and Aquacultural Animals"))
    title = "Electrical and Electronic Engineering Technologists and Technicians"
    names = [name for name in dict(title_names(title)) if name != title and name.startswith("Electrical ")]
    assert all(name.startswith("Electrical and Electronic Engineering ") for name in names)  # the whole field


def test_a_title_of_two_workers_of_one_field_names_each_and_a_helper_title_reads_as_said() -> None:
    names = dict(title_names("Aerospace Engineering and Operations Technologists and Technicians"))
    assert "Aerospace Engineering and Operations Technicians" in names  # "…operations technicians"
    assert "Food Technologists" in dict(title_names("Food Scientists and Technologists"))
    assert "Helpers for Installation, Maintenance, and Repair Workers" in dict(
        title_names("Helpers--Installation, Maintenance, and Repair Workers")
    )
    # two workers with no field before them are two jobs, not one field's
    assert set(dict(title_names("Musicians and Singers"))) == {"Musicians and Singers", "Musicians", "Singers"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("secretaries", "secretary"), ("coaches", "coach"), ("nurses", "nurse"), ("boss", "boss"), ("bus", "bus")]
    + [("midwives", "midwife"), ("fishermen", "fisherman"), ("women", "woman"), ("specimens", "specimen")],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_name_words_fold_width_and_case() -> None:
    assert name_words("ＣＥＯ Chief Executives") == ["ceo", "chief", "executive"]


def name_table(linker: JobLinker) -> dict[tuple[bool, str], list[tuple[object, ...]]]:
    return {key: sorted(names) for key, names in linker.names.items() if names}


def test_an_updated_linker_equals_one_built_from_scratch() -> None:
    """After a reindex the linker redoes only changed jobs; it must know exactly what a fresh one knows."""
    before = JobLinker(JOBS)
    snapshot = name_table(before)
    changed = JOBS[4].model_copy(update={"aliases": ["Wireman"]})  # Electricians lose "Electrician", "Cabler"
    added = JobEntry(title="Carpenters", source="onet_47-2031.00.txt", aliases=["Cabler", "Framer"])
    jobs = [*JOBS[:3], changed, *JOBS[5:], added]  # Plumbers removed
    updated, fresh = JobLinker(jobs, previous=before), JobLinker(jobs)
    assert name_table(updated) == name_table(fresh)
    assert name_table(before) == snapshot  # the earlier version, still answering, is untouched
    for question in ("become a wireman", "become an electrician", "what does a cabler do", "plumber", "framer"):
        assert updated.link(question) == fresh.link(question)
    assert updated.link("become a wireman")[0].title == "Electricians"
    assert not any(link.title.startswith("Plumbers") for link in updated.link("become a plumber"))
    assert before.link("become a plumber")[0].title.startswith("Plumbers")


def test_a_short_japanese_slot_word_is_completed_by_the_rest_of_the_question() -> None:
    """ "店長" alone could be any shop's; "スーパーで…店長になりたい" names スーパー店長 (the question says the
    rest)."""
    pages = [
        JobEntry(title=t, source=f"{n}.txt")
        for n, t in enumerate(["スーパー店長", "銀行支店長", "経理事務", "経理課長"])
    ]
    linker = JobLinker(pages)
    titles = [link.title for link in linker.by_likeness("店長", context="スーパーで品出ししてる。いつか店長になりたい")]
    assert titles == ["スーパー店長"]
    assert [link.title for link in linker.by_likeness("経理", context="一般事務だけど経理に移りたい")] == ["経理事務"]
    assert linker.by_likeness("店長", context="店長になりたい") == []  # nothing says which shop
    assert linker.by_likeness("店長", context="店長になりたい", slot=False) == []


def test_a_japanese_titles_bracket_names_a_worker_not_a_field() -> None:
    from chatbot.retrieval._likeness import bracket_share
    from chatbot.retrieval._names import PLACE, QUALIFIER

    assert bracket_share("板前", "日本料理調理人（板前）", "板前になるには") == 1.0  # another name of the cook
    # a field: no job called 自動車, unless the title before it is said too
    assert bracket_share("自動車", "自動運転開発エンジニア（自動車）", "自動車工場で働いています") == PLACE / QUALIFIER
    assert bracket_share("受託開発", "システムエンジニア（受託開発）", "受託開発のシステムエンジニア") == 1.0


def test_a_short_part_after_a_japanese_titles_first_finishes_its_phrase() -> None:
    from chatbot.retrieval._names import PLACE, TITLE_PART

    names = dict(title_names("植物工場の設計、施工"))
    assert names["植物工場の設計"] == TITLE_PART
    assert names["施工"] == PLACE  # "施工管理の仕事" names no plant-factory builder


def test_a_word_the_pages_spell_is_no_misspelt_name() -> None:
    """ "ベルスタッフ" is one edit from ホールスタッフ, but the pages spell it (a hotel's porter); "ホールスタフ", which
    no page spells, is the hall staff misspelt."""
    pages = [JobEntry(title="ホールスタッフ（レストラン）", source="0.txt"), JobEntry(title="パン製造", source="1.txt")]
    texts = ["ベルスタッフは、到着した宿泊客の荷物をフロントまで運ぶ。"]
    spelled, unread = JobLinker(pages, texts=lambda: texts), JobLinker(pages)
    assert spelled.by_likeness("ベルスタッフ") == []
    assert [link.title for link in unread.by_likeness("ベルスタッフ")] == ["ホールスタッフ（レストラン）"]
    assert [link.title for link in spelled.by_likeness("ホールスタフ")] == ["ホールスタッフ（レストラン）"]


def test_a_kanji_typed_as_another_of_its_sound_is_the_name_but_not_any_kanji() -> None:
    """Of four characters, one kanji slipped to another read alike ("報送記者": 放送記者, 報 and 放 both ホウ) is the
    name; one of another sound is not ("植物製造" is no 漬物製造)."""
    pages = [JobEntry(title=t, source=f"{n}.txt") for n, t in enumerate(["放送記者", "漬物製造", "看護助手"])]
    linker = JobLinker(pages)
    assert [link.title for link in linker.by_likeness("報送記者")] == ["放送記者"]
    assert linker.by_likeness("植物製造") == []


def test_a_name_and_one_character_more_is_the_name() -> None:
    """ "プラスチック成形機" (the machine of プラスチック成形) names the page, though the pages spell the word."""
    pages = [JobEntry(title="プラスチック成形", source="0.txt"), JobEntry(title="陶磁器製造", source="1.txt")]
    linker = JobLinker(pages, texts=lambda: ["プラスチック成形機を操作する。"])
    assert [link.title for link in linker.by_likeness("プラスチック成形機")] == ["プラスチック成形"]


def test_a_loanword_completes_a_name_only_as_said_in_katakana() -> None:
    """ "店でパート" folds to the keys' "デパト", which is no デパート; "イベント" ends like no コンサルタント."""
    pages = [JobEntry(title=t, source=f"{n}.txt") for n, t in enumerate(["デパート店員", "広報コンサルタント"])]
    linker = JobLinker(pages)
    assert linker.by_likeness("店員", context="妻はビデオ店でパートをしたいそうです。店員の仕事って？") == []
    assert linker.by_likeness("広報", context="広報の仕事って残業多い？イベントで土日つぶれる？") == []
    assert [link.title for link in linker.by_likeness("店員", context="デパートの店員になりたい")] == ["デパート店員"]
    wanted = linker.by_likeness("広報", context="広報のコンサルタントに")
    assert [link.title for link in wanted] == ["広報コンサルタント"]


def test_a_first_line_supervisor_is_named_as_people_say_it() -> None:
    names = dict(title_names("First-Line Supervisors of Personal Service Workers"))
    assert "Supervisors of Personal Service Workers" in names  # "move up to supervisor of personal service workers"
    linker = JobLinker([JobEntry(title="First-Line Supervisors of Personal Service Workers", source="0.txt")])
    links = linker.link("I want to move up to supervisor of personal service workers")
    assert [link.title for link in links] == ["First-Line Supervisors of Personal Service Workers"]


def test_a_name_that_is_a_whole_item_of_a_title_breaks_a_tie() -> None:
    """Two pages found by the same name alike ("writer"): the one whose title has it as an item of its own comes
    first, not the one that modifies it ("Creative Writers")."""
    authors = JobLink(title="Writers and Authors", source="a.txt", score=0.4, matched="Writer")
    poets = JobLink(title="Poets, Lyricists and Creative Writers", source="p.txt", score=0.4, matched="Writer")
    assert said_whole(authors) and not said_whole(poets)
    assert said_whole(
        JobLink(title="Weighers, Measurers, Checkers, and Samplers", source="w.txt", score=1, matched="checker")
    )
    assert not said_whole(JobLink(title="Registered Nurses", source="n.txt", score=1, matched="nurse"))
