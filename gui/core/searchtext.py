"""Text for the full-text index: Chinese as overlapping character pairs.

SQLite's tokenizers see a run of Chinese characters as one token, so a search
for 住房 would not find 住房困难. Indexing every pair of adjacent characters
(the classic CJK bigram index) makes any 2-character word a single token and a
longer word a phrase of consecutive pairs, with no dependence on segmentation.
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{_CJK}]+")
# The index's tokens in one pass of the regex engine (tagging workers write the search text of every
# article imported): a zero-width match at each place where a token starts, capturing it: a pair of
# Chinese characters, a Chinese character alone between others, or a whole word of other characters.
_C, _W = f"[{_CJK}]", f"[^\\W{_CJK}]"
_TOKENS = re.compile(f"(?=({_C}{_C}|(?<!{_C}){_C}(?!{_C})|(?<!{_W}){_W}+))")


def index_tokens(text: str) -> list[str]:
    """The index's tokens: bigrams for Chinese runs (a lone character as itself), words otherwise."""
    return _TOKENS.findall(text)


def index_text(text: str) -> str:
    """Space-separated tokens for the index: bigrams for Chinese runs, words otherwise."""
    return " ".join(_TOKENS.findall(text))


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
