"""The store: schema and migrations, SQLite/PostgreSQL specifics, exact record round trip, errors."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from kb_db import upgrade_to
from kb_records import drawdown, followup, plain

from newsgraph.errors import StoreError
from newsgraph.store import open_store, resolve_url
from newsgraph.store import schema as t
from newsgraph.store.rows import article_rows, delete_articles, insert_rows, load_article, load_articles


def _put(store, *recs):
    with store.begin() as conn:
        for i, rec in enumerate(recs):
            gids = list(range(1000 * (i + 1), 1000 * (i + 1) + len(rec.entities)))
            conn.execute(t.entities.insert(), [
                {"id": g, "name": e.name, "type": e.type, "country": e.country, "aliases": [], "roles": [],
                 "mention_count": 0, "article_count": 0} for g, e in zip(gids, rec.entities, strict=True)])
            insert_rows(conn, article_rows(rec, gids, event_ids=iter(range(100 * (i + 1), 100 * (i + 2)))))


def test_migrations_build_exactly_the_schema(kb_store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with kb_store.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        ctx = MigrationContext.configure(conn)
        diffs = [d for d in compare_metadata(ctx, t.metadata)
                 if not (d[0] == "remove_column" and d[3].name == "tsv")
                 and not (d[0] == "remove_table" and d[1].name.startswith("fts"))
                 and not (d[0] == "remove_index" and d[1].name.endswith("_tsv"))
                 # PostgreSQL has no b-tree over json: there this partial index leaves `roles` out (0010)
                 and not (conn.dialect.name == "postgresql" and d[0] in ("add_index", "remove_index")
                          and d[1].name == "ix_article_entities_roles")]
    assert version == _head()  # one linear chain, applied to its end
    assert diffs == []


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from newsgraph.store.engine import _MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    heads = ScriptDirectory.from_config(cfg).get_heads()
    assert len(heads) == 1, f"the revisions must form one chain, not {heads}"
    return heads[0]


def test_a_base_built_at_revision_0001_upgrades_and_keeps_its_rows(kb_url):
    """A knowledge base written by the code of revision 0001 (schema_version 1 records, ingest_errors without
    family) opens with today's code: upgraded to the head, every row kept, the records load."""
    old = drawdown().model_copy(update={"schema_version": "1"})
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        meta = upgrade_to(conn, "0001")
        assert "family" not in meta.tables["ingest_errors"].c
        rows = article_rows(old, list(range(1, len(old.entities) + 1)), event_ids=iter(range(1, 100)))
        conn.execute(meta.tables["entities"].insert(), [
            {"id": i, "name": e.name, "type": e.type, "country": e.country, "aliases": [], "roles": [],
             "mention_count": 0, "article_count": 0} for i, e in enumerate(old.entities, 1)])
        for name in ("articles", "paragraphs", "article_entities", "mentions", "quotes", "amounts", "changes",
                     "times", "places", "events", "event_parties"):
            if rows.get(name):  # only the columns revision 0001 had (later revisions add optional ones)
                tbl = meta.tables[name]
                conn.execute(tbl.insert(), [{k: v for k, v in r.items() if k in tbl.c} for r in rows[name]])
        conn.execute(meta.tables["runs"].insert().values(id=1, started_at="x", status="done", sources=[], options={},
                                                       read=1, stored=0, duplicate=0, non_english=0, failed=1))
        conn.execute(meta.tables["ingest_errors"].insert().values(
            run_id=1, source="a.jsonl", position="line 2", item=None, reason="empty text", error="EmptyTextError",
            at="2026-12-01T00:00:00"))
    engine.dispose()
    store = open_store(kb_url)  # today's code: migrates to the head
    try:
        with store.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == _head()
            assert conn.execute(sa.select(t.ingest_errors.c.family, t.ingest_errors.c.article_id,
                                          t.ingest_errors.c.reason)).all() == [(None, None, "empty text")]
            back = load_article(conn, old.id)
        assert back == old and back.schema_version == "1" and back.extraction_errors == []
    finally:
        store.close()


def test_reopening_is_idempotent(kb_url):
    for _ in range(2):
        store = open_store(kb_url)
        with store.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(t.articles)).scalar_one() == 0
        store.close()


def test_records_round_trip_exactly(kb_store):
    recs = [drawdown(), followup(4000, approx="about"), plain(7)]
    _put(kb_store, *recs)
    with kb_store.connect() as conn:
        assert load_article(conn, recs[0].id) == recs[0]
        assert load_articles(conn, [r.id for r in reversed(recs)] + ["0000000000000000"]) == list(reversed(recs))
        back = load_article(conn, recs[0].id)
    assert back is not None
    assert back.amounts[2].value == 150000 and isinstance(back.amounts[2].value, int)
    assert back.places[1].geonames_id == 4140963
    assert back.events[0].actors[0].code == "USAMIL"


def test_delete_removes_every_fact_row(kb_store):
    a, b = drawdown(), plain(1)
    _put(kb_store, a, b)
    with kb_store.begin() as conn:
        delete_articles(conn, [a.id])
    with kb_store.connect() as conn:
        for tbl in (*t.FACT_TABLES, t.articles):
            col = tbl.c.id if tbl is t.articles else tbl.c.article_id
            assert conn.execute(sa.select(sa.func.count()).select_from(tbl).where(col == a.id)).scalar_one() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(t.event_parties)).scalar_one() == 0
        assert load_article(conn, b.id) == b


def test_sqlite_runs_in_wal_mode_with_fts5(tmp_path):
    store = open_store(tmp_path / "x.db")
    with store.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar_one() == 1
        sql = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'fts'")).scalar_one()
    assert "fts5" in sql.lower()
    store.close()


def test_default_database_is_newsgraph_db_in_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == "sqlite:///newsgraph.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("a/b.db") == "sqlite:///a/b.db"
    open_store().close()
    assert (tmp_path / "newsgraph.db").exists()


def test_postgres_gets_tsvector_columns(kb_store):
    if kb_store.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    with kb_store.connect() as conn:
        cols = conn.execute(sa.text(
            "SELECT table_name, data_type FROM information_schema.columns WHERE column_name = 'tsv' ORDER BY 1"
        )).all()
    assert [tuple(c) for c in cols] == [("articles", "tsvector"), ("quotes", "tsvector")]


def test_open_errors_name_the_database_and_reason(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "folder.db")
    with pytest.raises(StoreError, match="no such knowledge base"):
        open_store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="cannot open the knowledge base"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="garbage.db"):
        open_store(bad)
