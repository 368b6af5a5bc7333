"""The name keys a Japanese word is checked against (chatbot/retrieval/_likeness.py's Keys): only those that could
be like it, found in the order of the whole list, so like_names answers as it did when it read every key."""

from __future__ import annotations

from chatbot.retrieval._likeness import Keys, like_names

NAMES = ["ピアノ調律師", "社会保険労務士", "ケアマネジャー", "プラスチック成形", "調律師補", "薬剤師", "社会福祉士"]


def test_the_keys_near_a_word_keep_the_lists_order() -> None:
    keys = Keys(NAMES)
    assert keys.around("調律師", slot=False) == ["ピアノ調律師", "薬剤師"]  # ending as it ends
    # in the job slot also those begun as it begins, in the list's order
    assert keys.around("社労士", slot=True) == ["社会保険労務士", "社会福祉士"]
    assert keys.around("ケアマネ", slot=True) == ["ケアマネジャー"]
    assert keys.sized(3) == ["薬剤師"] and keys.begun("プラ") == ["プラスチック成形"]


def test_a_list_and_its_keys_like_the_same_names() -> None:
    keys = Keys(NAMES)
    for word, slot in [
        ("調律師", False),
        ("ケアマネ", True),
        ("社労士", True),
        ("プラスチック成形機", True),
        ("薬済師", True),
    ]:
        assert like_names(word, keys, slot) == like_names(word, NAMES, slot), word
    assert like_names("調律師", keys, slot=False) == ["ピアノ調律師"]  # half a name at least: not 薬剤師
    assert like_names("社労士", keys, slot=True) == ["社会保険労務士"]  # its short form
    assert like_names("プラスチック成形機", keys, slot=True) == ["プラスチック成形"]  # one character more
    assert like_names("薬済師", keys, slot=True) == ["薬剤師"]  # one kanji mistyped
    assert like_names("", keys, slot=True) == []
