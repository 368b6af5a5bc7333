"""The sentences of an advice question that tell where the person is and where they want to be, when no slot names
the jobs: "county building inspector, 7 yrs. want to switch sides and actually run construction projects."

The learned model (chatbot.retrieval._learned) reads such a question as a gap or a route from its whole meaning; the
slots of chatbot.retrieval._slots are patterns of words and miss new phrasings. Here the sentences' roles stand in:
the first sentence that tells (no wish, no question) is the person now; what follows a wish is where they want to be.
Retriever.placed then finds the pages that fit those words best.
"""

from __future__ import annotations

import re

WISH = re.compile(
    r"\b(?:want(?:s|ed)?|wanna|would like|'d (?:like|love)|hop(?:e|ing)|thinking about|considering|dream(?:ing)? of"
    r"|goal is|aim(?:ing)?|planning|eventually|someday|one day|looking (?:at|into)|interested in|curious about)"
    r" (?:to |of |is )?(?:be |become |becoming |being )?"
    r"|(?:将来は|いつかは|最終的には)|(?=[^、。]{2,40}?(?:になりたい|を目指|に転身|に転職|したい))"
)
SAID_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")
ASKING = re.compile(r"(?:how|what|which|who|why|where|when|can|could|should|would|is|are|do|does|did|tell)\b")


def told_now(text: str) -> str | None:
    """The first sentence that tells of the person (no wish, no question): "county building inspector, 7 yrs"."""
    for sentence in SAID_SENTENCE.split(text.casefold()):
        asks = sentence.rstrip().endswith(("?", "？")) or ASKING.match(sentence.strip())  # "how do i become…"
        if sentence.strip() and not WISH.search(sentence) and not asks:
            return sentence.strip(" .。")
    return None


def told_wish(text: str) -> str | None:
    """What follows the first wish, to its sentence's end: "switch sides and actually run construction projects"."""
    found = WISH.search(text.casefold())
    rest = SAID_SENTENCE.split(text.casefold()[found.end() :])[0] if found else ""
    return rest.strip(" .。") or None
