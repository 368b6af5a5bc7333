"""A follow-up continues a list after what earlier answers showed of it."""

from __future__ import annotations

from chatbot.answer._blocks import MAX_ITEMS, rest_of
from chatbot.models import Section

ITEMS = [f"Task number {n}." for n in range(MAX_ITEMS + 6)]
TASKS = Section(heading="Tasks", text="\n".join(ITEMS), items=ITEMS)


def test_a_list_continues_after_the_items_shown_though_the_quote_had_them_all() -> None:
    # the first answer's quote is the whole list ("and 6 more" opens in the source box); it showed MAX_ITEMS
    assert rest_of(TASKS, [TASKS.text]).items == ITEMS[MAX_ITEMS:]


def test_a_list_shown_to_its_end_is_shown_whole() -> None:
    assert rest_of(TASKS, [TASKS.text, "\n".join(ITEMS[MAX_ITEMS:])]).items == ITEMS


def test_a_single_item_quoted_elsewhere_is_not_taken_for_the_list_shown() -> None:
    assert rest_of(TASKS, [ITEMS[2]]).items == ITEMS[:2] + ITEMS[3:]


def test_a_passage_quoting_later_items_leaves_the_others_to_show() -> None:
    # passages quote the items that match the question, not the first ones: those are shown, the rest are left
    quote = f"• {ITEMS[MAX_ITEMS + 1]} • {ITEMS[MAX_ITEMS + 3]}"
    left = rest_of(TASKS, [quote]).items
    assert left == [item for n, item in enumerate(ITEMS) if n not in (MAX_ITEMS + 1, MAX_ITEMS + 3)]
