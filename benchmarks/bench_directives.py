"""Speed of the directive detector next to jieba on the same text, in one run.

    python benchmarks/bench_directives.py [--repeat N]

The text is the seed page's articles and the written articles of the evaluation
set (benchmarks/eval/directives), repeated. Both figures are characters per
second of article body; jieba is timed after its dictionary has loaded. The
two are timed in alternation, several rounds, and each keeps its best round, so
a busy machine skews both alike.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from gui.core import paths
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


def rate(fn, texts: list[str], repeat: int) -> float:
    chars = sum(map(len, texts)) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return chars / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the text per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = bodies()
    detector = DirectiveDetector()
    tokenizer = segment.tokenizer()  # loads the dictionary outside the timing
    detector.detect(texts[0])
    total = sum(map(len, texts))
    print(f"{len(texts)} articles, {total} characters, {args.repeat} passes a round, best of {args.rounds} rounds")
    jieba_rate = detector_rate = 0.0
    for _ in range(args.rounds):
        jieba_rate = max(jieba_rate, rate(tokenizer.lcut, texts, args.repeat))
        detector_rate = max(detector_rate, rate(detector.detect, texts, args.repeat))
    print(f"jieba.lcut          {jieba_rate:12,.0f} chars/s")
    print(f"DirectiveDetector   {detector_rate:12,.0f} chars/s  ({detector_rate / jieba_rate:.2f}× jieba)")


if __name__ == "__main__":
    main()
