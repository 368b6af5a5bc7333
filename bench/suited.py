"""Match P@5 of the guidance tuning sets with the bank of labelled requests (chatbot/guidance/_suited.py) voting
set-wise: each set's requests are voted on by the other sets' requests only, as a held-out set's would be, so the
numbers say what the bank does for requests it never saw. With --off, no votes (the matching before the bank).

The words of the people each job suited (chatbot/guidance/_worded.py) are made set-wise the same way; --no-words
leaves them out.

Usage: .venv/bin/python bench/suited.py --index DIR [--off] [--no-words] [--sets REGEX]
(the fifty-eighth session: English 0.590 -> 0.663, Japanese 0.566 -> 0.687 over the 62 tuning sets before tune63)
(the sixty-first session, the 66 tuning sets: --no-words 0.657 / 0.679, with the words 0.708 / 0.750; 0.712 / 0.750
once the bank took guidance_tune65 and 66)
(the sixty-second session, the 87 tuning sets and the bank at 3,761 requests: 0.7308 / 0.7408 as it was, 0.7367 /
0.7409 with eight neighbours and the English words at 4.5)
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from common import ROOT

from chatbot import Chatbot, Conversation, Settings
from chatbot.answer._guidance_eval import TOP, load_guidance
from chatbot.guidance._worded import Worded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--off", action="store_true", help="no votes at all")
    parser.add_argument("--no-words", action="store_true", help="without the words of the people each job suited")
    parser.add_argument("--sets", default=r"^guidance_tune", help="which tests/eval sets (regex on the name)")
    args = parser.parse_args()
    bot = Chatbot(Settings(index_dir=args.index, history=False))
    precedents = bot._adviser.precedents  # the bench reads the bank's rows to leave a set's own out
    whole = {"english": precedents.english, "japanese": precedents.japanese}
    totals: dict[str, list[float]] = {"en": [], "ja": []}
    for path in sorted((ROOT / "tests" / "eval").glob("guidance_*.jsonl")):
        if not re.search(args.sets, path.stem):
            continue
        cases = [case for case in load_guidance(path) if case.kind == "match"]
        own = {case.request for case in cases}
        for name, (known, matrix) in whole.items():  # the cached rows, less this set's (all of them with --off)
            kept = [n for n, item in enumerate(known) if item.text not in own and not args.off]
            precedents.__dict__[name] = ([known[n] for n in kept], matrix[kept])
        heard = [] if args.off or args.no_words else [p for p in precedents.bank if p.text not in own]
        bot._adviser.__dict__["worded"] = Worded((p.lang, p.words, p.jobs) for p in heard)
        for case in cases:
            got = [match.job for match in bot.ask(case.request, Conversation()).matches[:TOP]]
            totals["ja" if case.lang == "ja" else "en"].append(sum(job in case.acceptable for job in got) / TOP)
    for lang, scores in totals.items():
        print(f"{lang}: P@5 {sum(scores) / max(len(scores), 1):.4f} over {len(scores)} requests")


if __name__ == "__main__":
    main()
