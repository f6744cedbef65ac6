"""Documents as records: the 《…》 titles and 文号 an article names, and the article that is a document.

`extract(article, annotations)` reads one article: its DOC annotations that are not rejected (the
tagger's 《…》 titles and the laws it finds without them, or the editor's), every 文号 in the body
(国办发〔2020〕1号, 国能综通科技[2021]92号, with [] 〔〕 （） 【】 brackets and full-width digits),
a title followed by its number — 《…通知》（国办发〔2020〕1号） — as one document, and the bodies
that issue it (国务院办公厅印发《…》, 《财政部 税务总局关于…的公告》). An article imported from a policy
page, PDF or Word file (it carries `doc_number` or `issuer`) is its own document's record.

Two mentions are one document when their numbers agree, or else their titles do after
`title_key`: width, spaces, quotation marks and brackets made uniform, and the prefix
中华人民共和国 dropped, so 《中华人民共和国行政复议法》 and 《行政复议法》 are one (a Chinese law is
cited both ways and no other country's law is written in 《》 with the bare name). Anything more
(a 简称 such as 《通知》, 《意见》) is not a title: a short generic name is left to the directive
that cites it (`directive_document`), never made a record of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from gui.core.model import Annotation, Article

# The year's brackets as writers type them; 〔〕 is the standard's (GB/T 9704).
_OPEN, _CLOSE = "〔\\[［(（【", "〕\\]］)）】"
_YEAR = "(?P<year>(?:19|20|１９|２０)[\\d０-９]{2})"
DOC_NUMBER = re.compile(
    rf"(?P<code>[\u4e00-\u9fff]{{1,16}})\s*[{_OPEN}]\s*{_YEAR}\s*[{_CLOSE}]"
    r"\s*(?:第\s*)?(?P<no>[\d０-９]{1,5})\s*号"
    # 财政部 税务总局公告2020年第13号: an announcement's number, the year with 年.
    r"|(?P<code2>[\u4e00-\u9fff]{1,16}(?:[ 　][\u4e00-\u9fff]{1,16})?(?:公告|通告))\s*"
    + _YEAR.replace("year", "year2")
    + r"\s*年\s*第\s*(?P<no2>[\d０-９]{1,5})\s*号"
)
# Words that end the running text before an issuer's code: 根据国办发〔2020〕1号 is 国办发.
_BEFORE_CODE = re.compile(
    "^.*(?:根据|按照|依据|依照|参照|对照|贯彻|落实|执行|印发|发布|下发|转发|出台|制定|通过|文件|精神|规定"
    "|以|见|和|与|及|即|的|是|为|在|将|了|对|由|据|按|、)"
)
# Short names that stand for a document named before (《通知》要求…): not records of their own.
GENERIC_TITLES = frozenset(
    (
        "通知",
        "意见",
        "办法",
        "规定",
        "决定",
        "方案",
        "条例",
        "细则",
        "规划",
        "纲要",
        "计划",
        "公告",
        "通告",
        "批复",
        "报告",
        "指南",
        "指引",
        "决议",
        "实施意见",
        "实施方案",
        "实施细则",
        "管理办法",
        "指导意见",
        "工作方案",
        "行动方案",
        "行动计划",
        "暂行办法",
        "若干措施",
        "若干意见",
    )
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "〈": "<", "〉": ">"})
_PRC = "中华人民共和国"
# 《…》 directly followed by its number in brackets: 《…通知》（国办发〔2020〕1号）.
_NUMBER_AFTER = re.compile(r"^\s*[（(]\s*$")
# The bodies that issue a document just before it: 国务院办公厅印发《…》, 财政部、税务总局联合发布《…》.
_ISSUED = re.compile(
    r"(?P<bodies>[\u4e00-\u9fff、和与及 ]{2,60}?)(?:近日|日前|近期|今天|今日|昨天|昨日|正式|联合|共同)*"
    r"(?:印发|发布|出台|下发|制定|公布|颁布|修订|通过)(?:了|的)?\s*$"
)
_ISSUED_HERE = re.compile(r"(?:印发|发布|出台|下发|颁布|公布)(?:了|的)?\s*$")
# "X关于…" in a title: X is the issuer (国务院办公厅关于…的通知, 财政部 税务总局关于…的公告).
_ABOUT = re.compile(r"^(?P<bodies>[\u4e00-\u9fff、 　]{2,60}?)关于")
_BODY_END = re.compile(
    r"(?:中共中央|国务院|人民政府|办公厅|办公室|委员会|人大常委会|人民代表大会|总局|总署|银行|法院|检察院|联合会|机制|小组"
    r"|[部局厅署委办院会处])$"
)
# Words that end like a body but name none (…大会通过《北京宣言》: which assembly is not said).
_VAGUE_BODIES = frozenset(("大会", "会议", "全会", "本会", "该会", "委员会", "本院", "该局", "本局", "本部"))
_SPLIT_BODIES = re.compile(r"[、，,\s　]+|(?<=[部局厅署委办院会])(?:和|与|及)")


@dataclass(slots=True)
class DocumentRef:
    """One document as an article names it (or is it)."""

    title: str = ""  # with its 《》, as written
    number: str = ""  # the 文号 as normalised by `number_key`
    issuers: list[str] = field(default_factory=list)
    date: str = ""  # YYYY-MM-DD when known
    start: int = 0
    end: int = 0

    @property
    def title_key(self) -> str:
        return title_key(self.title)

    @property
    def number_key(self) -> str:
        return self.number


@dataclass(slots=True)
class ArticleDocuments:
    """What one article contributes: the document it is (or None) and the ones it names."""

    own: DocumentRef | None
    mentions: list[DocumentRef]


def number_key(text: str) -> str:
    """A 文号 written one way: half-width digits, no spaces, the year in 〔〕, no 第 (国办发〔2020〕1号)."""
    m = DOC_NUMBER.search(unicodedata.normalize("NFKC", text))
    if not m:
        return ""
    if m["code2"]:
        no = int(unicodedata.normalize("NFKC", m["no2"]))
        return f"{m['code2'].replace(' ', '').replace('　', '')}{unicodedata.normalize('NFKC', m['year2'])}年第{no}号"
    year = unicodedata.normalize("NFKC", m["year"])
    return f"{m['code']}〔{year}〕{int(unicodedata.normalize('NFKC', m['no']))}号"


def title_key(title: str) -> str:
    """A title compared as one: see the module doc. "" for no title or a generic short name."""
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES)
    text = re.sub(r"\s+", "", text).strip("《》<>")
    text = text.replace("(", "（").replace(")", "）")
    if text.startswith(_PRC) and len(text) > len(_PRC) + 1:
        text = text[len(_PRC) :]
    if len(text) < 2 or text in GENERIC_TITLES:
        return ""
    return text


def split_bodies(text: str) -> list[str]:
    """Issuing bodies written together (财政部、税务总局; 财政部 税务总局; 民政部和财政部), each a name."""
    parts = [p.strip() for p in _SPLIT_BODIES.split(text) if p and p.strip()]
    return [p for p in parts if len(p) >= 2 and _BODY_END.search(p) and p not in _VAGUE_BODIES]


def title_issuers(title: str) -> list[str]:
    """The bodies a title names before 关于 (《国务院办公厅关于…的通知》 → 国务院办公厅)."""
    m = _ABOUT.match(title.strip("《》"))
    return split_bodies(m["bodies"]) if m else []


def _numbers(body: str) -> Iterable[tuple[int, int, str]]:
    for m in DOC_NUMBER.finditer(body):
        group = "code" if m["code"] else "code2"
        code = m[group]
        cut = _BEFORE_CODE.match(code)
        skip = cut.end() if cut else 0
        if len(code) - skip < 1:
            continue
        start = m.start(group) + skip
        key = number_key(body[start : m.end()])
        if key:
            yield start, m.end(), key


def _issued_before(body: str, start: int) -> list[str]:
    """The bodies named as issuing what starts at `start` (…印发《…》)."""
    line_start = max(body.rfind(c, 0, start) for c in "\n。；;！？") + 1
    m = _ISSUED.search(body[max(line_start, start - 70) : start])
    if not m:
        return []
    bodies = m["bodies"]
    # The last clause only: 会议指出，国务院办公厅印发 → 国务院办公厅.
    bodies = re.split(r"[，,：:]", bodies)[-1]
    return split_bodies(bodies)


def extract(article: Article, annotations: Sequence[Annotation]) -> ArticleDocuments:
    """The documents an article names and the one it is; see the module doc."""
    body = article.body
    spans: dict[tuple[int, int], DocumentRef] = {}
    for a in annotations:
        if a.kind == "entity" and a.label == "DOC" and a.status != "rejected" and 0 <= a.start < a.end <= len(body):
            title = body[a.start : a.end]
            if not title.startswith("《"):
                title = f"《{title}》"
            if title_key(title):
                spans[(a.start, a.end)] = DocumentRef(title=title, start=a.start, end=a.end)
    mentions = sorted(spans.values(), key=lambda r: (r.start, r.end))
    taken: set[int] = set()
    for start, end, key in _numbers(body):
        # 《…》（国办发〔2020〕1号）: the number belongs to the title just before it.
        before = next(
            (r for r in reversed(mentions) if r.end <= start and _NUMBER_AFTER.match(body[r.end : start])), None
        )
        if before is not None and not before.number:
            before.number = key
            continue
        if any(r.start <= start < r.end for r in mentions) or start in taken:
            continue
        taken.add(start)
        mentions.append(DocumentRef(number=key, start=start, end=end))
    mentions.sort(key=lambda r: (r.start, r.end))
    for ref in mentions:
        ref.issuers = (title_issuers(ref.title) if ref.title else []) or _issued_before(body, ref.start)
    own = None
    if article.doc_number or article.issuer:
        title = article.title.strip()
        own = DocumentRef(
            title=f"《{title.strip('《》')}》" if title else "",
            number=number_key(article.doc_number),
            issuers=split_bodies(article.issuer)
            or ([article.issuer.strip()] if article.issuer.strip() else [])
            or title_issuers(title),
            date=(article.published or "")[:10],
        )
        if not own.title_key and not own.number:
            own = None
    return ArticleDocuments(own, mentions)


@dataclass(frozen=True, slots=True)
class MentionSpan:
    """Where an article names a stored document (what `directive_document` looks through)."""

    document_id: int
    start: int
    end: int
    title: str = ""


def directive_document(
    directive: Annotation, mentions: Sequence[MentionSpan], own_document: int | None, article_issuer: str = ""
) -> int | None:
    """The stored document a directive comes from, or None.

    The document named at the issuer's span (《通知》要求… after a 《…》 the article names: the
    last document named before the directive); a directive whose issuer is a document's title;
    and, in an article that is a document, its provisions (issuer the document or its issuing
    body, or no issuer at all)."""
    attrs = directive.attrs or {}
    issuer = str(attrs.get("issuer") or "")
    label = str(attrs.get("issuer_label") or "")
    span = attrs.get("issuer_span")
    if isinstance(span, list) and len(span) == 2:
        for m in mentions:
            if m.start <= span[0] < m.end or span[0] <= m.start < span[1]:
                return m.document_id
    # 国务院办公厅印发《…》，要求…: the document issued in the directive's own words.
    for m in mentions:
        if directive.start <= m.start < directive.end and _ISSUED_HERE.search(
            directive.text[: m.start - directive.start]
        ):
            return m.document_id
    key = title_key(issuer) if issuer else ""
    if key:
        for m in mentions:
            if title_key(m.title) == key:
                return m.document_id
    looks_like_document = label == "DOC" or issuer.startswith("《") or issuer.strip("《》") in GENERIC_TITLES
    if own_document is not None and (
        not issuer or looks_like_document or (article_issuer and issuer in article_issuer)
    ):
        return own_document
    if looks_like_document:
        before = [m for m in mentions if m.start < directive.start]
        if before:
            return before[-1].document_id
    return None
