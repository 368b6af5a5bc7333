"""The first screen: what the pages cover (counted from the index) and four questions to start with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import streamlit as st

from chatbot import Chatbot
from chatbot.ui._markdown import escape_markdown

SOURCES = {"onet_": "O*NET (US, English)", "jobtag_": "jobtag (Japan, 日本語)"}
OTHER = "other job pages"
EXAMPLES = [
    "How do I become a ward mayor?",
    "I love animals and I'm good at science. Which careers would suit me?",
    "I'm a registered nurse. What would I need to become a physician assistant?",
    "看護師になるにはどうすればいいですか？",
]


def coverage(titles: dict[str, str]) -> str:
    """One line on what the index covers: "1,574 job pages: 1,016 from O*NET (US, English), 556 from jobtag ...".
    Sources are told by their file names (the corpora's own prefixes); anything else is counted as other pages."""
    counts = Counter(
        next((name for prefix, name in SOURCES.items() if file.startswith(prefix)), OTHER) for file in titles.values()
    )
    parts = [f"{count:,} from {name}" for name, count in counts.most_common()]
    return f"{len(titles):,} job pages: " + ", ".join(parts) + "." if parts else "No job pages yet."


def welcome(bot: Chatbot, choose: Callable[[str], None]) -> None:
    """What the adviser does, what it covers, and example questions as buttons (only before the first question)."""
    titles = bot.titles()
    st.markdown(
        "Ask how to get into a job, what it involves, which jobs suit you, or how to move from your job to another. "
        "Every answer quotes the job pages and numbers its sources; where the pages say nothing, it says so."
    )
    st.caption(escape_markdown(coverage(titles)))
    japanese = any(not title.isascii() for title in titles)
    examples = [q for q in EXAMPLES if q.isascii() or japanese]
    examples += [f"What skills does {title} need?" for title in list(titles)[:1]]  # a page this index does have
    for i, example in enumerate(examples[:4]):
        st.button(escape_markdown(example), key=f"example-{i}", on_click=choose, args=(example,))
