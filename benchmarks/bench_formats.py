"""Import speed of web pages, PDF and Word files next to the same text as a .txt file.

    python benchmarks/bench_formats.py [--repeat N] [--data FOLDER]

For each sample in ../shared/data/formats (or --data), the file is imported as `pizhu import` does
it (read, split, tagged, stored in a fresh library), then the articles' text is written to a .txt
file (headline, blank line, body, per article) and that is imported the same way. Printed: pages
per second (a PDF's pages; a web page or Word file is one page), characters of article text per
second, and how many times slower than its own text each format is (the issue's bound: 5×); and,
apart, the reading and splitting alone (parse_file), where a .txt file is trivially fast. Each
figure is the best of --repeat rounds, so a busy machine skews little. Figures, not a test.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from gui.core.ingest import parse_file
from gui.core.library import Library

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "formats"


def _best(path: Path, repeat: int) -> tuple[float, list]:
    """Seconds to read and split the file (the best round), and its articles."""
    best = float("inf")
    articles: list = []
    for _ in range(repeat):
        started = time.perf_counter()
        articles = parse_file(path).articles
        best = min(best, time.perf_counter() - started)
    return best, articles


def _import(path: Path, repeat: int, folder: Path) -> float:
    """Seconds of `pizhu import` of the file into a fresh library (the best round)."""
    best = float("inf")
    for n in range(repeat):
        with Library.open(folder / f"{path.name}.{n}.sqlite") as library:
            started = time.perf_counter()
            library.import_paths([path])
            best = min(best, time.perf_counter() - started)
    return best


def _pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        return 1
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    # import seconds, of its text, pages, chars, parse seconds, of its text
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * 6)
    print("pizhu import (read, split, tag, store):")
    print(f"{'file':44} {'pages':>5} {'chars':>8} {'pages/s':>9} {'chars/s':>11} {'txt chars/s':>12} {'× txt':>6}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for path in sorted(p for p in args.data.rglob("*") if p.suffix.lower() in {".html", ".pdf", ".docx", ".doc"}):
            parse_seconds, articles = _best(path, args.repeat)
            text = "\n\n\n".join(f"{a.title}\n\n{a.body}" for a in articles)
            plain = folder / (path.stem + ".txt")
            plain.write_text(text, encoding="utf-8")
            parse_txt, _ = _best(plain, args.repeat)
            seconds, txt_seconds = _import(path, args.repeat, folder), _import(plain, args.repeat, folder)
            pages, chars = _pages(path), sum(len(a.body) for a in articles)
            kind = path.suffix.lower().lstrip(".")
            for i, value in enumerate((seconds, txt_seconds, pages, chars, parse_seconds, parse_txt)):
                totals[kind][i] += value
            print(
                f"{path.name[:44]:44} {pages:>5} {chars:>8} {pages / seconds:>9.1f} {chars / seconds:>11,.0f} "
                f"{chars / txt_seconds:>12,.0f} {seconds / txt_seconds:>6.1f}"
            )
    print()
    print(
        f"{'format':8} {'pages/s':>9} {'chars/s':>11} {'txt chars/s':>12} {'× txt':>6}   reading and splitting alone:"
    )
    for kind, (seconds, txt_seconds, pages, chars, parse, parse_txt) in sorted(totals.items()):
        print(
            f"{kind:8} {pages / seconds:>9.1f} {chars / seconds:>11,.0f} {chars / txt_seconds:>12,.0f} "
            f"{seconds / txt_seconds:>6.1f}   {chars / parse:>11,.0f} chars/s, txt {chars / parse_txt:>11,.0f}"
        )


if __name__ == "__main__":
    main()
