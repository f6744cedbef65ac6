"""Export speed and memory on a library of 1,000,000 annotations.

    python benchmarks/bench_export.py [--annotations N] [--keep LIBRARY]

Builds a library through Store (10,000 articles of 100 entities each by default;
--keep reuses or keeps the file), then runs each export in a fresh subprocess and
prints its time and peak resident memory next to a baseline that only reads the
rows. Flat memory shows as the same peak for a tenth of the library and for all
of it; a separate run under tracemalloc gives the peak of Python's own heap.
Targets: the entities CSV of 1,000,000 annotations in 10 s or less, and memory
that does not grow with the number of rows.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui.core.export import ExportOptions, export_to_file  # noqa: E402
from gui.core.model import Annotation, Article  # noqa: E402
from gui.core.store import ArticleFilter, Store  # noqa: E402

PER_ARTICLE = 100
LABELS = ("PER", "POST", "ORG", "LOC", "TIME", "MEETING", "DOC")
STATUSES = ("suggested", "accepted", "rejected")
SENTENCE = "省委书记林武主持召开省委常委会议，研究部署保障性租赁住房、人才工作和疫情防控等事项。"
FIRST_DAY = date(2022, 1, 1)
ARTICLES_PER_DAY = 100


def build(path: Path, annotations: int) -> None:
    articles = max(1, annotations // PER_ARTICLE)
    started = time.perf_counter()
    with Store(path) as store:
        for first in range(0, articles, 1000):
            batch = []  # one bulk insert (one transaction) per thousand articles
            for n in range(first, min(first + 1000, articles)):
                body = f"第{n}号文章。" + SENTENCE * 12
                spans = []
                for k in range(PER_ARTICLE):
                    start = (k * 7) % (len(body) - 8)
                    end = start + 2 + k % 6
                    spans.append(
                        Annotation(
                            "entity",
                            LABELS[k % len(LABELS)],
                            start,
                            end,
                            body[start:end],
                            origin="manual" if k % 4 == 0 else "auto",
                            status=STATUSES[k % 3],
                        )
                    )
                day = FIRST_DAY + timedelta(days=n // ARTICLES_PER_DAY)
                batch.append((Article(title=f"标题{n}", body=body, published=day.isoformat()), spans))
            store.add_articles_bulk(batch)
        count = store.export_count_annotations(ArticleFilter())
    print(f"built {path} ({articles:,} articles, {count:,} annotations) in {time.perf_counter() - started:.1f} s")


def _peak_rss_kib() -> int:
    """This process's peak resident memory. Linux's VmHWM is the process's own; ru_maxrss
    survives exec, so a child would report its parent's peak if that was higher."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(mode: str, db: Path, out: Path, fraction: float, trace: bool) -> dict[str, object]:
    """One measurement, in its own process so that peak memory is its own."""
    if trace:
        tracemalloc.start()
    with Store(db) as store:
        articles = store.count_articles()
        last_day = FIRST_DAY + timedelta(days=max(0, int(articles * fraction) // ARTICLES_PER_DAY - 1))
        date_to = None if fraction >= 1 else last_day.isoformat()
        started = time.perf_counter()
        if mode == "baseline":
            # Read every row the entities CSV writes, and write nothing.
            options = ExportOptions(what="entities", date_to=date_to)
            rows = 0
            for ids in store.export_article_ids(options.article_filter()):
                heads = store.export_article_heads(ids)
                for a in store.export_annotations(ids, "entity"):
                    _title, _published = heads[a.article_id]
                    rows += 1
            size = 0
        else:
            what, fmt, excel = {
                "entities-csv": ("entities", "csv", False),
                "entities-csv-excel": ("entities", "csv", True),
                "entities-jsonl": ("entities", "jsonl", False),
                "articles-jsonl": ("articles", "jsonl", False),
                "entities-bio": ("entities", "bio", False),
            }[mode]
            report = export_to_file(store, ExportOptions(what=what, format=fmt, excel=excel, date_to=date_to), out)
            rows, size = report.rows, out.stat().st_size
        seconds = time.perf_counter() - started
    result: dict[str, object] = {
        "rows": rows,
        "seconds": seconds,
        "rss_mib": _peak_rss_kib() / 1024,
        "file_mib": size / 2**20,
    }
    if trace:
        result["heap_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    return result


def measure(mode: str, db: Path, out: Path, fraction: float = 1.0, trace: bool = False) -> dict[str, object]:
    args = [sys.executable, __file__, "--child", mode, "--db", str(db), "--out", str(out), "--fraction", str(fraction)]
    done = subprocess.run([*args, *(["--trace"] if trace else [])], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="library file to reuse (built if missing) and keep")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--fraction", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db, args.out, args.fraction, args.trace)))
        return 0

    with tempfile.TemporaryDirectory(prefix="pizhu-bench-") as tmp:
        db = args.keep or Path(tmp) / "bench.sqlite"
        if not db.exists():
            build(db, args.annotations)
        out = Path(tmp) / "export.out"
        runs = [
            ("baseline: read the rows only", "baseline", 1.0, False),
            ("baseline, a tenth of the library", "baseline", 0.1, False),
            ("entities CSV", "entities-csv", 1.0, False),
            ("entities CSV, a tenth", "entities-csv", 0.1, False),
            ("entities CSV --excel", "entities-csv-excel", 1.0, False),
            ("entities JSONL", "entities-jsonl", 1.0, False),
            ("articles JSONL (all annotations)", "articles-jsonl", 1.0, False),
            ("entities BIO", "entities-bio", 1.0, False),
            ("entities CSV under tracemalloc, a tenth", "entities-csv", 0.1, True),
            ("entities CSV under tracemalloc", "entities-csv", 1.0, True),
        ]
        table = io.StringIO()
        table.write(f"{'export':42} {'rows':>10} {'seconds':>8} {'peak RSS MiB':>13} {'heap MiB':>9} {'file MiB':>9}\n")
        results = {}
        for title, mode, fraction, trace in runs:
            r = measure(mode, db, out, fraction, trace)
            results[(mode, fraction, trace)] = r
            heap = f"{r['heap_mib']:.1f}" if "heap_mib" in r else "-"
            table.write(
                f"{title:42} {r['rows']:>10,} {r['seconds']:>8.2f} {r['rss_mib']:>13.1f} {heap:>9} "
                f"{r['file_mib']:>9.1f}\n"
            )
        print(table.getvalue(), end="")
        full, tenth = results[("entities-csv", 1.0, False)], results[("entities-csv", 0.1, False)]
        base = results[("baseline", 1.0, False)]
        print(
            f"\nentities CSV: {full['seconds']:.2f} s for {full['rows']:,} annotations (target <= 10 s: "
            f"{'met' if full['seconds'] <= 10 else 'MISSED'}), {full['seconds'] / base['seconds']:.1f}x the time "
            f"to read the rows; peak RSS {tenth['rss_mib']:.0f} MiB for a tenth, {full['rss_mib']:.0f} MiB for all "
            f"({'flat' if full['rss_mib'] - tenth['rss_mib'] < 20 else 'GROWS'})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
