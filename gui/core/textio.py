"""Reading text files whose encoding nobody told us.

Chinese news arrives as UTF-8, UTF-8 with BOM, UTF-16 and GB18030/GBK. BOMs and
valid UTF-8 decide at once; otherwise GB18030 is tried before general detection
(charset-normalizer), because detectors take short GB18030 text for Korean.

Only regular files are read: a FIFO, a device or a socket (even behind a symlink)
is refused before anything is read from it.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

import charset_normalizer

from gui.core.errors import InputError
from gui.core.messages import msg

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


def _is_alphabetic_script(ch: str) -> bool:
    # Accented Latin, Greek, Cyrillic, Hebrew, Arabic (all below U+0800). Read in the
    # wrong byte order, such text turns into CJK, private-use or unassigned code points.
    return ord(ch) < 0x800 and ch.isprintable()


def _utf16_without_bom(data: bytes, partial: bool = False) -> tuple[str, str] | None:
    """UTF-16 with no BOM: the byte order whose decoding reads as text (Chinese first)."""
    if partial:
        data = data[: len(data) - len(data) % 2]
    if len(data) < 4 or len(data) % 2:
        return None
    decoded: list[tuple[str, str]] = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = _decode(data, encoding, partial)
        except UnicodeDecodeError:
            continue
        if sum(map(_is_cjk_or_ascii, text)) >= 0.9 * len(text):
            return text, encoding
        decoded.append((text, encoding))
    for text, encoding in decoded:
        if sum(_is_cjk_or_ascii(c) or _is_alphabetic_script(c) for c in text) >= 0.9 * len(text):
            return text, encoding
    return None


def _decode(data: bytes, encoding: str, partial: bool) -> str:
    """Strict decoding; with `partial`, a character cut off at the end of the sample is left out."""
    if not partial:
        return data.decode(encoding)
    return codecs.getincrementaldecoder(encoding)().decode(data, final=False)


def _cut_at_boundary(data: bytes) -> bytes:
    """A sample cut after its last line end, else after its last byte below 0x30, a
    point that is a character boundary in every ASCII-compatible encoding (no
    GB18030, GBK, Big5 or Shift-JIS byte after the first of a character is below 0x30)."""
    for end in (data.rfind(b"\n"), max(data.rfind(bytes([b])) for b in range(0x30))):
        if end > 0:
            return data[: end + 1]
    return data


def _plausible(text: str) -> bool:
    """Decoded text that is mostly control characters is a binary file, whatever decoded it."""
    if not text:
        return True
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 100)


def decode_bytes(data: bytes, name: str = "input", partial: bool = False) -> DecodedText:
    """Decode file contents; raise InputError with a one-line reason when it is not text.

    `partial`: `data` is the start of a longer file and may end inside a character.
    """
    if not data.strip():
        raise InputError(msg("file.empty", path=name))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = _decode(data, encoding, partial)
                return DecodedText(_checked(text, name), encoding.replace("-sig", " with BOM"))
            except UnicodeDecodeError as exc:
                raise InputError(
                    msg("file.bad_bom", path=name, encoding=encoding, reason=exc.reason, byte=exc.start)
                ) from None
    try:
        text = _decode(data, "utf-8", partial)
    except UnicodeDecodeError:
        pass
    else:
        # A few NULs are text (U+0000 from JSON's "\u0000" in an export); many are UTF-16 or binary.
        if b"\x00" not in data or _plausible(text):
            return DecodedText(_checked(text, name), "utf-8")
    utf16 = _utf16_without_bom(data, partial)
    if utf16:
        return DecodedText(_checked(utf16[0], name), utf16[1])
    if b"\x00" in data:
        raise InputError(msg("file.binary_nul", path=name))
    if partial:
        data = _cut_at_boundary(data)
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
        raise InputError(msg("file.unknown_encoding", path=name))
    return DecodedText(_checked(str(best), name), best.encoding)


def _checked(text: str, name: str) -> str:
    if not _plausible(text):
        raise InputError(msg("file.binary_control", path=name))
    if not text.strip():
        raise InputError(msg("file.empty", path=name))
    return text


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the ways reading a file fails into one-line InputErrors that name it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(msg("file.not_found", path=path)) from None
    except IsADirectoryError:
        raise InputError(msg("file.is_folder", path=path)) from None
    except PermissionError:
        raise InputError(msg("file.permission", path=path)) from None
    except OSError as exc:
        raise InputError(msg("file.unreadable", path=path, reason=exc.strerror or exc)) from None


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "filekind.fifo"),
    (stat.S_ISCHR, "filekind.device"),
    (stat.S_ISBLK, "filekind.device"),
    (stat.S_ISSOCK, "filekind.socket"),
    (stat.S_ISDIR, "filekind.folder"),
)


def check_regular(path: Path, mode: int | None = None) -> None:
    """Refuse anything but a regular file (checked through symlinks): reading a FIFO
    waits forever, and /dev/zero never ends."""
    if mode is None:
        with _reading(path):
            mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        kind = next((kind for test, kind in _SPECIAL_FILES if test(mode)), "filekind.other")
        raise InputError(msg("file.special", path=path, kind=msg(kind)))


def open_binary(path: Path) -> BinaryIO:
    """Open a regular file for reading, refusing any other kind of file."""
    check_regular(path)
    nonblock = getattr(os, "O_NONBLOCK", 0)
    with _reading(path):
        # Checked again on the open file, so a file swapped for a FIFO after the check
        # is still refused; O_NONBLOCK keeps that open from waiting for a writer.
        fd = os.open(path, os.O_RDONLY | nonblock | getattr(os, "O_BINARY", 0))
        try:
            check_regular(path, os.fstat(fd).st_mode)
            if nonblock:
                os.set_blocking(fd, True)
            return os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise


def read_text(path: Path) -> DecodedText:
    """Read and decode one file, refusing what is too big, unreadable or not text."""
    with _reading(path), open_binary(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size <= MAX_FILE_BYTES:
            data = f.read(MAX_FILE_BYTES + 1)  # bounded, even if the file grows meanwhile
            size = max(size, len(data))
        if size > MAX_FILE_BYTES:
            raise InputError(
                msg("file.too_big", path=path, size=f"{size / 1024 / 1024:.0f}", limit=MAX_FILE_BYTES // 1024 // 1024)
            )
    return decode_bytes(data, str(path))


_SAMPLE_BYTES = 1 << 20
# Bytes that do not decode in a streamed file become U+DC00+byte: lone surrogates,
# which no decoder makes of valid input, so they tell damage apart from a genuine
# U+FFFD in the text. The record readers report and skip the records that hold them.
_MARK_ERRORS = "pizhu-mark"


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_MARK_ERRORS, _mark_undecodable)
UNDECODABLE = re.compile(r"[\udc00-\udcff]")


def open_text_stream(path: Path) -> tuple[TextIO, str]:
    """Open a record file (JSONL, CSV) of any size for streaming: (text stream, encoding).

    The encoding is decided on the first megabyte, as `decode_bytes` decides it for a
    whole file (a character cut off at the end of the sample does not count against
    an encoding), except that a sample that is UTF-8 (but for a few damaged bytes) is
    UTF-8 whatever characters its records hold. Bytes that do not decode become lone
    surrogates (`UNDECODABLE`), which the record readers report line by line instead
    of failing the whole file or importing damaged text.
    """
    f = open_binary(path)
    with _reading(path):
        try:
            sample = f.read(_SAMPLE_BYTES)
            complete = not f.read(1)
            utf8 = _utf8_records(sample, partial=not complete)
            encoding = "utf-8" if utf8 else decode_bytes(sample, str(path), partial=not complete).encoding
            f.seek(0)
        except BaseException:
            f.close()
            raise
    codec = {"utf-8 with BOM": "utf-8-sig"}.get(encoding, encoding)
    return io.TextIOWrapper(f, encoding=codec, errors=_MARK_ERRORS, newline=""), encoding


def _utf8_records(sample: bytes, partial: bool) -> bool:
    """Whether a record file's sample is UTF-8, perhaps with a damaged byte here and there.

    Text in another encoding fails UTF-8 at most non-ASCII characters (GB18030 Chinese
    gives about four errors for each sequence that happens to be valid), so one error
    in ten or more good characters means damage, not another encoding: one bad
    record must not turn the whole file into mojibake. Control characters and NULs
    are the records' own (JSON's \\u0000, a CSV cell); only where NUL is every other
    byte (UTF-16) or a BOM says otherwise does `decode_bytes` decide.
    """
    if sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if sample.count(b"\x00") * 10 > len(sample):
        return False
    text = codecs.getincrementaldecoder("utf-8")(_MARK_ERRORS).decode(sample, final=not partial)
    bad = len(UNDECODABLE.findall(text))
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return bad * 10 <= good and bool(text.strip())


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
