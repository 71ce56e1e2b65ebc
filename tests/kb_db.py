"""The knowledge-base fixture: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``NEWSGRAPH_TEST_PG_URL``, which ``make test`` sets by running pytest through
``scripts/with_postgres.sh`` (a throwaway server on loopback). Without it the PostgreSQL cases skip,
except under CI=true where they fail.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL")
_WORKER_URLS: dict[str, str] = {}


def worker_pg_url(url: str) -> str:
    """The database this test process uses on the server at ``url``: the server's own one in a plain run; under
    pytest-xdist (``make test`` runs two workers) one database per worker, created on first use, so that two
    workers never reset each other's knowledge base."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker:
        return url
    if url not in _WORKER_URLS:
        name = f"{url.rsplit('/', 1)[1]}_{worker}"
        admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if not conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first():
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        _WORKER_URLS[url] = url.rsplit("/", 1)[0] + "/" + name
    return _WORKER_URLS[url]


def reset_pg(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request, tmp_path):
    """A URL of an empty knowledge base (not yet created)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    if not PG_URL:
        msg = "NEWSGRAPH_TEST_PG_URL not set (run through scripts/with_postgres.sh, as `make test` does)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + " -- required when CI=true")
        pytest.skip(msg)
    url = worker_pg_url(PG_URL)
    reset_pg(url)
    return url


@pytest.fixture
def kb_store(kb_url):
    from newsgraph.store import open_store

    store = open_store(kb_url)
    yield store
    store.close()


def table_counts(store) -> dict[str, int]:
    from newsgraph.store import schema as t

    with store.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one()
                for name, tbl in t.metadata.tables.items() if name not in ("runs", "ingest_errors")}


def upgrade_to(conn: sa.engine.Connection, revision: str) -> sa.MetaData:
    """Build (or upgrade) the base on ``conn`` to one Alembic ``revision`` and return its tables as they are
    then: how the upgrade tests make an old base with the migrations the package ships."""
    from alembic import command
    from alembic.config import Config

    from newsgraph.store.engine import _MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
    meta = sa.MetaData()
    meta.reflect(conn)
    return meta


_RUN_COLS = {"run_id", "ingested_at", "at", "updated_at"}
_SURROGATE = {"entities", "events", "points", "ingest_errors"}  # autoincrement ids: numbering may differ


def dump(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every knowledge-base table, with autoincrement ids replaced by what they stand for."""
    import sqlalchemy as sa

    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    out: dict[str, list[tuple[Any, ...]]] = {}
    with open_store(db) as store, store.connect() as conn:
        ent = {r.id: (r.name, r.type, r.country) for r in conn.execute(sa.select(t.entities))}
        ev = {r.id: (r.article_id, r.idx) for r in conn.execute(sa.select(t.events))}
        for table in t.metadata.sorted_tables:
            if table.name == "runs":
                continue
            rows = []
            for r in conn.execute(sa.select(table)):
                m = dict(r._mapping)
                for c in _RUN_COLS:
                    m.pop(c, None)
                if table.name in _SURROGATE:
                    m.pop("id", None)
                for c in ("entity_id", "speaker_entity_id"):
                    if c in m and m[c] is not None:
                        m[c] = ent[m[c]]
                if "event_id" in m:
                    m["event_id"] = ev[m["event_id"]]
                # Items given as Python dicts (direct) and Parquet rows (Spark) name their origin apart.
                if table.name == "articles" and (m["origin"] == "<python>" or m["origin"].endswith(".parquet")):
                    m["origin"] = m["position"] = None
                if table.name == "ingest_errors" and (m["source"] == "<python>" or m["source"].endswith(".parquet")):
                    continue
                rows.append(tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in m.items())))
            out[table.name] = sorted(rows)
    return out
