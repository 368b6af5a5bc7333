"""A loanword name typed wrong anywhere in a Japanese question, not only where it names its job: "データエンジアに
必要なスキルって" is データエンジニア, "Webデレクターって未経験の新卒でも" the Web director. The job slot's patterns
(chatbot.retrieval._mention) miss many ways of asking, and a word that no page spells is no word of the work told:
read as a name (JobLinker.by_likeness), it is the name it nearly spells. A word the pages spell ("プログラミング",
"ヘアメイク") is left to the names as written."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chatbot.models import JobLink

if TYPE_CHECKING:
    from chatbot.retrieval._linking import JobLinker

# a katakana run of four or more, after any Latin letters that open the name ("Webデレクター")
LOANWORD_RUN = re.compile(r"[A-Za-z]*[ァ-ヶー]{4,}")


def mistyped(text: str, linker: JobLinker) -> list[JobLink]:
    """The jobs whose names the question's loanwords that no page spells nearly spell (or begin, or shorten)."""
    runs = dict.fromkeys(LOANWORD_RUN.findall(text))
    return [link for run in runs if not linker.page_text.says(run) for link in linker.by_likeness(run, context=text)]
