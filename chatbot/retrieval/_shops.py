"""A shop named as such ("自転車屋さんで働きたい", "床屋になりたい"): the Japanese page whose title is closest in
meaning, by the word vectors (chatbot.embed's chiVe table), when one clearly leads.

People name a trade by its shop (…屋) where the pages title the worker: 自転車販売, 理容師. No name or reading links
the shop; its meaning does, when the nearest title leads the next by SHOP_MARGIN at SHOP_CLOSE or more. Measured on
twenty shop words: 自転車屋 -> 自転車販売 0.94 (next 0.56) and 床屋 -> 理容師 0.92 (next 0.50) lead clearly; the
ambiguous fall below, 電気屋 (電気技術者 0.81, 電気工事士 0.74), 不動産屋 (0.89, 0.83), and so does 塗装屋, whose
nearest title is the wrong one (自動車板金塗装 0.84, 建築塗装工 0.72: a margin of 0.1 took it, found by tune13).
"""

from __future__ import annotations

import re
from functools import cached_property

import numpy as np

from chatbot.embed import japanese_vectors
from chatbot.models import JobLink
from chatbot.retrieval._names import TITLE_PART

# "自転車屋さん", "携帯ショップ", not "部屋" alone
SHOP = re.compile(r"^(?P<shop>(?P<of>[一-龥ァ-ヶーぁ-ゖ]{1,8}?)(?:屋|ショップ))(?:さん)?$")
SHOP_CLOSE, SHOP_MARGIN = 0.75, 0.15
MIN_OF = 2  # characters of what a shop is of, for a title holding it ("床" is in no trade's name)


class Shops:
    """The Japanese pages' titles read by the word vectors (on first use)."""

    def __init__(self, titles: dict[str, str]) -> None:
        """titles: the Japanese pages' titles by their source file."""
        self.sources = list(titles)
        self.titles = titles

    @cached_property
    def matrix(self) -> np.ndarray:
        """(pages, dimension) unit vectors of the titles (none without the vectors)."""
        vectors = japanese_vectors()
        if vectors is None or not self.sources:
            return np.zeros((0, 0), np.float32)
        return vectors.embed_many([self.titles[source] for source in self.sources])

    def named(self, phrase: str) -> list[JobLink]:
        """The page a shop phrase names, when one title clearly leads in meaning; none for any other phrase."""
        found = SHOP.match(phrase)
        vectors = japanese_vectors()
        if found is None or vectors is None or len(self.matrix) < 2:
            return []
        # "うどん屋": the one title that holds what the shop is of (そば・うどん調理人); else the nearest in meaning
        of = found.group("of")
        holding = [source for source, title in self.titles.items() if len(of) >= MIN_OF and of in title]
        close = self.matrix @ vectors.embed(found.group("shop"))
        best, second = np.argsort(-close)[:2]
        if len(holding) != 1 and (close[best] < SHOP_CLOSE or close[best] - close[second] < SHOP_MARGIN):
            return []
        source = holding[0] if len(holding) == 1 else self.sources[int(best)]
        return [JobLink(title=self.titles[source], source=source, score=TITLE_PART, matched=phrase)]
