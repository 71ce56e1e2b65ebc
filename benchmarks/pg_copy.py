"""Copy a SQLite knowledge base into an empty PostgreSQL base, row for row, to time the queries at scale.

    python benchmarks/pg_copy.py --sqlite big.db --pg postgresql+psycopg://user@host:port/db [--json out.json]

The replicated 100,000-article bases of ``benchmarks/ingest.py`` are made on SQLite (``replicate``);
storing 100,000 records through ``store_articles`` on PostgreSQL would re-run the person repair and the
story features per record (hours here). This copies the stored rows instead, no NLP and no store logic:
the PostgreSQL base is made by the migrations (it must reach the same revision as the SQLite one), its
secondary indexes are dropped and made again once the rows are in (one build each instead of an update
per row), foreign-key triggers are off while copying (``session_replication_role = replica``; the rows
come from a base that held them), rows go through ``COPY``, the sequences move past the largest ids
(event ids past PostgreSQL's integer, as ``replicate`` makes them, are renumbered in order), and
the planner's statistics are gathered (``ANALYZE``). SQLite's ``fts`` table has no counterpart: the
generated ``tsv`` columns are computed by PostgreSQL as the rows arrive. Needs a superuser (the throwaway
server of ``scripts/with_postgres.sh`` is one).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from typing import Any

import sqlalchemy as sa

from newsgraph.store import open_store
from newsgraph.store import schema as t


def _pg_columns(cur: Any, table: str) -> list[str]:
    """The columns COPY may write (generated ones, ``tsv``, are computed by the server)."""
    cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))
    return [r[0] for r in cur.fetchall()]


def _secondary_indexes(cur: Any) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of every index that backs no constraint."""
    cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT IN "
                "(SELECT conname FROM pg_constraint)")
    return [(r[0], r[1]) for r in cur.fetchall()]


#: ids kept as SQLite holds them unless over PostgreSQL's integer: then renumbered 1..n in their order, with
#: the columns that point at them (``replicate`` offsets each copy's event ids by 10,000,000 x copy)
_RENUMBER = {"events": ("id", [("events", "id"), ("event_parties", "event_id")])}


def _select(src: sqlite3.Connection, table: str, names: list[str], maps: dict[tuple[str, str], str]) -> str:
    """The SELECT that reads ``table``'s columns, through the renumbering maps that apply to it."""
    cols, joins = [], []
    for c in names:
        m = maps.get((table, c))
        if m is None:
            cols.append(f'"{table}"."{c}"')
        else:
            cols.append(f"{m}.new")
            joins.append(f'JOIN {m} ON {m}.old = "{table}"."{c}"')
    return f'SELECT {", ".join(cols)} FROM "{table}" {" ".join(joins)}'


def _renumbering(src: sqlite3.Connection) -> dict[tuple[str, str], str]:
    maps: dict[tuple[str, str], str] = {}
    for table, (key, users) in _RENUMBER.items():
        top = src.execute(f'SELECT max("{key}") FROM "{table}"').fetchone()[0]
        if top is not None and top > 2**31 - 1:
            name = f"map_{table}"
            src.execute(f'CREATE TEMP TABLE {name} (old INTEGER PRIMARY KEY, new INTEGER) ')
            src.execute(f'INSERT INTO {name} SELECT "{key}", row_number() OVER (ORDER BY "{key}") FROM "{table}"')
            maps.update({u: name for u in users})
    return maps


def copy_base(sqlite_path: str, pg_url: str) -> dict[str, Any]:
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    src.execute("PRAGMA temp_store = MEMORY")
    rev = src.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    maps = _renumbering(src)
    store = open_store(pg_url)  # the migrations make the schema
    with store.connect() as conn:
        pg_rev = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        if pg_rev != rev:
            raise SystemExit(f"revisions differ: SQLite {rev}, PostgreSQL {pg_rev}")
        if conn.execute(sa.select(sa.func.count()).select_from(t.articles)).scalar_one():
            raise SystemExit("the PostgreSQL base is not empty")
    raw = store.engine.raw_connection()
    pg = raw.driver_connection
    out: dict[str, Any] = {"revision": rev, "tables": {}}
    t0 = time.perf_counter()
    with pg.cursor() as cur:
        cur.execute("SET session_replication_role = replica")
        cur.execute("SET maintenance_work_mem = '512MB'")
        indexes = _secondary_indexes(cur)
        for name, _sql in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        have = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in t.metadata.sorted_tables:  # parents before children
            if table.name not in have:
                continue
            lite = {r[1] for r in src.execute(f'PRAGMA table_info("{table.name}")')}
            cols = [c for c in _pg_columns(cur, table.name) if c in lite]
            names = ", ".join(f'"{c}"' for c in cols)
            t1, n = time.perf_counter(), 0
            with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as cp:
                for row in src.execute(_select(src, table.name, cols, maps)):
                    cp.write_row(row)
                    n += 1
            pg.commit()
            out["tables"][table.name] = {"rows": n, "s": round(time.perf_counter() - t1, 1)}
            print(table.name, out["tables"][table.name], flush=True)
        t1 = time.perf_counter()
        for _name, sql in indexes:
            cur.execute(sql)
            pg.commit()
        out["indexes_s"] = round(time.perf_counter() - t1, 1)
        cur.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND column_default LIKE 'nextval%%'")
        for table_name, col in cur.fetchall():
            cur.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max(\"{col}\"), 0) + 1, false) "
                        f'FROM "{table_name}"', (table_name, col))
        cur.execute("SET session_replication_role = DEFAULT")
        pg.commit()
        pg.autocommit = True
        cur.execute("ANALYZE")
    raw.close()
    store.close()
    out["wall_s"] = round(time.perf_counter() - t0, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sqlite", required=True, help="the SQLite base to copy (read only)")
    ap.add_argument("--pg", required=True, help="an empty PostgreSQL base's URL (postgresql+psycopg://...)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    res = copy_base(args.sqlite, args.pg)
    print(json.dumps(res))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
