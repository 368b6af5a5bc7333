"""A Japanese name written with another word for part of a title ("ビル掃除": ビル清掃) is that job; a name sharing
only scattered characters with a title, or too short to tell, is not."""

from __future__ import annotations

import pytest

from chatbot.answer._named import reworded


@pytest.mark.parametrize(
    ("name", "title", "same"),
    [
        ("ビル掃除", "ビル清掃", True),
        ("鉄道車両掃除", "鉄道車両清掃", True),
        ("ガードマン", "警備員", False),  # another word altogether: the pages must say it
        ("店員", "コンビニエンスストア店員", False),  # too short: many titles have it
        ("動画編集", "映像編集者", False),  # one shared run of two of four characters
        ("バス掃除", "ビル清掃", False),  # scattered characters, no run of two
    ],
)
def test_a_title_written_with_another_word(name: str, title: str, same: bool) -> None:
    assert reworded(name, title) is same
