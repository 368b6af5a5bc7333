"""A Japanese worker named by a qualifier, "AのB": of the pages whose names end with the worker word or hold the
qualifier, the one the pages' words fit best, when it clearly leads (relevance is faked here: the real one is
exercised end to end in tests/answer/test_understanding_tune31.py)."""

from __future__ import annotations

from chatbot.models import JobEntry, JobLink
from chatbot.retrieval import JobLinker
from chatbot.retrieval._likeness import like_names
from chatbot.retrieval._qualified import MARGIN, leader, qualified, requalified, variants

JOBS = [
    JobEntry(title="図書編集者", source="a.txt"),
    JobEntry(title="雑誌編集者", source="b.txt"),
    JobEntry(title="映像編集者", source="c.txt"),
    JobEntry(title="宅配便配達員", source="d.txt"),
    JobEntry(title="トラックドライバー", source="e.txt"),
    JobEntry(title="林業作業", source="f.txt"),
    JobEntry(title="清掃作業", source="g.txt"),
]


class Fit:
    """A fake Retriever.relevance: the given scores, for the jobs asked about; the calls it had."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.calls: list[tuple[str, list[str]]] = []

    def __call__(self, text: str, jobs: list[str], n: int) -> dict[str, float]:
        self.calls.append((text, sorted(jobs)))
        return {job: self.scores.get(job, 0.0) for job in jobs}


def found(text: str, fit: Fit) -> list[str]:
    return [link.title for link in qualified(text, JobLinker(JOBS), fit)]


def test_the_qualifier_picks_one_of_the_pages_the_worker_word_ends() -> None:
    fit = Fit({"図書編集者": 1.4, "雑誌編集者": 0.9, "映像編集者": 0.9})
    assert found("本の編集者もそんな感じで不規則？", fit) == ["図書編集者"]
    assert fit.calls == [("本の編集者", ["図書編集者", "映像編集者", "雑誌編集者"])]


def test_a_page_holding_the_qualifier_is_a_candidate_though_its_name_ends_otherwise() -> None:
    fit = Fit({"宅配便配達員": 1.3, "トラックドライバー": 1.1})
    assert found("宅配便のドライバーってどうやったらなれますか", fit) == ["宅配便配達員"]
    assert "宅配便配達員" in fit.calls[0][1]


def test_no_page_when_none_clearly_leads() -> None:
    fit = Fit({"図書編集者": 1.0, "雑誌編集者": 1.0 - MARGIN / 2})
    assert found("本の編集者になりたい", fit) == []
    assert leader({"x": 1.0}) == "x" and leader({}) is None


def test_only_worker_words_are_read() -> None:
    fit = Fit({"林業作業": 2.0})
    assert found("終電のあととか夜中の作業もある感じ？", fit) == []  # 作業 names work, not a worker
    assert found("本の仕事ってどう？", fit) == []
    assert fit.calls == []


def test_a_strong_link_to_the_worker_word_alone_gives_way_to_the_page_holding_the_qualifier() -> None:
    linker = JobLinker(
        [*JOBS, JobEntry(title="児童指導員", source="h.txt"), JobEntry(title="学童保育指導員", source="i.txt")]
    )
    bare = JobLink(title="児童指導員", source="h.txt", score=0.8, matched="指導員")
    fit = Fit({"学童保育指導員": 1.5, "児童指導員": 1.0})
    found = requalified("学童の指導員ってどうやったらなれる？", [bare], [bare], linker, fit)
    assert [(link.title, link.matched) for link in found] == [("学童保育指導員", "学童の指導員")]


def test_the_page_put_in_its_place_must_hold_the_qualifier_in_its_title() -> None:
    jobs = [
        JobEntry(title="看護師", source="k.txt"),
        JobEntry(title="動物看護", source="j.txt", aliases=["動物病院看護師"]),
    ]
    bare = JobLink(title="看護師", source="k.txt", score=1.0, matched="看護師")
    fit = Fit({"動物看護": 1.6, "看護師": 1.0})  # the words fit the animal nurse best: still no 病院 in its title
    assert requalified("病院の看護師ってどんな仕事？", [bare], [bare], JobLinker(jobs), fit) == [bare]


def test_workers_endings_stand_for_one_another() -> None:
    assert "運転士" in variants("運転手") and variants("ドライバー") == ("ドライバー",)


def test_a_loanword_cut_short_names_the_page_it_begins() -> None:
    keys = ["経営コンサルタント", "ネットショップオペレタ", "アニメタ"]
    assert like_names("経営コンサル", keys, slot=False) == ["経営コンサルタント"]
    assert like_names("ネットショップ", keys, slot=False) == []  # オペレーター is a word of its own
    assert like_names("アニメ", keys, slot=False) == []  # アニメ is a word: no name cut short
