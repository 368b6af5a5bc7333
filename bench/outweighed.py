"""The outweighed check, calibrated: of the opening turns of the dialogue tuning sets whose first candidate job is a
linked one, how many a cut-off pair would set right and set wrong (chatbot/retrieval/_outweighed.py).

Each opening with an expected job is understood with the check off, then searched; its first candidate counts when a
link names it. A pair (WEAK, OUTWEIGHED) drops that link when it is below WEAK and another candidate's score less its
own link part leads the linked job's by more than OUTWEIGHED: "right" when the first job was wrong and the leader is
expected, "wrong" when the first job was expected. Never the frozen held-out sets.

Usage: .venv/bin/python bench/outweighed.py --index DIR [--sets 'tests/eval/tune*_*.jsonl']
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter
from pathlib import Path

from common import ROOT

import chatbot.retrieval._retriever as retriever_module
from chatbot import Chatbot, Settings, load_dialogues
from chatbot.retrieval._described import described_links
from chatbot.text import clean_question, is_japanese

LINK = 2.0  # chatbot.retrieval._candidates.LINK
PAIRS = [(weak, lead) for weak in (0.75, 0.85, 1.01) for lead in (0.2, 0.3, 0.4, 0.5, 0.6)]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--index", type=Path, required=True)
    options.add_argument("--sets", default=str(ROOT / "tests" / "eval" / "tune*_*.jsonl"))
    args = options.parse_args()
    retriever_module.weakly_named = lambda question: None  # the check off: what it would decide is counted here
    retriever = Chatbot(Settings(index_dir=args.index, history=False))._retriever  # noqa: SLF001 (a bench)
    counts: Counter[tuple[str, float, float, str]] = Counter()
    for path in sorted(glob.glob(args.sets)):
        for case in load_dialogues(Path(path)):
            turn = case.turns[0]
            if not turn.jobs or turn.refuse:
                continue
            question = retriever.understand(clean_question(turn.question))
            candidates = retriever.retrieve(question).candidates
            links: dict[str, float] = {}
            for link in described_links(question):
                links[link.title] = max(links.get(link.title, -1.0), link.score)
            if not candidates or candidates[0][0] not in links:
                continue
            top, lang = candidates[0][0], "ja" if is_japanese(turn.question) else "en"
            own = candidates[0][1] - LINK * links[top]
            leader, score = max(((t, s - LINK * links.get(t, 0.0)) for t, s in candidates[1:]), key=lambda x: x[1])
            for weak, lead in PAIRS:
                if links[top] < weak and score - own > lead:
                    kind = "wrong" if top in turn.jobs else "right" if leader in turn.jobs else "still wrong"
                    counts[(lang, weak, lead, kind)] += 1
    for lang in ("en", "ja"):
        for weak, lead in PAIRS:
            row = {kind: counts[(lang, weak, lead, kind)] for kind in ("right", "wrong", "still wrong")}
            print(f"{lang} link below {weak:.2f}, lead over {lead:.1f}: {row}")


if __name__ == "__main__":
    main()
