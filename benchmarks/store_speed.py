"""CPU seconds of ``store_articles`` (per-report repair + cross-report index + rows) over N stored records.

    python benchmarks/store_speed.py --records /work/cache/records_e0b03e0 --n 300

Reads the first N + 5 records of ``allsides1000.jsonl``; the first 5 are stored into a throwaway base to
warm imports, tables and caches; the next N into a fresh SQLite base, timed (CPU of this process, wall).
Compare versions by running it alternately with each checkout's ``src`` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from pathlib import Path

from newsgraph.kb.ingest import store_articles
from newsgraph.record import Article
from newsgraph.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300)
    a = ap.parse_args()
    with open(a.records / "allsides1000.jsonl", encoding="utf-8") as f:
        recs = [Article.model_validate_json(line) for line in itertools.islice(f, a.n + 5)]
    store_articles(recs[:5], db=open_store(f"sqlite:///{tempfile.mkdtemp()}/warm.db"))
    store = open_store(f"sqlite:///{tempfile.mkdtemp()}/timed.db")
    c0, w0 = time.process_time(), time.perf_counter()
    store_articles(recs[5:], db=store)
    print(json.dumps({"dataset": "allsides1000 (stored records)", "n_docs": len(recs) - 5,
                      "cpu_s": round(time.process_time() - c0, 2), "wall_s": round(time.perf_counter() - w0, 2)}))


if __name__ == "__main__":
    main()
