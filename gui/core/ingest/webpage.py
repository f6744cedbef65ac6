"""Saved web pages (.html, .htm, .mhtml): the article without the site around it.

The main text comes from the content element of the CMSs that Chinese government sites run on
(TRS's TRS_Editor, gov.cn's UCAP-CONTENT, VSB's vsb_content, Hanweb's zoom), which is exact where it
exists, and otherwise from trafilatura, which finds the text block of any news page. On top: the
title without the site's suffix (…-新华网), the date and source from the CMS's meta tags, the
credit and dateline (新华社北京11月17日电) as in the other readers, a policy page's header block
(see docmeta), and page furniture (责任编辑, 【纠错】, share rows, copyright lines, related links)
left out. The declared charset is trusted only when the bytes are not UTF-8 and decode with it:
saved pages often declare GB2312 and are UTF-8, or the reverse.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterable
from email.message import EmailMessage

import lxml.etree  # type: ignore[import-untyped]  # lxml ships no type information (lxml-stubs is separate)
import lxml.html  # type: ignore[import-untyped]

from gui.core.errors import InputError
from gui.core.ingest.docmeta import document_meta
from gui.core.ingest.furniture import RELATED, is_furniture, is_page_footer
from gui.core.ingest.text import date_from_text, split_byline
from gui.core.messages import msg
from gui.core.model import Article
from gui.core.textio import decode_bytes
from gui.core.vocabulary import parse_date

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"}

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
# The content elements of the CMSs of Chinese government and news sites, most specific first.
_CONTAINERS = (
    '//*[@id="UCAP-CONTENT"]',
    '//*[@id="p-detail"]',  # 新华网
    '//*[@id="vsb_content"]',
    '//*[@id="zoom"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " TRS_Editor ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " pages_content ")]',
)
_SKIP = {"script", "style", "noscript", "iframe", "button", "select", "textarea", "template", "svg", "head"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "ul", "ol",
    "blockquote", "dd", "dt", "center", "pre", "hr", "figure", "figcaption", "caption", "tbody", "thead",
}  # fmt: skip
_CELL = {"td", "th"}
_META_TITLE = ("articletitle", "og:title", "twitter:title")
_META_DATE = (
    "pubdate", "publishdate", "firstpublishedtime", "og:release_date", "article:published_time", "publishtime",
    "dc.date", "date",
)  # fmt: skip
_META_SOURCE = ("contentsource", "source", "og:site_name")
_CJK = re.compile(r"[\u3400-\u9fff]")
# A site's suffix after the title: 标题-新华网, 标题_中国政府网, 标题 | 人民网; a hyphen between digits is text.
_TITLE_CUT = re.compile(r"\s*(?:__?|[|｜]|(?<!\d)\s*[-－]\s*(?!\d)|\s+-\s+)\s*")
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0]+")
# A line break in the page's source between two Chinese characters is no space: a browser shows
# one, but the writer meant none. Spaces typed between names (罗博 萧海川) stay.
_SOURCE_BREAK = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])"
)
# In a title, a space between a number and a Chinese character is the site's layout (2007 年末).
_TITLE_GAP = re.compile(r"(?<=\d)\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=\d)")
_BLOCK_BREAK = "\x00"
_DATE_TIME_LINE = re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SOURCE_LINE = re.compile(r"^(?:来源|信息来源|文章来源|稿源)\s*[:：]\s*(?P<source>.{0,30})$")
_INFO_LINE = re.compile(r"^(?:发布(?:日期|时间)|来源|信息来源|作者|浏览次数|点击数|字号)\s*[:：]")
# A credit line of its own above the text: 半月谈记者 史卫燕, 文／图 张三, 本报记者 李四 王五.
_CREDIT_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}记者|作者|文[／/|｜]?图?|通讯员)\s*[:：]?\s*[\u4e00-\u9fff· ]{2,20}$"
)
# A web credit with a dateline that the page reader's list of agencies does not know: 长江网10月4日讯.
_WEB_LEDE = re.compile(
    r"^(?P<byline>[\u4e00-\u9fff]{2,10}?(?:网|报|社|台|客户端))(?P<date>\d{1,2}月\d{1,2}日)(?:电|讯|消息)"
)
_LOGIN = re.compile(r"""<input[^>]+type\s*=\s*["']?password""", re.I)
# An article has sentences: a page with less sentence text than this, once lists and furniture are
# gone, is not one (a short notice that issues a plan has one sentence of some 30 characters).
_MIN_TEXT = 20
# An item of a list of articles: its headline with the date before or after it.
_LISTED = re.compile(
    r"(?:^|\s)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?\s*$|^[\[【（(]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)


def decode_html(data: bytes, name: str) -> str:
    """The page's text in its real encoding (see the module's docstring)."""
    try:
        return _strip_xml_decl(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        charset = declared[1].decode("ascii").lower()
        charset = "gb18030" if charset in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else charset
        try:
            return _strip_xml_decl(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    return _strip_xml_decl(decode_bytes(data, name).text)


def _strip_xml_decl(text: str) -> str:
    # lxml refuses a str that declares its encoding.
    return _XML_DECL.sub("", text, count=1)


def html_from_mhtml(data: bytes, name: str) -> tuple[str, str]:
    """(the page's HTML, its address) from a single-file web archive (MHTML)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    url = str(message.get("Snapshot-Content-Location", "") or "").strip()
    for part in message.walk():
        if part.get_content_type() != "text/html" or not isinstance(part, EmailMessage):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        url = url or str(part.get("Content-Location", "") or "").strip()
        return decode_html(payload, name), url
    raise InputError(msg("html.no_page", path=name))


def read_webpage(data: bytes, name: str, published: str | None = None, mhtml: bool = False) -> list[Article]:
    """The article of one saved page; InputError (one line) when the page is not an article."""
    text, url = html_from_mhtml(data, name) if mhtml else (decode_html(data, name), "")
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        raise InputError(msg("html.unparsable", path=name)) from None
    meta = _meta_tags(tree)
    saved = _SAVED_FROM.search(text[:2000])
    url = url or _canonical(tree, meta) or (saved[1] if saved else "")
    title = _title(tree, meta)
    lines = _container_lines(tree)
    if lines is None:
        lines = _trafilatura_lines(text)
    lines = _clean(lines, title)
    doc, lines = document_meta(title, lines)
    body = "\n".join(lines)
    if _not_an_article(lines):
        reason = "login" if _LOGIN.search(text) else "list"
        raise InputError(msg("html.not_article", path=name, reason=msg(f"html.reason_{reason}")))
    byline, dateline = split_byline(body)
    if not byline:
        web = _WEB_LEDE.match(body)
        if web:
            byline, dateline = web["byline"], web["date"]
        elif _CREDIT_LINE.match(lines[0]):
            byline = lines[0]
    source = next((meta[k] for k in _META_SOURCE if meta.get(k)), "")
    article = Article(
        title=title or doc.title,
        body=body,
        byline=byline or source,
        dateline=dateline,
        published=doc.published or _date(tree, meta, text) or published,
        doc_number=doc.doc_number,
        issuer=doc.issuer,
        url=url,
    )
    return [article]


def _not_an_article(lines: list[str]) -> bool:
    """Too little sentence text, or a list: many lines that end or begin with a date."""
    sentences = sum(len(line) for line in lines if len(line) >= 40 or _ends_sentence(line))
    listed = sum(bool(_LISTED.search(line)) for line in lines)
    return sentences < _MIN_TEXT or (listed >= 5 and listed * 3 >= len(lines))


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("name") or node.get("property") or "").strip().lower()
        value = _one_line(node.get("content") or "")
        if key and value and key not in found:
            found[key] = value
    return found


def _canonical(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str:
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and (node.get("href") or "").startswith("http"):
            return str(node.get("href"))
    url = meta.get("og:url", "")
    return url if url.startswith("http") else ""


def _one_line(text: str) -> str:
    return _SPACE_RUN.sub(" ", _SOURCE_BREAK.sub("", text)).strip()


def _title_text(text: str) -> str:
    return _TITLE_GAP.sub("", _one_line(text))


def _title(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str:
    """The CMS's own title field, else the page title without the site's name after it."""
    for key in _META_TITLE:
        if meta.get(key) and _CJK.search(meta[key]):
            return cut_site_suffix(_title_text(meta[key]))
    head = _title_text(tree.findtext(".//title") or "")
    if head:
        return cut_site_suffix(head)
    for node in tree.iter("h1"):
        text = _title_text(node.text_content())
        if 4 <= len(text) <= 80:
            return text
    return ""


def cut_site_suffix(title: str) -> str:
    """法国全国大罢工再次严重影响交通-新华网 → 法国全国大罢工再次严重影响交通."""
    parts = _TITLE_CUT.split(title.strip(), maxsplit=1)
    return parts[0] if len(parts) == 2 and len(parts[0]) >= 4 else title.strip()


def _date(tree: lxml.html.HtmlElement, meta: dict[str, str], text: str) -> str | None:
    for key in _META_DATE:
        value = meta.get(key, "")
        found = parse_date(value[:10]) or date_from_text(value)
        if found:
            return found
    import htmldate  # imported when needed: it loads date parsers the other readers never use

    found = htmldate.find_date(tree, original_date=True, extensive_search=True)
    return parse_date(found) if found else None


def _container_lines(tree: lxml.html.HtmlElement) -> list[str] | None:
    """The text of the CMS's content element, one line per block, or None when there is none."""
    for path in _CONTAINERS:
        for node in tree.xpath(path):
            lines = element_lines(node)
            if sum(len(_CJK.findall(line)) for line in lines) >= 20:
                return lines
    return None


def element_lines(root: lxml.html.HtmlElement) -> list[str]:
    """An element's text as a browser lays it out: a line per block, table cells side by side."""
    parts: list[str] = []
    skipping = 0
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if event == "start":
            if skipping or tag in _SKIP or not tag:
                skipping += tag in _SKIP and bool(tag)
                continue
            if tag in _BLOCK:
                parts.append(_BLOCK_BREAK)
            if node.text:
                parts.append(node.text)
        else:
            if tag in _SKIP:
                skipping -= 1
            elif skipping:
                continue
            elif tag in _BLOCK:
                parts.append(_BLOCK_BREAK)
            elif tag in _CELL:
                parts.append(" ")
            if node is not root and node.tail and not skipping:
                parts.append(node.tail)
    return [line for line in (_one_line(raw) for raw in "".join(parts).split(_BLOCK_BREAK)) if line]


def _trafilatura_lines(text: str) -> list[str]:
    import trafilatura  # imported when needed: loading it takes a moment

    found = trafilatura.extract(
        text, include_comments=False, include_tables=True, include_images=False, deduplicate=False
    )
    return [line for line in (_one_line(raw) for raw in (found or "").split("\n")) if line]


def _clean(lines: Iterable[str], title: str) -> list[str]:
    """Furniture out, related links cut off, the title and the date/source row above the text dropped."""
    out: list[str] = []
    for line in lines:
        if RELATED.match(line):
            break
        if is_furniture(line) or is_page_footer(line):
            continue
        out.append(line)
    squashed = re.sub(r"\s+", "", title)
    # The title (perhaps over several lines) and the info row repeated above the text.
    head = 0
    joined = ""
    while head < len(out) and head < 6:
        line = out[head]
        piece = re.sub(r"\s+", "", line)
        if squashed and squashed.startswith(joined + piece) and piece:
            joined += piece
            head += 1
        elif _DATE_TIME_LINE.match(line) or _SOURCE_LINE.match(line) or _INFO_LINE.match(line):
            head += 1
        else:
            break
    if squashed and joined and joined != squashed:
        head = 0  # only part of the title: the text happens to start like it
    out = out[head:]
    while out and len(out[0]) <= 4 and not _ends_sentence(out[0]):
        out.pop(0)  # a lone 图集 or 视频 tab above the text
    while out and squashed and re.sub(r"\s+", "", out[-1]) == squashed:
        out.pop()  # the title again under the text (a print view's footer)
    return _without_link_list(out)


def _ends_sentence(line: str) -> bool:
    return line.rstrip("”’」』）)】").endswith(("。", "！", "？", "!", "?", "…")) or line.endswith(("）", ")"))


def _without_link_list(lines: list[str]) -> list[str]:
    """The text without a list of other articles after it (headlines with their dates)."""
    last = max((i for i, line in enumerate(lines) if _ends_sentence(line)), default=len(lines) - 1)
    tail = lines[last + 1 :]
    if sum(bool(_DATE_TIME_LINE.match(line)) for line in tail) >= 2 or all(len(line) <= 4 for line in tail):
        return lines[: last + 1]
    return lines
