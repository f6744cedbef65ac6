"""Decoding files of unknown encoding, and refusing what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from gui.core import textio
from gui.core.errors import InputError
from gui.core.textio import decode_bytes, read_text

TEXT = "会议指出，要深入学习贯彻习近平总书记重要论述，全面落实全国巡视工作会议精神。\n林武主持会议。"


@pytest.mark.parametrize(
    ("data", "expected_encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 with BOM"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM
        (TEXT.encode("utf-16-be"), "utf-16-be"),  # no BOM
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_decodes_the_encodings_chinese_news_arrives_in(data: bytes, expected_encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == expected_encoding


def test_short_gb18030_is_not_mistaken_for_korean() -> None:
    # Detectors guess cp949 for a few GB18030 characters; we must not.
    assert decode_bytes("林武主持会议".encode("gb18030")).text == "林武主持会议"


def test_gb18030_with_characters_outside_gbk() -> None:
    text = "𠀾字在扩展区，€符号也在。"
    assert decode_bytes(text.encode("gb18030")).text == text


def test_crlf_text_decodes_and_normalises() -> None:
    decoded = decode_bytes("第一段。\r\n第二段。\r\n".encode())
    assert textio.normalise_newlines(decoded.text) == "第一段。\n第二段。\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", "byte-order mark"),
    ],
)
def test_refuses_what_is_not_text_with_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "page.txt")
    message = str(info.value)
    assert message.startswith("page.txt: ")
    assert reason in message
    assert "\n" not in message


def test_read_text_reports_missing_and_too_big_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_text(tmp_path / "gone.txt")
    big = tmp_path / "big.txt"
    big.write_text("长" * 2000, encoding="utf-8")
    monkeypatch.setattr(textio, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match="too big"):
        read_text(big)
