"""Text for a terminal: values and exports shown with what a terminal would act on made visible.

Imported text (a title, a file name) may hold escape sequences, bidirectional overrides or line
separators; printed raw they would drive the terminal. Plain Python, used by the command line.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import unicodedata
from typing import BinaryIO

# What a terminal would act on rather than show: C0 and C1 controls (ESC starts colour and
# title sequences, BEL, CR and LF redraw or split lines), DEL, bidirectional overrides and
# isolates (text that reads differently than it is), and Unicode line separators. Tab stays.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# The same in JSON text: json.dumps escapes C0 controls itself, even with ensure_ascii=False.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def shown(value: object) -> str:
    """Any value for the terminal, with the characters a terminal would act on made visible (\\x1b)."""
    return _UNSAFE.sub(escape, str(value))


def json_text(data: object) -> str:
    """JSON for the terminal: the same values, with C1 controls and bidi marks as \\u escapes too."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2))


# An export shown on a terminal keeps its line structure: LF, and CR only before LF (--excel).
_IN_LINES = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)")


class TerminalStream(io.RawIOBase):
    """stdout's bytes for a terminal: an export's text with what a terminal would act on made
    visible. Only for a terminal: a pipe or file gets the exact bytes."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._cr = ""  # a CR at the end of a write: is the next byte its LF?

    def writable(self) -> bool:
        return True

    # The supertype takes any Buffer (collections.abc.Buffer needs 3.12); TextIOWrapper writes bytes.
    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]  # see above
        text = self._cr + self._decoder.decode(bytes(data))
        self._cr = "\r" if text.endswith("\r") else ""
        text = text[:-1] if self._cr else text
        self._raw.write(_IN_LINES.sub(escape, text).encode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._raw.flush()

    def finish(self) -> None:
        self._raw.write(_IN_LINES.sub(escape, self._cr + self._decoder.decode(b"", final=True)).encode("utf-8"))
        self._cr = ""
        self._raw.flush()


def width_of(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(text: str, width: int) -> str:
    """Pad or cut to a display width, counting Chinese characters as two columns."""
    out, used = [], 0
    for ch in text:
        w = width_of(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)
