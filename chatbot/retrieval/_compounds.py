"""Two words typed apart that a name writes as one ("audio visual equipment installers": Audiovisual…; "book
keeper": Bookkeeping…): joined when a name has the whole word, unless a name also says the two apart ("real estate",
"fire fighter": left as typed, which links already) and the word after them does not follow the whole word in a
name."""

from __future__ import annotations

import re

from chatbot.text import singular

# A word and the one after it, and the one after that (looked at, not consumed: "do audio visual" reads "do audio",
# then "audio visual")
PAIR = re.compile(r"\b([A-Za-z]{2,}) (?=([A-Za-z]{3,})\b(?: ([A-Za-z]{3,}))?)")


def joined_words(text: str, words: set[str], pairs: set[tuple[str, str]]) -> str:
    """The text with each pair of words a name writes as one word joined (words: the names' words, singular;
    pairs: the words that stand side by side in a name). A pair a name also says apart stays apart ("audio visual
    installer", an alias), unless the word after it follows the whole word in a name ("audio visual equipment")."""

    def join(found: re.Match[str]) -> str:
        first, second, third = found.group(1).lower(), found.group(2).lower(), (found.group(3) or "").lower()
        whole = singular(first + second)
        said_apart = {(first, singular(second)), (singular(first), singular(second))} & pairs  # "sales workers"
        apart = bool(said_apart) and (whole, singular(third)) not in pairs
        return found.group(1) if whole in words and not apart else found.group(0)

    return PAIR.sub(join, text)
