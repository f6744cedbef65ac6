"""Word documents: .docx by python-docx, legacy .doc (Word 97, code page 936) through a converter.

A Word file is one document: its paragraphs in order, a table as one line per row (cells joined
by " | ", a merged cell once), the table of contents and template placeholders (点击此处添加…)
left out. The title is the first line that names the document, past cover lines such as ICS
codes, 附件1 or 中华人民共和国能源行业标准 (a part line, 第1部分：…, joins it); a law's bracketed
adoption line gives its date and issuer, and the first lines their 文号 and issuing body (see
docmeta). A .doc is read by antiword, else by LibreOffice (soffice --headless) when installed;
without either, the message says how to convert it. A file named .docx that is really a .doc, or
the reverse, is read as what it is.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from gui.core.errors import InputError
from gui.core.ingest.docmeta import document_meta, version_date
from gui.core.ingest.furniture import is_furniture
from gui.core.ingest.text import date_from_text, split_byline
from gui.core.messages import msg
from gui.core.model import Article

WORD_SUFFIXES = {".docx", ".doc"}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a legacy Office file (Word 97 .doc among them)
_ZIP = b"PK\x03\x04"
_CONVERT_SECONDS = 60
# Cover lines that are not the title: classification codes, 附件1, a standard's category, placeholders.
# An official document's masthead (…办公厅文件) and its number line are not its title either.
_NOT_TITLE = re.compile(
    r"^(?:附件\s*\d*|备案号.*|.*标准|.*文件|点击此处.*|[\x00-\x7f\s—－]*|.{0,3}|.{1,15}[〔\[［(（]\d{4}[〕\]］)）]\d+号)$"
)
_PART = re.compile(r"^第[\d一二三四五六七八九十]+部分")
_PLACEHOLDER = re.compile(r"^点击此处")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FINISHED = re.compile(r"(?:完成|印发|发布|成文)日期\s*[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def _finished(lines: list[str]) -> str | None:
    """A draft's date on its cover: （本稿完成日期：2023年3月9日）."""
    for line in lines[:20]:
        found = _FINISHED.search(line)
        if found:
            return date_from_text(re.sub(r"\s+", "", found[1]))
    return None


def read_word(data: bytes, name: str, suffix: str, published: str | None = None) -> list[Article]:
    """The document as one article; InputError (one line) when it is no Word file or cannot be converted."""
    if data.startswith(_ZIP):
        lines = _docx_lines(data, name)
    elif data.startswith(_OLE):
        lines = _doc_lines(data, name)
    else:
        kind = "a .docx is a zip package" if suffix == ".docx" else "a .doc starts with the OLE signature"
        raise InputError(msg("word.not_word", path=name, reason=kind))
    lines = [line for line in lines if line and not _PLACEHOLDER.match(line) and not is_furniture(line)]
    if not any(_CJK.search(line) or len(line) > 20 for line in lines):
        raise InputError(msg("file.no_articles", path=name))
    return [_article(lines, published)]


def _docx_lines(data: bytes, name: str) -> list[str]:
    import docx  # imported when needed: python-docx loads lxml and its templates
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        reason = "damaged zip" if isinstance(exc, zipfile.BadZipFile) else "a zip package without a Word document"
        raise InputError(msg("word.not_word", path=name, reason=reason)) from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml's errors
        raise InputError(msg("word.not_word", path=name, reason=type(exc).__name__)) from None
    # The table of contents' styles, looked up once: a paragraph's style property resolves it anew each time.
    contents = {style.style_id for style in document.styles if (style.name or "").lower().startswith("toc")}
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        elif block._p.style not in contents:  # noqa: SLF001 - the style id, without python-docx's lookup
            lines.extend(_clean(part) for part in block.text.split("\n"))
    return lines


def _table_lines(table: object) -> list[str]:
    """One line per row, each cell once (python-docx repeats a merged cell over its span)."""
    lines: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]  # a docx Table; python-docx is imported lazily
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(_clean(t) for t in cell.text.split("\n") if t.strip())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if len(cells) == 1:
            lines.extend(_clean(t) for t in row.cells[0].text.split("\n"))  # a framed block, not a table
        elif cells:
            lines.append(" | ".join(cells))
    return lines


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u2002\u2003\xa0]+", " ", text).strip()


def _doc_lines(data: bytes, name: str) -> list[str]:
    """A legacy .doc's lines by antiword (no wrapping, UTF-8), else by LibreOffice as .docx."""
    with tempfile.TemporaryDirectory(prefix="pizhu-doc-") as folder:
        source = Path(folder) / "in.doc"
        source.write_bytes(data)
        antiword = shutil.which("antiword")
        if antiword:
            done = _run([antiword, "-w", "0", "-m", "UTF-8.txt", str(source)], name)
            if done.returncode != 0:
                reason = done.stderr.decode("utf-8", "replace").replace(str(source), "").strip(" .\n") or "antiword"
                raise InputError(msg("word.not_word", path=name, reason=reason))
            return [_table_row(line) for line in done.stdout.decode("utf-8", "replace").split("\n")]
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if not office:
            raise InputError(msg("word.no_converter", path=name))
        _run([office, "--headless", "--convert-to", "docx", "--outdir", folder, str(source)], name)
        converted = Path(folder) / "in.docx"
        if not converted.exists():
            raise InputError(msg("word.convert_failed", path=name, reason="LibreOffice wrote no .docx"))
        return _docx_lines(converted.read_bytes(), name)


def _run(command: list[str], name: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(command, capture_output=True, timeout=_CONVERT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(msg("word.convert_failed", path=name, reason=type(exc).__name__)) from None


def _table_row(line: str) -> str:
    """antiword's |cell|cell| row as the .docx reader writes it; other lines as they are."""
    text = _clean(line)
    if text.startswith("|") and text.endswith("|"):
        cells = [_clean(cell) for cell in text.strip("|").split("|")]
        return " | ".join(cell for cell in cells if cell and cell != "\u3000")
    return "" if text == "[pic]" else text


def _article(lines: list[str], published: str | None) -> Article:
    """Title past the cover lines, then the text; a law's date and issuer from its adoption line."""
    at = next(
        (i for i, line in enumerate(lines[:40]) if len(_CJK.findall(line)) >= 4 and not _NOT_TITLE.match(line)), 0
    )
    title_lines = [lines[at]]
    if at + 1 < len(lines) and _PART.match(lines[at + 1]):
        title_lines.append(lines[at + 1])
    title = " ".join(title_lines)
    cover, rest = lines[:at], lines[at + len(title_lines) :]
    # The cover above the title (ICS codes, 附件1) stays out of the text but may name the issuer.
    on_cover, _ = document_meta(title, cover)
    meta, rest = document_meta(title, rest)
    meta.issuer = meta.issuer or on_cover.issuer
    meta.doc_number = meta.doc_number or on_cover.doc_number
    body = "\n".join(rest)
    byline, dateline = split_byline(body)
    return Article(
        title=title,
        body=body,
        byline=byline,
        dateline=dateline,
        published=meta.published or version_date(rest) or _finished(rest) or published,
        doc_number=meta.doc_number,
        issuer=meta.issuer,
    )
