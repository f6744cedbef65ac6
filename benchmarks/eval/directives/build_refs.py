"""Turn a hand-written gold list into reference records (offsets and SHA-256, no copied text).

    python benchmarks/eval/directives/build_refs.py GOLD.txt PART ID_PREFIX > OUT.jsonl

GOLD.txt: a line `@ FILE:INDEX` opens an article (FILE in xwlb-dev, cctv/FILE in the
further transcripts, or an absolute path under the formats folder, read with pizhu's own
readers); each following line is `start words | end words | issuer | label | addressee | strength | topic`: the
directive begins at the first occurrence of the start words after the previous
directive and ends at the end of the end words, or with its sentence when those are
empty. Used once to write heldout.jsonl and dev-real.jsonl; kept to show how.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from benchmarks.eval_directives import CCTV, FORMATS, XWLB, article_body  # noqa: E402

STOPS = "。；！？!?;\n"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def main(gold: str, part: str, prefix: str) -> None:
    records: list[dict] = []
    body = ""
    cursor = 0
    for raw in Path(gold).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            spec = line[1:].strip()
            file, index = spec.rsplit(":", 1)
            corpus = "formats" if file.startswith("/") else "cctv-news" if file.startswith("cctv/") else "xwlb-dev"
            rel = str(Path(file).relative_to(FORMATS)) if corpus == "formats" else file.removeprefix("cctv/")
            folder = {"formats": FORMATS, "cctv-news": CCTV}.get(corpus, XWLB)
            found = article_body(corpus, rel, int(index), folder)
            assert found is not None, spec
            body, cursor = found, 0
            records.append(
                {"id": f"{prefix}{len(records) + 1}", "part": part, "kind": "reference", "source": corpus,
                 "corpus": corpus, "file": rel, "article_index": int(index), "body_sha256": _sha(body),
                 "directives": []}
            )  # fmt: skip
            continue
        start_words, end_words, issuer, label, addressee, strength, topic = (x.strip() for x in line.split("|"))
        start = body.find(start_words, cursor)
        assert start >= 0, (records[-1]["file"], start_words)
        if end_words:
            end = body.find(end_words, start) + len(end_words)
        else:
            end = start + 1
            while end < len(body) and body[end - 1] not in STOPS:
                end += 1
            while end < len(body) and body[end] in "”’」":
                end += 1
            if body[end - 1] == "\n":
                end -= 1
        cursor = end
        records[-1]["directives"].append(
            {"start": start, "end": end, "sha256": _sha(body[start:end]), "issuer": issuer, "issuer_label": label,
             "addressee": addressee, "strength": strength, "topic": topic}
        )  # fmt: skip
    for r in records:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
