"""Several coders editing one library at once (issue 18): P processes × E edits, on PostgreSQL
and on SQLite (WAL) side by side.

Every edit appends its own token ("worker:n") to one annotation's attrs, made on the state the
coder read, through gui.core.corrections as the window does. An edit refused because another
coder changed the annotation meanwhile is a reported conflict: the coder reads again and
retries. At the end every annotation's tokens must be exactly the committed edits to it (a lost
update would drop one), in the order committed, with the counts on the articles right.

    .venv/bin/python benchmarks/bench_concurrency.py [--processes 10] [--edits 500]
        [--db URL_OR_PATH ...] [--json]

Without --db: a database of a throwaway PostgreSQL cluster and an SQLite file in a temporary
folder. Prints committed edits, conflicts, busy refusals, lost edits, integrity and the median
and p95 commit latency; --json prints one JSON object per library instead (the tests read it).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.connection
import random
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "tests")]

from gui.core import corrections  # noqa: E402
from gui.core.errors import LibraryError  # noqa: E402
from gui.core.messages import message_of  # noqa: E402
from gui.core.model import Annotation, Article, ArticleFilter  # noqa: E402
from gui.core.store import open_store  # noqa: E402

ARTICLES = 10
NAMES_PER_ARTICLE = 10  # 100 annotations for 10 coders: conflicts are frequent


def prepare(location: str) -> list[int]:
    """A fresh library of ARTICLES articles with NAMES_PER_ARTICLE entities each; their ids."""
    body = "".join(f"第{i}位代表林武发言。" for i in range(NAMES_PER_ARTICLE))
    with open_store(location) as store:
        for n in range(ARTICLES):
            text = f"{n}号文章。{body}"
            entities = []
            at = 0
            for _ in range(NAMES_PER_ARTICLE):
                start = text.index("林武", at)
                entities.append(Annotation("entity", "PER", start, start + 2, "林武", origin="manual"))
                at = start + 2
            store.add_article(Article(title=f"文章{n}", body=text), entities)
        return [a.id for n in store.article_ids(ArticleFilter()) for a in store.annotations(n) if a.id is not None]


def work(location: str, worker: int, edits: int, ids: list[int], seed: int, out: Any) -> None:
    """One coder: `edits` committed edits on random annotations; a line of JSON per event to `out`
    (a pipe), so a coder killed mid-run has reported every edit it committed."""
    rng = random.Random(seed)
    with open_store(location) as store:
        done = 0
        while done < edits:
            annotation_id = rng.choice(ids)
            seen = store.annotation(annotation_id)
            assert seen is not None
            token = f"{worker}:{done}"
            tokens = [*seen.attrs.get("tokens", []), token]
            edit = corrections.change(store, seen, attrs={**seen.attrs, "tokens": tokens})
            started = time.perf_counter()
            try:
                corrections.apply(store, edit)
            except LibraryError as exc:
                code = getattr(message_of(exc), "code", "")
                out.send({"event": "conflict" if code.startswith("annotation.") else "refused", "code": code})
                continue
            out.send(
                {
                    "event": "committed",
                    "id": annotation_id,
                    "token": token,
                    "ms": (time.perf_counter() - started) * 1000,
                }
            )
            done += 1
    out.send({"event": "finished"})


def _worker_main(location: str, worker: int, edits: int, ids: list[int], seed: int, conn: Any) -> None:
    try:
        work(location, worker, edits, ids, seed, conn)
    finally:
        conn.close()


def run(location: str, processes: int, edits: int) -> dict[str, Any]:
    """Prepare the library, run the coders, check what the library holds; the figures."""
    ids = prepare(location)
    context = multiprocessing.get_context("spawn")
    pipes, workers = [], []
    for worker in range(processes):
        receive, send = context.Pipe(duplex=False)
        proc = context.Process(target=_worker_main, args=(location, worker, edits, ids, worker, send))
        proc.start()
        send.close()
        pipes.append(receive)
        workers.append(proc)
    started = time.perf_counter()
    events: list[dict[str, Any]] = []
    open_pipes = list(pipes)
    while open_pipes:
        for ready in multiprocessing.connection.wait(open_pipes):
            try:
                events.append(ready.recv())  # type: ignore[union-attr]
            except EOFError:
                open_pipes.remove(ready)
    elapsed = time.perf_counter() - started
    for proc in workers:
        proc.join()
    committed = [e for e in events if e["event"] == "committed"]
    return {"location": location, **verify(location, committed), "elapsed_s": round(elapsed, 2),
            "processes": processes, "edits_each": edits,
            "conflicts": sum(e["event"] == "conflict" for e in events),
            "refused": sum(e["event"] == "refused" for e in events),
            "finished": sum(e["event"] == "finished" for e in events),
            **latency([e["ms"] for e in committed])}  # fmt: skip


def verify(location: str, committed: list[dict[str, Any]]) -> dict[str, Any]:
    """Every committed token in its annotation, in commit order per coder, and nothing else."""
    with open_store(location, create=False) as store:
        stored = {
            a.id: a.attrs.get("tokens", []) for n in store.article_ids(ArticleFilter()) for a in store.annotations(n)
        }
        integrity = store.integrity_ok()
        entities = sum(row.n_entities for row in store.article_rows(store.article_ids(ArticleFilter())))
    held = {(annotation_id, token) for annotation_id, tokens in stored.items() for token in tokens}
    sent = {(e["id"], e["token"]) for e in committed}
    return {
        "committed": len(committed),
        "lost": len(sent - held),
        "phantom": len(held - sent),
        "integrity_ok": bool(integrity) and entities == ARTICLES * NAMES_PER_ARTICLE,
    }


def latency(ms: list[float]) -> dict[str, float]:
    if not ms:
        return {"median_ms": 0.0, "p95_ms": 0.0}
    ordered = sorted(ms)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--db", action="append", help="a new library's path or postgresql:// URL (repeatable)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        locations = list(args.db or [])
        if not locations:
            from helpers.pgcluster import running_cluster

            cluster = stack.enter_context(running_cluster())
            if cluster is not None:
                locations.append(cluster.new_database("coders"))
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            locations.append(str(Path(folder) / "coders.sqlite"))
        if not args.json:
            print(f"{args.processes} coders × {args.edits} edits each")
            print(f"{'backend':<11} {'committed':>9} {'conflicts':>9} {'busy':>5} {'lost':>5} {'integrity':>9}"
                  f" {'median ms':>9} {'p95 ms':>7} {'seconds':>8}")  # fmt: skip
        for location in locations:
            report = run(location, args.processes, args.edits)
            if args.json:
                print(json.dumps(report), flush=True)
                continue
            backend = "PostgreSQL" if location.startswith("postgres") else "SQLite WAL"
            print(f"{backend:<11} {report['committed']:>9} {report['conflicts']:>9} {report['refused']:>5}"
                  f" {report['lost']:>5} {'ok' if report['integrity_ok'] else 'FAILED':>9}"
                  f" {report['median_ms']:>9.1f} {report['p95_ms']:>7.1f} {report['elapsed_s']:>8.1f}",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
