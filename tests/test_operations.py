"""Issue 15, operations: verify, backup, delete (retraction, audited), interrupted runs, a full disk."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa
from conftest import ROOT
from kb_db import kb_url  # noqa: F401  (fixture)
from kb_records import drawdown, followup, plain

from newsgraph import kb
from newsgraph.errors import StoreError
from newsgraph.kb import maintenance as ops
from newsgraph.store import open_store
from newsgraph.store import schema as t


def _base(url: str) -> list[str]:
    recs = [drawdown(), followup(3000), followup(4000), plain(1), plain(2, "2021-03-04")]
    s = kb.store_articles(recs, db=url)
    assert s.stored == len(recs)
    return [r.id for r in recs]


def _count(url: str, tbl: sa.Table, **where: str) -> int:
    store = open_store(url)
    try:
        with store.connect() as c:
            q = sa.select(sa.func.count()).select_from(tbl)
            for k, v in where.items():
                q = q.where(tbl.c[k] == v)
            return int(c.execute(q).scalar_one())
    finally:
        store.close()


def test_verify_a_sound_base_then_a_broken_counter(kb_url) -> None:  # noqa: F811
    _base(kb_url)
    checks = ops.verify(kb_url)
    assert all(c.ok for c in checks), [c.to_dict() for c in checks if not c.ok]
    store = open_store(kb_url)
    with store.begin() as c:
        c.execute(t.measures.update().values(point_count=t.measures.c.point_count + 1))
    store.close()
    bad = {c.name: c for c in ops.verify(kb_url)}
    assert not bad["measure counters"].ok and bad["measure counters"].problems


def test_delete_retracts_every_derived_row_and_is_audited(kb_url) -> None:  # noqa: F811
    ids = _base(kb_url)
    victim = ids[0]  # the drawdown report: entities, quotes, events, points
    before_points = _count(kb_url, t.points)
    assert _count(kb_url, t.points, article_id=victim) > 0
    audit = ops.delete_article(victim, db=kb_url, reason="retracted by the publisher", client="tester@host (test)")
    assert audit["removed"]["articles"] == 1 and audit["removed"]["points"] > 0
    for tbl in [x for x in t.metadata.tables.values() if "article_id" in x.c and x.name != "retractions"]:
        assert _count(kb_url, tbl, article_id=victim) == 0, tbl.name
    assert _count(kb_url, t.points) == before_points - audit["removed"]["points"]
    store = open_store(kb_url)
    with store.connect() as c:
        row = c.execute(sa.select(t.retractions)).mappings().one()
        hits = c.execute(sa.text("SELECT count(*) FROM articles WHERE id = :i"), {"i": victim}).scalar_one()
    store.close()
    assert row["article_id"] == victim and row["client"] == "tester@host (test)" and row["at"]
    assert row["reason"] == "retracted by the publisher" and hits == 0
    checks = ops.verify(kb_url)  # counters of entities and measures follow the deletion
    assert all(c.ok for c in checks), [c.to_dict() for c in checks if not c.ok]
    assert not kb.search("drawdown", db=kb_url) or all(h.article_id != victim for h in kb.search("drawdown", db=kb_url))
    with pytest.raises(StoreError, match="no such article"):
        ops.delete_article(victim, db=kb_url)


def test_backup_sqlite_online_and_postgres_says_pg_dump(kb_url, tmp_path) -> None:  # noqa: F811
    _base(kb_url)
    target = tmp_path / "copy.db"
    if not kb_url.startswith("sqlite"):
        with pytest.raises(StoreError, match="pg_dump"):
            ops.backup(target, db=kb_url)
        return
    res = ops.backup(target, db=kb_url)
    assert res["integrity"] == "ok"
    assert _count(f"sqlite:///{target}", t.articles) == _count(kb_url, t.articles) == 5
    with pytest.raises(StoreError, match="exists"):
        ops.backup(target, db=kb_url)


def test_cli_verify_backup_delete(tmp_path) -> None:
    db = str(tmp_path / "kb.db")
    ids = _base(db)
    cli = [sys.executable, "-m", "newsgraph.cli"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cli, *args], cwd=ROOT, capture_output=True, text=True, check=False)

    v = run("verify", "--db", db)
    assert v.returncode == 0 and "FAIL" not in v.stdout, v.stdout + v.stderr
    b = run("backup", str(tmp_path / "b.db"), "--db", db)
    assert b.returncode == 0 and "integrity_check ok" in b.stdout, b.stderr
    d = run("delete", ids[3], "--db", db, "--reason", "test")
    assert d.returncode == 0 and "recorded in retractions" in d.stdout, d.stderr
    d2 = run("delete", "ffffffffffffffff", "--db", db)
    assert d2.returncode == 1 and "no such article" in d2.stderr and "Traceback" not in d2.stderr
    store = open_store(db)
    with store.begin() as c:
        c.execute(t.measures.update().values(point_count=99))
    store.close()
    v2 = run("verify", "--db", db)
    assert v2.returncode == 1 and "FAIL measure counters" in v2.stdout


def test_a_killed_run_is_marked_interrupted_at_the_next_start(tmp_path) -> None:
    db = str(tmp_path / "kb.db")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store = open_store(db)
    with store.begin() as c:
        c.execute(t.runs.insert().values(started_at="2026-01-01T00:00:00+00:00", status="running", sources=[],
                                         options={"owner": {"pid": dead.pid, **{"host": ops.run_owner()["host"]}}},
                                         read=0, stored=0, duplicate=0, non_english=0, failed=0))
        c.execute(t.runs.insert().values(started_at="2026-01-01T00:00:00+00:00", status="running", sources=[],
                                         options={"owner": ops.run_owner()},  # this live process: left alone
                                         read=0, stored=0, duplicate=0, non_english=0, failed=0))
    store.close()
    stale = {c.name: c for c in ops.verify(db)}["runs"]
    assert len(stale.problems) == 1
    kb.store_articles([plain(1)], db=db)
    store = open_store(db)
    with store.connect() as c:
        statuses = [r[0] for r in c.execute(sa.select(t.runs.c.status).order_by(t.runs.c.id))]
    store.close()
    assert statuses == ["interrupted", "running", "done"]


@pytest.mark.slow
def test_sigterm_marks_the_run_interrupted(tmp_path) -> None:
    returncode, err, status = _sigterm_run(tmp_path, n_process=1)
    assert returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert status == "interrupted"


@pytest.mark.slow
def test_sigterm_marks_a_multiprocess_run_interrupted(tmp_path) -> None:
    # the default --n-process on a multi-core machine; it once hung here (Pool.terminate waited on a queue
    # lock held by a worker the handler had killed): the helper's timeouts fail the test instead of hanging
    returncode, err, status = _sigterm_run(tmp_path, n_process=2)
    assert returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert status == "interrupted"


def _sigterm_run(tmp_path, n_process: int) -> tuple[int, str, str]:
    """Ingest in a child, SIGTERM it after its first commit: (exit code, stderr, the first run's status)."""
    import contextlib
    import json
    import os
    import signal
    import time

    from badcorpus import english_paragraphs

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": english_paragraphs(800, f"term {i}")}) + "\n" for i in range(200)))
    db = str(tmp_path / "kb.db")
    # its own session: the test can kill the whole group (the CLI and any worker) if it ever hangs
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", db, "-q",
                             "--batch-size", "2", "--n-process", str(n_process)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:  # wait for the first committed batch
            try:
                if _count(db, t.articles) > 0:
                    break
            except Exception:
                pass
            time.sleep(0.3)
        assert proc.poll() is None, "the ingest ended before the signal"
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=120)
    finally:  # a hard bound: never leave the child and its workers behind, never hang the suite
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    with contextlib.suppress(ProcessLookupError):  # the group is empty: every worker was reaped
        os.killpg(proc.pid, 0)
        pytest.fail("a process of the interrupted ingest outlived it")
    store = open_store(db)
    with store.connect() as c:
        status = c.execute(sa.select(t.runs.c.status)).scalar_one()
    store.close()
    if status == "running":  # the signal cut the last write short: the next start marks the run
        kb.store_articles([plain(1)], db=db)
        store = open_store(db)
        with store.connect() as c:
            status = c.execute(sa.select(t.runs.c.status).order_by(t.runs.c.id)).scalars().first()
        store.close()
    return int(proc.returncode), err, str(status)


_FULL = """
import sqlalchemy as sa
from sqlalchemy.engine import Engine

@sa.event.listens_for(Engine, "connect")
def _small(dbapi_conn, _rec):
    # a disk that fills up: SQLite refuses to grow the file past this many pages (SQLITE_FULL)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA max_page_count = {pages}")
    cur.close()

from newsgraph.cli import main
main()
"""


def test_disk_full_is_one_line_and_the_base_stays_usable(tmp_path) -> None:
    from badcorpus import english_paragraphs

    from newsgraph.record import Article, article_id

    db = str(tmp_path / "kb.db")
    kb.store_articles([plain(1)], db=db)
    store = open_store(db)
    with store.connect() as c:
        pages = int(c.exec_driver_sql("PRAGMA page_count").scalar())
    store.close()
    recs = [Article(id=article_id(txt), text=txt) for txt in (english_paragraphs(40_000, f"full {i}") for i in range(30))]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "recs.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in recs))
    script = tmp_path / "full.py"
    script.write_text(textwrap.dedent(_FULL.format(pages=pages + 40)))
    # the records' text goes through the extractor; a small batch gives commits before the disk fills
    p = subprocess.run([sys.executable, str(script), "ingest", str(folder), "--db", db, "-q", "--batch-size", "2"],
                       cwd=ROOT, capture_output=True, text=True, check=False, timeout=900)
    assert p.returncode == 1, (p.stdout, p.stderr[-3000:])
    assert "Traceback" not in p.stderr
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "disk full" in lines[0], p.stderr[-3000:]
    checks = ops.verify(db)  # usable: sound, and the batches before the full disk are there
    assert all(c.ok for c in checks), [c.to_dict() for c in checks if not c.ok]
    assert _count(db, t.articles) >= 1
