"""A follow-up naming a sibling of the Japanese job in focus by the part of the title that tells it apart: "設計とか
施工管理のほうだとどう？" after 太陽光発電のメンテナンス is 太陽光発電の設計・施工, a page of the same family (jobtag
titles its pages of one field "<field>の<work>": 太陽光発電の企画・調査, …の設計・施工, …のメンテナンス), not
植物工場の設計、施工, whose name's part 施工 the question says too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chatbot.models import Question
from chatbot.retrieval import NAMING_LINK

PARTS = re.compile(r"[・、/／]")
MIN_PART = 2  # characters of a part of the work said ("設計", "施工")
# said as what is asked of, a kanji or two on at most ("施工管理のほう"); not "…って", "…は" ("企画力って必要？")
AS_SUBJECT = r"[一-龥ァ-ヶー]{0,2}(?:とか|や|、|・|の(?:ほう|方|場合)|だと|なら)"


def of_focus_family(question: Question, focus: list[str], titles: Iterable[str]) -> Question:
    """The question with its job the sibling of the Japanese job in focus whose work's parts it says most (at least
    one, and more than any other sibling's); unchanged when a job is named for sure, or no sibling is said."""
    if not focus or question.lang != "ja" or question.named or "の" not in focus[0]:
        return question
    if any(link.score >= NAMING_LINK and link.title != focus[0] for link in question.links):
        return question
    field = focus[0][: focus[0].index("の") + 1]  # "太陽光発電の"
    said = {title: parts_said(title[len(field) :], question.text) for title in titles if title.startswith(field)}
    said.pop(focus[0], None)
    ranked = sorted(said.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return question
    return question.model_copy(update={"named": [ranked[0][0]], "names_other": False})


def parts_said(work: str, text: str) -> int:
    """How many parts of a title's work ("設計・施工": 設計, 施工) the text says as what it asks of ("設計とか…",
    "設計のほうは", "施工だと"; not "設計の知識っている？", asked of the job in focus)."""
    parts = [re.escape(part) for part in PARTS.split(work) if len(part) >= MIN_PART]
    return sum(re.search(part + AS_SUBJECT, text) is not None for part in parts)
