"""Issue 15, item 1: no corruption and no spurious errors under ordinary concurrent use.

The soak (benchmarks/soak.py) serves a base, ingests into it, runs `newsgraph stats` again and again and
has 8 HTTP readers do fixed rounds of reads, all at once, on SQLite and on PostgreSQL. Before the fix a
second descriptor opened and closed on the SQLite file by every `open_store` dropped SQLite's own POSIX
locks, and the server answered hundreds of reads with 500 ("disk I/O error").
"""

from __future__ import annotations

import os
import sys

import pytest
from conftest import ROOT
from kb_db import kb_url  # noqa: F401  (fixture)

sys.path.insert(0, str(ROOT / "benchmarks"))

pytestmark = pytest.mark.slow


def test_soak_serve_ingest_cli_and_8_readers(kb_url, tmp_path) -> None:  # noqa: F811
    from soak import soak

    res = soak(kb_url, tmp_path / "work", n_articles=20, rounds=6, readers=8,
               clean_url=f"sqlite:///{tmp_path / 'clean.db'}")
    assert res["ingest_rc"] == 0, res["ingest_stderr"]
    assert res["requests"] >= 8 * 6 * 7
    assert res["server_errors"] == 0, res["statuses"]
    assert set(res["statuses"]) == {"200"}, res["statuses"]
    assert res["server_tracebacks"] == 0
    assert res["cli_reads"] >= 2 and res["cli_failures"] == 0, res["cli_errors"]
    assert res["integrity"] == "ok"
    assert res["counts"]["articles"] == 20
    assert res["counts_equal"], (res["counts"], res["clean_counts"])


def test_open_store_never_opens_the_database_file_itself(tmp_path, monkeypatch) -> None:
    """Closing any descriptor of a SQLite file drops every POSIX lock the process holds on it, so
    newsgraph must leave the file to SQLite alone (the schema-creation lock is a separate file)."""
    from newsgraph.store import open_store

    db = tmp_path / "kb.db"
    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    for _ in range(2):  # creation, then an open of an existing base
        open_store(str(db)).close()
    assert str(db) not in opened
    assert db.exists()


def test_every_sqlite_connection_has_wal_and_a_busy_timeout(tmp_path) -> None:
    from newsgraph.store import open_store

    store = open_store(str(tmp_path / "kb.db"))
    try:
        with store.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
    finally:
        store.close()
