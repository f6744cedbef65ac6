"""A document's own metadata (文号, 发文机关, address) in the articles export and in the list's filters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from gui.cli import main

NOTICE = """<html><head><title>国务院办公厅关于印发某某方案的通知_中国政府网</title>
<link rel="canonical" href="https://www.gov.cn/zhengce/content/2020-01/10/content_1.htm"></head><body>
<div id="UCAP-CONTENT"><table>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>发文字号：</td><td>国办发〔2020〕1号</td></tr>
<tr><td>成文日期：</td><td>2020年01月07日</td><td>发布日期：</td><td>2020年01月10日</td></tr></table>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>经国务院同意，现将《某某方案》印发给你们，请认真贯彻执行。</p></div></body></html>"""
DECISION = """<html><head><title>山西省人民政府关于表彰先进集体的决定-山西省人民政府</title></head><body>
<div class="TRS_Editor"><p>晋政发〔2021〕3号</p><p>各市人民政府，省人民政府各委、办、厅、局：</p>
<p>为表彰先进，激励全省上下奋发有为，省人民政府决定对先进集体予以通报表彰，希望受表彰的集体珍惜荣誉。</p></div>
</body></html>"""


@pytest.fixture()
def db(tmp_path: Path) -> str:
    (tmp_path / "notice.html").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "decision.html").write_text(DECISION, encoding="gb18030")
    path = str(tmp_path / "lib.sqlite")
    assert main(["import", str(tmp_path / "notice.html"), str(tmp_path / "decision.html"), "--db", path]) == 0
    return path


def _titles(capsys: pytest.CaptureFixture[str], *options: str, db: str) -> set[str]:
    capsys.readouterr()
    assert main(["list", *options, "--format", "json", "--db", db]) == 0
    return {row["title"] for row in json.loads(capsys.readouterr().out)}


def test_the_list_filters_by_issuing_body_and_document_number(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    notice, decision = "国务院办公厅关于印发某某方案的通知", "山西省人民政府关于表彰先进集体的决定"
    assert _titles(capsys, db=db) == {notice, decision}
    assert _titles(capsys, "--issuing-body", "国务院", db=db) == {notice}
    assert _titles(capsys, "--issuing-body", "山西省", db=db) == {decision}
    assert _titles(capsys, "--doc-number", "国办发〔2020〕", db=db) == {notice}
    assert _titles(capsys, "--doc-number", "晋政发", db=db) == {decision}
    assert _titles(capsys, "--doc-number", "京政发", db=db) == set()


def test_the_articles_export_carries_the_metadata_and_comes_back(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "articles.csv"
    assert main(["export", "--what", "articles", "-o", str(target), "--db", db]) == 0
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline=""))}
    notice = rows["国务院办公厅关于印发某某方案的通知"]
    assert (notice["doc_number"], notice["issuer"]) == ("国办发〔2020〕1号", "国务院办公厅")
    assert notice["url"] == "https://www.gov.cn/zhengce/content/2020-01/10/content_1.htm"
    assert notice["published"] == "2020-01-10"
    decision = rows["山西省人民政府关于表彰先进集体的决定"]
    assert (decision["doc_number"], decision["issuer"]) == ("晋政发〔2021〕3号", "山西省人民政府")
    lines = tmp_path / "articles.jsonl"
    assert main(["export", "--what", "articles", "-o", str(lines), "--db", db]) == 0
    other = str(tmp_path / "other.sqlite")
    assert main(["import", str(lines), "--db", other]) == 0
    assert _titles(capsys, "--doc-number", "国办发", db=other) == {"国务院办公厅关于印发某某方案的通知"}
    assert _titles(capsys, "--issuing-body", "山西", db=other) == {"山西省人民政府关于表彰先进集体的决定"}
