"""`pizhu analyze`: split one file into articles and tag them, with no library.

With no library there is no user lexicon: the shipped lexicons and topics apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui.core.ingest import parse_file
from gui.core.model import Annotation, Article
from gui.core.tagging import Tagger


def article_json(article: Article, entities: list[Annotation], directives: list[Annotation]) -> dict[str, Any]:
    return {
        "pre_title": article.pre_title,
        "title": article.title,
        "subtitles": article.subtitles,
        "byline": article.byline,
        "dateline": article.dateline,
        "published": article.published,
        "body": article.body,
        "entities": [{"start": a.start, "end": a.end, "text": a.text, "label": a.label} for a in entities],
        "directives": [
            {
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "issuer": a.attrs.get("issuer", ""),
                "addressee": a.attrs.get("addressee", ""),
                "strength": a.attrs.get("strength", ""),
                "topic": a.attrs.get("topic", ""),
            }
            for a in directives
        ],
    }


def analyze_file(path: Path, published: str | None = None) -> dict[str, Any]:
    """DESIGN.md's analyze JSON, plus the file's warnings under "warnings"."""
    parsed = parse_file(path, published)
    tagger = Tagger()
    articles = [article_json(a, *tagger.tag(a.body, a.title)) for a in parsed.articles]
    return {"articles": articles, "warnings": parsed.warnings}
