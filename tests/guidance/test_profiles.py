"""Job profiles read from page text, the gap between two profiles, and the small rules matching and routes use."""

from __future__ import annotations

import pytest

from chatbot.guidance import JobProfile, Line, Scored
from chatbot.guidance._gap import KINDS, gap
from chatbot.guidance._match import pearson
from chatbot.guidance._profiles import interests, schooling_rank, schooling_zone, scored, shares, zone
from chatbot.guidance._roles import LEAD, role_weight
from chatbot.guidance._steps import step_index
from chatbot.retrieval import OTHER_ROLE

ONET_INTERESTS = (
    "High-point codes: Social / Investigative / Conventional\n"
    "Scores (1-7): Social (5.81) / Investigative (4.98) / Conventional (4.56) / Realistic (3.79) / "
    "Enterprising (2.07) / Artistic (1.23)"
)
JOBTAG_INTERESTS = "研究的 (2.77) / 現実的 (2.74) / 慣習的 (2.69) / 社会的 (2.66) / 企業的 (2.66) / 芸術的 (2.63)"
ONET_EDUCATION = """  • Bachelor's Degree: 5.4%
  • Master's Degree: 81.1%
  • First Professional Degree - awarded for completion of a program that: requires at least 2 years of college work \
before entrance into the program.: 13.5%"""
JOBTAG_EDUCATION = "高卒未満 7.4% / 高卒 51.9% / 専門学校卒 7.4% / 短大卒 7.4% / 大卒 22.2% / わからない 18.5%"


def test_scored_items_keep_their_page_text() -> None:
    text = "Reading Comprehension (4.12) / Critical Thinking (4.12) / Judgment and Decision Making (4.00)"
    found = scored("Physician Assistants", "Required Skills", text)
    assert [(s.name, s.score) for s in found] == [
        ("Reading Comprehension", 4.12),
        ("Critical Thinking", 4.12),
        ("Judgment and Decision Making", 4.0),
    ]
    assert all(s.line == Line("Physician Assistants", "Required Skills", f"{s.name} ({s.score:.2f})") for s in found)
    assert all(s.line.quote in text for s in found)


def test_jobtag_interests_are_scaled_from_one_to_five() -> None:
    found = interests("動物看護", "Interests", JOBTAG_INTERESTS, "ja")
    assert set(found) == set("RIASEC")
    assert found["I"].score == pytest.approx((2.77 - 1) / 4) and found["I"].line.quote == "研究的 (2.77)"
    assert found["A"].score == pytest.approx((2.63 - 1) / 4)


def test_onet_interests_are_scaled_from_one_to_seven() -> None:
    found = interests("Physician Assistants", "Interests", ONET_INTERESTS, "en")
    assert found["I"].score == pytest.approx((4.98 - 1) / 6) and found["I"].line.quote == "Investigative (4.98)"
    assert found["A"].score == pytest.approx((1.23 - 1) / 6)


def test_onet_interests_keep_the_first_listed_and_highest_score() -> None:
    found = interests("Physician Assistants", "Interests", ONET_INTERESTS, "en")
    assert set(found) == set("RIASEC")
    assert found["S"].score == pytest.approx((5.81 - 1) / 6) and found["S"].line.quote == "Social (5.81)"


def test_education_shares_onet_and_jobtag() -> None:
    onet = shares("Physician Assistants", "Education", ONET_EDUCATION)
    assert [(s.name.split(" - ")[0], s.score) for s in onet] == [
        ("Bachelor's Degree", 5.4),
        ("Master's Degree", 81.1),
        ("First Professional Degree", 13.5),
    ]
    assert onet[1].line.quote == "Master's Degree: 81.1%"
    assert all(s.line.quote in ONET_EDUCATION for s in onet)
    jobtag = shares("豆腐製造、豆腐職人", "Education", JOBTAG_EDUCATION)
    assert [(s.name, s.score) for s in jobtag][:2] == [("高卒未満", 7.4), ("高卒", 51.9)]
    assert len(jobtag) == 6 and all(s.line.quote in JOBTAG_EDUCATION for s in jobtag)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Job Zone One: Little or No Preparation Needed\nExperience: ...", 1),
        ("Job Zone Three: Medium Preparation Needed", 3),
        (
            "Job Zone Five: Extensive Preparation Needed\nEducation: Most of these require graduate school.",
            5,
        ),
        ("Education: a zone is not named here", None),
    ],
)
def test_job_zone_line(text: str, level: int | None) -> None:
    found = zone("x", "Job Zone", text)
    assert (found.score if found else None) == level
    if found:
        assert found.line.quote == text.splitlines()[0]


@pytest.mark.parametrize(
    ("category", "level", "rank"),
    [
        ("Less than a High School Diploma", 1, 1),
        ("High School Diploma - or the equivalent (for example, GED)", 2, 2),
        ("Post-Secondary Certificate - awarded for training completed after high school", 3, 3),
        ("Associate's Degree (or other 2-year degree)", 3, 5),
        ("Bachelor's Degree", 4, 6),
        ("Master's Degree", 5, 8),
        ("Doctoral Degree", 5, 11),
        ("高卒未満", 1, 1),
        ("高卒", 2, 2),
        ("専門学校卒", 3, 3),
        ("短大卒", 3, 5),
        ("大卒", 4, 6),
        ("修士課程卒（修士と同等の専門職学位を含む）", 5, 8),
        ("わからない", None, 0),
    ],
)
def test_schooling_categories_as_zones_and_ranks(category: str, level: int | None, rank: int) -> None:
    item = Scored(category, 40.0, Line("x", "Education", f"{category} 40.0%"))
    found = schooling_zone(item)
    assert (found.score if found else None) == level
    assert schooling_rank(item) == rank


def test_dont_know_is_not_the_commonest_schooling() -> None:
    # 惣菜製造 (jobtag_0008): 高卒 37.3% / ... / わからない 40.7%
    text = "高卒未満 5.1% / 高卒 37.3% / 専門学校卒 10.2% / 短大卒 8.5% / 大卒 15.3% / わからない 40.7%"
    job = JobProfile("惣菜製造", "ja", education=shares("惣菜製造", "Education", text))
    assert job.most_schooling() is not None and job.most_schooling().name == "高卒"  # type: ignore[union-attr]


def item(job: str, section: str, name: str, score: float, quote: str | None = None) -> Scored:
    return Scored(name, score, Line(job, section, quote or f"{name} ({score:.2f})"))


def nurse() -> JobProfile:
    job = "Registered Nurses"
    return JobProfile(
        job,
        "en",
        skills={
            n: item(job, "Required Skills", n, s)
            for n, s in [("Speaking", 4.0), ("Writing", 3.0), ("Coordination", 3.9)]
        },
        knowledge={"Medicine and Dentistry": item(job, "Knowledge", "Medicine and Dentistry", 4.2)},
        education=[item(job, "Education", "Post-Secondary Certificate", 22.5, "Post-Secondary Certificate: 22.5%")],
        zone=item(job, "Job Zone", "Job Zone Four: Considerable Preparation Needed", 4),
        qualifications=[Line(job, "Related Qualifications", "Nursing licence")],
    )


def assistant() -> JobProfile:
    job = "Physician Assistants"
    return JobProfile(
        job,
        "en",
        skills={
            n: item(job, "Required Skills", n, s)
            for n, s in [("Speaking", 4.0), ("Writing", 3.5), ("Coordination", 4.3), ("Active Learning", 3.88)]
        },
        knowledge={"Medicine and Dentistry": item(job, "Knowledge", "Medicine and Dentistry", 4.9)},
        education=[
            item(job, "Education", "Bachelor's Degree", 5.4, "Bachelor's Degree: 5.4%"),
            item(job, "Education", "Master's Degree", 81.1, "Master's Degree: 81.1%"),
        ],
        zone=item(job, "Job Zone", "Job Zone Five: Extensive Preparation Needed", 5),
        qualifications=[Line(job, "Related Qualifications", q) for q in ("Nursing licence", "PA certification")],
        entry=[Line(job, "Job Zone", "Education: Most of these occupations require graduate school.")],
    )


def test_gap_rows_by_kind() -> None:
    table = gap(nurse(), assistant())
    rows = {(row.kind, row.item) for row in table.rows}
    assert rows == {
        ("carries_over", "Speaking"),  # the same score
        ("carries_over", "Coordination"),  # 0.4 more: under the margin
        ("more", "Writing"),  # 0.5 more: the margin counts as clearly more
        ("more", "Medicine and Dentistry"),
        ("not_listed", "Active Learning"),
        ("schooling", "Master's Degree"),
        ("preparation", "Job Zone Five: Extensive Preparation Needed"),
        ("qualification", "PA certification"),  # the nursing licence is on both pages
    }
    assert [KINDS.index(row.kind) for row in table.rows] == sorted(KINDS.index(row.kind) for row in table.rows)
    assert (table.source, table.target, table.compared) == ("Registered Nurses", "Physician Assistants", True)
    assert [line.quote for line in table.steps] == ["Education: Most of these occupations require graduate school."]
    assert all(row.kind != "carries_over" for row in table.missing())


def test_the_targets_first_tasks_the_source_does_not_say_are_work_the_move_adds() -> None:
    source, target = assistant(), nurse()
    source.identity = [Line(source.title, "Tasks", "Take medical histories and examine patients.")]
    target.tasks = [
        Line(target.title, "Tasks", task)
        for task in (
            "Examine patients and take their medical histories.",  # the source's page says it: carries over
            "Administer drugs and watch for reactions.",
            "Modify patient treatment plans as indicated by responses.",
            "Instruct patients and families in home care after treatment.",
            "Supervise licensed practical nurses.",  # beyond the NEW_WORK first
        )
    ]
    work = [row.item for row in gap(source, target).rows if row.kind == "work"]
    assert work == [task.quote for task in target.tasks[1:4]]
    assert all(row.lines for row in gap(source, target).rows if row.kind == "work")


def test_gap_rows_cite_the_pages_they_compare() -> None:
    table = gap(nurse(), assistant())
    by_item = {row.item: row for row in table.rows}
    assert [line.job for line in by_item["Writing"].lines] == ["Registered Nurses", "Physician Assistants"]
    assert [line.job for line in by_item["Active Learning"].lines] == ["Physician Assistants"]
    schooling = by_item["Master's Degree"]
    assert schooling.have is not None and schooling.have.name == "Post-Secondary Certificate"
    assert [line.quote for line in schooling.lines] == ["Post-Secondary Certificate: 22.5%", "Master's Degree: 81.1%"]
    preparation = by_item["Job Zone Five: Extensive Preparation Needed"]
    assert [line.section for line in preparation.lines] == ["Job Zone", "Job Zone"]


def test_a_second_schooling_level_many_of_the_targets_workers_have_gets_its_row() -> None:
    target = assistant()
    doctoral = item(target.title, "Education", "Doctoral Degree", 12.0, "Doctoral Degree: 12.0%")
    few = item(target.title, "Education", "Post-Doctoral Training", 2.0, "Post-Doctoral Training: 2.0%")
    target.education += [doctoral, few]
    schooling = [row.item for row in gap(nurse(), target).rows if row.kind == "schooling"]
    assert schooling == ["Master's Degree", "Doctoral Degree"]  # the most common first; 2% is too few for a row


def test_a_higher_level_the_sources_page_lists_for_none_of_its_workers_counts_from_fewer() -> None:
    target = assistant()
    doctoral = item(target.title, "Education", "Doctoral Degree", 6.5, "Doctoral Degree: 6.5%")
    target.education.append(doctoral)
    assert "Doctoral Degree" in [row.item for row in gap(nurse(), target).rows if row.kind == "schooling"]
    source = nurse()  # the same level listed on the source's page: 6.5% is too few for a row
    source.education.append(item(source.title, "Education", "Doctoral Degree", 3.0, "Doctoral Degree: 3.0%"))
    assert "Doctoral Degree" not in [row.item for row in gap(source, target).rows if row.kind == "schooling"]


def test_no_schooling_or_preparation_row_when_the_target_needs_less() -> None:
    table = gap(assistant(), nurse())
    assert not {"schooling", "preparation"} & {row.kind for row in table.rows}


def test_a_target_zone_read_from_its_schooling_makes_no_preparation_row() -> None:
    target = assistant()
    target.zone = schooling_zone(target.most_schooling())  # a jobtag page: no stated job zone
    assert "preparation" not in {row.kind for row in gap(nurse(), target).rows}


def test_a_source_page_without_scores_is_not_compared() -> None:
    seed = JobProfile("Ward Mayor (Tokyo Special Wards)", "en")
    table = gap(seed, assistant())
    assert table.compared is False
    assert {row.kind for row in table.rows} >= {"not_listed", "schooling"}
    assert "carries_over" not in {row.kind for row in table.rows}


def test_a_source_without_a_zone_still_gets_the_targets_zone() -> None:
    # chatbot.guidance._gap.schooling: "when they are above the source's (or the source's unknown)"
    seed = JobProfile("Ward Mayor (Tokyo Special Wards)", "en")
    assert "preparation" in {row.kind for row in gap(seed, assistant()).rows}


@pytest.mark.parametrize(
    ("title", "text", "weight"),
    [
        ("Agricultural Sciences Teachers, Postsecondary", "I love animals and science", OTHER_ROLE * OTHER_ROLE),
        ("Agricultural Sciences Teachers, Postsecondary", "I love animals and want to teach at a college", 1.0),
        # teaching asked, but not at a college: the college teachers' page is weighed down all the same
        ("Agricultural Sciences Teachers, Postsecondary", "I love animals and want to teach", OTHER_ROLE),
        ("Secondary School Teachers, Except Special and Career/Technical Education", "I want to teach teens", 1.0),
        ("First-Line Supervisors of Farming Workers", "I like farming", OTHER_ROLE),
        # a wish to lead puts the field's supervisors first (tests/guidance/test_leading.py)
        ("First-Line Supervisors of Farming Workers", "I like farming and I want to lead a team", LEAD),
        ("Production Workers, All Other", "I like making things", OTHER_ROLE),
        ("Veterinarians", "I love animals", 1.0),
    ],
)
def test_roles_not_asked_for_weigh_less(title: str, text: str, weight: float) -> None:
    assert role_weight(title, text) == weight


def test_pearson() -> None:
    assert pearson([1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]) == pytest.approx(1.0)
    assert pearson([1, 0, 0, 0, 0, 0], [0, 1, 1, 1, 1, 1]) == pytest.approx(-1.0)
    assert pearson([0.5] * 6, [1, 2, 3, 4, 5, 6]) == 0.0  # flat: no correlation


STEPS = [
    "Passed National Public Service Examination (Category I)",
    "Assistant Section Chief (Ministry/Agency)",
    "Section Chief · Counsellor",
    "Division Director · Deliberative Official",
    "Secretariat Director-General",
    "Administrative Vice-Minister",
]


@pytest.mark.parametrize(
    ("name", "index"),
    [
        ("Assistant Section Chief", 1),
        ("assistant section chief (ministry/agency)", 1),
        ("Secretariat Director-General", 4),
        ("Secretariat Director-General (Each Ministry/Agency)", 4),
        ("Administrative Vice-Minister", 5),
        ("Ward Mayor", None),
    ],
)
def test_step_index(name: str, index: int | None) -> None:
    assert step_index(STEPS, name) == index


def test_schooling_and_preparation_no_higher_than_the_persons_carry_over() -> None:
    table = gap(assistant(), nurse())  # the other way: no more schooling, no higher job zone
    carried = [row.item for row in table.rows if row.kind == "carries_over"]
    assert carried[:2] == ["Post-Secondary Certificate", "Job Zone Four: Considerable Preparation Needed"]
    assert not [row for row in table.rows if row.kind in ("schooling", "preparation")]
    schooling = next(row for row in table.rows if row.item == "Post-Secondary Certificate")
    assert [line.job for line in schooling.lines] == ["Physician Assistants", "Registered Nurses"]
