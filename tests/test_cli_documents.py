"""pizhu export --what documents, the directive export's document columns, pizhu list --document (issue 20)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from gui.cli import main
from gui.core.export import DIRECTIVE_COLUMNS

# A policy page as gov.cn serves it: the header block names its issuer and number.
NOTICE = """<html><head><title>国务院办公厅关于推进某某工作的意见_中国政府网</title></head><body>
<div id="UCAP-CONTENT"><table>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>发文字号：</td><td>国办发〔2021〕22号</td></tr>
<tr><td>成文日期：</td><td>2021年06月24日</td><td>发布日期：</td><td>2021年07月02日</td></tr></table>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>经国务院同意，现就推进某某工作提出以下意见。根据《中华人民共和国城乡规划法》，各地要加强规划管理。</p>
</div></body></html>"""
NEWS = """住房政策新闻

近日，国务院办公厅、住房城乡建设部联合印发《关于推进某某工作的意见》（国办发[2021]22号）。《意见》要求，各城市人民政府要切实加强组织领导。
"""


@pytest.fixture()
def db(tmp_path: Path) -> str:
    (tmp_path / "notice.html").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    path = str(tmp_path / "lib.sqlite")
    assert main(["import", str(tmp_path / "notice.html"), str(tmp_path / "news.txt"), "--db", path]) == 0
    return path


def _csv(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["export", *args, "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_documents_csv_and_directive_columns(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    documents = _csv(capsys, "--what", "documents", "--db", db)
    assert list(documents[0]) == [
        "document_id", "title", "number", "issuers", "date", "article_id", "n_articles", "citing_articles",
    ]  # fmt: skip
    by_number = {row["number"]: row for row in documents}
    housing = by_number["国办发〔2021〕22号"]
    # The page is the document's own record (its title, issuer and date); the news names it by number.
    assert housing["title"] == "《国务院办公厅关于推进某某工作的意见》"
    assert housing["issuers"] == "国务院办公厅; 住房城乡建设部"
    assert housing["article_id"] and housing["date"].startswith("2021-07")
    assert housing["n_articles"] == "1" and housing["citing_articles"] not in ("", housing["article_id"])
    assert {row["title"] for row in documents} >= {"《中华人民共和国城乡规划法》"}

    directives = _csv(capsys, "--what", "directives", "--db", db)
    # DESIGN's columns first, unchanged; the new ones at the end.
    assert list(directives[0])[:13] == [
        "article_id", "article_title", "published", "start", "end", "text", "issuer", "addressee", "strength",
        "topic", "origin", "status", "updated_at",
    ]  # fmt: skip
    assert list(directives[0]) == list(DIRECTIVE_COLUMNS)
    assert list(directives[0])[13:] == ["issuer_entity_id", "issuers", "document_id", "document_number"]
    cities = next(row for row in directives if "各城市人民政府" in row["text"])
    assert (cities["document_id"], cities["document_number"]) == (housing["document_id"], "国办发〔2021〕22号")

    capsys.readouterr()
    assert main(["export", "--what", "directives", "--format", "jsonl", "--db", db]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(isinstance(r["issuers"], list) for r in records)
    linked = [r for r in records if r["document_id"] is not None]
    assert linked and all(r["document_number"] == "国办发〔2021〕22号" for r in linked)


def test_list_by_document(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["list", "--document", "国办发(2021)22号", "--format", "json", "--db", db]) == 0
    titles = {row["title"] for row in json.loads(capsys.readouterr().out)}
    assert titles == {"国务院办公厅关于推进某某工作的意见", "住房政策新闻"}
    assert main(["list", "--document", "城乡规划法", "--format", "json", "--db", db]) == 0
    assert {row["title"] for row in json.loads(capsys.readouterr().out)} == {"国务院办公厅关于推进某某工作的意见"}
    assert main(["list", "--document", "民法典", "--db", db]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "民法典" in err and "Traceback" not in err
