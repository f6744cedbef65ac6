"""Summary blocks: an "article" that only lists the day's headlines.

Every 新闻联播 transcript opens with 新闻摘要 (本期节目主要内容：1.… 2.…), a paper's front
page may carry 导读 or 要目. They repeat the titles of the stories that follow, so counting
their words and directives would count the day twice. They stay in the library (and in
search), marked with the kind "summary" so the list and exports can leave them out.
"""

from __future__ import annotations

import re

from gui.core.model import Article

# Titles that name a summary block.
_SUMMARY_TITLE = re.compile(
    r"^(?:新闻摘要|内容提要|本期提要|本期导读|今日导读|要闻导读|本期要目|导读|要目|目录|今日要闻提要)$"
)
# An item of a numbered list: 1. / 1、/ （1）/ ⑴ …
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)]|[⑴-⒇①-⑳])\s*")
_PUNCTUATION = re.compile(r"[\s　，。；：、“”‘’《》【】（）()!！?？:;,.\-—·…]+")


def _key(text: str) -> str:
    return _PUNCTUATION.sub("", text)


def is_summary(article: Article, siblings: list[Article]) -> bool:
    """Whether `article` is a list of the headlines of the other articles of its file.

    By its title (新闻摘要, 导读…), or when most of its lines are numbered items and at
    least three of them are headlines of its siblings."""
    if _SUMMARY_TITLE.match(_key(article.title)):
        return True
    lines = [line for line in article.body.split("\n") if line.strip()]
    items = [_ITEM.sub("", line) for line in lines if _ITEM.match(line)]
    if len(items) < 3 or len(items) < len(lines) / 2:
        return False
    titles = {_key(a.title) for a in siblings if a is not article and len(_key(a.title)) >= 4}
    repeated = sum(1 for item in items if any(t in _key(item) for t in titles))
    return repeated >= 3


def mark_summaries(articles: list[Article]) -> None:
    """Set the kind of the summary blocks among one file's articles."""
    for article in articles:
        if is_summary(article, articles):
            article.kind = "summary"
