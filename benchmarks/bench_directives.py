"""Speed of the directive detector next to jieba on the same text, in one run.

    python benchmarks/bench_directives.py [--repeat N] [--xwlb DIR]

Two texts, each timed on its own: the seed page's articles with the written articles of
the evaluation set (benchmarks/eval/directives) — dense with directives, written to test
them, the detector's worst case — and real news, the 新闻联播 transcripts of xwlb-dev
(when the folder is there), where most sentences instruct nobody. The baseline is a
bare `jieba.lcut` (jieba's own dictionary, as the issue measures) and pizhu's tokenizer
with its lexicons beside it. All figures are characters per second of article body,
timed after the dictionaries have loaded, in alternation over several rounds, each
keeping its best round, so a busy machine skews them alike.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import jieba
from eval_directives import DEFAULT_XWLB as XWLB  # the same transcripts the evaluation reads

from gui.core import paths
from gui.core.ingest.markdown import split_markdown
from gui.core.ingest.page import split_page
from gui.core.nlp import segment
from gui.core.nlp.directives import DirectiveDetector

HERE = Path(__file__).resolve().parent


def bodies() -> list[str]:
    out = [a.body for p in sorted(paths.seeds_dir().glob("*.txt")) for a in split_page(p.read_text(encoding="utf-8"))]
    for part in ("dev", "test"):
        with (HERE / "eval" / "directives" / f"{part}.jsonl").open(encoding="utf-8") as f:
            out += [r["body"] for r in map(json.loads, f) if "body" in r]
    return out


def transcripts(folder: Path) -> list[str]:
    return [a.body for p in sorted(folder.glob("*.md")) for a in split_markdown(p.read_text(encoding="utf-8"))]


def rate(fn, texts: list[str], repeat: int) -> float:
    chars = sum(map(len, texts)) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return chars / (time.perf_counter() - start)


def compare(name: str, texts: list[str], detector: DirectiveDetector, repeat: int, rounds: int) -> None:
    tokenizer = segment.tokenizer()
    total = sum(map(len, texts))
    print(f"{name}: {len(texts)} articles, {total:,} characters, {repeat} passes a round, best of {rounds} rounds")
    bare = pizhu = found = 0.0
    for _ in range(rounds):
        bare = max(bare, rate(jieba.lcut, texts, repeat))
        pizhu = max(pizhu, rate(tokenizer.lcut, texts, repeat))
        found = max(found, rate(detector.detect, texts, repeat))
    print(f"  jieba.lcut (bare)      {bare:12,.0f} chars/s")
    print(f"  pizhu tokenizer        {pizhu:12,.0f} chars/s")
    print(f"  DirectiveDetector      {found:12,.0f} chars/s  ({found / bare:.2f}× bare jieba)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the written text per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--xwlb", type=Path, default=XWLB, help="folder of the xwlb-dev transcripts")
    args = parser.parse_args()
    written = bodies()
    detector = DirectiveDetector()
    jieba.lcut("预热")  # both dictionaries load outside the timing
    segment.tokenizer().lcut("预热")
    detector.detect(written[0])
    compare("written (dense with directives)", written, detector, args.repeat, args.rounds)
    if real := transcripts(args.xwlb):
        compare("real news (xwlb-dev transcripts)", real, detector, 1, args.rounds)
    else:
        print(f"real news: no transcripts in {args.xwlb} (--xwlb)")


if __name__ == "__main__":
    main()
