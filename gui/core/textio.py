"""Reading text files whose encoding nobody told us.

Chinese news arrives as UTF-8, UTF-8 with BOM, UTF-16 and GB18030/GBK. BOMs and
valid UTF-8 decide at once; otherwise GB18030 is tried before general detection
(charset-normalizer), because detectors take short GB18030 text for Korean.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import charset_normalizer

from gui.core.errors import InputError

# Bigger files are refused rather than read into memory: a newspaper page is a
# few hundred KB, a year of crawled articles as JSONL a few tens of MB.
MAX_FILE_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def _is_cjk_or_ascii(ch: str) -> bool:
    o = ord(ch)
    return (
        0x20 <= o < 0x7F
        or ch in "\n\r\t"
        or bool(_CJK.match(ch))
        or 0x3000 <= o <= 0x303F  # CJK punctuation
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x2000 <= o <= 0x206F  # general punctuation: “ ” … —
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM: the byte order whose decoding reads as Chinese or ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(map(_is_cjk_or_ascii, text)) >= 0.9 * len(text):
            return text, encoding
    return None


def _plausible(text: str) -> bool:
    """Decoded text that is mostly control characters is a binary file, whatever decoded it."""
    if not text:
        return True
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 100)


def decode_bytes(data: bytes, name: str = "input") -> DecodedText:
    """Decode file contents; raise InputError with a one-line reason when it is not text."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(_checked(data.decode(encoding), name), encoding.replace("-sig", " with BOM"))
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not {encoding}"
                    f" ({exc.reason} at byte {exc.start})"
                ) from None
    if b"\x00" not in data:
        try:
            return DecodedText(_checked(data.decode("utf-8"), name), "utf-8")
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return DecodedText(_checked(utf16[0], name), utf16[1])
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        non_ascii = [c for c in text if ord(c) > 0x7F]
        if non_ascii and sum(map(_is_cjk_or_ascii, non_ascii)) >= 0.8 * len(non_ascii):
            return DecodedText(_checked(text, name), "gb18030")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (binary or damaged file)")
    return DecodedText(_checked(str(best), name), best.encoding)


def _checked(text: str, name: str) -> str:
    if not _plausible(text):
        raise InputError(f"{name}: binary file (control characters), not text")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the ways reading a file fails into one-line InputErrors that name it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: file not found (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text(path: Path) -> DecodedText:
    """Read and decode one file, refusing what is too big, unreadable or not text."""
    with _reading(path):
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: {size / 1024 / 1024:.0f} MB is too big to import "
                f"(limit {MAX_FILE_BYTES // 1024 // 1024} MB); split it into smaller files"
            )
        data = path.read_bytes()
    return decode_bytes(data, str(path))


_SAMPLE_BYTES = 1 << 20


def open_text_stream(path: Path) -> tuple[TextIO, str]:
    """Open a record file (JSONL, CSV) of any size for streaming: (text stream, encoding).

    The encoding is decided on the first megabyte, as `decode_bytes` decides it for a
    whole file; bytes later in the file that do not decode become U+FFFD, which the
    record readers report line by line instead of failing the whole file.
    """
    with _reading(path), path.open("rb") as f:
        sample = f.read(_SAMPLE_BYTES)
        complete = not f.read(1)
    if not complete:
        # Cut the sample at a line end so no character is split for the detector.
        cut = sample.rfind(b"\n")
        if cut > 0:
            sample = sample[: cut + 1]
    encoding = decode_bytes(sample, str(path)).encoding
    codec = {"utf-8 with BOM": "utf-8-sig"}.get(encoding, encoding)
    return path.open(encoding=codec, errors="replace", newline=""), encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
