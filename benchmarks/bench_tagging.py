"""Entity tagging speed against bare jieba.lcut on the same text, in the same run.

Prints characters per second of `jieba.lcut` (jieba's default tokenizer, as shipped),
of pizhu's `segment.cut` (jieba's words with the lexicon words added, computed faster), and of
`EntityTagger.tag`, and the ratio tag time / jieba.lcut time (the budget is about 2).

    python benchmarks/bench_tagging.py [FILE_OR_FOLDER ...] [--repeat N]

Without arguments it uses the seed page and, when present, the CCTV transcripts in
../shared/data/xwlb-dev beside the repository.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import jieba  # noqa: E402

from gui.core.nlp.entities import EntityTagger  # noqa: E402
from gui.core.nlp.segment import cut as pizhu_cut  # noqa: E402


def read_corpus(paths: list[Path]) -> str:
    parts: list[str] = []
    for path in paths:
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        parts.extend(f.read_text(encoding="utf-8", errors="replace") for f in files if f.suffix in (".txt", ".md"))
    return "\n".join(parts)


def best_seconds(fns: list[Callable[[str], object]], text: str, repeat: int) -> list[float]:
    """Best time of each function on `text`; the functions take turns, so that a busy machine
    slows them alike and the ratios hold."""
    for fn in fns:
        fn(text)  # warm up: caches, dictionaries
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            started = time.perf_counter()
            fn(text)
            best[k] = min(best[k], time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    paths = args.paths or [REPO / "seeds"]
    xwlb = REPO.parent / "shared" / "data" / "xwlb-dev"
    if not args.paths and xwlb.is_dir():
        paths.append(xwlb)
    text = read_corpus(paths)
    if not text:
        print("bench_tagging: no text to measure", file=sys.stderr)
        return 2

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tagger = EntityTagger()
    # A long run of text with no punctuation, as a bad page can hold.
    flat = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")

    print(f"{'text':28} {'chars':>9} {'jieba.lcut':>12} {'pizhu cut':>12} {'tag':>12} {'tag/lcut':>9}")
    for name, sample in (("news (seed + transcripts)", text), ("no punctuation", flat)):
        lcut, cut, tag = best_seconds([jieba.lcut, pizhu_cut, tagger.tag], sample, args.repeat)
        n = len(sample)
        print(f"{name:28} {n:9,d} {n / lcut:10,.0f}/s {n / cut:10,.0f}/s {n / tag:10,.0f}/s {tag / lcut:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
