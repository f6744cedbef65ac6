"""Split a plain-text newspaper page (or one article) into articles.

A page is a run of articles, each a headline block (引题, 主题, 副题: short lines
with no closing stop) followed by copy that opens with a credit such as 本报讯 or
新华社…电. Printed columns cut paragraphs anywhere, even mid-word; the text
extraction leaves the pieces as separate lines. We find the credits, walk back
over the headline lines before each, then rebuild paragraphs by joining pieces
that cannot have ended a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.ingest.furniture import is_furniture
from gui.core.ingest.text import (
    CONTINUES,
    DANGLING,
    END_MATTER,
    LEDE,
    PAGE_HEADER,
    SUBHEAD,
    date_from_text,
    ends_sentence,
    is_headline_like,
    join_fragments,
    split_byline,
    strip_closers,
    unbalanced,
)
from gui.core.model import Article

_INDENT = re.compile(r"^[ \t\u3000]{2,}|^\u3000")
_MAX_HEADLINE_LINES = 8
# A column-cut line is usually long: a line this long with no stop was cut.
_LONG_LINE = 40

# Cues for the parts of a headline (by position and wording, as typeset headlines
# carry no font sizes in plain text).
_PRE_TITLE_END = re.compile(r"(?:强调|指出|表示|要求|提出|宣布|致辞|寄语|时说|讲话)$")
_PRE_TITLE_QUOTE = re.compile(r"[“「『\"][^”」』\"]{1,12}[”」』\"]")
_SUBTITLE_END = re.compile(
    r"(?:主持|出席|参加|讲话|致辞|会见|陪同|调研|座谈|看望|慰问|参观|见证|主持会议|出席会议|出席并讲话|作报告|宣读)$"
)
_SUBTITLE_START = re.compile(r"^(?:——|—|－－|--)")
_AGENDA_LINE = re.compile(r"^(?:传达|研究|审议|听取|部署|学习|通报|安排|讨论|暨)")
_CONTINUATION_LINE = re.compile(r"^(?:暨|和|及|与|并)")


@dataclass(slots=True)
class _Line:
    text: str
    blank_before: bool
    indented: bool


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        out.append(_Line(stripped, blank, bool(_INDENT.match(raw))))
        blank = False
    return out


def split_page(text: str, published: str | None = None, source: str = "") -> list[Article]:
    """All articles of a page; a text with no credit line is one article.

    `published` is used when the page has no header with its date.
    """
    lines = _lines(text)
    if not lines:
        return []
    header_date = None
    while lines and PAGE_HEADER.search(lines[0].text) and is_headline_like(lines[0].text):
        header_date = header_date or date_from_text(lines[0].text)
        lines = lines[1:]
    published = header_date or published  # the page's own date beats a guess
    ledes = [i for i, line in enumerate(lines) if LEDE.match(line.text)]
    if not ledes and len(lines) > 1 and all(is_headline_like(line.text) for line in lines):
        # Nothing but headlines (a list of them): the first is the title, and each
        # other line stays a paragraph of its own rather than being glued to the next.
        body = "\n".join(line.text for line in lines[1:])
        byline, dateline = split_byline(body)
        title = lines[0].text
        return [Article(title=title, body=body, byline=byline, dateline=dateline, published=published, source=source)]
    starts = _article_starts(lines, ledes)
    articles: list[Article] = []
    for n, (head_start, body_start) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        article = _make_article(lines[head_start:body_start], lines[body_start:end], published, source)
        if article is not None:
            articles.append(article)
    return articles


def _article_starts(lines: list[_Line], ledes: list[int]) -> list[tuple[int, int]]:
    """(headline start, body start) for each article, in order."""
    starts: list[tuple[int, int]] = []
    floor = 0
    for lede in ledes:
        head = lede
        while (
            head > floor
            and lede - head < _MAX_HEADLINE_LINES
            and is_headline_like(lines[head - 1].text)
            and not END_MATTER.match(lines[head - 1].text)
        ):
            head -= 1
        if not starts and head > 0:
            # Text before the first headline: an article of its own (no credit line).
            starts.extend(_article_starts_without_credit(lines[:head]))
        elif starts and head == starts[-1][1]:
            # A credit line directly after another credit: continue that article.
            continue
        starts.append((head, lede))
        floor = lede + 1
    if not starts:
        starts = _article_starts_without_credit(lines)
    return starts


def _article_starts_without_credit(lines: list[_Line]) -> list[tuple[int, int]]:
    """Leading headline lines, if a body follows them, then the body."""
    head = 0
    while head < len(lines) and head < _MAX_HEADLINE_LINES and is_headline_like(lines[head].text):
        head += 1
    if head >= len(lines):
        # Only short lines (before a credited article): all of it is body.
        return [(0, 0)]
    return [(0, head)]


def _make_article(head: list[_Line], body: list[_Line], published: str | None, source: str) -> Article | None:
    paragraphs = _paragraphs([line for line in body if not is_furniture(line.text)])
    if not paragraphs and not head:
        return None
    pre_title, title, subtitles = _headline(head)
    text = "\n".join(paragraphs)
    byline, dateline = split_byline(text)
    return Article(
        title=title,
        body=text,
        pre_title=pre_title,
        subtitles=subtitles,
        byline=byline,
        dateline=dateline,
        published=published,
        source=source,
    )


def _groups(head: list[_Line]) -> list[list[str]]:
    """Headline lines grouped by the blank lines between them."""
    groups: list[list[str]] = []
    for i, line in enumerate(head):
        if i == 0 or line.blank_before:
            groups.append([line.text])
        else:
            groups[-1].append(line.text)
    if len(groups) == 1 and len(groups[0]) > 1 and not any(line.blank_before for line in head[1:]):
        # No blank lines anywhere: each line is its own part.
        groups = [[line] for line in groups[0]]
    return groups


def _is_subtitle(group: list[str]) -> bool:
    last = group[-1]
    return bool(
        _SUBTITLE_START.match(group[0]) or _SUBTITLE_END.search(last) or all(_AGENDA_LINE.match(line) for line in group)
    )


def _is_pre_title(group: list[str]) -> bool:
    text = "".join(group)
    return bool(_PRE_TITLE_END.search(text) or _PRE_TITLE_QUOTE.search(text))


def _lines_of(group: list[str]) -> list[str]:
    """A group's lines, with 暨/和… continuation lines joined to the line they continue."""
    out: list[str] = []
    for line in group:
        if out and _CONTINUATION_LINE.match(line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _headline(head: list[_Line]) -> tuple[str, str, list[str]]:
    groups = _groups(head)
    if not groups:
        return "", "", []
    tail: list[list[str]] = []
    while len(groups) > 1 and _is_subtitle(groups[-1]):
        tail.insert(0, groups.pop())
    pre_title = ""
    if len(groups) > 1 and _is_pre_title(groups[0]):
        pre_title = " ".join(_lines_of(groups.pop(0)))
    title = " ".join(_lines_of(groups[0]))
    subtitles = [line for group in groups[1:] + tail for line in _lines_of(group)]
    return pre_title, title, subtitles


def _paragraphs(body: list[_Line]) -> list[str]:
    """Rebuild paragraphs, joining the pieces of paragraphs cut by the layout."""
    if not body:
        return []
    indent_mode = sum(line.indented for line in body) >= max(2, len(body) * 0.3)
    paragraphs = [body[0].text]
    for prev, line in zip(body, body[1:], strict=False):
        if indent_mode:
            join = not line.indented and not (line.blank_before and ends_sentence(prev.text))
        else:
            join = _continues(paragraphs[-1], line.text)
        if join:
            paragraphs[-1] = join_fragments(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
    return paragraphs


def _continues(paragraph: str, nxt: str) -> bool:
    """Whether `nxt` is the rest of `paragraph`, cut by a column or page break."""
    if ends_sentence(paragraph) or LEDE.match(nxt):
        return False
    last = paragraph.rstrip()[-1]
    if last in "：:":
        return False  # introduces a list or a quote: the next line is a paragraph of its own
    if last in CONTINUES or unbalanced(paragraph):
        return True
    # The last paragraph line, e.g. after a stop: "…专职机构。鼓" is cut mid-word.
    tail = paragraph.rsplit("\n", 1)[-1]
    if SUBHEAD.match(tail) and len(tail) <= _LONG_LINE:
        return False
    if len(tail) > _LONG_LINE or last in DANGLING:
        return True
    if SUBHEAD.match(nxt):
        return False
    # A short unfinished line: joined when the next line opens with the rest of a
    # clause ("市场，加快…") rather than a sentence of its own.
    first_clause = re.split(r"[，,。、；;：:！？!?]", strip_closers(nxt), maxsplit=1)[0]
    return len(first_clause) <= 6 or any(ch in "，,、" for ch in tail)
