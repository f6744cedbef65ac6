"""Big, realistic libraries for benchmarks, written fast.

    from biglibrary import build_library, info
    build_library(path, 100_000)          # about 150 million characters, 8 million annotations
    info(path)["words"]                    # 2-character words by the share of articles they are in

A pool of a few hundred articles is generated from real text (corpus.make_articles:
the seed page and the evaluation pages with other names, places, dates and paragraph
orders), joined into articles of news length (a few hundred to several thousand
characters, 1,500 on average) and tagged once by pizhu's real tagger. Each library
article is a pool article changed in ways that keep every annotation offset valid:
the people tagged PER get other names of the same length from a cast of a few
thousand (some named far more often than others, as officials are), with annotation
texts and directive issuers following; the dates tagged TIME get other dates of the
same length; the paragraphs after the first another order (annotations move with
them); the publication date falls anywhere in ten years. A share of the articles is
done or in progress, with accepted and rejected annotations, as in a library someone
works in. Two articles of exactly 10,000 characters with exactly 500 annotations are
there too, for the reader benchmark.

Everything is written through gui.core.store.Store (`add_articles_bulk`, a
transaction per 2,000 articles). Libraries of `CACHE_MIN_ARTICLES` or more are cached
under benchmarks/data/ (git-ignored), keyed by size, seed and generator version, so a
rerun copies the file (or uses it in place) instead of building it; a cached library
made by an older pizhu is upgraded in place, and processes that want the same library
at once wait for the one that builds it. Beside each library, a JSON file (`info`)
names the long articles and 2-character words of known frequency.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import re
import shutil
import sys
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import accumulate
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import GIVEN, SURNAMES, make_articles  # noqa: E402

from gui.core.errors import LibraryError  # noqa: E402
from gui.core.model import Annotation, Article  # noqa: E402
from gui.core.searchtext import index_text  # noqa: E402
from gui.core.store import ArticleFilter, Store  # noqa: E402
from gui.core.tagging import TaggerConfig, TaggingSession  # noqa: E402

DATA_DIR = HERE / "data"
GENERATOR_VERSION = 1
CACHE_MIN_ARTICLES = 2_000
POOL_SIZE = 400
LONG_CHARS = 10_000
LONG_ANNOTATIONS = 500
LONG_ARTICLES = 2
BATCH = 2_000  # articles per transaction
CAST_SIZE = 3_000  # names of each length
# How many base articles a pool article joins: 1,500 characters on average.
_PARTS = (1, 2, 3, 3, 4, 4, 5, 6)
_DATE = re.compile(r"^(\d{1,2})月(\d{1,2})日$")
_YEAR = re.compile(r"^(\d{4})年$")


def cache_path(n_articles: int, seed: int = 0) -> Path:
    return DATA_DIR / f"library-g{GENERATOR_VERSION}-{n_articles}-seed{seed}.sqlite"


def info_path(library: Path) -> Path:
    return library.with_name(library.name + ".json")


def info(library: str | Path) -> dict:
    """What build_library recorded about a library: long article ids, words and their frequency, sizes."""
    return json.loads(info_path(Path(library)).read_text(encoding="utf-8"))


def build_library(path: str | Path, n_articles: int, seed: int = 0) -> Path:
    """Make a library of `n_articles` tagged articles at `path` (replacing what is there); return the path.

    The same size and seed give the same library. Big ones come from the cache when
    it has them (a copy of the file), else are built there first.
    """
    path = Path(path)
    if n_articles < CACHE_MIN_ARTICLES:
        _build(path, n_articles, seed)
        return path
    cached = cache_path(n_articles, seed)
    cached.parent.mkdir(parents=True, exist_ok=True)
    # Several processes may want the same library at once: one builds it, the others wait for it.
    with open(cached.with_name(cached.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if cached.exists() and info_path(cached).exists():
            try:
                # A library cached by an older pizhu is upgraded in place (no backup: it is ours).
                Store(cached, backup_before_migrate=False).close()
            except LibraryError:  # made by a newer pizhu (another checkout): build it again
                _remove(cached)
        if not cached.exists() or not info_path(cached).exists():
            _build(cached, n_articles, seed)
    if path.resolve() != cached.resolve():
        _remove(path)
        shutil.copyfile(cached, path)
        shutil.copyfile(info_path(cached), info_path(path))
    return path


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".json"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _build(path: Path, n_articles: int, seed: int) -> None:
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    _remove(partial)
    _remove(path)
    global _cast
    rng = random.Random(seed)
    _cast = _Cast(seed)
    pool = _tagged_pool(seed)
    long_pool = _long_articles(seed)
    chars = 0
    written = 0
    long_ids: list[int] = []
    seen: set[str] = set()
    df: Counter[str] = Counter()
    sample_every = max(1, n_articles // 1000)
    with Store(partial) as store:
        # Spread the long articles through the library rather than at one end.
        long_at = {int(n_articles * (k + 1) / (LONG_ARTICLES + 1)): k for k in range(min(LONG_ARTICLES, n_articles))}
        batch: list[tuple[Article, list[Annotation]]] = []
        for n in range(n_articles):
            source = long_pool[long_at[n]] if n in long_at else rng.choice(pool)
            while True:
                article, annotations = _derive(source, rng, shuffle=n not in long_at)
                digest = article.compute_hash()
                if digest not in seen:
                    break
                if n not in long_at:  # a pool article with few ways to vary: take another
                    source = rng.choice(pool)
            seen.add(digest)
            article.content_hash = digest
            article.source = f"generated/{article.published}/{n:06d}.txt"
            chars += len(article.body)
            if n % sample_every == 0:  # a sample for word frequencies
                df.update(set(index_text(article.body).split()))
            batch.append((article, annotations))
            if len(batch) >= BATCH or n == n_articles - 1:
                ids = store.add_articles_bulk(batch)
                long_ids.extend(i for (a, _), i in zip(batch, ids, strict=True) if len(a.body) == LONG_CHARS and i)
                written += len(batch)
                batch = []
        annotations_count = store.export_count_annotations(ArticleFilter())
    sampled = (n_articles + sample_every - 1) // sample_every
    words = _pick_words(df, sampled)
    meta = {
        "generator_version": GENERATOR_VERSION,
        "articles": written,
        "seed": seed,
        "characters": chars,
        "annotations": annotations_count,
        "long_article_ids": long_ids,
        "words": words,
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    info_path(partial).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(info_path(partial), info_path(path))
    os.replace(partial, path)


def _pick_words(df: Counter[str], sampled: int) -> dict[str, float]:
    """2-character words (in jieba's dictionary) by the share of articles that have them: from 90% to 1%."""
    import jieba

    with jieba.get_dict_file() as f:
        rows = (raw.decode("utf-8").split() for raw in f)
        known = {r[0] for r in rows if len(r[0]) == 2 and int(r[1]) >= 3000}
    shares = {w: c / sampled for w, c in df.items() if w in known}
    picked: dict[str, float] = {}
    for target in (0.9, 0.5, 0.1, 0.01):
        word = min(shares, key=lambda w: (abs(shares[w] - target), w))
        picked[word] = round(shares[word], 3)
    return picked


# -- the pool ----------------------------------------------------------------


def _joined(articles: Iterator[Article], parts: int) -> Article:
    """One article from the first of `parts` generated articles and the bodies of the others."""
    first = next(articles)
    bodies = [first.body] + [next(articles).body for _ in range(parts - 1)]
    return replace(first, body="\n".join(bodies), annotations=[])


def _tag(articles: list[Article]) -> list[tuple[Article, list[Annotation]]]:
    chars = sum(len(a.body) for a in articles)
    with TaggingSession(TaggerConfig(), chars) as session:
        return [
            (article, entities + directives)
            for article, (entities, directives) in zip(
                articles, session.tag_many(a.body for a in articles), strict=True
            )
        ]


def _tagged_pool(seed: int) -> list[tuple[Article, list[Annotation]]]:
    rng = random.Random(seed + 1)
    generated = make_articles(POOL_SIZE * 6, seed)
    return _tag([_joined(generated, rng.choice(_PARTS)) for _ in range(POOL_SIZE)])


def _long_articles(seed: int) -> list[tuple[Article, list[Annotation]]]:
    """Articles of exactly LONG_CHARS characters and LONG_ANNOTATIONS annotations."""
    generated = make_articles(100_000, seed + 7)
    made = []
    with TaggingSession(TaggerConfig()) as session:
        while len(made) < LONG_ARTICLES:
            base = next(generated)
            paragraphs = [base.body]
            while sum(map(len, paragraphs)) < LONG_CHARS * 1.2:
                paragraphs.append(next(generated).body)
            article = replace(base, body="\n".join(paragraphs)[:LONG_CHARS], annotations=[])
            entities, directives = session.tag(article.body)
            annotations = sorted(
                (a for a in entities + directives if a.end <= LONG_CHARS), key=lambda a: (a.start, a.end)
            )
            if len(annotations) >= LONG_ANNOTATIONS:  # else too sparse: try other text
                made.append((article, annotations[:LONG_ANNOTATIONS]))
    return made


# -- variations that keep offsets valid -----------------------------------------


class _Cast:
    """The people of the library: a few thousand names of each length, some named far more often than
    others (officials recur in the news), as a Zipf law over a seeded list."""

    def __init__(self, seed: int, size: int = CAST_SIZE) -> None:
        rng = random.Random(seed + 3)
        self.names: dict[int, list[str]] = {}
        for length in (2, 3, 4):
            names = {rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(length - 1)) for _ in range(size)}
            self.names[length] = sorted(names)
            rng.shuffle(self.names[length])
        self.weights = list(accumulate(1 / rank for rank in range(1, size + 1)))

    def pick(self, rng: random.Random, length: int) -> str:
        names = self.names.get(length)
        if not names:
            return ""
        return rng.choices(names, cum_weights=self.weights[: len(names)])[0]


_cast: _Cast | None = None


def _name(rng: random.Random, length: int) -> str:
    assert _cast is not None
    return _cast.pick(rng, length)


def _new_time(text: str, rng: random.Random) -> str:
    m = _DATE.match(text)
    if m:
        month = rng.randint(1, 9) if len(m[1]) == 1 else rng.randint(10, 12)
        day = rng.randint(1, 9) if len(m[2]) == 1 else rng.randint(10, 28)
        return f"{month}月{day}日"
    if _YEAR.match(text):
        return f"{rng.randint(2012, 2024)}年"
    return text


def _derive(
    source: tuple[Article, list[Annotation]], rng: random.Random, shuffle: bool = True
) -> tuple[Article, list[Annotation]]:
    article, annotations = source
    body = list(article.body)
    # Other people (same length, so every offset stays) and other dates.
    names: dict[str, str] = {}
    for a in annotations:
        if a.kind != "entity" or a.label not in ("PER", "TIME"):
            continue
        new = names.get(a.text)
        if new is None:
            new = names[a.text] = (_name(rng, len(a.text)) if a.label == "PER" else _new_time(a.text, rng)) or a.text
        if len(new) == a.end - a.start:
            body[a.start : a.end] = new
    text = "".join(body)
    changed = {old: new for old, new in names.items() if old != new and len(old) == len(new)}
    move = _paragraph_order(text, rng) if shuffle else None
    status = rng.choices(("new", "in_progress", "done"), (80, 5, 15))[0]
    out: list[Annotation] = []
    for a in annotations:
        start, end = a.start, a.end
        attrs = a.attrs
        if attrs:
            attrs = dict(attrs)
            for key in ("issuer", "addressee"):
                value = attrs.get(key)
                if value and isinstance(value, str):
                    attrs[key] = _swap(value, changed)
        if move is not None:
            span = move(start, end)
            if span is None:
                continue  # crosses a paragraph break: nowhere to go
            if attrs.get("issuer_span"):
                issuer = move(*attrs["issuer_span"])
                attrs["issuer_span"] = list(issuer) if issuer else None
        else:
            span = (start, end)
        state = a.status
        if status != "new":
            roll = rng.random()
            state = "accepted" if roll < 0.7 else "rejected" if roll < 0.8 else state
        out.append(Annotation(a.kind, a.label, span[0], span[1], text[start:end], attrs, a.origin, state))
    if move is not None:
        text = move.text  # type: ignore[attr-defined]
    year = rng.randint(2015, 2024)
    derived = replace(
        article,
        body=text,
        title=_swap(article.title, changed),
        pre_title=_swap(article.pre_title, changed),
        subtitles=[_swap(s, changed) for s in article.subtitles],
        published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        status=status,
        annotations=[],
        content_hash="",
        id=None,
    )
    return derived, out


def _swap(text: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        if old in text:
            text = text.replace(old, new)
    return text


class _Move:
    """Paragraphs after the first in another order: `text`, and where a span goes (None if it crosses a break)."""

    def __init__(self, paragraphs: list[str], order: list[int]) -> None:
        self.starts = list(accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
        self.ends = [s + len(p) for s, p in zip(self.starts, paragraphs, strict=True)]
        self.shift = [0] * len(paragraphs)
        position = 0
        for k in order:
            self.shift[k] = position - self.starts[k]
            position += len(paragraphs[k]) + 1
        self.text = "\n".join(paragraphs[k] for k in order)

    def __call__(self, start: int, end: int) -> tuple[int, int] | None:
        k = bisect_right(self.starts, start) - 1
        if end > self.ends[k]:
            return None
        return start + self.shift[k], end + self.shift[k]


def _paragraph_order(text: str, rng: random.Random) -> _Move | None:
    paragraphs = text.split("\n")
    if len(paragraphs) < 3:
        return None
    return _Move(paragraphs, [0, *rng.sample(range(1, len(paragraphs)), len(paragraphs) - 1)])


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Build (or reuse) a benchmark library.")
    parser.add_argument("articles", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    path = build_library(args.output or cache_path(args.articles, args.seed), args.articles, args.seed)
    print(f"{path}: {json.dumps(info(path), ensure_ascii=False)} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
