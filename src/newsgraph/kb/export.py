"""Exports of the knowledge base: ``jsonl``, ``csv``, ``parquet`` and ``gkg``.

- ``jsonl``: one full :class:`~newsgraph.record.Article` record per line (the exact records that were
  ingested), to a file or stdout;
- ``csv`` / ``parquet``: one file per table (articles, entities, article_entities, mentions, quotes,
  amounts, changes, times, places, events, event_parties, measures, points, ingest_errors) in a folder;
  JSON columns are written as JSON text;
- ``gkg``: one GDELT GKG 2.1 row per article (see :mod:`newsgraph.kb.gkg`), tab-separated, no header.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from ..errors import StoreError
from ..record import Article
from ..store import StoreLike
from ..store import schema as t
from ..store.rows import load_articles
from .gkg import gkg_row
from .query import using

__all__ = ["FORMATS", "EXPORT_TABLES", "export", "iter_articles"]

FORMATS = ("jsonl", "csv", "parquet", "gkg")
EXPORT_TABLES = ("articles", "entities", "article_entities", "mentions", "quotes", "amounts", "changes", "times",
                 "places", "events", "event_parties", "measures", "points", "ingest_errors")


def iter_articles(*, db: StoreLike = None, chunk: int = 200) -> Iterator[Article]:
    """Every stored record, ordered by publication date then id."""
    with using(db) as store, store.connect() as conn:
        a = t.articles
        ids = list(conn.execute(sa.select(a.c.id).order_by(a.c.published.is_(None), a.c.published, a.c.id)).scalars())
        for i in range(0, len(ids), chunk):
            yield from load_articles(conn, ids[i : i + chunk])


def _cell(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def _table_rows(conn: Any, name: str) -> tuple[list[str], Iterator[list[Any]]]:
    tbl = t.metadata.tables[name]
    cols = [c.name for c in tbl.columns]
    order = [c for c in tbl.primary_key.columns] or [tbl.columns[cols[0]]]
    result = conn.execute(sa.select(tbl).order_by(*order))
    return cols, ([_cell(v) for v in r] for r in result)


def export(fmt: str, out: str | Path | IO[str] | None = None, *, db: StoreLike = None) -> int:
    """Write the base in ``fmt`` to ``out`` (a file, a folder for csv/parquet, or stdout when None for
    jsonl/gkg). Returns the number of rows written (articles for jsonl/gkg, all table rows for csv/parquet)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt in ("jsonl", "gkg"):
        own = out is not None and not hasattr(out, "write")
        fh: IO[str] = open(out, "w", encoding="utf-8", newline="\n") if own else (out or sys.stdout)  # type: ignore[arg-type,assignment]
        n = 0
        try:
            for n, rec in enumerate(iter_articles(db=db), start=1):
                if fmt == "jsonl":
                    fh.write(rec.model_dump_json() + "\n")
                else:
                    fh.write("\t".join(gkg_row(rec, n)) + "\n")
        finally:
            if own:
                fh.close()
        return n
    if out is None or hasattr(out, "write"):
        raise StoreError(f"--format {fmt} writes one file per table: give a folder with --out")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with using(db) as store, store.connect() as conn:
        for name in EXPORT_TABLES:
            cols, rows = _table_rows(conn, name)
            if fmt == "csv":
                with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
                    w = csv.writer(f)
                    w.writerow(cols)
                    for r in rows:
                        w.writerow(r)
                        total += 1
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                data = list(rows)
                total += len(data)
                table = pa.table({c: [r[i] for r in data] for i, c in enumerate(cols)})
                pq.write_table(table, folder / f"{name}.parquet")
    return total
