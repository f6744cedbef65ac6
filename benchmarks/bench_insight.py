"""How long the Insight view takes to compute on a big library.

    python benchmarks/bench_insight.py [--articles N] [--keep LIBRARY]

`measure(library_path, flt)` opens a library (upgrading an older one first) and
times each part of the Insight view as the window computes it
(gui/core/insight.compute_view, best of three), returning seconds per part and
`total`, the time the whole view took (two parts run on a second connection at
the same time, so the parts add up to more than the total).
Run as a script it builds a library of 100,000 articles (with
`benchmarks/biglibrary.py`'s `build_library` when that module is there, else with
`build_replicated` below), or reuses the one named by --keep, and prints the
figures for the whole library, a date range and a status. Target: the whole view
in under a second on 100,000 articles; the exit code is 1 when it is slower.

`build_replicated` imports a few hundred generated pages through
`Library.import_paths` (real splitting and tagging), then copies those articles
with their annotations until the library holds N: each copy gets its own date
(2018–2024, a few without one), its people renamed (names of the same length, so
every offset stays right), its own article and annotation statuses (a share of
suggestions accepted or rejected), and a distinct content hash.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui.core import insight  # noqa: E402
from gui.core.library import Library  # noqa: E402
from gui.core.model import Annotation, Article  # noqa: E402
from gui.core.store import ArticleFilter, Store  # noqa: E402

TARGET_SECONDS = 1.0
_NAME_CHARS = "建国志强伟明海涛永红俊杰晓东立新文华国庆玉兰淑英秀梅春燕丽娟振华宏伟德胜金凤桂芳光辉鹏飞雪松子涵思远博"


def measure(library_path: Path, flt: ArticleFilter | None = None, repeat: int = 3) -> dict[str, float]:
    """Seconds for each aggregate of the Insight view (best of `repeat`) and their `total`."""
    flt = flt or ArticleFilter()
    Store(library_path).close()  # brings an older library up to date (the Insight tables)
    with Store(library_path, read_only=True) as store:
        best: dict[str, float] = {}
        for _ in range(repeat):
            timings: dict[str, float] = {}
            insight.compute_view(store, flt, timings=timings)
            for name, seconds in timings.items():
                best[name] = min(best.get(name, seconds), seconds)
    return best


def build_replicated(path: Path, n_articles: int, seed: int = 0, pages: int = 200) -> None:
    """A library of `n_articles`: `pages` generated pages imported and tagged, then copied."""
    from corpus import write_pages

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        files = write_pages(Path(tmp) / "pages", pages, per_page=3, seed=seed)
        with Library.open(Path(tmp) / "template.sqlite") as template:
            template.import_paths(files)
            originals = []
            for article in template.store.iter_articles():
                assert article.id is not None
                originals.append((article, template.store.annotations(article.id)))
    with Store(path) as store:
        made = 0
        while made < n_articles:
            with store.transaction():
                for _ in range(min(2000, n_articles - made)):
                    article, annotations = rng.choice(originals)
                    copy, copied = _vary(article, annotations, rng, made)
                    store.add_article(copy, copied)
                    made += 1


def _vary(
    article: Article, annotations: list[Annotation], rng: random.Random, number: int
) -> tuple[Article, list[Annotation]]:
    people = sorted({a.text for a in annotations if a.kind == "entity" and a.label == "PER"}, key=len, reverse=True)
    # Half the people keep their names (so some recur across the library), the rest are renamed.
    renames = {p: p[0] + "".join(rng.choice(_NAME_CHARS) for _ in p[1:]) for p in people if rng.random() < 0.5}

    def swap(text: str) -> str:
        for old, new in renames.items():
            text = text.replace(old, new)
        return text

    day = None if rng.random() < 0.01 else f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    copy = Article(
        title=swap(article.title),
        body=swap(article.body) + f"\n（{number}）",
        pre_title=swap(article.pre_title),
        subtitles=[swap(s) for s in article.subtitles],
        published=day,
        source="bench",
        status=rng.choice(("new", "new", "in_progress", "done")),
    )
    copied = []
    for a in annotations:
        attrs = dict(a.attrs)
        if "issuer" in attrs:
            attrs["issuer"] = swap(attrs["issuer"])
        roll = rng.random()
        status = "rejected" if roll < 0.1 else "accepted" if roll < 0.3 else "suggested"
        copied.append(Annotation(a.kind, a.label, a.start, a.end, swap(a.text), attrs, a.origin, status))
    return copy, copied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse this library if it exists, else build it there and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "insight.sqlite"
        if not path.exists():
            started = time.perf_counter()
            try:
                from biglibrary import build_library  # type: ignore[import-not-found]
            except ImportError:
                build_replicated(path, args.articles)
            else:
                build_library(path, args.articles, seed=0)
            print(f"built {path} in {time.perf_counter() - started:.0f} s")
        with Store(path) as store:
            view = insight.compute_view(store, ArticleFilter())
        print(f"{view.articles:,} articles, {view.directives:,} directives (not rejected)")
        worst = 0.0
        for title, flt in (
            ("whole library", ArticleFilter()),
            ("2020–2021", ArticleFilter(date_from="2020-01-01", date_to="2021-12-31")),
            ("status done", ArticleFilter(status="done")),
        ):
            figures = measure(path, flt)
            worst = max(worst, figures["total"])
            print(f"\n{title}:")
            for name, seconds in figures.items():
                print(f"  {name:<24} {seconds * 1000:8.1f} ms")
        print("\n(entities and co-occurrence are counted on a second connection while the rest runs: total is the")
        print(" time the whole view took, not the sum of the parts)")
        verdict = "ok" if worst < TARGET_SECONDS else "TOO SLOW"
        print(f"\nslowest whole view {worst:.3f} s (target < {TARGET_SECONDS:.0f} s): {verdict}")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
