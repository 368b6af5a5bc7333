"""A Japanese worker named by what they work on or where, "AのB" ("本の編集者", "宅配便のドライバー",
"webサービスのSE", "そば屋さんの職人"), where no page is named by the words: the page that fits the phrase best, of
those whose names end with the worker word or hold the qualifier, when it clearly leads.

The worker word alone names several pages (編集者: 図書編集者, 雑誌編集者, 映像編集者) or none that is meant
(宅配便配達員 is no ドライバー by name); the qualifier tells which, by the pages' words (Retriever.relevance, the
same fusion that places a person's own job). Measured on the qualified names of the thirty-first blind tuning set:
本の編集者, webサービスのSE, 宅配便のドライバー, そば屋さんの職人 and 自動車メーカーの技術者 lead by a clear margin;
テレビのディレクター does not (テレビ・ラジオ放送技術者 1.28, テレビカメラマン 1.14, 放送ディレクター 1.12) and is
left unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.models import JobLink
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._names import TITLE_PART, japanese_key

Relevance = Callable[[str, list[str], int], dict[str, float]]  # Retriever.relevance

QUALIFIED = re.compile(
    r"(?P<a>[ぁ-ん]{1,6}屋|[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9・]{1,12})(?:屋)?(?:さん)?の"
    r"(?P<b>[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{2,10}?)(?:さん)?(?=も|は|が|を|に|って|で|と|[、。？?！!]|$)"
)
SHOP = re.compile(r"屋$")
# A worker word: a loanword ("ドライバー", "SE") or a word with a worker's ending ("編集者", "職人"); not "夜中の作業"
# ("作業" ends the names of many jobs: 林業作業) nor "接骨院の先生" (先生: _mention's COLLOQUIAL_HEADS).
WORKER = re.compile(r"^[ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]+$|(?:者|家|士|師|員|工|官|手|職人)$")
MARGIN = 0.15  # the lead of the best page over the next (relevance), under which no page is named
MIN_QUALIFIER = 2  # characters of a qualifier found inside a name: one ("本") is inside too many (日本語教師)


def qualified(text: str, linker: JobLinker, relevance: Relevance) -> list[JobLink]:
    """The page each "AのB" of the text names, when one clearly fits best; [] when none does."""
    keys = linker.japanese_names
    found: list[JobLink] = []
    for match in QUALIFIED.finditer(text):
        qualifier, worker = SHOP.sub("", match.group("a")) or match.group("a"), match.group("b")
        if not WORKER.search(worker):
            continue
        wanted, said = japanese_key(worker), japanese_key(qualifier)
        ending = [key for key in keys if key.endswith(wanted)]
        if not ending:  # "本の仕事": no page's name ends with the word, so it names no worker
            continue
        holding = [key for key in keys if len(said) >= MIN_QUALIFIER and said in key]
        titles = {
            name.job: linker.jobs[name.job].title for key in ending + holding for name in linker.names[(True, key)]
        }
        best = leader(relevance(f"{qualifier}の{worker}", sorted(set(titles.values())), 2))
        source = next((s for s, title in titles.items() if title == best), None)
        if source is not None:
            found.append(JobLink(title=titles[source], source=source, score=TITLE_PART, matched=match.group(0)))
    return found


def leader(scores: dict[str, float]) -> str | None:
    """The best-scored title when it leads the next by MARGIN (or stands alone); else None."""
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN):
        return None
    return ranked[0][0]
