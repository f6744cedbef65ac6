"""Converting between body offsets (Python code points) and Qt positions (UTF-16 units).

A character outside the Basic Multilingual Plane (𠀾, many rare names) is one code
point but two UTF-16 units, so every position after it differs by one. Most bodies
have none, and then both are the same number.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        # Code point indices of astral characters, in order; empty for most texts.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._length = len(text)
        # Qt position of each astral character's first unit.
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Qt position of code point `index` (0 <= index <= len(text))."""
        if not self._astral:
            return index
        return index + bisect_right(self._astral, index - 1)

    def to_py(self, position: int) -> int:
        """Code point index for a Qt position; a position inside a surrogate pair snaps back to its start."""
        if not self._astral:
            return position
        # Each astral character starting before `position` took one extra unit; inside
        # a pair this lands on the character's own index, i.e. its start.
        before = bisect_right(self._astral_qt, position - 1)
        return max(0, min(position - before, self._length))

    def to_py_end(self, position: int) -> int:
        """Like to_py, but a position inside a surrogate pair moves forward to the character's end."""
        if not self._astral:
            return position
        before = bisect_right(self._astral_qt, position - 1)
        index = position - before
        if before and self._astral_qt[before - 1] == position - 1:
            index += 1  # between the two halves of a pair: include the whole character
        return max(0, min(index, self._length))
