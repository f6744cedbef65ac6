"""A document's own metadata: the header block of a policy page, 文号 and issuer in the first lines.

gov.cn and provincial sites print a table above a policy document (索引号, 主题分类, 发文机关,
成文日期, 标题, 发文字号, 发布日期); Word files of official documents carry 文号 (国办发〔2020〕1号)
and the issuing body in their first lines, and a law its adopting body in the line under the
title ((2007年12月29日第十届全国人民代表大会常务委员会第三十一次会议通过)). Shared by the web page,
PDF and Word readers, which hand over their lines in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.ingest.text import date_from_text
from gui.core.vocabulary import iso_date

# 国办发〔2020〕1号, 国能综通科技[2021]92号, 晋政发（2019）12号: an issuer's code, the year in brackets, a number.
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,15}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,5}\s*号"
)
# The header block's names, as the sites spell them, and the field each fills.
_FIELDS = {
    "发文机关": "issuer",
    "发文单位": "issuer",
    "发布机构": "issuer",
    "发布机关": "issuer",
    "制发机关": "issuer",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "发文号": "doc_number",
    "成文日期": "written",
    "发布日期": "published",
    "印发日期": "published",
    "主题分类": "topic",
    "索引号": "index",
    "标题": "title",
    "名称": "title",
}
# A name may be spread over its cell with spaces (索 引 号, 标　　题).
_KEY = "|".join("[\\s\u3000]*".join(key) for key in sorted(_FIELDS, key=len, reverse=True))
_FIELD_LINE = re.compile(r"^\s*(?P<key>" + _KEY + r")\s*[:：]\s*(?P<value>.*?)\s*$")
_FIELD_START = re.compile(r"(?:^|(?<=\s))(?:" + _KEY + r")\s*[:：]")
_ADOPTED = re.compile(
    r"第[一二三四五六七八九十]+届(?P<body>全国人民代表大会(?:常务委员会)?|[\u4e00-\u9fff]{2,10}人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十]+次(?:全体)?会议(?:通过|修订|修正)"
)
_ISSUED_BY = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30}?)\s*(?:发\s*布|印\s*发|文\s*件)$")
_ABOUT = re.compile(r"^(?P<body>[\u4e00-\u9fff、]{2,40}?)关于")
_ORG_END = re.compile(r"(?:人民政府|办公厅|办公室|委员会|人民代表大会|国务院|中共中央|[部局厅署院委会])$")
_HEAD_LINES = 30
_DATE_SPACED = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@dataclass(slots=True)
class DocMeta:
    doc_number: str = ""
    issuer: str = ""
    published: str | None = None  # 发布日期, else 成文日期
    topic: str = ""
    title: str = ""


def read_header(lines: list[str]) -> tuple[DocMeta, list[str]]:
    """The header block's fields among the first lines, and the lines without them.

    A field may be one line (发文机关：国务院办公厅) or its name and value on two (a table's two cells).
    """
    meta = DocMeta()
    found: dict[str, str] = {}
    keep: list[str] = []
    lines = [part for line in lines for part in _cells(line)]
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FIELD_LINE.match(line) if i < _HEAD_LINES + len(found) * 2 else None
        if match is None:
            keep.append(line)
            i += 1
            continue
        value = match["value"]
        if not value and i + 1 < len(lines) and not _FIELD_LINE.match(lines[i + 1]):
            value = lines[i + 1].strip()
            i += 1
        found.setdefault(_FIELDS[re.sub(r"[\s\u3000]+", "", match["key"])], value)
        i += 1
    if len(found) < 2:
        # One "标题：" or "文号：" line alone is text, not a header block.
        return _from_first_lines(lines), lines
    meta.issuer = found.get("issuer", "")
    meta.doc_number = found.get("doc_number", "")
    meta.topic = found.get("topic", "")
    meta.title = found.get("title", "")
    meta.published = date_from_text(found.get("published", "")) or date_from_text(found.get("written", ""))
    first = _from_first_lines(keep)
    meta.issuer = meta.issuer or first.issuer
    meta.doc_number = meta.doc_number or first.doc_number
    return meta, keep


def _cells(line: str) -> list[str]:
    """A table row of the header block (索引号：… 主题分类：…) as one line per field."""
    starts = [m.start() for m in _FIELD_START.finditer(line)]
    if len(starts) < 2 or starts[0] != len(line) - len(line.lstrip()):
        return [line]
    return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]


def _from_first_lines(lines: list[str]) -> DocMeta:
    """文号 and issuer as an official document's first lines carry them."""
    meta = DocMeta()
    for line in lines[:12]:
        text = line.strip()
        number = DOC_NUMBER.search(text)
        if number and len(text) <= len(number[0]) + 12 and not meta.doc_number:
            meta.doc_number = re.sub(r"\s+", "", number[0])
        issued = _ISSUED_BY.match(text)
        if issued and _ORG_END.search(issued["body"]) and not meta.issuer:
            meta.issuer = issued["body"]
    for line in lines[:12]:
        adopted = _ADOPTED.search(line)
        if adopted and not meta.issuer:
            meta.issuer = adopted["body"]
    return meta


def issuer_from_title(title: str) -> str:
    """The issuing body a document's title names: 国务院办公厅关于…的通知 → 国务院办公厅."""
    match = _ABOUT.match(title.strip())
    if match and _ORG_END.search(match["body"].split("、")[-1]):
        return match["body"]
    return ""


def document_meta(title: str, lines: list[str]) -> tuple[DocMeta, list[str]]:
    """Everything the first lines and the title say: the header block, 文号, issuer."""
    meta, rest = read_header(lines)
    meta.issuer = meta.issuer or issuer_from_title(title or meta.title)
    return meta, rest


def version_date(lines: list[str]) -> str | None:
    """A law's date: the latest in the bracketed lines under its title (adopted …, amended …)."""
    head = ""
    for line in lines[:6]:
        if not head and not line.startswith(("（", "(")):
            break
        head += line
        if line.rstrip().endswith(("）", ")")):
            break
    found = (iso_date(int(y), int(m), int(d)) for y, m, d in _DATE_SPACED.findall(head))
    days = [day for day in found if day]
    return max(days) if days else None
