"""Page furniture (update stamps, editor credits, site link rows) never becomes article text."""

from __future__ import annotations

import pytest
from helpers import SHARED_DATA

from gui.core.ingest import parse_file, parse_text
from gui.core.ingest.furniture import is_furniture

XWLB = SHARED_DATA / "xwlb-dev"


@pytest.mark.parametrize(
    "line",
    [
        "更新时间：2023-09-04T14:18:08.371Z",
        "（责任编辑：王小明）",
        "责任编辑：王小明 张红",
        "【纠错】 【打印】 【关闭】",
        "[打印本页] [关闭窗口]",
        "【字体：大 中 小】",
        "分享到：",
        "扫一扫在手机打开当前页",
        "(编辑：李四)",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "会议要求，各地要在更新时间表的同时做好衔接。",
        "责任编辑要对稿件负责，这是新闻工作的基本要求。",
        "他说：“打印出来的文件要妥善保管。”",
        "各地要把好事办好、把实事办实。",
    ],
)
def test_sentences_with_the_same_words_are_text(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.skipif(not XWLB.is_dir(), reason="needs ../shared/data/xwlb-dev")
def test_no_transcript_story_ends_with_the_update_stamp() -> None:
    files = sorted(XWLB.glob("20*.md"))
    assert len(files) >= 10
    for path in files:
        assert "更新时间" in path.read_text(encoding="utf-8")
        parsed = parse_file(path)
        last = parsed.articles[-1]
        assert "更新时间" not in last.body, path.name
        assert not any(is_furniture(line) for a in parsed.articles for line in a.body.split("\n")), path.name
        assert last.body.strip(), path.name  # the story itself is still there


def test_a_newspaper_page_drops_the_editor_credit_and_a_site_footer() -> None:
    page = (
        "各地开展春季植树活动\n\n"
        "本报讯 （记者 张三）连日来，各地积极开展义务植树活动，绿化美化家园。\n"
        "群众踊跃参加。\n"
        "（责任编辑：李四）\n"
        "【纠错】 【打印】 【关闭】\n"
    )
    [article] = parse_text(page, "page.txt", ".txt")[0]
    assert article.body.endswith("群众踊跃参加。")
    assert "李四" not in article.body and "纠错" not in article.body


def test_markdown_story_footer_after_a_rule_is_dropped() -> None:
    text = "# 节目\n\n### 新闻标题\n\n各地要做好防汛工作。\n\n---\n\n更新时间：2022-07-01T10:00:00.000Z\n"
    [article] = parse_text(text, "x.md", ".md")[0]
    assert article.body == "各地要做好防汛工作。"


def test_a_crawled_record_drops_its_footer_but_a_record_with_offsets_keeps_its_body() -> None:
    import json

    crawled = {"title": "标题", "body": "各地要做好防汛工作。\n责任编辑：王五\n【纠错】 【打印】"}
    body = "各地要做好防汛工作。\n责任编辑：王五"
    spans = {"title": "标题", "text": body, "label": [[0, 2, "LOC"]]}
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in (crawled, spans))
    articles, problems = parse_text(text, "x.jsonl", ".jsonl")
    assert problems == []
    assert articles[0].body == "各地要做好防汛工作。"
    assert articles[1].body == body  # offsets point into it: left whole
