"""Text for the full-text index: Chinese as overlapping character pairs.

SQLite's tokenizers see a run of Chinese characters as one token, so a search
for 住房 would not find 住房困难. Indexing every pair of adjacent characters
(the classic CJK bigram index) makes any 2-character word a single token and a
longer word a phrase of consecutive pairs, with no dependence on segmentation.
"""

from __future__ import annotations

import re

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_WORD = re.compile(r"\w+")


def _cjk_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text: str) -> str:
    """Space-separated tokens for the index: bigrams for Chinese runs, words otherwise."""
    out: list[str] = []
    pos = 0
    for match in _CJK_RUN.finditer(text):
        out.extend(_WORD.findall(text[pos : match.start()]))
        out.extend(_cjk_tokens(match.group()))
        pos = match.end()
    out.extend(_WORD.findall(text[pos:]))
    return " ".join(out)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for a user's query, or None if it has nothing indexable.

    Each whitespace-separated part must occur (AND); a Chinese part becomes a phrase
    of its bigrams, so 保障性 matches only the three characters in that order.
    A single Chinese character has no bigram of its own: None, and the caller scans.
    """
    phrases: list[str] = []
    for part in query.split():
        tokens = index_text(part).split()
        if not tokens:
            continue
        if any(len(t) == 1 and _CJK_RUN.fullmatch(t) for t in tokens):
            return None
        phrases.append('"' + " ".join(t.replace('"', '""') for t in tokens) + '"')
    return " AND ".join(phrases) if phrases else None
