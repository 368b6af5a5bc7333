"""What a question asks, on the held-out fifth of the labelled examples: cue words, nearest examples, and both.

The classifier is built from the other four fifths only (chatbot/retrieval/intent_examples.jsonl and
intent_examples_sets.jsonl; an example is held out by a hash of its text). The same held-out fifth is also classified
by examples from the first file alone (the classifier before the tuning sets' turns were added). An "overview"
example counts as right when WORK is found (an overview answers with what the work is); "pay" and "off_topic" are
scopes, found by their own cue words or by the examples.

Usage: .venv/bin/python bench/intents.py --index DIR   (the index only supplies the model settings)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chatbot import Settings
from chatbot.embed import make_embedder
from chatbot.models import Intent, Scope
from chatbot.retrieval import job_mention
from chatbot.retrieval._intent import asked_part, detect_intent
from chatbot.retrieval._meaning import EXAMPLES, Meaning, load_examples
from chatbot.retrieval._scope import by_example, scope_of

ALIASES = {"overview": Intent.WORK.value}


def cue_label(text: str) -> str | None:
    """The label cue words give: an intent's value, a scope's, or None when no cue fires."""
    asked = asked_part(text, job_mention(text))
    scope = scope_of(asked, [])
    if scope is not Scope.JOBS:
        return scope.value
    intent = detect_intent(asked)
    return intent.value if intent else None


def knn_label(meaning: Meaning, text: str, lang: str) -> str | None:
    intent, scope = by_example(meaning.classify(asked_part(text, job_mention(text)), lang))  # type: ignore[arg-type]
    return scope.value if scope is not Scope.JOBS else (intent.value if intent else None)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--index", type=Path, required=True)
    args = options.parse_args()
    settings = Settings(index_dir=args.index)
    examples = load_examples()
    train = [e for e in examples if not e.held_out]
    test = [e for e in examples if e.held_out]
    embedder = make_embedder(settings)
    meaning = Meaning(embedder, None, train)
    written = {e.text for e in load_examples(EXAMPLES)}
    before = Meaning(embedder, None, [e for e in train if e.text in written])
    print(f"examples: {len(train)} to classify by ({len(before.examples)} of them written), {len(test)} held out")
    for lang in ("en", "ja"):
        group = [e for e in test if e.lang == lang]
        expected = [ALIASES.get(e.label, e.label) for e in group]
        cues = [cue_label(e.text) for e in group]
        knn = [knn_label(meaning, e.text, lang) for e in group]
        both = [cue or near for cue, near in zip(cues, knn, strict=True)]
        written_only = [cue or knn_label(before, e.text, lang) for cue, e in zip(cues, group, strict=True)]
        fired = [(c, x) for c, x in zip(cues, expected, strict=True) if c is not None]

        def accuracy(found: list[str | None], expected: list[str] = expected) -> float:
            return sum(f == x for f, x in zip(found, expected, strict=True)) / len(expected)

        print(
            f"{lang}: {len(group)} held out | cue words fire on {len(fired) / len(group):.0%}, right when they fire "
            f"{sum(c == x for c, x in fired) / max(len(fired), 1):.0%}, right overall {accuracy(cues):.0%} | "
            f"nearest examples alone {accuracy(knn):.0%} | cue words then examples {accuracy(both):.0%} "
            f"(written examples only: {accuracy(written_only):.0%})"
        )


if __name__ == "__main__":
    main()
