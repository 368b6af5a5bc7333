"""A short Japanese job word completed by the rest of the question: "スーパーで品出ししてる。いつか店長になりたい"
names スーパー店長, not 銀行支店長; "一般事務だけど経理に移りたい" names 経理事務, not 経理課長."""

from __future__ import annotations

MIN_REST = 2  # the completing word: two characters at least ("スパ" of スーパー, after the keys' folding)


def completions(key: str, question: str, names: list[str]) -> list[str]:
    """The name keys that begin or end with KEY and whose other part the question (a key too) says elsewhere."""
    said = question.replace(key, " ")
    rests = [(name, name[len(key) :]) for name in names if name.startswith(key)]
    rests += [(name, name[: -len(key)]) for name in names if name.endswith(key)]
    return [name for name, rest in rests if len(rest) >= MIN_REST and rest in said]
