"""Topics of directives: a user-editable list of names with keyword rules.

The list lives in a JSON file, a list of {"name": ..., "keywords": [...]}; pizhu
ships `resources/topics.json` and an editor may keep an edited copy. A text gets
the topic whose keywords cover most of it: each occurrence of a keyword scores
its length (where keywords overlap, the longest counts), so a specific term
(保障性租赁住房) outweighs a passing general one (发展). Ties go to the topic
listed first, so the order of the file is a priority.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gui.core import paths
from gui.core.errors import InputError
from gui.core.messages import msg


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]


def load_topics(path: Path) -> list[Topic]:
    """Topics from a JSON file; InputError names the file and the problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(msg("topics.unreadable", path=path, reason=exc)) from exc
    return parse_topics(raw, str(path))


def parse_topics(raw: object, where: str = "topics") -> list[Topic]:
    if not isinstance(raw, list):
        raise InputError(msg("topics.not_list", where=where))
    topics: list[Topic] = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(msg("topics.no_name", where=where, n=i))
        words = item.get("keywords", [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise InputError(msg("topics.bad_keywords", where=where, name=item["name"]))
        keywords = tuple(dict.fromkeys(w.strip() for w in words if w.strip()))
        topics.append(Topic(item["name"].strip(), keywords))
    return topics


@lru_cache(maxsize=1)
def _default_topics() -> tuple[Topic, ...]:
    return tuple(load_topics(paths.resources_dir() / "topics.json"))


def default_topics() -> list[Topic]:
    """The shipped topic list (resources/topics.json)."""
    return list(_default_topics())


class TopicIndex:
    """A topic list compiled for scoring many texts: one regex pass per text.

    Where keywords overlap, the longest at a place counts, so 保障性租赁住房
    scores once, not again as 住房.
    """

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = tuple(topics)
        self._owners: dict[str, list[int]] = {}
        for i, topic in enumerate(self.topics):
            for word in topic.keywords:
                self._owners.setdefault(word, []).append(i)
        self._pattern = re.compile(_trie_pattern(self._owners)) if self._owners else None

    def scores(self, text: str) -> list[int]:
        """Each topic's score on `text`: the summed length of its keyword occurrences."""
        scores = [0] * len(self.topics)
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                word = m.group()
                for i in self._owners[word]:
                    scores[i] += len(word)
        return scores

    def best(self, scores: Sequence[int]) -> str:
        """The name of the highest-scoring topic (the first listed on a tie), "" if none scores."""
        best_name, best_score = "", 0
        for topic, score in zip(self.topics, scores, strict=True):
            if score > best_score:
                best_name, best_score = topic.name, score
        return best_name


# A node of a trie of words: its next characters, and "" where a word ends.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex for `words` that matches the longest of them at a place, shaped as their trie:
    a flat alternation of 700 keywords is tried one by one at each place and cost a tenth of
    detection. All the words that match at one place lie on one path of the trie, and a
    continuation is tried before the end of a shorter word, so the longest wins, as before.
    The first characters go in groups of _GROUP, each behind a lookahead for its characters,
    so that a place tries a few groups rather than every first character."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if "" in node and branches:
            branches.append("")
        if len(branches) <= 1:
            return "".join(branches)
        return "(?:" + "|".join(branches) + ")"

    if len(trie) <= _GROUP:
        return pattern(trie)
    firsts = sorted(trie)
    groups = [firsts[i : i + _GROUP] for i in range(0, len(firsts), _GROUP)]
    return "|".join(f"(?=[{''.join(map(re.escape, g))}]){pattern({ch: trie[ch] for ch in g})}" for g in groups)


# First characters per group of the topic pattern: 326 of the shipped topics' keywords in 4
# groups took 0.6 of the time of one group.
_GROUP = 90


@lru_cache(maxsize=16)
def _index(topics: tuple[Topic, ...]) -> TopicIndex:
    return TopicIndex(topics)


def assign_topic(text: str, topics: Sequence[Topic]) -> str:
    """The best-matching topic's name, or "" when no keyword occurs in `text`."""
    index = _index(tuple(topics))
    return index.best(index.scores(text))
