"""Entity tagging quality: precision, recall and F1 per label, exact spans.

Two data sets:
- the People's Daily NER corpus (pd-ner, BIO, PER/LOC/ORG; our other labels are ignored),
  test split by default; it is not in the repository (pass its folder, default
  ../shared/data/pd-ner beside the repository);
- pizhu's own annotated pages, benchmarks/eval/test.txt by default (held out; dev.txt is
  what the rules were tuned on).

    python benchmarks/eval_entities.py [PD_NER_DIR] [--split test|dev] [--pages test|dev]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gui.core.nlp.entities import ENTITY_LABELS, EntityTagger  # noqa: E402

PD_LABELS = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]


def read_bio(path: Path) -> Iterator[tuple[str, set[Span]]]:
    """(sentence, gold spans) from a file of `CHAR TAG` lines with blank lines between sentences."""
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars), bio_spans(tags)
                chars, tags = [], []
                continue
            char, _, tag = line.rpartition(" ")
            chars.append(char or " ")
            tags.append(tag)
    if chars:
        yield "".join(chars), bio_spans(tags)


def bio_spans(tags: list[str]) -> set[Span]:
    spans: set[Span] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and tag != f"I-{label}":
            spans.add((start, i, label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


_MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")


def read_pages(path: Path) -> Iterator[tuple[str, str, set[Span]]]:
    """(name, body, gold spans) of each `### name` article with [[text|LABEL]] marks."""
    text = path.read_text(encoding="utf-8")
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        name, _, marked = block.partition("\n")
        body_parts: list[str] = []
        spans: set[Span] = set()
        pos = last = 0
        for m in _MARK.finditer(marked):
            body_parts.append(marked[last : m.start()])
            pos += m.start() - last
            spans.add((pos, pos + len(m.group(1)), m.group(2)))
            body_parts.append(m.group(1))
            pos += len(m.group(1))
            last = m.end()
        body_parts.append(marked[last:])
        yield name.strip(), "".join(body_parts).strip("\n"), spans


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: set[Span], pred: set[Span]) -> None:
        for _, _, label in gold & pred:
            self.tp[label] += 1
        for _, _, label in pred - gold:
            self.fp[label] += 1
        for _, _, label in gold - pred:
            self.fn[label] += 1

    def table(self, labels: Iterable[str]) -> str:
        rows = [f"{'label':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}"]
        labels = list(labels)
        for label in [*labels, "all"]:
            if label == "all":
                tp, fp, fn = (sum(c[lab] for lab in labels) for c in (self.tp, self.fp, self.fn))
            else:
                tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            rows.append(f"{label:8} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn:6d} {tp + fp:6d}")
        return "\n".join(rows)


def eval_pd_ner(tagger: EntityTagger, path: Path) -> tuple[Score, int, float]:
    score = Score()
    chars = 0
    started = time.perf_counter()
    for sentence, gold in read_bio(path):
        chars += len(sentence)
        pred = {(a.start, a.end, a.label) for a in tagger.tag(sentence) if a.label in PD_LABELS}
        score.add(gold, pred)
    return score, chars, time.perf_counter() - started


def eval_pages(tagger: EntityTagger, path: Path, verbose: bool) -> Score:
    score = Score()
    for name, body, gold in read_pages(path):
        pred = {(a.start, a.end, a.label) for a in tagger.tag(body) if a.label in ENTITY_LABELS}
        score.add(gold, pred)
        if verbose:
            for s, e, label in sorted(gold - pred):
                print(f"  {name}: missed {label} {body[s:e]}")
            for s, e, label in sorted(pred - gold):
                print(f"  {name}: wrong  {label} {body[s:e]}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pd_ner", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "pd-ner")
    parser.add_argument("--split", choices=("test", "dev"), default="test", help="pd-ner split (default test)")
    parser.add_argument("--pages", choices=("test", "dev"), default="test", help="own pages (default test)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses and errors on the pages")
    args = parser.parse_args(argv)

    bio = args.pd_ner / f"example.{args.split}"
    if not bio.is_file():
        print(f"eval_entities: no pd-ner data at {bio} (pass the pd-ner folder as the first argument)", file=sys.stderr)
        return 2

    tagger = EntityTagger()
    score, chars, seconds = eval_pd_ner(tagger, bio)
    print(f"pd-ner {args.split} ({chars:,} characters, {seconds:.1f} s): exact spans, PER/LOC/ORG")
    print(score.table(PD_LABELS))
    print()
    pages = REPO / "benchmarks" / "eval" / f"{args.pages}.txt"
    print(f"own pages {pages.relative_to(REPO)}: exact spans, all labels")
    print(eval_pages(tagger, pages, args.verbose).table(ENTITY_LABELS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
