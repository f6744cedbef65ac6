"""Topics of directives: a user-editable list of names with keyword rules.

The list lives in a JSON file, a list of {"name": ..., "keywords": [...], "weak_keywords": [...]}
(weak keywords optional: they count only where no keyword of any topic occurs); pizhu
ships `resources/topics.json` and an editor may keep an edited copy. A text gets
the topic whose keywords cover most of it: each occurrence of a keyword scores
its length (where keywords overlap, the longest counts), so a specific term
(保障性租赁住房) outweighs a passing general one (发展). Ties go to the topic
listed first, so the order of the file is a priority.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gui.core import paths
from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.nlp.literals import literal_pattern


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    # Words that name the area only where no topic's keyword occurs: 学习贯彻…精神 is the party's own work
    # alone, the means to another work's end when that work is named (…，推动人大工作高质量发展).
    weak_keywords: tuple[str, ...] = ()


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
        words, weak = (item.get(key, []) for key in ("keywords", "weak_keywords"))
        if any(not isinstance(ws, list) or not all(isinstance(w, str) for w in ws) for ws in (words, weak)):
            raise InputError(msg("topics.bad_keywords", where=where, name=item["name"]))
        keywords = tuple(dict.fromkeys(w.strip() for w in words if w.strip()))
        weak_keywords = tuple(w for w in dict.fromkeys(w.strip() for w in weak if w.strip()) if w not in keywords)
        topics.append(Topic(item["name"].strip(), keywords, weak_keywords))
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
        self._weak: dict[str, list[int]] = {}
        for i, topic in enumerate(self.topics):
            for word in topic.keywords:
                self._owners.setdefault(word, []).append(i)
            for word in topic.weak_keywords:
                self._weak.setdefault(word, []).append(i)
        # One pass per text, the longest keyword at a place (shaped as a trie: see literals).
        self._pattern = literal_pattern({**self._weak, **self._owners})

    def scores(self, text: str, weak_too: bool = False) -> list[int]:
        """Each topic's score on `text`: the summed length of its keyword occurrences; the weak
        keywords' only where no (strong) keyword of any topic occurs, or added always with `weak_too`
        (what a whole article is about: a speech on theory study is the party's even where it names areas)."""
        scores, totals = self.scores_and_totals(text)
        return totals if weak_too else scores

    def scores_and_totals(self, text: str) -> tuple[list[int], list[int]]:
        """`scores(text)` and `scores(text, weak_too=True)` from one pass over the text."""
        strong, weak = self.strong_and_weak(text)
        return (strong if any(strong) else weak), [a + b for a, b in zip(strong, weak, strict=True)]

    def strong_and_weak(self, text: str) -> tuple[list[int], list[int]]:
        """Each topic's keyword and weak-keyword scores on `text`, apart."""
        strong = [0] * len(self.topics)
        weak = [0] * len(self.topics)
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                word = m.group()
                for i in self._owners.get(word, ()):
                    strong[i] += len(word)
                for i in self._weak.get(word, ()):
                    weak[i] += len(word)
        return strong, weak

    def best(self, scores: Sequence[int]) -> str:
        """The name of the highest-scoring topic (the first listed on a tie), "" if none scores."""
        best_name, best_score = "", 0
        for topic, score in zip(self.topics, scores, strict=True):
            if score > best_score:
                best_name, best_score = topic.name, score
        return best_name


@lru_cache(maxsize=16)
def _index(topics: tuple[Topic, ...]) -> TopicIndex:
    return TopicIndex(topics)


def assign_topic(text: str, topics: Sequence[Topic]) -> str:
    """The best-matching topic's name, or "" when no keyword occurs in `text`."""
    index = _index(tuple(topics))
    return index.best(index.scores(text))
