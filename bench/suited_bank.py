"""Regenerate chatbot/guidance/suited_examples.jsonl: the match requests of the blind guidance tuning sets, each with
the jobs its helper checked as acceptable, what matching reads of it (chatbot.guidance._suited votes with them) and
its words (chatbot.guidance._worded); run it again whenever that reading (chatbot.guidance._likes) or the words
(chatbot.text.terms) change: a test fails until then.

Only guidance_tune*.jsonl is read: the held-out sets (guidance_heldout*) never enter the bank, so they still measure
requests nothing was learned from; the sets named with --exclude (a session's fresh tuning sets) are left out too.

Usage: .venv/bin/python bench/suited_bank.py [--exclude guidance_tune63 ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from chatbot.guidance._suited import said
from chatbot.text import terms

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "chatbot" / "guidance" / "suited_examples.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[], help="set names (without .jsonl) to leave out")
    args = parser.parse_args()
    rows = []
    for path in sorted((ROOT / "tests" / "eval").glob("guidance_tune*.jsonl")):
        if path.stem in args.exclude:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if case.get("kind") == "match" and case.get("acceptable"):
                request, lang = case["request"], case.get("lang", "en")
                row = {"lang": lang, "text": request, "read": said(request), "words": terms(request)}
                rows.append({**row, "jobs": case["acceptable"]})
    BANK.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} requests -> {BANK.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
