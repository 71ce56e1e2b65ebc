"""Operations on a knowledge base: verify it, back it up, retract an article, mark interrupted runs.

    newsgraph verify                       # integrity check plus cross-table consistency; exit 1 on a problem
    newsgraph backup copy.db               # SQLite online backup (readers and writers may go on)
    newsgraph delete 3f2a9c... --reason "retracted by the publisher"

``delete`` removes the article and every row derived from it (paragraphs, entity links, mentions,
quotes, amounts, changes, times, places, events and their parties, measure points, the full-text
index and any other table keyed by ``article_id``, such as story membership), brings the counters of
the entities and measures it touched back in line, drops entities and measures no other article
supports, and records the deletion in ``retractions`` with the time and the client, all in one
transaction.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..store import Store, StoreLike, open_store
from ..store import schema as t
from ..store.rows import delete_articles
from .conflict_rows import mark_conflicts

__all__ = ["Check", "verify", "backup", "delete_article", "mark_interrupted_runs", "run_owner", "client_name"]

log = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def client_name(via: str = "cli") -> str:
    """Who is asking, for the audit table: user@host (via)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in a bare container
        user = str(os.getuid())
    return f"{user}@{socket.gethostname()} ({via})"


def _with_store(db: StoreLike) -> tuple[Store, bool]:
    return (db, False) if isinstance(db, Store) else (open_store(db, create=False), True)


# -- interrupted runs -----------------------------------------------------------------------------

def run_owner() -> dict[str, Any]:
    """What a run records about its process, so that a later start can tell a dead run from a live one."""
    return {"pid": os.getpid(), "host": socket.gethostname()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def mark_interrupted_runs(conn: Connection) -> int:
    """Mark ``interrupted`` every run still ``running`` whose process on this host is gone (killed by
    SIGKILL, a crash or a power cut). Runs of other hosts, or of a live process, are left as they are."""
    host = socket.gethostname()
    n = 0
    for run_id, options in conn.execute(sa.select(t.runs.c.id, t.runs.c.options).where(t.runs.c.status == "running")):
        owner = (options or {}).get("owner") or {}
        pid = owner.get("pid")
        if owner.get("host") != host or not isinstance(pid, int) or _alive(pid):
            continue
        conn.execute(t.runs.update().where(t.runs.c.id == run_id).values(status="interrupted", finished_at=_now()))
        n += 1
    if n:
        log.warning("marked %d run(s) interrupted: their process is gone", n)
    return n


# -- verify ---------------------------------------------------------------------------------------

@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.name, "ok": self.ok, "detail": self.detail, "problems": self.problems[:20]}


def verify(db: StoreLike = None) -> list[Check]:
    """Integrity check (SQLite: ``integrity_check``, ``foreign_key_check``, the FTS5 index) and
    cross-table consistency (no orphan fact rows, measure and entity counters equal to their rows)."""
    store, own = _with_store(db)
    try:
        with store.connect() as conn:
            checks = _engine_checks(conn)
            checks.append(_orphans(conn))
            checks.append(_measure_counts(conn))
            checks.append(_entity_counts(conn))
            checks.append(_stale_runs(conn))
        return checks
    finally:
        if own:
            store.close()


def _engine_checks(conn: Connection) -> list[Check]:
    if conn.dialect.name != "sqlite":
        # PostgreSQL keeps its files consistent itself; reading every table end to end is the check here
        bad = []
        for name, tbl in t.metadata.tables.items():
            try:
                conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one()
            except sa.exc.SQLAlchemyError as exc:
                bad.append(f"{name}: {str(exc).splitlines()[0]}")
        return [Check("tables readable", not bad, f"{len(t.metadata.tables)} tables", bad)]
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    out = [Check("integrity_check", rows == ["ok"], "; ".join(rows[:3]), rows if rows != ["ok"] else [])]
    fks = [f"{r[0]} row {r[1]} -> {r[2]}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    out.append(Check("foreign_key_check", not fks, f"{len(fks)} broken reference(s)", fks))
    try:
        conn.exec_driver_sql("INSERT INTO fts(fts) VALUES('integrity-check')")
        out.append(Check("full-text index", True, "fts5 integrity-check ok"))
    except sa.exc.DatabaseError as exc:
        out.append(Check("full-text index", False, str(exc.orig)))
    return out


def _article_tables() -> list[sa.Table]:
    return [tbl for tbl in t.metadata.tables.values() if "article_id" in tbl.c and tbl.name != "retractions"]


def _orphans(conn: Connection) -> Check:
    problems = []
    for tbl in _article_tables():
        n = conn.execute(sa.select(sa.func.count()).select_from(tbl).where(
            ~tbl.c.article_id.in_(sa.select(t.articles.c.id)))).scalar_one()
        if n:
            problems.append(f"{tbl.name}: {n} row(s) of articles that are not stored")
    return Check("no orphan fact rows", not problems, f"{len(_article_tables())} tables", problems)


def _measure_counts(conn: Connection) -> Check:
    p, m = t.points, t.measures
    counted = sa.select(p.c.measure, sa.func.count().label("n")).group_by(p.c.measure).subquery()
    rows = conn.execute(sa.select(m.c.key, m.c.point_count, counted.c.n).select_from(
        m.outerjoin(counted, counted.c.measure == m.c.key))).all()
    problems = [f"{k}: point_count {pc} but {n or 0} point(s)" for k, pc, n in rows if pc != (n or 0)]
    c = t.conflicts  # the conflict marks of migration 0016 agree with the stored conflicts
    have = sa.select(c.c.measure, sa.func.count().label("n")).group_by(c.c.measure).subquery()
    problems += [f"{k}: conflict_count {cc} but {n or 0} conflict(s)" for k, cc, n in conn.execute(
        sa.select(m.c.key, m.c.conflict_count, have.c.n).select_from(m.outerjoin(have, have.c.measure == m.c.key)))
        if cc != (n or 0)]
    hit = sa.or_(sa.exists().where(c.c.a_id == p.c.id), sa.exists().where(c.c.b_id == p.c.id))
    wrong = conn.execute(sa.select(sa.func.count()).select_from(p).where(p.c.conflicted != hit)).scalar_one()
    if wrong:
        problems.append(f"{wrong} point(s) whose conflict mark disagrees with the stored conflicts")
    return Check("measure counters", not problems, f"{len(rows)} measures", problems)


def _entity_counts(conn: Connection) -> Check:
    ae, e = t.article_entities, t.entities
    agg = sa.select(ae.c.entity_id, sa.func.sum(ae.c.mention_count).label("m"),
                    sa.func.count(sa.distinct(ae.c.article_id)).label("a")).group_by(ae.c.entity_id).subquery()
    rows = conn.execute(sa.select(e.c.id, e.c.name, e.c.mention_count, e.c.article_count, agg.c.m, agg.c.a)
                        .select_from(e.outerjoin(agg, agg.c.entity_id == e.c.id))).all()
    problems = [f"entity {i} {name!r}: {mc} mentions / {ac} articles recorded, {m or 0} / {a or 0} stored"
                for i, name, mc, ac, m, a in rows if (mc, ac) != (int(m or 0), int(a or 0))]
    return Check("entity counters", not problems, f"{len(rows)} entities", problems)


def _stale_runs(conn: Connection) -> Check:
    host = socket.gethostname()
    stale = []
    for run_id, options in conn.execute(sa.select(t.runs.c.id, t.runs.c.options).where(t.runs.c.status == "running")):
        owner = (options or {}).get("owner") or {}
        if owner.get("host") == host and isinstance(owner.get("pid"), int) and not _alive(owner["pid"]):
            stale.append(f"run {run_id}: marked running, its process {owner['pid']} is gone (the next ingest "
                         "marks it interrupted)")
    # a stale run loses nothing (every batch is one transaction); it is reported, not a failure
    return Check("runs", True, f"{len(stale)} stale run(s)", stale)


# -- backup ---------------------------------------------------------------------------------------

def backup(path: str | os.PathLike[str], db: StoreLike = None) -> dict[str, Any]:
    """Copy a SQLite base to ``path`` with SQLite's online backup API (consistent while others read
    and write), then run ``integrity_check`` on the copy. PostgreSQL: use ``pg_dump`` (StoreError)."""
    import sqlite3

    store, own = _with_store(db)
    try:
        if store.dialect != "sqlite":
            raise StoreError("backup copies SQLite bases only; for PostgreSQL use pg_dump "
                             "(pg_dump -Fc -f newsgraph.dump DBNAME), which is consistent while the base is in use")
        target = Path(path)
        if target.exists():
            raise StoreError("the backup file exists already; give a new path", item=str(target))
        if not target.parent.exists():
            raise StoreError(f"folder {target.parent} does not exist", item=str(target))
        raw = store.engine.raw_connection()
        try:
            src = raw.driver_connection
            assert isinstance(src, sqlite3.Connection)
            dest = sqlite3.connect(str(target))
            try:
                src.backup(dest, pages=1024)  # in steps, so writers are not held up for the whole copy
                check = [r[0] for r in dest.execute("PRAGMA integrity_check")]
            finally:
                dest.close()
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise StoreError(f"backup failed: {exc}", item=str(target)) from exc
        finally:
            raw.close()
        return {"path": str(target), "bytes": target.stat().st_size, "integrity": "; ".join(check)}
    finally:
        if own:
            store.close()


# -- delete (retraction) --------------------------------------------------------------------------

def delete_article(article_id: str, db: StoreLike = None, *, reason: str | None = None,
                   client: str | None = None) -> dict[str, Any]:
    """Retract one article: every row derived from it goes, counters follow, and ``retractions`` keeps
    who did it and when. Raises StoreError for an unknown id. Returns the audit row."""
    store, own = _with_store(db)
    try:
        with store.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7261002)"))  # the ingest writer's lock
            else:
                conn.exec_driver_sql("UPDATE runs SET status = status WHERE id = -1")  # take the write lock now
            art = conn.execute(sa.select(t.articles.c.id, t.articles.c.title, t.articles.c.url,
                                         t.articles.c.published).where(t.articles.c.id == article_id)).first()
            if art is None:
                raise StoreError("no such article", item=article_id)
            sid = conn.execute(sa.select(t.articles.c.story_id).where(t.articles.c.id == article_id)).scalar()
            removed = _remove(conn, article_id)
            if sid is not None:  # the story falls apart where the report held it together; counts and dates follow
                from .stories import resplit_story

                resplit_story(conn, int(sid), article_id, _now())
            audit = {"article_id": article_id, "title": art.title, "url": art.url, "published": art.published,
                     "reason": reason, "client": client or client_name(), "at": _now(), "removed": removed}
            conn.execute(t.retractions.insert().values(**audit))
        return audit
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"delete failed: {str(exc).splitlines()[0]}", item=article_id) from exc
    finally:
        if own:
            store.close()


def _remove(conn: Connection, aid: str) -> dict[str, int]:
    ae, p = t.article_entities, t.points
    ent = conn.execute(sa.select(ae.c.entity_id, sa.func.sum(ae.c.mention_count)).where(ae.c.article_id == aid)
                       .group_by(ae.c.entity_id)).all()
    keys = sorted(set(conn.execute(sa.select(p.c.measure).where(p.c.article_id == aid)).scalars()))
    removed: dict[str, int] = {}
    for tbl in _article_tables():
        n = conn.execute(sa.select(sa.func.count()).select_from(tbl).where(tbl.c.article_id == aid)).scalar_one()
        if n:
            removed[tbl.name] = int(n)
    ev_ids = sa.select(t.events.c.id).where(t.events.c.article_id == aid)
    n_parties = conn.execute(sa.select(sa.func.count()).select_from(t.event_parties).where(
        t.event_parties.c.event_id.in_(ev_ids))).scalar_one()
    if n_parties:
        removed["event_parties"] = int(n_parties)
    if conn.dialect.name == "sqlite":
        removed["fts"] = int(conn.execute(sa.text("SELECT count(*) FROM fts WHERE article_id = :a"),
                                          {"a": aid}).scalar_one())
    removed["articles"] = 1
    # tables other issues add (story membership...) first: they may point at the fact rows
    known = {*(x.name for x in t.FACT_TABLES), "points", "articles"}
    for tbl in reversed(t.metadata.sorted_tables):
        if "article_id" in tbl.c and tbl.name not in known and tbl.name != "retractions":
            conn.execute(tbl.delete().where(tbl.c.article_id == aid))
    delete_articles(conn, [aid])
    _recount_entities(conn, ent)
    _recount_measures(conn, keys)
    return removed


def _recount_entities(conn: Connection, ent: Sequence[Any]) -> None:
    ae, e = t.article_entities, t.entities
    for entity_id, mentions in ent:
        left = conn.execute(sa.select(sa.func.count(sa.distinct(ae.c.article_id)), sa.func.min(ae.c.published),
                                      sa.func.max(ae.c.published)).where(ae.c.entity_id == entity_id)).one()
        if not left[0]:
            # no other article names it: the entity itself was derived from this article only
            for tbl, col in ((t.aliases, "entity_id"), (t.entity_redirects, "new_id")):
                conn.execute(tbl.delete().where(tbl.c[col] == entity_id))
            conn.execute(e.delete().where(e.c.id == entity_id))
            continue
        conn.execute(e.update().where(e.c.id == entity_id).values(
            mention_count=e.c.mention_count - int(mentions or 0), article_count=e.c.article_count - 1,
            first_date=left[1], last_date=left[2]))


def _recount_measures(conn: Connection, keys: list[str]) -> None:
    p, m = t.points, t.measures
    mark_conflicts(conn, keys)  # the removed points' conflicts went with them (ON DELETE CASCADE)
    for key in keys:
        n, first, last = conn.execute(sa.select(sa.func.count(), sa.func.min(p.c.day), sa.func.max(p.c.day))
                                      .where(p.c.measure == key)).one()
        if n:
            conn.execute(m.update().where(m.c.key == key).values(point_count=n, first_day=first, last_day=last))
        else:
            conn.execute(m.delete().where(m.c.key == key))


def describe(checks: list[Check]) -> str:
    return json.dumps([c.to_dict() for c in checks], indent=2)
