"""Markdown transcripts: one article per heading, markup out of the body."""

from __future__ import annotations

from gui.core.ingest import parse_text
from gui.core.ingest.markdown import split_markdown, strip_inline

TRANSCRIPT = """# 《晚间新闻》（20240315）

## 节目摘要

1.国务院召开常务会议；

2.各地扎实推进春耕生产。

## 详细内容

### 国务院召开常务会议 部署推动大规模设备更新

<!--repaste.body.begin-->**新闻网消息**（晚间新闻）：国务院总理3月15日主持召开国务院常务会议。

会议指出，要**坚持市场为主**、政府引导，推动[设备更新](https://example.org/a)和消费品以旧换新。

![会场](https://example.org/p.jpg)

- 一是加大财税支持
- 二是完善标准体系
<!--repaste.body.end-->

[查看原文](https://example.org/story)

### 各地扎实推进春耕生产

**央视网消息**（新闻联播）：3月15日，记者从农业农村部了解到，春耕备耕进展顺利。

**黑龙江：农机检修全面展开**

黑龙江各地农机检修已完成八成。
"""


def test_each_heading_with_text_is_an_article() -> None:
    articles = split_markdown(TRANSCRIPT)
    assert [a.title for a in articles] == [
        "节目摘要",
        "国务院召开常务会议 部署推动大规模设备更新",
        "各地扎实推进春耕生产",
    ]


def test_markup_is_removed_and_words_kept() -> None:
    meeting = split_markdown(TRANSCRIPT)[1]
    assert meeting.body.split("\n") == [
        "新闻网消息（晚间新闻）：国务院总理3月15日主持召开国务院常务会议。",
        "会议指出，要坚持市场为主、政府引导，推动设备更新和消费品以旧换新。",
        "一是加大财税支持",
        "二是完善标准体系",
    ]
    for markup in ("**", "](", "<!--", "查看原文", "![", "- "):
        assert markup not in meeting.body


def test_bold_sub_titles_become_paragraphs_and_credit_becomes_byline() -> None:
    farming = split_markdown(TRANSCRIPT)[2]
    assert farming.byline == "央视网消息（新闻联播）"
    assert farming.body.split("\n")[1] == "黑龙江：农机检修全面展开"


def test_date_comes_from_the_heading_else_the_filename() -> None:
    articles, _ = parse_text(TRANSCRIPT, "news/transcript.md", ".md")
    assert {a.published for a in articles} == {"2024-03-15"}
    undated = TRANSCRIPT.replace("（20240315）", "")
    articles, _ = parse_text(undated, "news/20240316.md", ".md")
    assert {a.published for a in articles} == {"2024-03-16"}
    articles, _ = parse_text(undated, "news/transcript.md", ".md")
    assert {a.published for a in articles} == {None}


def test_headings_inside_code_fences_are_text() -> None:
    (article,) = split_markdown("# 标题\n\n```\n# 不是标题\n```\n正文。\n")
    assert article.title == "标题"
    assert article.body == "# 不是标题正文。"


def test_inline_markup_variants() -> None:
    assert strip_inline("*强调*与__加粗__和`代码`") == "强调与加粗和代码"
    assert strip_inline("a * b * c") == "a * b * c"  # lone stars are not emphasis
