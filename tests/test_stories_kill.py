"""Stories after kill -9: a store of records killed mid-run and resumed gives the partition of a clean run.

test_crash.py kills the real ``newsgraph ingest`` and compares table counts; this kills the kb's own write path
(``kb.store_articles`` of extracted records, no spaCy) while the stories are being assigned, and compares the
partition itself (which reports share a story), the issue's measure. A child process stores the records in
chunks and says when each chunk has committed; the parent kills it right then, while the next chunk is being
stored (three kills at chunks drawn by a fixed seed, each checked to have left the base between two commits),
and a last run stores the rest.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import ROOT
from storycorpus import story_reports

from newsgraph.store import open_store
from newsgraph.store import schema as t

pytestmark = pytest.mark.slow

COPIES = 8  # the small corpus again, a month apart each time: 176 reports
CHUNK = 8  # records per store call (two batches of 4: a kill can land inside either)
CHILD = """
import sys
from newsgraph import kb
from newsgraph.record import Article
recs = [Article.model_validate_json(line) for line in open(sys.argv[1], encoding="utf-8")]
for i in range(0, len(recs), int(sys.argv[3])):
    kb.store_articles(recs[i : i + int(sys.argv[3])], db=sys.argv[2], batch_size=4)
    print(i // int(sys.argv[3]) + 1, flush=True)
"""


def _records(path: Path) -> int:
    out = []
    for k in range(COPIES):
        start = (dt.date(2024, 3, 4) + dt.timedelta(days=30 * k)).isoformat()
        recs, _gold = story_reports(start=start)
        out += [r.model_copy(update={"id": f"{r.id}-{k}"}) for r in recs]
    random.Random(7).shuffle(out)  # not in date order: stories merge and split on the way
    path.write_text("".join(r.model_dump_json() + "\n" for r in out), encoding="utf-8")
    return len(out)


def _store(recs: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(recs), str(db), str(CHUNK)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_after(proc: subprocess.Popen, chunks: int) -> None:
    """SIGKILL the child as soon as it says its ``chunks``-th chunk has committed."""
    for line in proc.stdout:  # type: ignore[union-attr]
        if int(line) >= chunks:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    with open_store(str(db)) as st, st.connect() as c:
        return int(c.execute(sa.select(sa.func.count()).select_from(t.articles)).scalar_one())


def _partition(db: Path) -> set[frozenset[str]]:
    with open_store(str(db)) as st, st.connect() as c:
        rows = c.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all()
    blocks: dict[int, set[str]] = {}
    for aid, sid in rows:
        assert sid is not None, f"{aid} has no story"
        blocks.setdefault(sid, set()).add(aid)
    return {frozenset(b) for b in blocks.values()}


def test_kill_9_while_stories_are_assigned_then_resume_gives_the_clean_partition(tmp_path) -> None:
    recs = tmp_path / "recs.jsonl"
    n = _records(recs)
    clean = tmp_path / "clean.db"
    proc = _store(recs, clean)
    proc.communicate(timeout=900)
    assert proc.returncode == 0
    db = tmp_path / "killed.db"
    chunks = -(-n // CHUNK)
    for at in sorted(random.Random(3).sample(range(1, chunks - 1), 3)):
        _kill_after(proc := _store(recs, db), at)
        assert proc.returncode == -signal.SIGKILL
        assert at * CHUNK <= _stored(db) < n  # killed between two commits, not after the last
    proc = _store(recs, db)
    _out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-2000:]
    assert _stored(db) == n
    assert _partition(db) == _partition(clean)
