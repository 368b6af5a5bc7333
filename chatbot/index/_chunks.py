"""The chunk table of a loaded index version, parsed row by row on first use."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from chatbot.models import Chunk


class LazyChunks(Sequence[Chunk]):
    """The chunk table parsed row by row on first use: an update touches few rows, the app reads them all."""

    def __init__(self, lines: list[bytes], parsed: list[Chunk | None] | None = None) -> None:
        self.lines = lines
        self.parsed: list[Chunk | None] = parsed if parsed is not None else [None] * len(lines)

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, row: int) -> Chunk: ...
    @overload
    def __getitem__(self, row: slice) -> list[Chunk]: ...
    def __getitem__(self, row: int | slice) -> Chunk | list[Chunk]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        chunk = self.parsed[row]
        if chunk is None:
            chunk = self.parsed[row] = Chunk.model_validate_json(self.lines[row])
        return chunk

    def __iter__(self) -> Iterator[Chunk]:
        for row, chunk in enumerate(self.parsed):  # the app's index has every row parsed: no lookups
            yield chunk if chunk is not None else self[row]
