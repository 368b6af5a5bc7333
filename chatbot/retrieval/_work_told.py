"""The clause a Japanese question tells its job's work in (read by _told_apart.py and _scope.py)."""

from __future__ import annotations

import re

# A Japanese job told by its work before what is asked of it ("船のエンジンとか発電機を管理する仕事に興味あるんだ
# けど、休みってどうなってるの？ずっと船に乗りっぱなし？": the ship's engineers, not every seafarer by 船 and 休み):
# the clause up to the word for the worker or the work, which alone tells which job it is (Retriever.search)
WORK_TOLD_JA = re.compile(
    r"^[^。？！?!]{4,60}?(?:(?:て|で)(?:る|いる)(?:人|方)|(?:する|した|している|してる)(?:立場の)?(?:人|方|仕事|パート|バイト)"
    r"|[るうくすむぶつぐ](?:人|方|職人|仕事|パート|バイト)"
    r"|の仕事(?=(?:が|を)?(?:したい|やりたい|してみたい|に就きたい|につきたい)))"  # "市役所で事務の仕事したい…"
    r"(?!のため|の為|向け|に対)"  # not whom the work is for: "手足をなくした人のために、義足を…作って…くれる仕事"
)


def work_told(text: str) -> str | None:
    """The clause a Japanese question tells its job's work in, when it opens with one ("…を管理する仕事"); None
    else."""
    found = WORK_TOLD_JA.search(text)
    return found.group(0) if found else None


def untold(text: str) -> str:
    """A Japanese question less the clause that tells its job's work: "…採用や給与、部下の評価まで管理する立場の人って、
    どんな経歴で…" asks no pay."""
    told = work_told(text)
    return text.replace(told, " ", 1) if told else text
