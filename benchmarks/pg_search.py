"""Which full-text index serves 2-character Chinese searches on PostgreSQL (issue 18)?

Loads N generated articles into a throwaway cluster's library (pizhu's bigram tsvector under GIN,
gui/core/store/pg/dialect.py) and adds a pg_trgm GIN index on the bodies, then times searches of
2-, 3- and 4-character words both ways and says whether the trigram plan used its index.

    .venv/bin/python benchmarks/pg_search.py [N]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "tests")]

import psycopg  # noqa: E402
from corpus import make_articles  # noqa: E402
from helpers.pgcluster import running_cluster  # noqa: E402

from gui.core.store.pg import PgStore  # noqa: E402

WORDS = ("住房", "林武", "巡视", "保障性", "高质量发展")


def _median_ms(run, repeat: int = 9) -> float:  # noqa: ANN001 - a no-argument callable
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(count: int) -> None:
    with running_cluster() as cluster:
        if cluster is None:
            sys.exit("PostgreSQL's programs are not installed")
        url = cluster.new_database("search")
        with PgStore(url) as store:
            store.add_articles_bulk((a, []) for a in make_articles(count))
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                conn.execute("CREATE INDEX articles_body_trgm ON articles USING gin (body gin_trgm_ops)")
                conn.execute("ANALYZE")
                print(f"{count:,} articles; median of 9 runs, ms")
                print(f"{'word':<10} {'bigram tsvector':>16} {'pg_trgm LIKE':>14}  trigram index used")
                for word in WORDS:
                    bigram = _median_ms(lambda w=word: store.search(w, limit=10**9))
                    like = f"%{word}%"
                    trgm = _median_ms(
                        lambda p=like: conn.execute("SELECT id FROM articles WHERE body LIKE %s", (p,)).fetchall()
                    )
                    plan = "\n".join(
                        r[0] for r in conn.execute("EXPLAIN SELECT id FROM articles WHERE body LIKE %s", (like,))
                    )
                    print(f"{word:<10} {bigram:>16.1f} {trgm:>14.1f}  {'articles_body_trgm' in plan}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
