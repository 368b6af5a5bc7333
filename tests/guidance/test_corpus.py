"""Career guidance end to end on the real 1,574-page index with the real model: job suggestions, gap tables,
routes, follow-ups on a list shown, the sliders — and every quote checked against the page file itself."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from chatbot import Answer, Chatbot, Citation, Conversation, Intent, InterestReading
from chatbot.models import GapRow
from tests.conftest import DIRECTOR
from tests.guidance.pages import career_steps, job_zone, on_page, read_page, section_text

pytestmark = pytest.mark.slow

Ask = Callable[[str], Answer]
ANIMALS = "I love animals and I'm good at science. Which careers would suit me?"
ANIMALS_JA = "動物が好きで体力には自信があります。どんな仕事が向いていますか？"
NO_DEGREE = "I love animals and I'm good at science, but I can't do a four-year degree. Which careers would suit me?"
NO_SCHOOL = "I like fixing engines and cars, and I'm not going back to school. What jobs would suit me?"
NURSE_TO_PA = "I'm a registered nurse. What would I need to become a physician assistant?"
NURSE_TO_PHN = "看護師として働いています。保健師になるには何が足りませんか？"
ELECTRICIAN = "how do I get from electrician to electrical engineer?"
MINISTRY = "I'm an Assistant Section Chief at a ministry. How do I get from there to Secretariat Director-General?"
NAMES = {
    "R": "Realistic",
    "I": "Investigative",
    "A": "Artistic",
    "S": "Social",
    "E": "Enterprising",
    "C": "Conventional",
}
MARKER = re.compile(r"\[(\d+)\]")
SCORE = re.compile(r"\((\d+(?:\.\d+)?)\)")


def cited(answer: Answer, numbers: list[int]) -> list[Citation]:
    """The citations the numbers name; each must exist."""
    by_number = {c.n: c for c in answer.citations}
    assert numbers and all(n in by_number for n in numbers), (numbers, len(answer.citations))
    return [by_number[n] for n in numbers]


def assert_honest(answer: Answer) -> None:
    """Citations numbered 1..n, each quote on its job's page under its heading, every marker in the text one of them."""
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    off_page = [(c.n, c.job, c.section, c.text) for c in answer.citations if not on_page(c)]
    assert not off_page, off_page
    markers = {int(n) for n in MARKER.findall(answer.answer)}
    assert markers <= {c.n for c in answer.citations}, markers


def page_interests(source: str) -> dict[str, float]:
    """An O*NET or jobtag page's interest scores, by RIASEC code, read from the file."""
    text = section_text(source, "Interests")
    names = {**{name: code for code, name in NAMES.items()}, "現実的": "R", "研究的": "I", "芸術的": "A"}
    names |= {"社会的": "S", "企業的": "E", "慣習的": "C"}
    found = re.findall(r"(\w+) \((\d+(?:\.\d+)?)\)", text)
    return {names[name]: float(score) for name, score in found if name in names}


@pytest.fixture(scope="module")
def animals(ask: Ask) -> Answer:
    return ask(ANIMALS)


# --- which jobs suit me ---------------------------------------------------------------------------------------


def test_match_suggests_five_jobs_each_with_cited_reasons(animals: Answer) -> None:
    assert animals.intent is Intent.MATCH and animals.answered
    assert len(animals.matches) == 5 and len({m.job for m in animals.matches}) == 5
    assert animals.reading is not None and {"R", "I"} <= set(animals.reading.scores)  # animals; science
    for match in animals.matches:
        assert any(reason.cites for reason in match.reasons), match.job
        for reason in match.reasons:
            sources = cited(animals, reason.cites) if reason.cites else []
            assert all(c.job == match.job for c in sources), (match.job, reason)  # a reason quotes its own job's page
            if reason.kind == "words":
                assert [c.text for c in sources] == [reason.text]
    assert_honest(animals)


def test_match_lists_the_jobs_in_order_in_the_text(animals: Answer) -> None:
    places = [animals.answer.find(f"**{m.job}**") for m in animals.matches]
    assert -1 not in places and places == sorted(places)
    assert [m.score for m in animals.matches] == sorted((m.score for m in animals.matches), reverse=True)


def test_match_interest_reasons_quote_the_shared_top_scores(animals: Answer, titles: dict[str, str]) -> None:
    """An interests reason names, from the job's three highest scores on its page, those the person reads high."""
    assert animals.reading is not None
    high = {code for code, level in animals.reading.scores.items() if level >= 0.5}
    with_interests = 0
    for match in animals.matches:
        scores = page_interests(titles[match.job])
        top = sorted(scores, key=lambda code: -scores[code])[:3]
        expected = {NAMES[code] for code in top if code in high}
        reasons = [r for r in match.reasons if r.kind == "interests"]
        quoted = {c.text.split(" (")[0] for r in reasons for c in cited(animals, r.cites)}
        assert quoted == expected, (match.job, quoted, expected)
        assert all(c.section == "Interests" for r in reasons for c in cited(animals, r.cites))
        with_interests += bool(reasons)
    assert with_interests >= 3


def test_match_preparation_is_the_pages_job_zone(animals: Answer, titles: dict[str, str]) -> None:
    for match in animals.matches:
        zone = job_zone(titles[match.job])
        preparation = [c for r in match.reasons if r.kind == "preparation" for c in cited(animals, r.cites)]
        if zone is not None:
            assert [c.section for c in preparation] == ["Job Zone"] and preparation[0].text.startswith("Job Zone ")


def test_japanese_match_suggests_jobtag_pages(ask: Ask, titles: dict[str, str]) -> None:
    answer = ask(ANIMALS_JA)
    assert answer.intent is Intent.MATCH and answer.answered and len(answer.matches) == 5
    assert all(titles[m.job].startswith("jobtag_") for m in answer.matches), [m.job for m in answer.matches]
    assert all(c.source.startswith("jobtag_") for c in answer.citations)
    assert answer.reading is not None and answer.reading.scores.get("R") == 1.0  # 動物, 体力
    assert "現実的" in answer.answer  # the reading is shown in Japanese
    assert_honest(answer)


@pytest.mark.parametrize(("question", "limit"), [(NO_DEGREE, 3), (NO_SCHOOL, 2)], ids=["no-degree", "no-school"])
def test_match_keeps_within_the_schooling_said(ask: Ask, titles: dict[str, str], question: str, limit: int) -> None:
    answer = ask(question)
    assert answer.intent is Intent.MATCH and answer.reading is not None and answer.reading.schooling == limit
    assert len(answer.matches) == 5
    zones = {m.job: job_zone(titles[m.job]) for m in answer.matches}
    within = [job for job, zone in zones.items() if zone is not None and zone <= limit]
    assert len(within) >= 3, zones  # a limit read from words weighs longer preparation down (not passed for want
    # of a zone: a page with none is left out under a limit)
    for match in answer.matches:  # and a job beyond it says so, in its cited preparation reason
        [preparation] = [reason.text for reason in match.reasons if reason.kind == "preparation"]
        beyond = zones[match.job] is not None and zones[match.job] > limit  # type: ignore[operator]
        assert ("more than the schooling you said" in preparation) == beyond, (match.job, preparation)
    assert_honest(answer)


def test_the_schooling_limit_changes_the_suggestions(ask: Ask, titles: dict[str, str]) -> None:
    """Without the limit, the same words bring jobs above it: the limit is what keeps them out."""
    unlimited = [job_zone(titles[m.job]) for m in ask(ANIMALS).matches]
    assert any(zone is not None and zone > 3 for zone in unlimited), unlimited
    assert ask(ANIMALS).reading.schooling is None  # type: ignore[union-attr]


# --- what would I need --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nurse_gap(ask: Ask) -> Answer:
    return ask(NURSE_TO_PA)


def test_gap_from_nurse_to_physician_assistant(nurse_gap: Answer) -> None:
    assert nurse_gap.intent is Intent.GAP and nurse_gap.answered and nurse_gap.gap is not None
    assert (nurse_gap.gap.source, nurse_gap.gap.target) == ("Registered Nurses", "Physician Assistants")
    assert all(row.cites for row in nurse_gap.gap.rows)
    assert_honest(nurse_gap)


def test_gap_schooling_rows_cite_the_targets_education_and_job_zone(nurse_gap: Answer) -> None:
    assert nurse_gap.gap is not None
    rows: dict[str, GapRow] = {}
    for row in nurse_gap.gap.rows:  # the first of each kind: the schooling most of the target's workers have
        if row.kind in ("schooling", "preparation"):
            rows.setdefault(row.kind, row)
    assert set(rows) == {"schooling", "preparation"}
    schooling = [(c.job, c.section, c.text) for c in cited(nurse_gap, rows["schooling"].cites)]
    assert ("Physician Assistants", "Education", "Master's Degree: 81.1%") in schooling
    assert rows["schooling"].need is not None and "81.1%" in rows["schooling"].need
    preparation = [(c.job, c.section, c.text) for c in cited(nurse_gap, rows["preparation"].cites)]
    assert ("Physician Assistants", "Job Zone", "Job Zone Five: Extensive Preparation Needed") in preparation
    assert ("Registered Nurses", "Job Zone", "Job Zone Four: Considerable Preparation Needed") in preparation
    assert "81.1%" in nurse_gap.answer  # the master's share is in the table shown


def test_gap_rows_lead_with_preparation_and_schooling(nurse_gap: Answer) -> None:
    """What a move takes in time and schooling comes first, then what must be learnt, then what carries over."""
    assert nurse_gap.gap is not None
    order = ["preparation", "schooling", "qualification", "work", "more", "not_listed", "carries_over"]
    kinds = [row.kind for row in nurse_gap.gap.rows]
    assert kinds == sorted(kinds, key=order.index) and kinds[0] == "preparation"
    assert nurse_gap.answer.index("| Preparation: ") < nurse_gap.answer.index("| Carries over: ")


def test_gap_next_steps_come_from_the_target_page(nurse_gap: Answer) -> None:
    assert nurse_gap.gap is not None and nurse_gap.gap.next_steps
    for step in nurse_gap.gap.next_steps:
        assert [c.job for c in cited(nurse_gap, step.cites)] == ["Physician Assistants"]
        assert step.text in nurse_gap.answer


def test_a_gap_that_asks_the_way_there_shows_its_routes(ask: Ask) -> None:
    """Read as a gap question, one that asks for the steps too gets, after the table, the routes between the two
    jobs, every hop cited in the same numbering (it showed no route before)."""
    answer = ask(
        "I'm a bookkeeping clerk at a small accounting office. I'd like to end up as a real estate appraiser. What "
        "steps would make sense?"
    )
    assert answer.intent is Intent.GAP and answer.gap is not None and answer.routes
    ends = {(route.jobs[0], route.jobs[-1]) for route in answer.routes}
    assert ends == {(answer.gap.source, answer.gap.target)}
    assert len({len(route.jobs) for route in answer.routes}) == 1  # the shortest only: no detour after them
    assert all(hop.cites for route in answer.routes for hop in route.hops)
    assert answer.answer.index("| Preparation: ") < answer.answer.index(" → ")
    assert_honest(answer)


def test_gap_skill_rows_agree_with_both_pages(nurse_gap: Answer, titles: dict[str, str]) -> None:
    """A row that carries over differs by under 0.5, one needed more by 0.5 or more; a skill not among the nurse's
    listed ones is really not on the nurse's page."""
    assert nurse_gap.gap is not None
    nurse = section_text(titles["Registered Nurses"], "Required Skills") + section_text(
        titles["Registered Nurses"], "Knowledge"
    )
    kinds = {row.kind for row in nurse_gap.gap.rows}
    assert {"carries_over", "not_listed"} <= kinds
    for row in nurse_gap.gap.rows:
        if row.kind in ("carries_over", "more"):
            have, need = (float(SCORE.search(cell or "").group(1)) for cell in (row.have, row.need))  # type: ignore[union-attr]
            assert (need - have >= 0.5) == (row.kind == "more"), row
            jobs = [c.job for c in cited(nurse_gap, row.cites)]
            assert jobs == ["Registered Nurses", "Physician Assistants"], row
        elif row.kind == "not_listed":
            assert row.have is None and f"{row.item} (" not in nurse, row


def test_a_gap_read_from_what_the_person_does_shows_the_work_it_adds(ask: Ask) -> None:
    # the dentist they hand instruments to is not their job; what they do places them with dental assistants
    answer = ask(
        "At the dental office I hand the dentist instruments, run suction, sterilize everything and take x-rays. "
        "Thinking about becoming a hygienist - what would I need that I don't have yet?"
    )
    assert answer.gap is not None, answer.answer
    assert (answer.gap.source, answer.gap.target) == ("Dental Assistants", "Dental Hygienists")
    work = [row for row in answer.gap.rows if row.kind == "work"]
    assert work and all(row.cites for row in work), answer.gap.rows
    assert all(row.item in answer.answer for row in work)


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [  # their role said with its article is theirs; a field they work in places them there; what they do
        (
            "I've been an electrician's helper for about two years. What would I still need to become an electrician?",
            "Helpers--Electricians",
            "Electricians",
        ),
        (
            "I mow lawns and plant shrubs for a landscaping company. What do I lack to become a landscape architect?",
            "Landscaping and Groundskeeping Workers",
            "Landscape Architects",
        ),
        (  # two jobs named as wanted ("logistician", "supply chain"): the first is the target
            "I work as a cargo and freight agent, booking space on trucks and planes. I'd like to move up into a "
            "logistician role where I plan the whole supply chain. What am I missing?",
            "Cargo and Freight Agents",
            "Logisticians",
        ),
        (
            "電気工事士です。体力的にきつくなってきたので、ビルの設備管理に移ろうかと。何が足りないですか？",
            "電気工事士",
            "ビル施設管理",
        ),
        (
            "ペットショップで販売してます。トリマーの方に進みたいんですが、足りないものは何ですか？",
            "ペットショップ店員",
            "トリマー",
        ),
    ],
)
def test_the_person_is_placed_by_their_own_role(ask: Ask, question: str, source: str, target: str) -> None:
    answer = ask(question)
    assert answer.gap is not None and (answer.gap.source, answer.gap.target) == (source, target), answer.answer


def test_japanese_gap(ask: Ask) -> None:
    answer = ask(NURSE_TO_PHN)
    assert answer.intent is Intent.GAP and answer.gap is not None
    assert (answer.gap.source, answer.gap.target) == ("看護師", "保健師")
    assert answer.gap.rows and answer.gap.next_steps and all(step.cites for step in answer.gap.next_steps)
    assert_honest(answer)


def test_japanese_gap_from_where_the_person_works_for_years(ask: Ask) -> None:
    """ "ホテルで2年アルバイト": the years said between the place and the work still tell where the person works (the
    hotel's staff page); "今より何が求められますか" asks what is missing."""
    answer = ask(
        "ホテルで2年アルバイトしています。ブライダルコーディネーターになるとしたら、今より何が求められますか？"
    )
    assert answer.intent is Intent.GAP and answer.gap is not None, answer.answer[:200]
    assert (answer.gap.source, answer.gap.target) == ("接客担当（ホテル・旅館）", "ブライダルコーディネーター")
    assert_honest(answer)


# --- how do I get there -------------------------------------------------------------------------------------------


def test_routes_from_electrician_to_electrical_engineer(ask: Ask) -> None:
    answer = ask(ELECTRICIAN)
    assert answer.intent is Intent.PATH and answer.answered
    assert 1 <= len(answer.routes) <= 3
    assert len({tuple(route.jobs) for route in answer.routes}) == len(answer.routes)
    for route in answer.routes:
        assert route.jobs[0] == "Electricians" and route.jobs[-1] == "Electrical Engineers"
        assert [(h.source, h.target) for h in route.hops] == list(zip(route.jobs, route.jobs[1:], strict=False))
        for hop in route.hops:
            citations = cited(answer, hop.cites)
            if hop.via == "related_jobs":  # one end's page lists the other among its related jobs
                assert any(
                    c.section == "Related Jobs" and {c.job, c.text} == {hop.source, hop.target} for c in citations
                ), hop
    assert_honest(answer)


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "介護事務として働いています。いずれ介護施設の施設長になりたいのですが、どういう道順で進めばいいですか？",
            "介護事務",
            "施設管理者（介護施設）",
        ),
        (
            "家政婦をしています。ケアマネジャーになるにはどんな道がありますか？",
            "家政婦（夫）",
            "介護支援専門員/ケアマネジャー",
        ),
    ],
)
def test_a_japanese_route_goes_through_work_described_alike(ask: Ask, question: str, source: str, target: str) -> None:
    """Where skills alone are alike across fields (care office work and dental assisting), what the pages say the
    work is counts too (word vectors): the way to a care home's head goes through care work, not a clinic's."""
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    first = answer.routes[0].jobs
    assert first[0] == source and first[-1] == target
    assert all(re.search(r"介護|福祉", job) for job in first[1:-1]), first
    similar = [hop for route in answer.routes for hop in route.hops if hop.via == "similar_profile"]
    assert all(hop.cites for hop in similar)  # the shared skill scores are still the lines a hop cites
    assert "仕事の説明が近い" in answer.answer
    assert_honest(answer)


def test_a_japanese_route_goes_through_jobs_of_the_same_field(ask: Ask) -> None:
    """jobtag pages list no related jobs: hops by closeness of skills, knowledge and interests, so a labourer on a
    civil-works site reaches the site manager through building trades, not through sales or office work."""
    answer = ask("建設・土木作業員から土木施工管理技術者になるにはどういうルートがありますか？")
    assert answer.intent is Intent.PATH and answer.answered and answer.routes
    for route in answer.routes:
        assert route.jobs[0] == "建設・土木作業員" and route.jobs[-1] == "土木施工管理技術者"
        assert not any("営業" in job or "事務" in job for job in route.jobs), route.jobs
        assert all(hop.cites for hop in route.hops)
    assert_honest(answer)


def test_a_japanese_move_straight_between_close_pages(ask: Ask) -> None:
    """jobtag pages list no related jobs: two close pages that no hop joins are one move apart, by the closeness of
    their profiles (cited by the shared skill scores), before a route through more jobs close in the same way."""
    answer = ask("経理事務をしています。内部監査人になるにはどんな道がありますか？")
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    first = answer.routes[0]
    assert first.jobs == ["経理事務", "内部監査人"]
    assert first.hops[0].via == "similar_profile" and first.hops[0].cites
    assert all(len(route.jobs) > 2 for route in answer.routes[1:])
    assert_honest(answer)


def test_a_job_said_as_where_the_route_starts_is_the_origin(ask: Ask) -> None:
    """A job said in "from X into Y" is where the person is, whatever else they say they do (their tasks read as another
    page: scheduling production runs reads like industrial engineering)."""
    answer = ask(
        "Could I go from expediting clerk into project management? "
        "All day I schedule production runs at a factory and chase late parts."
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert answer.routes[0].jobs[0] == "Production, Planning, and Expediting Clerks"
    assert answer.routes[0].jobs[-1] == "Project Management Specialists"


def test_the_job_after_from_where_i_am_to_is_the_target(ask: Ask) -> None:
    """ "from where I am now to dental hygienist" names no origin, but it names the target, over a description of
    the work wanted earlier ("become the one who cleans teeth")."""
    answer = ask(
        "I'm a dental assistant and I want to become the one who cleans teeth. "
        "How would I get from where I am now to dental hygienist?"
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert answer.routes[0].jobs[0] == "Dental Assistants" and answer.routes[0].jobs[-1] == "Dental Hygienists"


def test_a_route_the_pages_state_comes_before_a_straight_move(ask: Ask) -> None:
    """A hop a career path's text names (経理課長's page names 経理事務) is surer than closeness alone."""
    answer = ask("経理事務から経理課長になるにはどういうステップがありますか？")
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert answer.routes[0].jobs == ["経理事務", "経理課長"]
    assert answer.routes[0].hops[0].via == "career_mention"


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        ("Currently a bank teller; long-term goal: financial analyst. Suggest a route.", "Tellers", None),
        ("how would a line cook become an executive chef over time?", None, "Chefs and Head Cooks"),
        ("How can a graphic designer move into marketing management?", "Graphic Designers", "Marketing Managers"),
    ],
)
def test_routes_asked_in_other_words(ask: Ask, question: str, source: str | None, target: str | None) -> None:
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.answered and answer.routes, answer.answer
    for route in answer.routes:
        assert source is None or route.jobs[0] == source
        assert target is None or route.jobs[-1] == target
        assert all(hop.cites for hop in route.hops)
    assert_honest(answer)


def test_a_seed_route_follows_the_career_path(ask: Ask, titles: dict[str, str]) -> None:
    answer = ask(MINISTRY)
    assert answer.intent is Intent.PATH and len(answer.routes) == 1
    steps, route = career_steps(titles[DIRECTOR]), answer.routes[0]
    start = steps.index(route.jobs[0])
    assert route.jobs == steps[start : start + len(route.jobs)]  # consecutive steps of the page's path
    assert route.jobs[0] == "Assistant Section Chief (Ministry/Agency)"
    assert route.jobs[-1] == "Secretariat Director-General"
    for hop in route.hops:
        assert hop.via == "career_path"
        (citation,) = cited(answer, hop.cites)
        assert (citation.job, citation.section) == (DIRECTOR, "Career Path")
        assert f"{hop.source} → {hop.target}" in citation.text
    assert_honest(answer)


# --- follow-ups on the list shown --------------------------------------------------------------------------------


@pytest.fixture
def after_animals(corpus_bot: Chatbot) -> tuple[Conversation, Answer]:
    conversation = Conversation()
    return conversation, corpus_bot.ask(ANIMALS, conversation)


def test_the_second_one_is_the_second_match(corpus_bot: Chatbot, after_animals: tuple[Conversation, Answer]) -> None:
    conversation, listed = after_animals
    assert conversation.listed == [m.job for m in listed.matches]
    answer = corpus_bot.ask("tell me more about the second one", conversation)
    second = listed.matches[1].job
    assert answer.answered and answer.about == [second]
    assert answer.citations and {c.job for c in answer.citations} == {second}
    assert_honest(answer)


def test_compare_the_top_two(corpus_bot: Chatbot, after_animals: tuple[Conversation, Answer]) -> None:
    conversation, listed = after_animals
    answer = corpus_bot.ask("compare the top two", conversation)
    top = [m.job for m in listed.matches[:2]]
    assert answer.intent is Intent.COMPARE and answer.answered
    assert answer.comparison is not None and answer.comparison.jobs == top
    assert {c.job for c in answer.citations} == set(top)
    assert_honest(answer)


def test_what_about_the_second_one(corpus_bot: Chatbot, after_animals: tuple[Conversation, Answer]) -> None:
    conversation, listed = after_animals
    answer = corpus_bot.ask("what about the second one?", conversation)
    assert answer.answered and answer.about == [listed.matches[1].job]


@pytest.fixture
def after_animals_ja(corpus_bot: Chatbot) -> tuple[Conversation, Answer]:
    conversation = Conversation()
    return conversation, corpus_bot.ask(ANIMALS_JA, conversation)


def test_japanese_second_one_points_at_the_second_match(
    corpus_bot: Chatbot, after_animals_ja: tuple[Conversation, Answer]
) -> None:
    conversation, listed = after_animals_ja
    answer = corpus_bot.ask("2つ目について詳しく教えて", conversation)
    assert answer.about == [listed.matches[1].job]


def test_japanese_second_one_is_answered_from_its_page(
    corpus_bot: Chatbot, after_animals_ja: tuple[Conversation, Answer]
) -> None:
    conversation, listed = after_animals_ja
    answer = corpus_bot.ask("2つ目について詳しく教えて", conversation)
    assert answer.answered and {c.job for c in answer.citations} == {listed.matches[1].job}


def test_japanese_compare_the_top_two(corpus_bot: Chatbot, after_animals_ja: tuple[Conversation, Answer]) -> None:
    conversation, listed = after_animals_ja
    answer = corpus_bot.ask("上位2つを比べて", conversation)
    assert answer.comparison is not None and answer.comparison.jobs == [m.job for m in listed.matches[:2]]


# --- the sliders --------------------------------------------------------------------------------------------------


SLIDERS = InterestReading(scores={"I": 1.0, "R": 0.5}, schooling=3)


@pytest.fixture(scope="module")
def sliders(corpus_bot: Chatbot) -> tuple[Conversation, Answer]:
    conversation = Conversation()
    return conversation, corpus_bot.suggest_jobs(SLIDERS, "", "en", conversation)


def test_sliders_alone_suggest_by_interests(sliders: tuple[Conversation, Answer], titles: dict[str, str]) -> None:
    _, answer = sliders
    assert answer.answered and len(answer.matches) == 5
    assert answer.reading is not None and answer.reading.explicit and answer.reading.scores == SLIDERS.scores
    for match in answer.matches:
        assert titles[match.job].startswith("onet_"), match.job
        reasons = [r for r in match.reasons if r.kind == "interests"]
        assert reasons and all(r.cites for r in reasons), match.job
        quoted = [c for r in reasons for c in cited(answer, r.cites)]
        assert all(c.job == match.job and c.section == "Interests" for c in quoted)
        assert {c.text.split(" (")[0] for c in quoted} <= {"Investigative", "Realistic"}
        zone = job_zone(titles[match.job])
        assert zone is None or zone <= 3, (match.job, zone)
    assert_honest(answer)


def test_sliders_rank_by_how_alike_the_interests_are(sliders: tuple[Conversation, Answer]) -> None:
    _, answer = sliders
    fits = [m.interest_fit if m.interest_fit is not None else -1.0 for m in answer.matches]
    assert all(fit > 0.5 for fit in fits) and fits == sorted(fits, reverse=True)


def test_sliders_show_what_was_set(sliders: tuple[Conversation, Answer]) -> None:
    _, answer = sliders
    assert "Investigative high" in answer.answer and "Realistic medium" in answer.answer
    assert "I read no particular interest" not in answer.answer


def test_sliders_are_recorded_for_follow_ups(corpus_bot: Chatbot, sliders: tuple[Conversation, Answer]) -> None:
    conversation, listed = sliders
    assert conversation.listed == [m.job for m in listed.matches]
    answer = corpus_bot.ask("tell me more about the first one", conversation.model_copy(deep=True))
    assert answer.answered and answer.about == [listed.matches[0].job]
    assert {c.job for c in answer.citations} == {listed.matches[0].job}


def test_japanese_sliders_suggest_jobtag_pages(corpus_bot: Chatbot, titles: dict[str, str]) -> None:
    reading = InterestReading(scores={"S": 1.0, "A": 0.6}, schooling=2)
    answer = corpus_bot.suggest_jobs(reading, "", "ja")
    assert len(answer.matches) == 5
    assert all(titles[m.job].startswith("jobtag_") for m in answer.matches)
    assert all(any(r.kind == "interests" and r.cites for r in m.reasons) for m in answer.matches)
    assert_honest(answer)


# --- honesty over every kind of advice ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", [ANIMALS, ANIMALS_JA, NO_DEGREE, NO_SCHOOL, NURSE_TO_PA, NURSE_TO_PHN, ELECTRICIAN, MINISTRY]
)
def test_advice_never_cites_a_line_that_is_not_on_the_page(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.intent in (Intent.MATCH, Intent.GAP, Intent.PATH) and answer.citations
    assert_honest(answer)
    for citation in answer.citations:  # and the page is the job's own
        assert read_page(citation.source)[0] == citation.job


def test_a_route_of_equal_cost_keeps_within_the_levels_of_its_ends(ask: Ask, titles: dict[str, str]) -> None:
    """A casino manager reaches a resort's recreation manager through another manager's job before the attendants'
    (one hop each, all stated links): no job in between stands below the start's job zone or above the end's."""
    answer = ask(
        "Gaming manager at a casino here. How could I get to being an entertainment and recreation manager at a "
        "resort? What route makes sense?"
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    first = answer.routes[0].jobs
    assert (first[0], first[-1]) == ("Gambling Managers", "Entertainment and Recreation Managers, Except Gambling")
    low, high = (job_zone(titles[end]) for end in (first[0], first[-1]))
    assert low is not None and high is not None
    for job in first[1:-1]:
        zone = job_zone(titles[job])
        assert zone is None or min(low, high) <= zone <= max(low, high), (job, zone, low, high)
    assert_honest(answer)
