"""The measure points of a base, dumped for a before/after comparison (issue 17, round 9).

Stores records in a fresh SQLite base with ``kb.store_articles`` (no NLP: a record made before a field of the
extractor's gets the extractor's reading there) and writes every point, sorted, one tab-separated line each
(every column of ``points`` but its surrogate id): two runs under two versions give the same file exactly when
they give the same points. The records are a JSONL of records (``--records``) or are extracted first from
lines of a news JSONL(.gz) (``--extract FILE --lines A-B``, 1-based and inclusive, ``n_process`` 1, the
records kept with ``--keep``). Prints the counts: points, running totals (a time ``X/<publication day>``) and
stretches (a time ``X/Y`` with another end).

    PYTHONPATH=src python benchmarks/measure_points.py --records R.jsonl --db /tmp/kb.db --out points.tsv
    PYTHONPATH=src python benchmarks/measure_points.py --extract ../shared/data/news/F.jsonl.gz \\
        --lines 2500-2649 --keep recs.jsonl --db /tmp/kb.db --out points.tsv
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from newsgraph import kb
from newsgraph.record import Article
from newsgraph.store import open_store
from newsgraph.store import schema as t


def _extracted(path: str, lines: str, keep: str | None) -> Iterator[Article]:
    from newsgraph.pipeline import extract_many

    first, last = (int(x) for x in lines.split("-"))
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for i, line in enumerate(f, 1) if first <= i <= last]
    out = open(keep, "w", encoding="utf-8") if keep else None
    try:
        for rec in extract_many(rows, n_process=1):
            if isinstance(rec, Article):
                if out is not None:
                    out.write(rec.model_dump_json() + "\n")
                yield rec
    finally:
        if out is not None:
            out.close()


def _records(path: str) -> Iterator[Article]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield Article.model_validate_json(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--records", help="a JSONL of records")
    src.add_argument("--extract", help="a news JSONL(.gz) to extract first")
    ap.add_argument("--lines", default="1-150", help="with --extract: the 1-based lines A-B")
    ap.add_argument("--keep", help="with --extract: write the records here")
    ap.add_argument("--db", required=True, help="the SQLite file to build (replaced)")
    ap.add_argument("--out", required=True, help="the sorted points, tab-separated")
    args = ap.parse_args(argv)
    Path(args.db).unlink(missing_ok=True)
    recs = _records(args.records) if args.records else _extracted(args.extract, args.lines, args.keep)
    store = open_store(f"sqlite:///{args.db}")
    try:
        kb.store_articles(list(recs), db=store)
        cols = [c for c in t.points.c if c.name != "id"]
        with store.connect() as conn:
            rows = conn.execute(sa.select(*cols)).all()
    finally:
        store.close()
    names = [c.name for c in cols]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\t".join(names) + "\n")
        f.writelines(line + "\n" for line in sorted("\t".join(str(v) for v in r) for r in rows))
    ti, pi = names.index("time"), names.index("published")
    # (end, publication day) of each point whose time is an interval
    intervals = [(str(r[ti]).split("/", 1)[1], r[pi]) for r in rows if r[ti] and "/" in str(r[ti])]
    totals = sum(1 for end, published in intervals if end == published)
    json.dump({"points": len(rows), "running_totals": totals, "stretches": len(intervals) - totals}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
