"""A job a Japanese description names inside the clause that tells the work, and that the work told does not fit: a
place, a tool or a co-worker of the job described, not that job ("動物病院で獣医さんの手伝いをしてる人": no vet;
"テレビ番組の収録現場で、…のスタッフに指示を出す人": no lighting crew; "データサイエンティストが分析しやすいように…
する人": a data engineer). English says this by word order (chatbot.retrieval._described); Japanese puts every
name of a description before whom it describes, so a name there counts as background only when another job fits the
clause clearly better (by Retriever.relevance): "電気のメーターを見に来る人" still names the meter reader its words
fit. Measured on the Japanese openings of the tuning dialogue sets: see docs/benchmarks.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.models import JobLink
from chatbot.retrieval._qualified import WORKER_ENDS
from chatbot.retrieval._work_told import work_told
from chatbot.text import is_japanese

Relevance = Callable[[str, list[str], int], dict[str, float]]  # Retriever.relevance
# A job named inside the clause is the job described unless the job the clause fits best leads it by MARGIN
# (Retriever.relevance, of the FITTING best; one below them counts 0)
FITTING, MARGIN = 10, 0.25
# The work a name is said to be ("ネイルやってる人"): that job itself
DOING = re.compile(r"^(?:さん)?(?:を|の仕事を?)?(?:やって|して|する|やる|した|やった)")
# A worker's name (a loanword or a word with a worker's ending: "獣医師", "カメラマン"), judged by the clause without
# it ("動物病院で…の診察を補助する人"); a thing's ("電気のメーター") is part of what the clause tells of the job
WORKER = re.compile(rf"^[ァ-ヶー]+$|(?:{WORKER_ENDS}|人|マン)(?:さん)?$")
# A name the question is about, said before the clause goes on ("社労士って何する人", "ほいくしに向いてる人")
TOPIC = re.compile(r"って|(?<![でにと])は|という|とは|に興味|に向")


def told_aside(text: str, strong: list[JobLink], describing: bool, relevance: Relevance | None) -> list[JobLink]:
    """The links of a Japanese question describing a job that name, inside its told clause, a job the clause does
    not fit."""
    told = work_told(text) if describing and relevance is not None and is_japanese(text) else None
    inside = [link for link in strong if within(told, link.matched)] if told else []
    if not inside or relevance is None or told is None:
        return []
    return [link for link in inside if not fits(unsaid(told, link.matched), link.title, relevance)]


def unsaid(told: str, name: str) -> str:
    """The clause, less a worker's name said in it: whether it fits that worker is told by the rest."""
    return told.replace(name, "、") if WORKER.search(name) else told


def fits(told: str, title: str, relevance: Relevance) -> bool:
    """Whether the told clause fits the job as well as any other, near enough (by MARGIN)."""
    fitting = relevance(told, [], FITTING)
    return max(fitting.values(), default=0.0) - fitting.get(title, 0.0) < MARGIN


def within(told: str, name: str) -> bool:
    """Whether a name is said in the told clause as something other than the work its worker does or the topic."""
    at = told.find(name)
    rest = told[at + len(name) :]
    return at >= 0 and not DOING.match(rest) and not TOPIC.search(rest)


# A thing a verb acts on, said right before it and a worker ("マンション建てる現場の監督", "ビルを建てる大工"): what
# the worker makes, not a start of some page's name (マンション管理員)
ACTED_ON = re.compile(
    r"^(?:を|が)?[一-龥ぁ-ん]{0,5}?(?:る|う|く|す|つ|む|ぶ|ぐ|てる|ている)"
    rf"(?:[一-龥ァ-ヶー]{{1,6}}の)?[一-龥ァ-ヶー]{{0,6}}(?:{WORKER_ENDS}|監督|人|マン|スタッフ)(?:さん)?(?![一-龥ァ-ヶー])"
)


def acted_on(text: str, phrase: str) -> bool:
    """Whether a noun phrase is what a verb right after it acts on, with a worker said after the verb."""
    at = text.find(phrase)
    return at >= 0 and ACTED_ON.match(text[at + len(phrase) :]) is not None
