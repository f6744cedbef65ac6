"""PDF documents (../shared/data/formats/pdf): laws kept whole, a newspaper day split into its articles."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from helpers import SHARED_DATA

from gui.core.errors import InputError
from gui.core.ingest import parse_file
from gui.core.ingest.furniture import is_furniture
from gui.core.ingest.pdf import _meta_title
from gui.core.library import Library

PDF = SHARED_DATA / "formats" / "pdf"
needs_samples = pytest.mark.skipif(not PDF.is_dir(), reason=f"the sample PDFs are not at {PDF}")


@needs_samples
def test_the_constitution_is_one_article_with_its_version_date_and_whole_paragraphs() -> None:
    [law] = parse_file(PDF / "npc_constitution_forbiddrugs.pdf").articles
    assert law.title == "中华人民共和国宪法"
    assert law.published == "2018-03-11"  # the latest amendment in the bracket under the title
    assert law.issuer == "全国人民代表大会"
    assert (law.page_from, law.page_to) == (1, 31)
    lines = law.body.split("\n")
    # Lines broken at the page width are one paragraph again, across a page break too.
    assert "中国是世界上历史最悠久的国家之一。中国各族人民共同创造了光辉灿烂的文化，具有光荣的革命传统。" in lines
    assert "第一百四十三条 中华人民共和国首都是北京。" in lines
    assert not any(line.strip(" -第页0123456789") == "" for line in lines)  # no page numbers


@needs_samples
def test_the_civil_code_keeps_its_articles_and_drops_its_page_numbers() -> None:
    [code] = parse_file(PDF / "npc_civil_code.pdf").articles
    assert code.title == "中华人民共和国民法典"
    assert code.published == "2020-05-28"
    lines = code.body.split("\n")
    assert "第一千二百六十条 本法自 2021 年 1 月 1 日起施行。" in code.body
    assert "（一）经营状况严重恶化；" in lines
    assert not [line for line in lines if line.isdigit()]
    assert (code.page_from, code.page_to) == (1, 234)


def test_a_title_written_as_gbk_hex_is_read_and_words_name_leaves_it() -> None:
    hexed = "<" + "Microsoft Word - 中华人民共和国民法典.doc".encode("gbk").hex().upper() + ">"
    assert _meta_title({"Title": hexed}) == "中华人民共和国民法典"
    assert _meta_title({"Title": "中华人民共和国宪法"}) == "中华人民共和国宪法"


@needs_samples
def test_a_newspaper_day_is_split_into_its_articles() -> None:
    articles = parse_file(PDF / "rmrb_20251020_compiled.pdf").articles
    assert len(articles) > 60
    contents = articles[0]
    assert contents.title == "人民日报文章目录" and contents.kind == "summary"
    by_title = {a.title: a for a in reversed(articles)}  # the first of the day's reprints
    lead = by_title["确保基本实现社会主义现代化取得决定性进展"]  # a headline wrapped over two lines
    assert lead.byline == "新华社记者" and lead.published == "2025-10-20"
    assert lead.body.startswith("历史，正在书写新的篇章。")
    assert lead.page_from == 5
    cable = by_title["中共中央总书记习近平电贺郑丽文当选中国国民党主席"]
    assert cable.dateline == "10月19日" and cable.body.startswith("新华社北京10月19日电")
    essay = by_title["我心中的两条江"]
    assert essay.byline == "黄璋尊"
    assert "韩江在我记忆的源头闪着波光，鸳鸯江在我现实的枕畔唱着夜歌。" in essay.body
    for article in articles:
        assert "《人民日报》（2025年10月20日" not in article.body
        assert not [line for line in article.body.split("\n") if is_furniture(line)]
        assert "本版责编" not in article.body and "版式设计" not in article.body


def _blank_pdf(pages: int = 2) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# A PDF locked with a password pizhu does not know (the standard security handler, RC4).
LOCKED = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
    b"4 0 obj <</Filter /Standard /V 1 /R 2 /P -4 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b">>> endobj\n"
    b"trailer <</Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
    b"<0123456789abcdef0123456789abcdef>] /Size 5>>\n%%EOF\n"
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (_blank_pdf(), "the PDF has no text layer (a scan); run OCR on it first"),
        (LOCKED, "the PDF is password-protected"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "not a readable PDF"),
        ("这是一个改了扩展名的文本文件。".encode(), "not a readable PDF"),
    ],
    ids=["scan", "locked", "broken", "text"],
)
def test_a_pdf_that_cannot_be_read_gets_one_line_naming_it(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        parse_file(path)
    line = str(caught.value)
    assert line.startswith(f"{path}: ") and expected in line and "\n" not in line


def test_a_100_mb_pdf_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written
    with pytest.raises(InputError, match=r"huge\.pdf: 100 MB is too big to import"):
        parse_file(path)


@needs_samples
def test_bad_pdfs_leave_the_library_as_it_was_and_the_batch_goes_on(tmp_path: Path, library: Library) -> None:
    (tmp_path / "a_scan.pdf").write_bytes(_blank_pdf())
    (tmp_path / "b_locked.pdf").write_bytes(LOCKED)
    (tmp_path / "c_law.pdf").symlink_to(PDF / "npc_constitution_forbiddrugs.pdf")
    before = library.store.count_articles()
    report = library.import_paths([tmp_path])
    assert report.added == 1 and library.store.count_articles() == before + 1
    assert [p.split(":")[0] for p in report.problems] == [str(tmp_path / "a_scan.pdf"), str(tmp_path / "b_locked.pdf")]
    stored = library.store.get_article(library.store.article_ids()[0])
    assert stored is not None and stored.title == "中华人民共和国宪法" and stored.page_to == 31
    assert stored.source_path == str((PDF / "npc_constitution_forbiddrugs.pdf").resolve())
