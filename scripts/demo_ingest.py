"""`make demo`, step 1: build the demo knowledge base.

Ingests the sample articles of examples/ (named YYYY-MM-DD_slug.txt: the prefix is the publication
date) and, when ../shared/data/news exists, the first 200 real articles of the AllSides dev set, into
a fresh SQLite base (default demo.db). The Makefile then prints stats, an entity page, a timeline and
the conflicts with the `newsgraph` CLI.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph import kb
from newsgraph.ingest import read_sources

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "news" / "allsides_world_conflict_dev.jsonl.gz"


def sources(n_real: int) -> Iterator[Any]:
    for f in sorted((ROOT / "examples").glob("*.txt")):
        yield from read_sources([f], published=f.name[:10])
    if REAL.exists() and n_real:
        yield from itertools.islice(read_sources([REAL]), n_real)
    elif n_real:
        print(f"({REAL} not found: sample articles only)", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="demo.db")
    ap.add_argument("--real", type=int, default=200, help="how many real articles (0 for none)")
    ap.add_argument("--n-process", type=int, default=2)
    args = ap.parse_args()
    db = Path(args.db)
    for p in db.parent.glob(db.name + "*"):  # the base and its -wal/-shm files, wherever --db points
        p.unlink()  # a fresh base each time, so the output is the same on every run
    summary = kb.ingest(sources(args.real), db=args.db, n_process=args.n_process, batch_size=32)
    print(f"ingested into {args.db}: {summary}")
    for issue in summary.issues[:5]:
        print(f"  failed: {issue}")


if __name__ == "__main__":
    main()
