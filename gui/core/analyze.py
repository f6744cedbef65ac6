"""`pizhu analyze`: split one file into articles and describe them, with no library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui.core.ingest import parse_file
from gui.core.model import Article


def article_json(article: Article) -> dict[str, Any]:
    return {
        "pre_title": article.pre_title,
        "title": article.title,
        "subtitles": article.subtitles,
        "byline": article.byline,
        "dateline": article.dateline,
        "published": article.published,
        "body": article.body,
        "entities": [],
        "directives": [],
    }


def analyze_file(path: Path, published: str | None = None) -> dict[str, Any]:
    """DESIGN.md's analyze JSON, plus the file's warnings under "warnings"."""
    parsed = parse_file(path, published)
    return {"articles": [article_json(a) for a in parsed.articles], "warnings": parsed.warnings}
