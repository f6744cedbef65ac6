"""A segmented text with the offsets of its words, for rules that look left and right."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

# Han characters: the basic block, extension A and the planes above the BMP (𠀾).
_HAN_RANGES = (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"), ("\U00020000", "\U0003134f"))


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list (the rules' word lists read best that way)."""
    return frozenset(words.split())


_ALL_HAN = re.compile("[" + "".join(f"{lo}-{hi}" for lo, hi in _HAN_RANGES) + "]+")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0003134f"


def all_han(text: str) -> bool:
    return _ALL_HAN.fullmatch(text) is not None


@dataclass(slots=True)
class Tokens:
    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    by_start: dict[int, int]  # offset -> index of the word starting there
    by_end: dict[int, int]  # offset -> index of the word ending there

    @classmethod
    def of(cls, text: str, words: list[str]) -> Tokens:
        """`words` must concatenate to `text` (jieba's cut does)."""
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends[:-1]] if words else []
        return cls(
            text=text,
            words=words,
            starts=starts,
            ends=ends,
            by_start=dict(zip(starts, range(len(words)), strict=True)),
            by_end=dict(zip(ends, range(len(words)), strict=True)),
        )

    def is_boundary(self, offset: int) -> bool:
        return offset in self.by_start or offset in self.by_end
