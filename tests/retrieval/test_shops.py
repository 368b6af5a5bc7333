"""A shop named as such finds the page of its trade by the word vectors (chatbot/retrieval/_shops.py), only when
one title clearly leads; with the real ja-ginza vectors that `make install` brings."""

from __future__ import annotations

import pytest

from chatbot.retrieval._shops import Shops

TITLES = ["自転車販売", "理容師", "電気技術者", "電気工事士", "タクシー運転手", "書店員", "パン製造、パン職人"]


@pytest.fixture(scope="module")
def shops() -> Shops:
    return Shops({f"jobtag_{n:04d}.txt": title for n, title in enumerate(TITLES)})


@pytest.mark.parametrize(("phrase", "title"), [("自転車屋さん", "自転車販売"), ("床屋", "理容師")])
def test_a_shop_names_the_page_of_its_trade(shops: Shops, phrase: str, title: str) -> None:
    assert [link.title for link in shops.named(phrase)] == [title]


@pytest.mark.parametrize("phrase", ["電気屋", "自転車", "部屋"])
def test_no_page_when_none_leads_or_no_shop_is_said(shops: Shops, phrase: str) -> None:
    # 電気屋: the electricians' and the electrical engineers' pages alike; 自転車: no shop; 部屋: a room
    assert shops.named(phrase) == []
