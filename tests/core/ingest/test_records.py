"""Crawler JSONL/CSV and pizhu's own JSONL: good lines import, bad lines are named."""

from __future__ import annotations

import csv
import io
import json

import pytest

from gui.core.errors import InputError
from gui.core.ingest import parse_text
from gui.core.ingest.records import parse_date


def _jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)


def test_jsonl_accepts_common_field_names_and_reports_bad_lines_by_number() -> None:
    text = _jsonl(
        {"title": "省政府召开常务会议", "body": "会议研究了有关事项。", "published": "2022-03-25"},
        {"标题": "春耕生产", "content": "各地要抓好春耕。", "date": "2022/4/1 08:00"},
        "{not json",
        {"title": "无正文"},
        [1, 2],
        {"headline": "第三篇", "text": "正文。\r\n第二段。", "pub_date": "20220402"},
    )
    articles, warnings = parse_text(text, "feed.jsonl", ".jsonl")
    assert [a.title for a in articles] == ["省政府召开常务会议", "春耕生产", "第三篇"]
    assert [a.published for a in articles] == ["2022-03-25", "2022-04-01", "2022-04-02"]
    assert articles[2].body == "正文。\n第二段。"
    assert len(warnings) == 3
    assert warnings[0].startswith("feed.jsonl, line 3: not valid JSON")
    assert warnings[1].startswith("feed.jsonl, line 4: no body text")
    assert warnings[2].startswith("feed.jsonl, line 5: expected a JSON object")


def test_pizhu_jsonl_brings_annotations_and_checks_their_offsets() -> None:
    body = "省委书记林武主持会议。"
    record = {
        "title": "标题",
        "body": body,
        "status": "done",
        "annotations": [
            {
                "kind": "entity",
                "label": "PER",
                "start": 4,
                "end": 6,
                "text": "林武",
                "origin": "manual",
                "status": "accepted",
            },
            {"kind": "entity", "label": "POST", "start": 0, "end": 4, "origin": "auto", "status": "suggested"},
            {"kind": "entity", "label": "PER", "start": 8, "end": 40, "text": "x"},
            {"kind": "entity", "label": "PER", "start": -1, "end": 2},
            {"kind": "entity", "label": "PER", "start": 0, "end": 2, "text": "错字"},
        ],
    }
    (article,), warnings = parse_text(_jsonl(record), "export.jsonl", ".jsonl")
    assert article.status == "done"
    assert [(a.label, a.text, a.origin, a.status) for a in article.annotations] == [
        ("PER", "林武", "manual", "accepted"),
        ("POST", "省委书记", "auto", "suggested"),
    ]
    assert len(warnings) == 3
    assert "outside the body" in warnings[0] and "annotation 3" in warnings[0]
    assert "outside the body" in warnings[1]
    assert "does not match" in warnings[2]


def test_csv_with_commas_quotes_and_newlines_in_cells() -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["title", "body", "published", "subtitles"])
    writer.writerow(["会议, 第一", "第一段，有“引号”。\n第二段。", "2022-03-25", '["副题一", "副题二"]'])
    writer.writerow(['\'=HYPERLINK("x")', "正文。", "", ""])
    writer.writerow(["没有正文", "", "", ""])
    articles, warnings = parse_text(buffer.getvalue(), "rows.csv", ".csv")
    # Only pizhu's own articles CSV has its ' prefixes taken off: here the ' is the title's own.
    assert [a.title for a in articles] == ["会议, 第一", '\'=HYPERLINK("x")']
    assert articles[0].body == "第一段，有“引号”。\n第二段。"
    assert articles[0].subtitles == ["副题一", "副题二"]
    assert warnings == ["rows.csv, line 5: no body text (expected a body, content or text field), skipped"]


def test_csv_without_a_body_column_is_refused() -> None:
    with pytest.raises(InputError, match="no body column"):
        parse_text("name,age\n张三,3\n", "people.csv", ".csv")


def test_json_array_file() -> None:
    articles, warnings = parse_text(json.dumps([{"title": "甲", "body": "甲文。"}, 5]), "a.json", ".json")
    assert [a.title for a in articles] == ["甲"]
    assert warnings == ["a.json, item 2: expected an object, skipped"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-25", "2022-03-25"),
        ("2022/3/5", "2022-03-05"),
        ("2022年3月5日", "2022-03-05"),
        ("20220305", "2022-03-05"),
        ("2022-03-25T08:00:00+08:00", "2022-03-25"),
        ("2022-02-30", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: str | None) -> None:
    assert parse_date(value) == expected
