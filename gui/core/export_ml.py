"""Training formats for entities: character-level BIO (CoNLL style) and doccano JSONL.

BIO follows ../shared/data/pd-ner: one `CHAR TAG` a line, a blank line after each
sentence. Whitespace and control characters are left out (a space would make a
`CHAR TAG` line unreadable), so an entity that begins with a space takes its B- on
its first visible character. Overlapping entities cannot both be tagged; the
longer (outer) one wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from gui.core.model import Annotation, Article

# Sentence ends; closing quotes and brackets right after one stay with its sentence.
_ENDS = frozenset("。！？!?")
_CLOSERS = frozenset("”’」』）)》〉】〕\"'")
_BREAKS = frozenset("\n\r\u2028\u2029\x85")


def skipped(ch: str) -> bool:
    """Characters BIO leaves out: whitespace, controls and invisible format characters."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def char_tags(body: str, entities: Iterable[Annotation]) -> list[str]:
    """One BIO tag per character of `body`; on overlap the longer entity is kept."""
    tags = ["O"] * len(body)
    for entity in sorted(entities, key=lambda a: (a.start - a.end, a.start, a.label)):
        start, end = entity.start, entity.end
        if not 0 <= start < end <= len(body) or any(t != "O" for t in tags[start:end]):
            continue
        label = re.sub(r"\s+", "_", entity.label.strip()) or "ENTITY"
        first = True
        for i in range(start, end):
            if first and skipped(body[i]):
                continue  # leading whitespace stays O
            tags[i] = ("B-" if first else "I-") + label
            first = False
    return tags


def bio_sentences(body: str, entities: Iterable[Annotation]) -> Iterator[list[tuple[str, str]]]:
    """(char, tag) pairs sentence by sentence: split after 。！？ and at line breaks, never inside an entity."""
    tags = char_tags(body, entities)
    sentence: list[tuple[str, str]] = []
    pending = ""  # "end" after a sentence end, "break" after a line break
    for ch, tag in zip(body, tags, strict=True):
        if pending:
            if tag.startswith("I-"):
                pending = ""  # e.g. a 。 inside a 《…》 title: one sentence
            elif not (pending == "end" and (ch in _CLOSERS or ch in _ENDS)):
                if sentence:
                    yield sentence
                sentence = []
                pending = ""
        if ch in _ENDS:
            pending = "end"
        elif ch in _BREAKS:
            pending = "break"
        if not skipped(ch):
            sentence.append((ch, tag))
    if sentence:
        yield sentence


def bio_text(body: str, entities: Iterable[Annotation]) -> str:
    """An article as BIO lines, each sentence followed by a blank line."""
    return "".join(
        "".join(f"{ch} {tag}\n" for ch, tag in sentence) + "\n" for sentence in bio_sentences(body, entities)
    )


def doccano_record(article: Article, entities: Iterable[Annotation]) -> dict[str, Any]:
    """doccano's sequence-labelling JSONL: the body as text, [start, end, label] spans
    in code points (Python string indices, as doccano counts), the headline under meta."""
    spans = sorted({(a.start, a.end, a.label) for a in entities})
    return {
        "id": article.id,
        "text": article.body,
        "label": [list(s) for s in spans],
        "meta": {
            "article_id": article.id,
            "title": article.title,
            "pre_title": article.pre_title,
            "subtitles": article.subtitles,
            "published": article.published,
            "source": article.source,
        },
    }
