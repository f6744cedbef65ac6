"""Re-code the topics of a gold part under the codebook, by coders who see neither the detector nor the old topics.

    python benchmarks/eval/directives/topic_codes.py task PART [PART...]      # the stories, directives numbered
    python benchmarks/eval/directives/topic_codes.py agree CODES_A CODES_B    # two coders' agreement
    python benchmarks/eval/directives/topic_codes.py apply PART FINAL         # write the codes into PART.jsonl

`task` prints each story of the parts with its gold directives numbered (ID#K, the span, its issuer), never
their topics. A coder writes one line per directive, `ID#K<TAB>area` (an area of resources/topics.json as
written there, or nothing after the tab). `agree` prints the share of directives two coders gave one area and
Krippendorff's alpha (nominal), over the directives both coded. `apply` sets each directive's topic to FINAL's
code and keeps the earlier one as `topic_before` (README, "How topics are coded").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.eval_directives import DEFAULT_XWLB, load, text_of  # noqa: E402


def task(parts: list[str]) -> None:
    for part in parts:
        for record in load(part):
            found = text_of(record, DEFAULT_XWLB)
            if found is None:
                print(f"# {record['id']}: text missing or changed, skipped", file=sys.stderr)
                continue
            body, title = found
            if not record["directives"]:
                continue
            print(f"==== {record['id']}  {title}\n{body}\n---- directives of {record['id']}:")
            for k, d in enumerate(record["directives"], 1):
                print(f"{record['id']}#{k}\t{body[d['start'] : d['end']]}\t(issuer: {d['issuer']})")
            print()


def read_codes(path: Path) -> dict[str, str]:
    codes = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, area = line.partition("\t")
        if "#" not in key:
            sys.exit(f"{path}:{n}: not ID#K<TAB>area: {line!r}")
        codes[key.strip()] = area.strip()
    return codes


def agree(a: Path, b: Path) -> None:
    import krippendorff

    ca, cb = read_codes(a), read_codes(b)
    both = sorted(set(ca) & set(cb))
    if not both:
        sys.exit("no directive coded by both")
    areas = sorted({ca[k] for k in both} | {cb[k] for k in both})
    same = sum(ca[k] == cb[k] for k in both)
    data = [[areas.index(c[k]) for k in both] for c in (ca, cb)]
    alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    print(f"{len(both)} directives coded by both: agreement {same / len(both):.3f}, alpha {alpha:.3f}")


def apply(part: str, final: Path) -> None:
    codes = read_codes(final)
    path = HERE / f"{part}.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    missing = [f"{r['id']}#{k}" for r in records for k in range(1, len(r["directives"]) + 1)]
    missing = [key for key in missing if key not in codes]
    if missing:
        sys.exit(f"{len(missing)} directives of {part} have no code, e.g. {missing[:3]}")
    for r in records:
        for k, d in enumerate(r["directives"], 1):
            d.setdefault("topic_before", d["topic"])
            d["topic"] = codes[f"{r['id']}#{k}"]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("task").add_argument("parts", nargs="+")
    p = sub.add_parser("agree")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = sub.add_parser("apply")
    p.add_argument("part")
    p.add_argument("final", type=Path)
    args = parser.parse_args()
    if args.cmd == "task":
        task(args.parts)
    elif args.cmd == "agree":
        agree(args.a, args.b)
    else:
        apply(args.part, args.final)


if __name__ == "__main__":
    main()
