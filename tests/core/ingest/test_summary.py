"""Summary blocks (新闻摘要) are recognised and kept as the kind "summary", never lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DAY, SHARED_DATA, SOURCE_ROOT

from gui.core.ingest import parse_file, parse_text
from gui.core.library import Library
from gui.core.store import ArticleFilter

XWLB = SHARED_DATA / "xwlb-dev"

# Numbered provisions are an article, not a summary.
PROVISIONS = """# 关于做好防汛工作的通知

1.各地要压实防汛责任；

2.各部门要加强监测预警；

3.各单位要做好物资储备；

4.要及时转移受威胁群众。
"""


def test_a_list_of_the_day_s_headlines_is_a_summary_by_its_content() -> None:
    articles, _ = parse_text(DAY, "day.md", ".md")
    kinds = {a.title: a.kind for a in articles}
    assert kinds == {
        "今晚要点": "summary",
        "全省春耕生产全面展开": "article",
        "我省出台稳就业十条措施": "article",
        "黄河流域生态保护取得新进展": "article",
    }


def test_numbered_provisions_are_an_article() -> None:
    articles, _ = parse_text(PROVISIONS, "notice.md", ".md")
    assert [a.kind for a in articles] == ["article"]


@pytest.mark.skipif(not XWLB.is_dir(), reason="needs ../shared/data/xwlb-dev")
def test_every_transcript_has_its_news_summary_and_only_that_marked() -> None:
    for path in sorted(XWLB.glob("20*.md")):
        articles = parse_file(path).articles
        summaries = [a.title for a in articles if a.kind == "summary"]
        assert summaries == ["新闻摘要"], (path.name, summaries)


def _pizhu(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PYTHONPATH": SOURCE_ROOT, "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
        timeout=300,
    )


def test_the_list_and_export_can_leave_summaries_out_and_the_kind_round_trips(tmp_path: Path) -> None:
    day = tmp_path / "day.md"
    day.write_text(DAY, encoding="utf-8")
    db = str(tmp_path / "lib.sqlite")
    assert _pizhu("import", str(day), "--db", db, cwd=tmp_path).returncode == 0
    listed = _pizhu("list", "--db", db, "--kind", "article", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    titles = [row["title"] for row in json.loads(listed.stdout)]
    assert "今晚要点" not in titles and len(titles) == 3
    exported = _pizhu("export", "--what", "articles", "--format", "jsonl", "--db", db, cwd=tmp_path)
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert {r["title"]: r["kind"] for r in records}["今晚要点"] == "summary"
    only = _pizhu("export", "--what", "articles", "--kind", "article", "--format", "jsonl", "--db", db, cwd=tmp_path)
    assert len(only.stdout.splitlines()) == 3
    # Imported into another library, the summary is still a summary.
    again = tmp_path / "again.jsonl"
    again.write_text(exported.stdout, encoding="utf-8")
    with Library.open(tmp_path / "other.sqlite") as other:
        other.import_paths([again])
        assert len(other.article_ids(ArticleFilter(kind="summary"))) == 1
        assert len(other.article_ids(ArticleFilter(kind="article"))) == 3
