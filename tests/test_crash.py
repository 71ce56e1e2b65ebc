"""Crashes and concurrency: kill -9 mid-ingest, two ingests at once, reads during writes.

Each case runs the real CLI (`newsgraph ingest`) in child processes on a small generated corpus,
against SQLite and PostgreSQL (kb_url fixture). Slow: child processes load the spaCy model.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from badcorpus import english_paragraphs
from conftest import ROOT
from kb_db import kb_url  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow

N_ARTICLES = 48


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    cities = ["Leeds", "Lagos", "Lima", "Oslo", "Pune", "Quito", "Riga", "Sofia"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_ARTICLES):
            text = (f"Officials in {cities[i % 8]} said on Monday that {100 + i} families had been moved. "
                    + english_paragraphs(600, f"crash {i}"))
            fh.write(json.dumps({"id": f"c{i}", "text": text, "date": f"2021-04-{1 + i % 28:02d}"}) + "\n")
    return path


def _ingest_cmd(corpus: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", url, "--batch-size", "3"]


def _snapshot(url: str) -> dict[str, object]:
    """Everything an ingest writes, without run ids, timestamps or surrogate keys."""
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    store = open_store(url)
    with store.connect() as c:
        snap: dict[str, object] = {}
        for name, tbl in t.metadata.tables.items():
            if name in ("runs", "ingest_errors"):
                continue
            snap[f"count:{name}"] = c.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one()
        snap["articles"] = sorted(r[0] for r in c.execute(sa.select(t.articles.c.id)))
        snap["entities"] = sorted(tuple(r) for r in c.execute(sa.select(
            t.entities.c.name, t.entities.c.type, t.entities.c.country, t.entities.c.mention_count,
            t.entities.c.article_count)))
        snap["points"] = sorted((r[0], r[1], r[2]) for r in c.execute(sa.select(
            t.points.c.measure, t.points.c.value, t.points.c.article_id)))
    store.close()
    return snap


def test_kill_9_at_five_points_then_resume_equals_clean_run(kb_url, tmp_path) -> None:  # noqa: F811
    corpus = _corpus(tmp_path)
    from newsgraph.store import open_store

    # the clean, uninterrupted run first, into a fresh database of the same kind; its duration sets the
    # range of the kill times, so the kills land inside the run on fast and slow machines alike
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}" if kb_url.startswith("sqlite") else _fresh_pg(kb_url)
    t0 = time.monotonic()
    ok = subprocess.run(_ingest_cmd(corpus, clean_url), cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.monotonic() - t0
    assert ok.returncode == 0, ok.stderr[-2000:]
    open_store(kb_url).close()
    rnd = random.Random(int(os.environ.get("NEWSGRAPH_CRASH_SEED", "11")))
    kill_points: list[float] = []
    span = wall
    # each resumed run has less left to do, and on a loaded machine the clean run's time says little: a run
    # that ends before its kill does not count, and the next kills come earlier (at most 12 runs)
    for _ in range(12):
        if len(kill_points) >= 5:
            break
        proc = subprocess.Popen(_ingest_cmd(corpus, kb_url), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        at = rnd.uniform(0.15, 0.7) * span
        time.sleep(at)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kill_points.append(round(at, 2))
        else:
            span *= 0.6
        proc.wait()
    done = subprocess.run(_ingest_cmd(corpus, kb_url), cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(kill_points) >= 5, kill_points
    resumed = _snapshot(kb_url)
    assert resumed == _snapshot(clean_url)
    assert len(resumed["articles"]) == N_ARTICLES  # type: ignore[arg-type]


def _fresh_pg(url: str) -> str:
    name = "clean_" + str(os.getpid())
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.rsplit("/", 1)[0] + "/" + name


def test_two_ingests_at_once_store_each_article_once(kb_url, tmp_path) -> None:  # noqa: F811
    corpus = _corpus(tmp_path)
    a = subprocess.Popen(_ingest_cmd(corpus, kb_url), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    b = subprocess.Popen(_ingest_cmd(corpus, kb_url), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    out_a, err_a = a.communicate(timeout=600)
    out_b, err_b = b.communicate(timeout=600)
    for rc, err in ((a.returncode, err_a), (b.returncode, err_b)):
        assert rc == 0 or "another ingest" in err.lower() or "locked" in err.lower(), err[-2000:]
        assert "Traceback" not in err
    snap = _snapshot(kb_url)
    assert len(snap["articles"]) == N_ARTICLES  # type: ignore[arg-type]
    assert snap["count:articles"] == N_ARTICLES


def test_reads_while_an_ingest_writes(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import Settings, create_app

    corpus = _corpus(tmp_path)
    db = str(tmp_path / "live.db")
    from newsgraph.store import open_store

    open_store(db).close()  # schema exists before the reader starts
    writer = subprocess.Popen(_ingest_cmd(corpus, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    statuses: list[int] = []
    stop = threading.Event()

    def read_loop() -> None:
        with TestClient(create_app(Settings(db=db))) as c:
            while not stop.is_set():
                for path in ("/api/stats", "/api/articles?limit=5", "/api/search?q=families", "/"):
                    statuses.append(c.get(path).status_code)

    th = threading.Thread(target=read_loop)
    th.start()
    _out, err = writer.communicate(timeout=600)
    stop.set()
    th.join(timeout=60)
    assert writer.returncode == 0, err[-2000:]
    assert len(statuses) > 20
    assert set(statuses) == {200}
