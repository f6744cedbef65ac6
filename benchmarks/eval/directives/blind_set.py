"""Make a blind set of 新闻联播 stories, and see what a change of the detector does on others.

    python benchmarks/eval/directives/blind_set.py sample SEED N [--seen FILE] [--with-2023]
    python benchmarks/eval/directives/blind_set.py story FILE [INDEX]
    python benchmarks/eval/directives/blind_set.py prompt PART PREFIX GOLD FILE:INDEX ...
    python benchmarks/eval/directives/blind_set.py predict ROOT N OUT

`sample` draws N stories of 500 characters or more (not the day's summary), one a day, from days of 2024–2026
(never 2022, the hidden set's year) in no eval part and not listed in `--seen` (the days the lead has read),
and none whose body repeats an article of any part (a compiled PDF prints some twice). `--with-2023` also
draws from 2023, but never a day of xwlb-dev (its 20 transcripts are that year's, read for development): by
stop 31 every day of 2024–2026 had been drawn or read. `story` prints a day's
stories, or one. `prompt` writes the annotator's task (annotate_prompt.md) for those stories. `predict` writes
the directives the detector of the checkout at ROOT finds on N days in no eval part, one line each, for a diff
of two checkouts; its days are drawn before the eval parts are taken out, so a new part does not change them.
The transcripts are read from $PIZHU_CCTV (yuekcc/cctv_news, news/).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.eval_directives import CCTV, DEFAULT_XWLB  # noqa: E402
from gui.core.ingest.markdown import split_markdown  # noqa: E402


def _parts() -> list[dict]:
    return [json.loads(line) for f in sorted(HERE.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]


def _used_days() -> set[str]:
    return {r["file"] for r in _parts() if r.get("corpus") == "cctv-news"}


def _days() -> list[str]:
    return sorted(p.name for p in CCTV.glob("202[3456]*.md"))


def sample(seed: int, n: int, seen: set[str], with_2023: bool = False) -> list[str]:
    hashes = {r.get("body_sha256") for r in _parts()}
    if with_2023 and not DEFAULT_XWLB.is_dir():
        sys.exit(f"--with-2023 needs the xwlb-dev folder to leave its days out: {DEFAULT_XWLB} is missing")
    used = _used_days() | seen | {p.name for p in DEFAULT_XWLB.glob("*.md")}
    days = [d for d in _days() if (with_2023 or d[:4] != "2023") and d not in used]
    rng = random.Random(seed)
    rng.shuffle(days)
    picked: list[str] = []
    for day in days:
        stories = split_markdown((CCTV / day).read_text(encoding="utf-8"))
        fit = [
            i
            for i, a in enumerate(stories)
            if i > 0
            and len(a.body) >= 500
            and "摘要" not in a.title
            and hashlib.sha256(a.body.encode()).hexdigest() not in hashes
        ]
        if fit:
            picked.append(f"{day}:{rng.choice(fit)}")
        if len(picked) == n:
            break
    return picked


def story(file: str, index: int | None) -> None:
    stories = split_markdown((CCTV / file).read_text(encoding="utf-8"))
    if index is None:
        for i, a in enumerate(stories):
            print(i, len(a.body), a.title)
    else:
        print("#", stories[index].title)
        print(stories[index].body)


def prompt(part: str, prefix: str, gold: str, stories: list[str]) -> str:
    text = (HERE / "annotate_prompt.md").read_text(encoding="utf-8")
    for key, value in (("{STORIES}", " ".join(stories)), ("{PART}", part), ("{PREFIX}", prefix), ("{GOLD}", gold)):
        text = text.replace(key, value)
    return text


def predict(root: str, n: int, out: str) -> None:
    # The checkout whose detector runs: forget this checkout's gui (imported above for split_markdown).
    for name in [n for n in sys.modules if n == "gui" or n.startswith("gui.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    from gui.core.tagging import Tagger

    assert Path(sys.modules["gui"].__file__ or "").resolve().is_relative_to(Path(root).resolve()), "gui not of ROOT"

    days = _days()
    random.Random(5).shuffle(days)
    used = _used_days()
    tagger = Tagger()
    with open(out, "w", encoding="utf-8") as fh:
        for day in [d for d in days[:n] if d not in used and d[:4] != "2022"]:
            for i, a in enumerate(split_markdown((CCTV / day).read_text(encoding="utf-8"))):
                for d in tagger.tag(a.body, a.title)[1]:
                    attrs = d.attrs
                    who = f"{attrs['issuer']}|{attrs['issuer_label']}|{attrs['strength']}"
                    fh.write(f"{day}:{i}\t{d.text[:70]}\t{who}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sample")
    p.add_argument("seed", type=int)
    p.add_argument("n", type=int)
    p.add_argument("--seen", type=Path, help="a file of days the lead has read, one a line")
    p.add_argument("--with-2023", action="store_true", help="draw from 2023 too (not xwlb-dev's days)")
    p = sub.add_parser("story")
    p.add_argument("file")
    p.add_argument("index", type=int, nargs="?")
    p = sub.add_parser("prompt")
    p.add_argument("part")
    p.add_argument("prefix")
    p.add_argument("gold")
    p.add_argument("stories", nargs="+")
    p = sub.add_parser("predict")
    p.add_argument("root")
    p.add_argument("n", type=int)
    p.add_argument("out")
    args = parser.parse_args()
    if args.command == "sample":
        seen = set(args.seen.read_text(encoding="utf-8").split()) if args.seen else set()
        print(" ".join(sample(args.seed, args.n, seen, args.with_2023)))
    elif args.command == "story":
        story(args.file, args.index)
    elif args.command == "prompt":
        print(prompt(args.part, args.prefix, args.gold, args.stories))
    else:
        predict(args.root, args.n, args.out)


if __name__ == "__main__":
    main()
