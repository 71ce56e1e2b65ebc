"""Loading the Spark job's Parquet tables into the knowledge base (pyarrow only: no Spark, no Java).

The rows of each article are put back together into the exact :class:`~newsgraph.record.Article`
(fact lists in ``idx`` order) and handed to :func:`newsgraph.kb.ingest`, the knowledge base's own
writer, so a loaded article is stored exactly as a directly ingested one: same tables, same entity
merging and measure points, in one transaction per batch. Articles are loaded in input order (origin,
then the line, record or row number inside it), the order ``newsgraph ingest`` would have stored them
in, since the entity merge depends on what it has seen before.

Idempotent: an article whose ``id`` is stored is skipped (counted as a duplicate by the knowledge
base), and an error row already in ``ingest_errors`` (same source, position and reason) is not added
again. ``DuplicateArticle`` rows of ``errors`` are copies the job already set aside: they are counted,
not stored as errors (``newsgraph ingest`` counts such copies as duplicates, too).

Memory: each table of the loaded months is held as an Arrow table (columnar, a fraction of the
Parquet size times the compression ratio); give ``months`` to load a large output a month at a time.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from ..errors import InputError
from ..record import Article
from .tables import FACT_TABLES, TABLES

__all__ = ["LoadSummary", "load_parquet", "read_articles", "read_errors", "open_tables"]

_PARTITIONING = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
_DIGITS = re.compile(r"\d+")
# Columns the job adds around the record's own fields.
_ARTICLE_EXTRA = ("origin", "position", "month")
_FACT_EXTRA = ("article_id", "idx", "month")


@dataclass
class LoadSummary:
    """What :func:`load_parquet` did. ``stored``, ``duplicate``, ``non_english`` and ``failed`` are the
    knowledge base's own counts (see :class:`newsgraph.kb.IngestSummary`)."""

    run_id: int | None = None
    articles: int = 0  # rows of the articles table that were loaded
    stored: int = 0
    duplicate: int = 0
    non_english: int = 0
    failed: int = 0  # errors stored in ingest_errors by this load (read, extract and store failures)
    errors_known: int = 0  # error rows already in ingest_errors from an earlier load
    set_aside: int = 0  # DuplicateArticle rows of the Spark job
    months: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def __str__(self) -> str:
        return (f"loaded {self.articles} articles: stored {self.stored}, non-English {self.non_english}, "
                f"already stored {self.duplicate}; {self.failed} errors recorded ({self.errors_known} already "
                f"there), {self.set_aside} duplicate copies set aside by the job ({self.seconds:.1f} s)")


def _table(out_dir: str | os.PathLike[str], name: str, months: Sequence[str] | None) -> pa.Table:
    path = Path(out_dir, name)
    if not path.is_dir():
        raise InputError(f"no {name!r} table here (is it the --out folder of `newsgraph spark-extract`?)",
                         item=str(out_dir))
    dataset = ds.dataset(str(path), format="parquet", partitioning=_PARTITIONING)
    filt = pc.field("month").isin(list(months)) if months else None
    return dataset.to_table(filter=filt)


def open_tables(out_dir: str | os.PathLike[str], months: Sequence[str] | None = None) -> dict[str, pa.Table]:
    """Every table of a job's output (only ``months`` when given), as Arrow tables."""
    return {name: _table(out_dir, name, months) for name in TABLES}


def _order_key(origin: str | None, position: str | None) -> tuple[str, int, str]:
    m = _DIGITS.search(position or "")
    return (origin or "", int(m.group()) if m else -1, position or "")


def _drop(row: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    for k in keys:
        row.pop(k, None)
    return row


def read_articles(out_dir: str | os.PathLike[str], *, months: Sequence[str] | None = None,
                  chunk: int = 500, tables: dict[str, pa.Table] | None = None) -> Iterator[tuple[str, str, Article]]:
    """``(origin, position, Article)`` for every article of a job's output, in input order.

    Raises :class:`~newsgraph.errors.InputError` naming the article when its rows do not make a valid
    record (a table written by a newer schema, a damaged file)."""
    tabs = tables if tables is not None else open_tables(out_dir, months)
    arts = tabs["articles"]
    if arts.num_rows == 0:
        return
    keys = arts.select(["id", "origin", "position"]).to_pylist()
    order = sorted(range(len(keys)), key=lambda i: _order_key(keys[i]["origin"], keys[i]["position"]))
    for lo in range(0, len(order), chunk):
        take = pa.array(order[lo : lo + chunk], pa.int64())
        rows = arts.take(take).to_pylist()
        ids = pa.array([r["id"] for r in rows], pa.string())
        facts: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for name in FACT_TABLES:
            tab = tabs[name]
            grouped: dict[str, list[dict[str, Any]]] = {}
            if tab.num_rows:
                part = tab.filter(pc.is_in(tab["article_id"], value_set=ids))
                for r in part.sort_by([("article_id", "ascending"), ("idx", "ascending")]).to_pylist():
                    grouped.setdefault(r["article_id"], []).append(_drop(r, _FACT_EXTRA))
            facts[name] = grouped
        for r in rows:
            origin, position = r["origin"], r["position"]
            rec = _drop(r, _ARTICLE_EXTRA)
            for name in FACT_TABLES:
                rec[name] = facts[name].get(rec["id"], [])
            try:
                article = Article.model_validate(rec)
            except ValueError as exc:
                raise InputError(f"rows do not make a valid record: {str(exc).splitlines()[0]}",
                                 item=f"article {rec.get('id')} ({origin} {position})") from exc
            yield origin, position, article


def read_errors(out_dir: str | os.PathLike[str], *, months: Sequence[str] | None = None,
                tables: dict[str, pa.Table] | None = None) -> list[dict[str, Any]]:
    """The ``errors`` rows of a job's output, in input order."""
    tab = tables["errors"] if tables is not None else _table(out_dir, "errors", months)
    rows = tab.to_pylist()
    rows.sort(key=lambda r: _order_key(r["source"], r["position"]))
    return rows


def _known_errors(db: Any, sources: set[str]) -> set[tuple[str, str, str]]:
    import sqlalchemy as sa

    from ..kb.query import using
    from ..store import schema as t

    if not sources:
        return set()
    e = t.ingest_errors
    known: set[tuple[str, str, str]] = set()
    with using(db) as store, store.connect() as conn:
        srcs = sorted(sources)
        for i in range(0, len(srcs), 500):
            q = sa.select(e.c.source, e.c.position, e.c.reason).where(e.c.source.in_(srcs[i : i + 500]))
            known.update((s, p, r) for s, p, r in conn.execute(q))
    return known


def _restore_origins(store: Any, run_id: int, origins: dict[str, tuple[str, str]]) -> None:
    """Put each loaded article's input file and position back in ``articles.origin``/``position``.

    :func:`newsgraph.kb.ingest` records a ready :class:`Article` as read from ``<python>``; the Parquet
    rows know the real origin. Only the rows this run stored are touched, so a re-run is harmless.
    """
    import sqlalchemy as sa

    from ..store import schema as t

    a = t.articles
    stmt = (a.update().where(a.c.id == sa.bindparam("b_id"), a.c.run_id == run_id)
            .values(origin=sa.bindparam("b_origin"), position=sa.bindparam("b_position")))
    items = [{"b_id": k, "b_origin": o, "b_position": p} for k, (o, p) in origins.items()]
    for i in range(0, len(items), 1000):
        with store.begin() as conn:
            conn.execute(stmt, items[i : i + 1000])


def load_parquet(
    out_dir: str | os.PathLike[str],
    *,
    db: Any = None,
    months: Sequence[str] | None = None,
    batch_size: int = 256,
    progress: Callable[[Any], None] | None = None,
) -> LoadSummary:
    """Store the articles and errors of a ``spark-extract`` output in the knowledge base ``db``.

    ``db``: a :class:`~newsgraph.store.Store`, a SQLAlchemy URL (SQLite or PostgreSQL), a path, or
    None for ``newsgraph.db``. ``months`` (``["2020-09", "unknown"]``) loads only those partitions.
    Loading the same output again stores nothing new.
    """
    from ..ingest.model import Read
    from ..kb import ingest
    from ..store import open_store

    t0 = time.perf_counter()
    store = open_store(db)
    try:
        tabs = open_tables(out_dir, months)
        summary = LoadSummary()
        summary.months = sorted(set(tabs["articles"].column("month").to_pylist()))
        errors = read_errors(out_dir, tables=tabs)
        summary.set_aside = sum(1 for e in errors if e["error"] == "DuplicateArticle")
        errors = [e for e in errors if e["error"] != "DuplicateArticle"]
        known = _known_errors(store, {e["source"] for e in errors})
        fresh = [e for e in errors if (e["source"], e["position"], e["reason"]) not in known]
        summary.errors_known = len(errors) - len(fresh)

        origins: dict[str, tuple[str, str]] = {}

        def units() -> Iterator[Any]:
            for origin, position, article in read_articles(out_dir, tables=tabs):
                summary.articles += 1
                origins[article.id] = (origin, position)
                yield article
            for e in fresh:
                # The knowledge base records a Read without an item as a failure of that source/position.
                yield Read(source=e["source"], position=e["position"], item=None, error=e["reason"])

        kb_sum = ingest(units(), db=store, batch_size=batch_size, progress=progress)
        summary.run_id = kb_sum.run_id
        _restore_origins(store, kb_sum.run_id, origins)
        summary.stored, summary.duplicate = kb_sum.stored, kb_sum.duplicate
        summary.non_english, summary.failed = kb_sum.non_english, kb_sum.failed
    finally:
        if store is not db:
            store.close()
    summary.seconds = time.perf_counter() - t0
    return summary
