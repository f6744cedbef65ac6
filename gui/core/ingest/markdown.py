"""Markdown transcripts: one article per heading that has text under it.

Headings become titles; the markup (emphasis, links, images, HTML comments, list
bullets, quote markers) is removed from the body, keeping the words.
"""

from __future__ import annotations

import re

from gui.core.ingest.furniture import is_furniture
from gui.core.ingest.text import date_from_text, split_byline
from gui.core.model import Article

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_LINK_ONLY_LINE = re.compile(r"^\s*\[[^\]]*\]\([^)]*\)\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\*)")
_CODE = re.compile(r"`([^`]+)`")
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|strong|em|b|i|u|font)[^>]*>", re.I)
_BULLET = re.compile(r"^\s*(?:[-*+]|>+)\s+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def strip_inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = _CODE.sub(r"\1", text)
    return _HTML_TAG.sub("", text)


def _section_paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append("".join(current))
            current.clear()

    for raw in lines:
        if not raw.strip() or _RULE.match(raw) or _LINK_ONLY_LINE.match(raw):
            flush()
            continue
        bullet = _BULLET.match(raw)
        line = strip_inline(raw[bullet.end() :] if bullet else raw).strip()
        if bullet:
            flush()
        if is_furniture(line):  # 更新时间：… under the last story, 责任编辑：…
            flush()
        elif line:
            current.append(line)
    flush()
    return paragraphs


def split_markdown(text: str, published: str | None = None, source: str = "") -> list[Article]:
    text = _COMMENT.sub("", text)
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            sections.append((strip_inline(heading[2]).strip(), []))
        else:
            sections[-1][1].append(line)
    # A date in a heading (《新闻联播》（20230101）) beats the caller's fallback.
    for title, _ in sections:
        found = date_from_text(title)
        if found:
            published = found
            break
    articles: list[Article] = []
    for title, lines in sections:
        paragraphs = _section_paragraphs(lines)
        if not paragraphs:
            continue  # a heading with only sub-headings under it
        body = "\n".join(paragraphs)
        byline, dateline = split_byline(body)
        articles.append(
            Article(title=title, body=body, byline=byline, dateline=dateline, published=published, source=source)
        )
    return articles
