"""Names as people type and say them: a loanword typed wrong where no job slot is read, a worker said familiarly by
their work, an acronym closing a Japanese alias, a short form, a sibling of the job in focus said by its work; and
the pages a job wanted may be, with the own job's related pages scored as they rank among all pages."""

from __future__ import annotations

from chatbot.answer._family import parts_said
from chatbot.models import JobEntry
from chatbot.retrieval import JobLinker
from chatbot.retrieval._joined import joined_names
from chatbot.retrieval._likeness import abbreviates
from chatbot.retrieval._mistyped import mistyped
from chatbot.retrieval._names import PLACE, alias_names
from chatbot.retrieval._pool import fitting_pages

JOBS = [
    JobEntry(title="データエンジニア", source="d.txt"),
    JobEntry(title="プログラマー", source="p.txt"),
    JobEntry(title="臨床開発モニター", source="c.txt", aliases=["臨床開発モニター（CRA）"]),
]
PAGES = ("データエンジニアはデータ基盤を作る。プログラミング言語を使う。",)


def test_a_loanword_no_page_spells_is_read_as_the_name_it_nearly_spells() -> None:
    linker = JobLinker(JOBS, texts=lambda: PAGES)
    found = mistyped("データエンジアに必要なスキルってなに？やっぱり数学とかプログラミング？", linker)
    assert [link.title for link in found] == ["データエンジニア"]
    assert mistyped("プログラミングって難しい？", linker) == []  # spelled on a page: a word, no misspelling


def test_a_worker_said_familiarly_is_their_works_crew() -> None:
    names = [name for _, name, _ in joined_names("ゴミ収集のお兄さんたちって市役所の職員なの？")]
    assert "ゴミ収集作業員" in names
    assert not [name for _, name, _ in joined_names("ゴミ収集の仕事って大変？") if name.endswith("作業員")]


def test_an_acronym_closing_a_japanese_alias_names_the_job() -> None:
    assert ("CRA", 0.8) in alias_names("臨床開発モニター（CRA）", 0.8)
    assert ("学校", PLACE) in alias_names("調理員（学校）", 0.8)  # a place, below a name's strength
    assert ("LCD", PLACE) in alias_names("液晶ディスプレイ（LCD）設計技術者", 0.8)  # inside the name: a thing
    links = JobLinker(JOBS).link("CRAになるには？")
    assert links and links[0].title == "臨床開発モニター" and links[0].score >= 0.45


def test_related_pages_are_scored_as_they_rank_among_all_pages() -> None:
    calls: list[list[str]] = []

    def relevance(words: str, jobs: list[str], count: int) -> dict[str, float]:
        calls.append(jobs)
        ranked = {f"job{n}": 1.0 - n / 200 for n in range(200)}
        return dict(list(ranked.items())[:count])

    assert list(fitting_pages("words", relevance, 3, [])) == ["job0", "job1", "job2"]
    found = fitting_pages("words", relevance, 3, ["job50", "job150"])
    assert found == {"job0": 1.0, "job1": 0.995, "job2": 0.99, "job50": 0.75}  # job150: beyond the pages looked at
    assert all(jobs == [] for jobs in calls)  # never ranked among the few alone


def test_a_short_form_keeps_each_words_first_character() -> None:
    assert abbreviates("社労士", "社会保険労務士")  # the worker ending kept
    assert abbreviates("化粧品訪販", "化粧品訪問販売")  # 訪問 -> 訪, 販売 -> 販
    assert not abbreviates("ガドマン", "ガソリンスタンドサビスマン")  # too little of the name
    assert not abbreviates("化粧品", "化粧品訪問販売")  # a beginning, not a short form: ends far from the end


def test_a_sibling_is_meant_only_where_its_work_is_asked_of() -> None:
    assert parts_said("設計・施工", "設計とか施工管理のほうだとどう？") == 2
    assert parts_said("企画・調査", "企画とか調査のほうはどう？") == 2
    assert parts_said("設計・施工", "設計の知識っている？") == 0  # asked of the job in focus
    assert parts_said("企画・調査", "企画力って必要？") == 0
