"""The window and the library on PostgreSQL beside SQLite, in the same run (issue 18).

The cached generated library of N articles (biglibrary.py) as a SQLite file, and the same library
copied by `pizhu library copy` into a throwaway cluster's database; on each: open the window (until
the first article is shown), open an article (median of 25), a 2-character search and a filter in
the window (median of 7), import + tag of 9,000 generated articles into it (as run.py's import row;
the 300 of before were too few: the tagger's start was most of their time) against bare
jieba.lcut of their bodies, then the same into a new, empty library (a team's first import),
and an edit committed with 10 coders writing at once (bench_concurrency, 10 × 50 edits).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_server.py [N] [--only import]   # N = 10000

`--only import` measures the import row alone (the library still copied to the server first).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "tests")]

import jieba  # noqa: E402
from bench_concurrency import run as concurrency  # noqa: E402
from biglibrary import build_library, info  # noqa: E402
from corpus import write_pages  # noqa: E402
from helpers.pgcluster import running_cluster  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui import cli  # noqa: E402
from gui.core.library import Library  # noqa: E402

IMPORTED_PAGES = 3000  # of 3 articles each


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _until(app: QApplication, done: Callable[[], bool]) -> None:
    while not done():
        app.processEvents()


def window_rows(app: QApplication, location: str, words: list[str]) -> dict[str, float]:
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    start = time.perf_counter()
    library = Library.open(location, verify=False)
    window = MainWindow(library, apply_cjk_font(app))
    window.show()
    _until(app, lambda: bool(window.reader.body_view.toPlainText()))
    rows = {"open window (first article shown), s": time.perf_counter() - start}
    step = iter(range(1, 10**6))

    def open_next() -> None:
        window.select_row(next(step) * 37 % window.model.rowCount())
        app.processEvents()

    rows["open an article, median ms"] = _median_ms(open_next, 25)
    bar = window.filter_bar

    def search(word: str) -> None:
        bar.search.setText(word)
        window.apply_filter()
        app.processEvents()

    cycle = iter(words * 10)
    rows["2-character search, median ms"] = _median_ms(lambda: search(next(cycle)), 7)
    search("")
    statuses = iter(["done", "in_progress", "new"] * 5)

    def filter_status() -> None:
        index = bar.status.findData(next(statuses))
        bar.status.setCurrentIndex(index)
        window.apply_filter()
        app.processEvents()

    rows["filter by status, median ms"] = _median_ms(filter_status, 7)
    window.close()
    library.close()
    return rows


def _lcut_seconds(bodies: list[str]) -> float:
    start = time.perf_counter()
    for body in bodies:
        jieba.lcut(body)
    return time.perf_counter() - start


def import_rows(location: str, pages: Path, into: str = "") -> dict[str, float]:
    """Import + tag of the generated pages into the library (as benchmarks/run.py's import row:
    9,000 articles, about 4 million characters, enough for the tagging workers' start to be a
    small part), against bare jieba.lcut of the bodies it added, in this process. The machine is
    shared: jieba.lcut runs twice and its faster time counts (which can only lower the ratio),
    so that a busy moment during jieba's run does not flatter the import."""
    with Library.open(location) as library:
        start = time.perf_counter()
        report = library.import_paths([pages])
        took = time.perf_counter() - start
        bodies = [a.body for a in library.store.iter_articles(report.added_ids)]
    assert report.added == IMPORTED_PAGES * 3, report.summary()
    lcut = min(_lcut_seconds(bodies), _lcut_seconds(bodies))
    chars = sum(map(len, bodies))
    print(
        f"import + tag{into} of {report.added:,} articles, {chars:,} characters: {took:.1f} s; jieba.lcut {lcut:.1f} s"
    )
    if into:
        return {f"import + tag{into} / jieba.lcut": lcut / took}
    return {"import + tag, chars/s": chars / took, "import + tag / jieba.lcut": lcut / took}


def main(n_articles: int, only: str | None = None) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    jieba.initialize()
    scratch = Path(tempfile.mkdtemp())
    cached = build_library(scratch / "lib.sqlite", n_articles)  # a copy of the cached library
    words = list(info(cached)["words"])[:3]
    results: dict[str, dict[str, float]] = {}
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        if cluster is None:
            sys.exit("PostgreSQL's programs are not installed")
        folder = Path(tmp)
        pages = folder / "pages"
        write_pages(pages, IMPORTED_PAGES, per_page=3, seed=11)
        url = cluster.new_database("bench")
        start = time.perf_counter()
        assert cli.main(["library", "copy", str(cached), url]) == 0
        print(f"library copy of {n_articles:,} articles to PostgreSQL: {time.perf_counter() - start:.1f} s")
        for name, location in (("SQLite", str(cached)), ("PostgreSQL", url)):
            rows = {} if only == "import" else window_rows(app, location, words)
            rows |= import_rows(location, pages)
            # A team's first import goes into an empty library (the server's plans start on empty tables).
            fresh = cluster.new_database("fresh") if name == "PostgreSQL" else str(folder / "fresh.sqlite")
            rows |= import_rows(fresh, pages, " into a new library")
            if only == "import":
                results[name] = rows
                continue
            edit = cluster.new_database("coders") if name == "PostgreSQL" else str(folder / "coders.sqlite")
            report = concurrency(edit, 10, 50)
            rows["edit committed, 10 coders, median ms"] = report["median_ms"]
            rows["edit committed, 10 coders, p95 ms"] = report["p95_ms"]
            results[name] = rows
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"\n{n_articles:,} articles; search words {', '.join(words)}")
    print(f"{'':42} {'SQLite':>10} {'PostgreSQL':>11}")
    for key in results["SQLite"]:
        print(f"{key:42} {results['SQLite'][key]:>10,.2f} {results['PostgreSQL'][key]:>11,.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=10_000)
    parser.add_argument("--only", choices=["import"], help="measure this row alone")
    args = parser.parse_args()
    main(args.articles, args.only)
