"""PDF documents with a text layer: laws and regulations, gazettes, a day of a newspaper.

pdfium (pypdfium2) gives the text in reading order as runs with their boxes; runs on one baseline
make a line. Lines are joined back into paragraphs by where they sit, as a reader sees it: a line
that reaches the right margin goes on in the next line unless that one is indented (Chinese
paragraphs open with a two-character indent), across page breaks too. Page numbers (3, - 3 -,
第 3 页) and running headers and footers (a line that comes back at the top or bottom of many pages)
are left out.

A file of many articles is split as a page file is: at the citation line under each headline
(《人民日报》（2025年10月20日 第 01 版）) when the file has them, else at the credit lines (本报讯,
新华社…电) by the page reader. A law or regulation (第一条 …) stays one article. A PDF without
a text layer is a scan: OCR is out of scope (no well-kept local engine reads Chinese well enough
without large models), and the message says how to get a text layer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from gui.core.errors import InputError
from gui.core.ingest.docmeta import DocMeta, document_meta, version_date
from gui.core.ingest.furniture import is_furniture, is_page_footer
from gui.core.ingest.page import split_page
from gui.core.ingest.text import date_from_text, is_headline_like, join_fragments, split_byline
from gui.core.messages import msg
from gui.core.model import Article
from gui.core.vocabulary import iso_date

PDF_SUFFIXES = {".pdf"}

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$"
)
_DIGITS = re.compile(r"\d+")
# The newspaper's citation under a headline: 《人民日报》（2025年10月20日 第 01 版）.
_CITATION = re.compile(
    r"^《(?P<paper>[^》]{2,12})》\s*[（(]\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"第\s*(?P<page>\d{1,3})\s*版\s*[）)]$"
)
_CREDIT = re.compile(r"^(?:(?:本报|新华社|人民日报|中新社)?(?:特约)?(?:记者|评论员|通讯员)|本报评论部|任仲平|钟声)")
# The page's layout credits: 版式设计：沈亦伶, 本版数据来源：国家统计局等.
_LAYOUT_CREDIT = re.compile(r"^(?:本版)?(?:版式设计|数据来源|图片来源|制图)\s*[:：]")
# A numbered item (of a table of contents, a list) starts its own paragraph.
_LIST_ITEM = re.compile(r"^\d{1,3}(?:[.．]\s|、)")
_NUMBER_PREFIX = re.compile(r"^\d{1,3}[.、．]\s*")
_NUMBERED = re.compile(r"^\d{1,3}[.、．]\s*\S")
_ARTICLE_NO = re.compile(r"^第[一二三四五六七八九十百千零〇]+条")
_WORD_TITLE = re.compile(r"^Microsoft Word\s*-\s*|\.(?:docx?|wps|pdf)$", re.I)
_HEX_STRING = re.compile(r"^<([0-9A-Fa-f\s]+)>$")
_LAW_TITLE = re.compile(r"(?:法|法典|条例|规定|办法|规则|决定|宪法|细则|意见|通知|公告)$")
# A running header or footer comes back on this share of the pages (and on three at least).
_REPEAT_SHARE = 0.3


@dataclass(slots=True)
class _Line:
    text: str
    left: float
    right: float
    size: float
    page: int


@dataclass(slots=True)
class _Para:
    text: str
    first_page: int
    last_page: int
    size: float  # of its first line: a headline is set larger than the text


def read_pdf(data: bytes, name: str, published: str | None = None) -> list[Article]:
    """The articles of one PDF; InputError (one line) when it is locked, broken or a scan."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # imported when needed: it loads pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(msg("pdf.encrypted", path=name)) from None
        raise InputError(msg("pdf.broken", path=name, reason=str(exc).split(":")[0])) from None
    try:
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
        meta_title = _meta_title(pdf.get_metadata_dict())
    finally:
        pdf.close()
    if sum(len(line.text) for page in pages for line in page) < 10 * max(1, len(pages)):
        raise InputError(msg("pdf.no_text", path=name))
    paragraphs = _paragraphs(_without_running_lines(pages))
    if sum(1 for p in paragraphs if _CITATION.match(p.text)) >= 2:
        return _split_at_citations(paragraphs, published)
    return _one_or_many(paragraphs, meta_title, published)


def _page_lines(pdf: object, index: int) -> list[_Line]:
    """A page's lines: pdfium's text boxes in reading order, a box that sits within the line's height
    (a character, a smaller punctuation mark) joined to it; then each line's text read at once."""
    page = pdf[index]  # type: ignore[index]  # pypdfium2's PdfDocument; imported lazily, so typed as object
    text = page.get_textpage()
    boxes: list[list[float]] = []  # left, bottom, right, top, size of each line
    try:
        for i in range(text.count_rects()):
            left, bottom, right, top = text.get_rect(i)
            middle, height = (top + bottom) / 2, top - bottom
            if boxes:
                last = boxes[-1]
                slack = 0.25 * (last[3] - last[1])
                if last[1] - slack <= middle <= last[3] + slack and left >= last[0] - height:
                    if height >= 0.8 * last[4]:
                        last[1], last[3] = min(last[1], bottom), max(last[3], top)
                    last[0], last[2], last[4] = min(last[0], left), max(last[2], right), max(last[4], height)
                    continue
            boxes.append([left, bottom, right, top, height])
        lines = []
        for left, bottom, right, top, size in boxes:
            line = text.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", "").strip()
            if line:
                lines.append(_Line(line, left, right, size, index + 1))
    finally:
        text.close()
        page.close()
    return lines


def _without_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their page numbers and running headers and footers."""
    edges: Counter[str] = Counter()
    for page in pages:
        for text in {_DIGITS.sub("#", line.text) for line in (*page[:2], *page[-2:])}:
            edges[text] += 1
    repeated = {text for text, n in edges.items() if n >= 3 and n >= _REPEAT_SHARE * len(pages)}
    out = []
    for page in pages:
        ends = {id(line) for line in (*page[:2], *page[-2:])}
        out.append(
            [
                line
                for line in page
                if not (id(line) in ends and (_PAGE_NUMBER.match(line.text) or _DIGITS.sub("#", line.text) in repeated))
            ]
        )
    return out


def _paragraphs(pages: list[list[_Line]]) -> list[_Para]:
    """Lines joined into paragraphs by the margins: a full line goes on unless the next is indented."""
    paras: list[_Para] = []
    previous: _Line | None = None
    margins = _margins([line for page in pages for line in page])
    for page in pages:
        for line in page:
            if previous is not None and paras and _continues(previous, line, margins):
                paras[-1].text = join_fragments(paras[-1].text, line.text)
                paras[-1].last_page = line.page
            else:
                paras.append(_Para(line.text, line.page, line.page, line.size))
            previous = line
    return [p for p in paras if not _is_page_furniture(_NUMBER_PREFIX.sub("", p.text))]


def _is_page_furniture(text: str) -> bool:
    """Editors, layout and data credits, copyright: also as an item of a table of contents."""
    return is_furniture(text) or is_page_footer(text) or bool(_LAYOUT_CREDIT.match(text))


def _margins(lines: list[_Line]) -> tuple[float, float]:
    """The text block's left and right edges over the whole document: where most lines start and end."""
    if not lines:
        return (0.0, 0.0)
    lefts = sorted(line.left for line in lines)
    rights = sorted(line.right for line in lines)
    return (lefts[len(lefts) // 10], rights[len(rights) * 9 // 10])


def _continues(line: _Line, nxt: _Line, margins: tuple[float, float]) -> bool:
    size = max(line.size, 1.0)
    full = line.right >= margins[1] - 1.5 * size
    indented = nxt.left > margins[0] + 0.8 * nxt.size or bool(_LIST_ITEM.match(nxt.text))
    return full and not indented and abs(line.size - nxt.size) < 0.3 * size


def _meta_title(meta: dict[str, str]) -> str:
    """The document's /Title, decoded when a tool wrote GBK bytes as a hex string, without Word's name."""
    title = (meta.get("Title") or "").strip()
    hexed = _HEX_STRING.match(title)
    if hexed:
        raw = bytes.fromhex(re.sub(r"\s+", "", hexed[1]))
        for encoding in ("utf-16", "utf-8", "gb18030"):
            try:
                title = raw.decode(encoding) if encoding != "utf-16" or raw[:2] in (b"\xfe\xff", b"\xff\xfe") else ""
            except UnicodeDecodeError:
                continue
            if title:
                break
    return _WORD_TITLE.sub("", title).strip()


def _split_at_citations(paragraphs: list[_Para], published: str | None) -> list[Article]:
    """A newspaper's articles, each a headline, perhaps a credit, then the citation line and the text."""
    starts = [i for i, p in enumerate(paragraphs) if _CITATION.match(p.text)]
    sizes = sorted(p.size for p in paragraphs)
    text_size = sizes[len(sizes) // 2]
    # Headlines set larger than the text (else: short unfinished lines) above each citation.
    sized = any(paragraphs[i].size > 1.15 * text_size for at in starts for i in range(max(0, at - 3), at))
    articles: list[Article] = []
    floor = 0
    heads: list[tuple[int, int, bool]] = []
    for at in starts:
        head = at
        credit = False
        if head > floor and _is_credit(paragraphs[head - 1], text_size, sized):
            credit, head = True, head - 1  # 新华社记者, 本报记者 张三, or an author's name alone
        elif head - 1 > floor and _is_head(paragraphs[head - 2], text_size, sized):
            line = paragraphs[head - 1].text  # an author's body under the headline: 中共中央党史和文献研究院
            if len(line) <= 20 and is_headline_like(line) and not _is_head(paragraphs[head - 1], text_size, sized):
                credit, head = True, head - 1
        while head > floor and at - head < 5 and _is_head(paragraphs[head - 1], text_size, sized):
            head -= 1
        if head == at - credit:
            continue  # a citation with no headline: the page's footer, not an article's start
        heads.append((head, at, credit))
        floor = at + 1
    if heads and heads[0][0] > 0:
        # What comes before the first article (a table of contents) is an article of its own.
        lines = [p.text for p in paragraphs[: heads[0][0]]]
        articles.append(_article(lines[0], lines[1:], paragraphs[: heads[0][0]], published))
    for n, (head, at, credit) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(paragraphs)
        cited = _CITATION.match(paragraphs[at].text)
        assert cited is not None
        day = iso_date(int(cited["y"]), int(cited["m"]), int(cited["d"]))
        head_lines = [p.text for p in paragraphs[head:at]]
        byline = head_lines.pop() if credit else ""
        body_paras = [p for p in paragraphs[at + 1 : end] if not _CITATION.match(p.text)]
        title = "".join(line for line in head_lines if not line.startswith("——"))
        article = _article(title, [p.text for p in body_paras], paragraphs[head:end], day or published)
        article.subtitles = [line for line in head_lines if line.startswith("——")]
        article.byline = byline or article.byline
        if article.body:
            articles.append(article)  # not a headline alone (广告)
    return articles


def _is_credit(paragraph: _Para, text_size: float, sized: bool) -> bool:
    """新华社记者, 本报记者 张三, or an author's name alone (set smaller than a headline's last line)."""
    line = paragraph.text
    if _CREDIT.match(line):
        return True
    name = len(line) <= 4 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line))
    return name and not (sized and paragraph.size > 1.15 * text_size)


def _is_head(paragraph: _Para, text_size: float, sized: bool) -> bool:
    """A headline paragraph: set larger than the text, or else short, unfinished and not a list item
    or the last article's closing credit."""
    text = paragraph.text
    if _NUMBERED.match(text) or text.startswith(("（", "(")) or text.endswith("摄") or not is_headline_like(text):
        return False
    return paragraph.size > 1.15 * text_size if sized else len(text) <= 30


def _one_or_many(paragraphs: list[_Para], meta_title: str, published: str | None) -> list[Article]:
    """A law or a single document as one article; a file with credit lines split as a page is."""
    texts = [p.text for p in paragraphs]
    first = texts[0] if texts else ""
    is_law = any(_ARTICLE_NO.match(t) for t in texts) or bool(_LAW_TITLE.search(meta_title or first))
    if not is_law:
        found = split_page("\n\n".join(texts), published)
        if len(found) > 1:
            for article in found:
                _locate(article, paragraphs)
            return found
    if first and is_headline_like(first) and (not meta_title or len(first) <= 60):
        title, rest = first, texts[1:]
    else:
        title, rest = meta_title, texts
    return [_article(title, rest, paragraphs, version_date(rest) or published)]


def _article(title: str, lines: list[str], paragraphs: list[_Para], published: str | None) -> Article:
    meta: DocMeta
    meta, lines = document_meta(title, lines)
    body = "\n".join(lines)
    byline, dateline = split_byline(body)
    return Article(
        title=title,
        body=body,
        byline=byline,
        dateline=dateline,
        published=meta.published or published or date_from_text(title),
        doc_number=meta.doc_number,
        issuer=meta.issuer,
        page_from=paragraphs[0].first_page if paragraphs else None,
        page_to=paragraphs[-1].last_page if paragraphs else None,
    )


def _locate(article: Article, paragraphs: list[_Para]) -> None:
    """The pages of an article the page reader split off: where its first and last paragraphs are."""
    lines = article.body.split("\n")
    first = next((p for p in paragraphs if lines and lines[0][:20] in p.text), None)
    last = next((p for p in reversed(paragraphs) if lines and lines[-1][-20:] in p.text), None)
    article.page_from = first.first_page if first else None
    article.page_to = last.last_page if last else article.page_from
