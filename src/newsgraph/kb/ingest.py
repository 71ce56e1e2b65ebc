"""Ingestion: sources in, one knowledge base out.

``ingest`` streams items through :func:`newsgraph.extract_many` and writes each batch of results in
ONE transaction: an article, its facts, its entity links, its measure points and the run's counters are
committed together or not at all, so a run killed at any point (even ``kill -9``) leaves no partial
article, and the next run skips every stored ``id`` and carries on.

Every item that cannot be read or extracted becomes a row of ``ingest_errors`` (source, position,
reason) and the run goes on. The summary counts every item read exactly once:
``read == stored + non_english + duplicate + failed`` (non-English articles are stored too, with their
paragraphs and no facts, but counted apart).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..errors import NewsgraphError, StoreError
from ..persons import repair_record
from ..pipeline import Item, extract_many
from ..record import Article, ItemError, article_id, series_object
from ..storable import first_unstorable, storable
from ..store import Store, StoreLike, open_store
from ..store import schema as t
from ..store.rows import Rows, insert_many, insert_rows, iter_article_rows
from .conflict_rows import store_conflicts, story_series
from .entities import EntityIndex
from .maintenance import mark_interrupted_runs, run_owner
from .measures import PointRow, points_of, with_added, with_totals
from .stories import StoryAssigner

__all__ = ["IngestRun", "IngestSummary", "IngestIssue", "ingest", "store_articles"]

_MAX_ISSUES_KEPT = 1000
log = logging.getLogger(__name__)


@dataclass
class IngestIssue:
    """One item that was not stored: where it came from and why."""

    source: str
    position: str
    reason: str
    error: str
    item: str | None = None

    def __str__(self) -> str:
        return f"{self.source} {self.position}: {self.reason}"


@dataclass
class IngestSummary:
    """What one ``ingest`` run did. ``read == stored + non_english + duplicate + failed``."""

    run_id: int
    read: int = 0
    stored: int = 0
    duplicate: int = 0
    non_english: int = 0
    failed: int = 0
    partial: int = 0  # stored articles on which an extractor family failed (part of ``stored``)
    seconds: float = 0.0
    skipped: dict[str, int] = field(default_factory=dict)  # passed over by the readers, not items
    issues: list[IngestIssue] = field(default_factory=list)  # the first 1,000 failures

    @property
    def articles_per_s(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "stored": self.stored, "non_english": self.non_english,
                "duplicate": self.duplicate, "failed": self.failed}

    def __str__(self) -> str:
        return (f"read {self.read}: stored {self.stored}, non-English {self.non_english}, "
                f"duplicate {self.duplicate}, failed {self.failed} ({self.articles_per_s:.1f} articles/s)"
                + (f"; {self.partial} stored without the facts of a failed extractor (see ingest_errors.family)"
                   if self.partial else ""))


@dataclass
class _Unit:
    source: str
    position: str
    item: Item | None = None
    record: Article | None = None
    error: str | None = None
    error_class: str = "ReadError"
    ref: str | None = None
    id: str | None = None
    duplicate: bool = False


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _is_path(x: Any) -> bool:
    return isinstance(x, (str, os.PathLike))


def _units(sources: Iterable[Any], opts: dict[str, Any], skipped: dict[str, int]) -> Iterator[_Unit]:
    """Normalize paths, Reads, Items, dicts and Articles to units, in order."""
    pending_paths: list[Any] = []

    def expand(paths: list[Any]) -> Iterator[_Unit]:
        try:
            from ..ingest import read_sources
        except ImportError as exc:  # the readers ship in newsgraph.ingest
            raise StoreError(f"reading files needs newsgraph.ingest ({exc})") from exc
        stream = read_sources([str(p) for p in paths], **opts)
        for r in stream:
            yield _from_read(r)
        for reason, n in getattr(stream, "skipped", {}).items():
            skipped[reason] = skipped.get(reason, 0) + n

    for i, x in enumerate(sources):
        if _is_path(x):
            pending_paths.append(x)
            continue
        if pending_paths:
            yield from expand(pending_paths)
            pending_paths = []
        if isinstance(x, Article):
            yield _from_article(x, i)
        elif isinstance(x, (Item, Mapping)):
            yield _from_mapping(x, i)
        elif hasattr(x, "source") and hasattr(x, "position") and hasattr(x, "item"):
            yield _from_read(x)
        else:
            yield _Unit(source="<python>", position=f"item {i + 1}",
                        error=f"cannot ingest a {type(x).__name__}", error_class="InputError")
    if pending_paths:
        yield from expand(pending_paths)


def _from_mapping(m: Mapping[str, Any] | Item, i: int) -> _Unit:
    from ..pipeline import to_item

    try:
        it = to_item(m)
        return _Unit(source="<python>", position=f"item {i + 1}", item=it, ref=it.ref)
    except NewsgraphError as exc:
        return _Unit(source="<python>", position=f"item {i + 1}", error=exc.reason,
                     error_class=type(exc).__name__, ref=exc.item)


def _from_article(rec: Article, i: int) -> _Unit:
    # a ready record is stored as it is, so one holding a NUL or a lone surrogate is refused, not cleaned
    # (its id and offsets belong to its text): the same outcome on SQLite and PostgreSQL
    bad = first_unstorable(rec.model_dump(mode="python"))
    if bad:
        return _Unit(source="<python>", position=f"item {i + 1}", error=f"not storable: {bad}",
                     error_class="InputError", ref=storable(rec.url or rec.id))
    return _Unit(source="<python>", position=f"item {i + 1}", record=rec, id=rec.id, ref=rec.url or rec.id)


def _from_read(r: Any) -> _Unit:
    if r.item is None:
        return _Unit(source=str(r.source), position=str(r.position), error=r.error or "unreadable")
    return _Unit(source=str(r.source), position=str(r.position), item=r.item, ref=r.item.ref)


def ingest(
    sources: Iterable[Any],
    *,
    db: StoreLike = None,
    n_process: int = 1,
    batch_size: int = 64,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    fields: Mapping[str, str] | None = None,
    model: str | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    follow_symlinks: bool = False,
) -> IngestSummary:
    """Read, extract and store ``sources``; return the run's :class:`IngestSummary`.

    ``sources`` mixes file/directory paths (str or Path, read by :func:`newsgraph.ingest.read_sources`
    with ``published``/``title``/``url``/``fields``), ``newsgraph.ingest.Read`` objects, ``Item`` or dicts
    (extracted here) and ready :class:`~newsgraph.record.Article` records (stored as they are). A stored
    ``id`` is never stored again. ``batch_size`` items are extracted and committed together.
    ``progress`` is called with the running summary after every item. ``follow_symlinks`` follows
    symbolic links that leave an ingested folder (otherwise each is one failed item).
    """
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be >= 1")
    opts: dict[str, Any] = {"published": published, "title": title, "url": url}
    if fields:
        opts["fields"] = dict(fields)
    if follow_symlinks:
        opts["follow_symlinks"] = True
    store = open_store(db)
    try:
        run = IngestRun(store, opts, batch_size=batch_size, n_process=n_process, progress=progress,
                        sources=sources)
        return run.run(sources, model=model)
    finally:
        if not isinstance(db, Store):
            store.close()


class IngestRun:
    """One ``ingest`` run, in phases: open the run row, stream units through extraction, close the run.

    Units that need no extraction (errors, duplicates, ready records) wait in ``side``; units sent to
    the extractor wait in ``sent`` until their result comes back, so results are written in input order.
    """

    def __init__(self, store: Store, opts: dict[str, Any], *, batch_size: int = 64, n_process: int = 1,
                 progress: Callable[[IngestSummary], None] | None = None, sources: Iterable[Any] = ()) -> None:
        self.store = store
        self.opts = opts
        self.batch_size = batch_size
        self.n_process = n_process
        self.progress = progress
        run_id, stored_ids = self._open(sources)
        self.summary = IngestSummary(run_id=run_id)
        self.writer = _Writer(store, self.summary, batch_size)
        self.seen: set[str] = stored_ids
        self.sent: deque[_Unit] = deque()
        self.side: deque[_Unit] = deque()
        self.t0 = time.perf_counter()

    def _open(self, sources: Iterable[Any]) -> tuple[int, set[str]]:
        """Insert the ``runs`` row; return its id and the ids already stored."""
        srcs = ([str(s) for s in sources]
                if isinstance(sources, (list, tuple)) and all(map(_is_path, sources)) else [])
        options = {"n_process": self.n_process, "batch_size": self.batch_size,
                   **{k: v for k, v in self.opts.items() if v}, "owner": run_owner()}
        with self.store.begin() as conn:
            mark_interrupted_runs(conn)  # runs left "running" by a process that was killed
            run_id = int(conn.execute(t.runs.insert().values(
                started_at=_now(), status="running", sources=srcs, options=options,
                read=0, stored=0, duplicate=0, non_english=0, failed=0,
            ).returning(t.runs.c.id)).scalar_one())
            stored_ids = set(conn.execute(sa.select(t.articles.c.id)).scalars())
        return run_id, stored_ids

    def run(self, sources: Iterable[Any], *, model: str | None = None) -> IngestSummary:
        status = "failed"
        try:
            self._stream(sources, model)
            self.writer.commit()
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            try:
                self._close(status)
            except sa.exc.SQLAlchemyError as exc:
                if status == "done":
                    raise _store_error(exc) from None
                # an error or an interrupt is already on its way out: try once more on a fresh connection
                # (an interrupt may have hit the pooled one mid-use); else the next start marks the run
                try:
                    self.store.engine.dispose()
                    self._close(status)
                except sa.exc.SQLAlchemyError:
                    log.warning("could not record the end of run %s: %s", self.summary.run_id, exc)
        return self.summary

    def _stream(self, sources: Iterable[Any], model: str | None) -> None:
        gen = self._feed(sources)
        first = next(gen, None)
        self._drain()
        if first is not None:
            for out in extract_many(itertools.chain([first], gen), n_process=self.n_process,
                                    batch_size=self.batch_size, model=model):
                self._handle(self.sent.popleft(), out)
                self._drain()
        self._drain()

    def _feed(self, sources: Iterable[Any]) -> Iterator[Item]:
        """Items to extract, in order; every other unit goes to ``side``."""
        for u in _units(sources, self.opts, self.summary.skipped):
            if u.error is None:
                try:
                    u.id = u.record.id if u.record is not None else article_id(u.item.text if u.item else "")
                except Exception as exc:  # one item's failure is that item's error, never the batch's
                    u.error, u.error_class = f"cannot compute the id: {exc}", type(exc).__name__
                    u.item = u.record = None
                    self.side.append(u)
                    continue
                if u.id in self.seen and (u.record is not None or (u.item is not None and u.item.text.strip())):
                    u.duplicate, u.item = True, None
                else:
                    self.seen.add(u.id)
                    if u.item is not None:
                        self.sent.append(u)
                        yield u.item
                        continue
            self.side.append(u)

    def _handle(self, u: _Unit, out: Article | ItemError | None) -> None:
        self.writer.add(u, out)
        self.summary.seconds = time.perf_counter() - self.t0
        if self.progress is not None:
            self.progress(self.summary)

    def _drain(self) -> None:
        while self.side:
            self._handle(self.side.popleft(), None)

    def _close(self, status: str) -> None:
        s = self.summary
        s.seconds = time.perf_counter() - self.t0
        log.info("run %d %s: %s", s.run_id, status, s)
        with self.store.begin() as conn:
            conn.execute(t.runs.update().where(t.runs.c.id == s.run_id).values(
                status=status, finished_at=_now(), **s.counts()))


def _resource_exhausted(exc: BaseException) -> bool:
    """A full disk (SQLite: SQLITE_FULL; PostgreSQL: class 53, insufficient resources)."""
    orig = getattr(exc, "orig", None)
    if str(getattr(orig, "sqlstate", "") or "").startswith("53"):
        return True
    text = str(orig or exc).lower()
    return "disk is full" in text or "no space left" in text


def _store_error(exc: BaseException) -> StoreError:
    orig = getattr(exc, "orig", None) or exc
    why = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if _resource_exhausted(exc):
        return StoreError(f"disk full while writing the knowledge base ({why}); every batch committed before "
                          "is kept and the base stays usable: free space and run the same command again")
    return StoreError(f"cannot write the knowledge base ({why})")


def store_articles(records: Iterable[Article], *, db: StoreLike = None, batch_size: int = 256) -> IngestSummary:
    """Store ready records (no extraction): ``ingest`` restricted to :class:`Article` inputs."""
    return ingest(list(records), db=db, batch_size=batch_size)


class _Writer:
    """Accumulates results and commits them, one transaction per batch."""

    def __init__(self, store: Store, summary: IngestSummary, batch_size: int = 64) -> None:
        self.store = store
        self.summary = summary
        self.batch: list[tuple[_Unit, Article | ItemError | None]] = []
        self.batch_size = batch_size
        self.index: EntityIndex | None = None
        self.next_event_id = 0
        self.stories = StoryAssigner()

    def add(self, u: _Unit, out: Article | ItemError | None) -> None:
        self.batch.append((u, out))
        if len(self.batch) >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        before = {**self.summary.counts(), "partial": self.summary.partial}
        n_issues = len(self.summary.issues)
        try:
            with self.store.begin() as conn:
                self._write(conn, batch)
        except (sa.exc.SQLAlchemyError, NewsgraphError, ValueError) as exc:
            if _resource_exhausted(exc):
                # no item is to blame and retrying each alone would fail the same way: stop with one line
                raise _store_error(exc) from None
            # restore counters and memory, then retry one item per transaction so one bad record
            # costs only itself
            log.warning("storing a batch of %d failed (%s); storing its items one by one", len(batch), exc,
                        exc_info=log.isEnabledFor(logging.DEBUG))
            for k, v in before.items():
                setattr(self.summary, k, v)
            del self.summary.issues[n_issues:]
            self.index = None
            if len(batch) == 1:
                u, out = batch[0]
                self._fail_alone(u, f"store: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
                return
            for one in batch:
                self.batch = [one]
                self.commit()

    def _fail_alone(self, u: _Unit, reason: str) -> None:
        u.error, u.error_class, u.record, u.item = reason, "StoreError", None, None
        with self.store.begin() as conn:
            self._write(conn, [(u, None)])

    def _lock(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            # one writer at a time: entity ids and merges are decided in this process's memory
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7261002)"))
        else:
            conn.exec_driver_sql("UPDATE runs SET status = status WHERE id = -1")  # take the write lock now

    def _write(self, conn: Connection, batch: list[tuple[_Unit, Article | ItemError | None]]) -> None:
        self._lock(conn)
        if self.index is None or EntityIndex.stored_max(conn) != self.index.loaded_max:
            self.index = EntityIndex.load(conn)
        index = self.index
        s = self.summary
        now = _now()
        records: list[tuple[_Unit, Article]] = []
        errors: list[dict[str, Any]] = []
        for u, out in batch:
            s.read += 1
            if u.duplicate:
                s.duplicate += 1
                continue
            rec = out if isinstance(out, Article) else u.record
            if u.error is not None or isinstance(out, ItemError) or rec is None:
                reason = u.error or (out.reason if isinstance(out, ItemError) else "no result")
                err_class = u.error_class if u.error else (out.error if isinstance(out, ItemError) else "Error")
                ref = u.ref or (out.item if isinstance(out, ItemError) else None)
                s.failed += 1
                errors.append({"run_id": s.run_id, "source": storable(u.source), "position": u.position,
                               "item": storable(ref) if ref else ref, "reason": storable(reason),
                               "error": err_class, "at": now})
                if len(s.issues) < _MAX_ISSUES_KEPT:
                    e = errors[-1]
                    s.issues.append(IngestIssue(e["source"], u.position, e["reason"], err_class, e["item"]))
                continue
            records.append((u, rec))
        if records:
            ids = [r.id for _, r in records]
            already = set(conn.execute(sa.select(t.articles.c.id).where(t.articles.c.id.in_(ids))).scalars())
            fresh = [(u, r) for u, r in records if r.id not in already]
            s.duplicate += len(records) - len(fresh)
            self._store(conn, fresh, index, now)
        if errors:
            conn.execute(t.ingest_errors.insert(), errors)
        conn.execute(t.runs.update().where(t.runs.c.id == s.run_id).values(**s.counts()))

    def _store(self, conn: Connection, recs: list[tuple[_Unit, Article]], index: EntityIndex, now: str) -> None:
        if not recs:
            return
        s = self.summary
        max_ev = conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.events.c.id), 0))).scalar_one()
        next_ev = itertools.count(int(max_ev) + 1)
        pts: list[PointRow] = []
        stored: list[tuple[_Unit, Article, list[int]]] = []
        for u, rec in recs:
            if u.record is not None:
                # a ready record (load, store_articles, another version's output): one person per name within
                # the report (issue 16), before linking. One this run extracted was repaired in its worker
                # (pipeline._whole), and a second repair changes nothing (tested on real reports)
                # and figures read by today's extractor where the record predates its fields (Amount.added,
                # how far a figure's time stretches: running_total, time_end)
                rec = with_totals(with_added(repair_record(rec)))
            seen_here: set[int] = set()
            context = index.context_of(rec.entities)
            gids = [index.resolve(e, rec.published, seen_here, context) for e in rec.entities]
            index.note_article(rec.entities, gids)
            stored.append((u, rec, gids))
            pts.extend(points_of(rec))
            if rec.language not in (None, "en"):
                s.non_english += 1
            else:
                s.stored += 1
            if rec.extraction_errors:  # stored and counted as stored; its ingest_errors rows name the family
                s.partial += 1
        redirect = dict(index.merged)
        index.flush(conn)
        _insert_articles(conn, stored, redirect, next_ev, run_id=s.run_id, now=now)
        if pts:
            _store_points(conn, pts)
        placed = self.stories.assign(conn, [rec for _u, rec, _g in stored], now)  # as stored: a rebuild sees the same
        if pts or placed:
            # after the stories: a conflict's confidence reads them (kb/conflict_evidence.py); the series these
            # points joined, and those of the stories they joined, whose reports may now be one story's
            store_conflicts(conn, {p.measure for p in pts} | story_series(conn, set(placed.values())))


#: rows held before they are inserted: a 20 MB article makes over 500,000, which as dicts took a gigabyte
_ROWS_PER_INSERT = 20_000
_ENTITY_COLUMNS = {"article_entities": "entity_id", "mentions": "entity_id", "quotes": "speaker_entity_id",
                   "places": "entity_id", "event_parties": "entity_id"}


def _insert_articles(conn: Connection, stored: list[tuple[_Unit, Article, list[int]]], redirect: dict[int, int],
                     event_ids: Iterator[int], *, run_id: int, now: str) -> None:
    """The rows of the articles, inserted every ``_ROWS_PER_INSERT`` rows; entity ids merged by this batch
    (``redirect``) point at the entity they joined."""
    rows: Rows = {}
    held = 0
    for u, rec, gids in stored:
        for name, row in iter_article_rows(rec, gids, event_ids=event_ids, origin=u.source, position=u.position,
                                           run_id=run_id, ingested_at=now):
            col = _ENTITY_COLUMNS.get(name)
            while col is not None and row.get(col) in redirect:
                row[col] = redirect[row[col]]
            rows.setdefault(name, []).append(row)
            held += 1
            if held >= _ROWS_PER_INSERT:
                insert_rows(conn, rows)
                rows, held = {}, 0
    insert_rows(conn, rows)


def _store_points(conn: Connection, pts: list[PointRow]) -> None:
    keys = sorted({p.measure for p in pts})
    existing = set(conn.execute(sa.select(t.measures.c.key).where(t.measures.c.key.in_(keys))).scalars())
    missing = [k for k in keys if k not in existing]
    if missing:
        conn.execute(t.measures.insert(), [
            {"key": k, **dict(zip(("object", "owner", "location"), (k.split(":", 2) + ["-", "-"])[:3], strict=True)),
             # a key that counts only who ("americans:USA:-") is no series: "-" keeps it out of every listing
             "object": series_object(k), "point_count": 0, "first_day": None, "last_day": None} for k in missing])
    insert_many(conn, t.points, [p.__dict__ for p in pts])
    agg = conn.execute(
        sa.select(t.points.c.measure, sa.func.count(), sa.func.min(t.points.c.day), sa.func.max(t.points.c.last_day))
        .where(t.points.c.measure.in_(keys)).group_by(t.points.c.measure)
    ).all()
    conn.execute(t.measures.update().where(t.measures.c.key == sa.bindparam("b_key")).values(
        point_count=sa.bindparam("n"), first_day=sa.bindparam("first"), last_day=sa.bindparam("last")),
        [{"b_key": key, "n": n, "first": first, "last": last} for key, n, first, last in agg])
