"""Word documents (../shared/data/formats/word): .docx read directly, legacy .doc through antiword."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from helpers import SHARED_DATA

from gui.core.errors import InputError
from gui.core.ingest import parse_file
from gui.core.ingest.furniture import is_furniture
from gui.core.library import Library

WORD = SHARED_DATA / "formats" / "word"
needs_samples = pytest.mark.skipif(not WORD.is_dir(), reason=f"the sample Word files are not at {WORD}")
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is not installed")

# file: (title, published, a line of the body, issuer)
DOCUMENTS = {
    "npc_anti_drug_law.docx": (
        "中华人民共和国禁毒法",
        "2007-12-29",
        "第七十一条　本法自2008年6月1日起施行。《全国人民代表大会常务委员会关于禁毒的决定》同时废止。",
        "全国人民代表大会常务委员会",
    ),
    "nb_npp_psr_part1_draft.docx": (
        "核电厂定期安全评价 第1部分：通用要求",
        "2023-03-09",
        "——第1部分：通用要求；",
        "国家能源局",
    ),
    "nb_npp_psr_part12_draft_20230317.docx": (
        "核电厂定期安全评价 第12部分：设计",
        "2022-12-30",  # the draft's own 本稿完成日期 beats the date in the file name
        "——第2部分：安全性能；",
        "国家能源局",
    ),
    "nb_npp_psr_part1_explanation.docx": (
        "核电厂定期安全评价 第1部分：通用要求",
        None,  # only 2023年3月: no day
        "本标准来源于国家能源局2021年下达的能源行业核电标准制修订计划，项目编号为“能源20210676”。",
        "",
    ),
}
LEGACY = {
    "cfda_narcotics_catalog_2013.doc": (
        "麻醉药品品种目录（2013年版）",
        None,
        "1 | 醋托啡 | Acetorphine | 25333-77-1",
        "",
    ),
    "nb_npp_psr_part1_draft.doc": DOCUMENTS["nb_npp_psr_part1_draft.docx"][:2] + ("国家能源局 发布", "国家能源局"),
    "nb_npp_psr_part1_explanation.doc": DOCUMENTS["nb_npp_psr_part1_explanation.docx"],
}


def _check(path: Path, expected: tuple[str, str | None, str, str]) -> None:
    title, published, line, issuer = expected
    [article] = parse_file(path).articles
    assert article.title == title
    assert article.published == published
    assert line in article.body.split("\n") or line in article.body
    assert article.issuer == issuer
    assert not [x for x in article.body.split("\n") if is_furniture(x) or x.startswith("点击此处")]
    assert article.title not in article.body.split("\n")[:1]


@needs_samples
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_docx_gives_its_document(name: str) -> None:
    _check(WORD / name, DOCUMENTS[name])


@needs_samples
@needs_antiword
@pytest.mark.parametrize("name", sorted(LEGACY))
def test_each_legacy_doc_gives_its_document(name: str) -> None:
    _check(WORD / name, LEGACY[name])


@needs_samples
def test_a_table_is_a_line_per_row_and_the_contents_are_left_out() -> None:
    [draft] = parse_file(WORD / "nb_npp_psr_part1_draft.docx").articles
    lines = draft.body.split("\n")
    assert not [line for line in lines if line.endswith(("\tII", "\t1"))]  # no table-of-contents entries
    rows = [line for line in lines if " | " in line]
    assert rows and all(line.count(" | ") >= 1 for line in rows)


@needs_samples
def test_a_cited_document_number_is_not_the_documents_own() -> None:
    [explanation] = parse_file(WORD / "nb_npp_psr_part1_explanation.docx").articles
    assert "（国能综通科技[2021]92号）" in explanation.body
    assert explanation.doc_number == ""


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_notices_number_and_issuer_come_from_its_first_lines(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(
        _docx(
            [
                "山西省人民政府办公厅文件",
                "晋政办发〔2022〕15号",
                "山西省人民政府办公厅关于做好春耕生产工作的通知",
                "各市、县人民政府，省人民政府各委、办、厅、局：",
                "为做好今年春耕生产工作，经省人民政府同意，现就有关事项通知如下。",
            ]
        )
    )
    [notice] = parse_file(path).articles
    assert notice.title == "山西省人民政府办公厅关于做好春耕生产工作的通知"
    assert notice.doc_number == "晋政办发〔2022〕15号"
    assert notice.issuer == "山西省人民政府办公厅"
    assert notice.body.startswith("各市、县人民政府")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("fake.docx", "这是一个改了扩展名的文本文件。".encode(), "not a Word document (a .docx is a zip package)"),
        ("fake.doc", b"<html><body>saved as .doc</body></html>", "not a Word document"),
        ("zip.docx", b"PK\x03\x04" + b"\x00" * 100, "not a Word document"),
    ],
)
def test_a_word_file_that_is_something_else_gets_one_line(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert str(caught.value).startswith(f"{path}: {reason}") and "\n" not in str(caught.value)


@needs_samples
def test_without_a_converter_a_doc_gets_how_to_convert_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(InputError, match=r"needs antiword or LibreOffice .* save it as \.docx"):
        parse_file(WORD / "nb_npp_psr_part1_explanation.doc")


@needs_samples
def test_a_doc_named_docx_is_read_as_what_it_is(tmp_path: Path) -> None:
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    renamed = tmp_path / "explanation.docx"
    renamed.write_bytes((WORD / "nb_npp_psr_part1_explanation.doc").read_bytes())
    assert parse_file(renamed).articles[0].title == "核电厂定期安全评价 第1部分：通用要求"


@needs_samples
def test_a_folder_of_word_files_imports_what_it_can(tmp_path: Path, library: Library) -> None:
    (tmp_path / "law.docx").symlink_to(WORD / "npc_anti_drug_law.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04broken")
    report = library.import_paths([tmp_path])
    assert report.added == 1 and len(report.problems) == 1 and "broken.docx" in report.problems[0]
