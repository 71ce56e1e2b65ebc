"""Knowledge-base ingest and query benchmark.

    python benchmarks/ingest.py --data ../shared/data/news/allsides_world_conflict_dev.jsonl.gz --n 5000 \
        --n-process 2 --pg-url "$NEWSGRAPH_TEST_PG_URL" --replicate 100000 --json bench_ingest.json

Measured in one run, so the ratios share the machine's load:

1. ``extract_many`` alone over the first N records (read by ``newsgraph.ingest.read_sources``): articles/s;
2. ``kb.ingest`` of the same records into a fresh SQLite base, then into a fresh PostgreSQL base
   (with --pg-url): articles/s end to end, and the ratio to (1);
3. re-ingest into the SQLite base: new rows (must be 0);
4. query latency p50/p95 (entity page, timeline, search) on the SQLite base, then again after replicating
   its articles (with every fact row) up to --replicate articles with synthetic ids;
5. kill -9 at a random point of an ingest of --kill-n records, resume, and compare every table's row
   count with a clean ingest of the same records.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from newsgraph import extract_many, kb
from newsgraph.ingest import read_sources
from newsgraph.store import open_store
from newsgraph.store import schema as t


def reads(path: str, n: int) -> list[Any]:
    return list(itertools.islice(read_sources([path]), n))


def counts(url: str) -> dict[str, int]:
    store = open_store(url)
    with store.connect() as conn:
        out = {name: int(conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one())
               for name, tbl in t.metadata.tables.items() if name not in ("runs", "ingest_errors")}
    store.close()
    return out


def time_extract(rs: list[Any], n_process: int, batch_size: int) -> float:
    t0 = time.perf_counter()
    n = sum(1 for _ in extract_many([r.item for r in rs if r.item is not None], n_process=n_process,
                                    batch_size=batch_size))
    assert n == sum(1 for r in rs if r.item is not None)
    return time.perf_counter() - t0


def time_ingest(rs: list[Any], url: str, n_process: int, batch_size: int) -> tuple[float, kb.IngestSummary]:
    t0 = time.perf_counter()
    s = kb.ingest(rs, db=url, n_process=n_process, batch_size=batch_size)
    return time.perf_counter() - t0, s


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def latency(url: str, rounds: int = 200, seed: int = 7) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    store = open_store(url)
    with store.connect() as conn:
        ents = list(conn.execute(sa.select(t.entities.c.name).order_by(t.entities.c.mention_count.desc()).limit(300))
                    .scalars())
        meas = list(conn.execute(sa.select(t.measures.c.key).order_by(t.measures.c.point_count.desc()).limit(100))
                    .scalars())
        words = [w for w in ("troops", "ceasefire", "sanctions", "election", "missile", "refugees", "Iran nuclear",
                             "peace talks", "border", "protesters police", "United Nations", "embassy")]
    out: dict[str, dict[str, float]] = {}
    jobs = {
        "entity page": lambda: kb.entity(rng.choice(ents), db=store),
        "timeline": lambda: kb.timeline(rng.choice(meas), db=store),
        "search": lambda: kb.search(rng.choice(words), db=store),
    }
    for name, fn in jobs.items():
        fn()  # warm the caches once
        ms, cpu = [], []
        for _ in range(rounds):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            ms.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        out[name] = {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(pct(ms, 95), 2),
                     # client CPU: all of the work for SQLite (in-process), far less than it for PostgreSQL
                     "cpu_p50_ms": round(statistics.median(cpu), 2), "cpu_p95_ms": round(pct(cpu, 95), 2)}
    store.close()
    return out


#: a copy's fts rowid: the original's, moved past the last one (:base, see below), parity kept
_FTS_ROWID = "(:base + fts_rowid / 2) * 2"
_COPY = {  # table -> columns rewritten per copy (k): article ids get a 3-digit suffix, event ids an offset
    "articles": {"id": "substr(id, 1, 12) || 'x' || printf('%03d', :k)", "fts_rowid": _FTS_ROWID},
    "article_entities": {"fts_rowid": _FTS_ROWID},
    "paragraphs": {}, "mentions": {}, "quotes": {}, "amounts": {}, "changes": {},
    "times": {}, "places": {},
    "events": {"id": "id + :k * 10000000"},
    "event_parties": {"event_id": "event_id + :k * 10000000"},
    "points": {"id": None},
}


def replicate(path: str, target: int) -> int:
    """Copy every article with all its fact rows (new ids) until the base holds ``target`` articles.

    The originals are snapshotted into temporary tables once, so each copy reads only them (the FTS
    table's article_id column is not indexed: scanning the growing table per copy is quadratic)."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA temp_store = MEMORY")
    n0 = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.execute("CREATE TEMP TABLE o_fts AS SELECT rowid AS r, body, kind, article_id, ref FROM fts")
    cols_of: dict[str, list[str]] = {}
    for name in _COPY:
        cols_of[name] = [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
        con.execute(f"CREATE TEMP TABLE o_{name} AS SELECT * FROM main.{name}")
    k = 1
    while n0 * (k + 1) <= target and k < 999:
        # the copies' fts rowids follow the last one, keeping each row's parity (even: article, odd: quote)
        base = con.execute("SELECT rowid FROM fts ORDER BY rowid DESC LIMIT 1").fetchone()[0] // 2 + 1
        for name, rewrite in _COPY.items():
            sel, ins = [], []
            for c in cols_of[name]:
                expr = rewrite.get(c, f'"{c}"')
                if c == "article_id":
                    expr = "substr(article_id, 1, 12) || 'x' || printf('%03d', :k)"
                if expr is None:
                    continue
                ins.append(f'"{c}"')
                sel.append(expr)
            con.execute(f"INSERT INTO main.{name} ({', '.join(ins)}) SELECT {', '.join(sel)} FROM o_{name}",
                        {"k": k, "base": base})
        con.execute("INSERT INTO fts (rowid, body, kind, article_id, ref) SELECT (:base + r / 2) * 2 + r % 2, body, "
                    "kind, substr(article_id, 1, 12) || 'x' || printf('%03d', :k), ref FROM o_fts ORDER BY r",
                    {"k": k, "base": base})
        con.commit()
        k += 1
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    # the counters `newsgraph verify` checks: each entity's mentions and articles, each measure's points
    con.execute("UPDATE entities SET mention_count = coalesce((SELECT sum(ae.mention_count) FROM article_entities ae "
                "WHERE ae.entity_id = entities.id), 0), article_count = (SELECT count(DISTINCT ae.article_id) "
                "FROM article_entities ae WHERE ae.entity_id = entities.id)")
    con.execute("UPDATE measures SET point_count = (SELECT count(*) FROM points p WHERE p.measure = measures.key)")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return int(total)


def kill_and_resume(path: str, n: int, n_process: int, batch_size: int, seed: int = 11) -> dict[str, Any]:
    """Clean ingest vs an ingest killed with SIGKILL at a random time and resumed: equal row counts?"""
    tmp = Path(tempfile.mkdtemp(prefix="ng-kill-"))
    clean, killed = tmp / "clean.db", tmp / "killed.db"
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", "-q", "--n-process", str(n_process),
           "--batch-size", str(batch_size)]
    src = tmp / "sample.jsonl"
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
        for line in itertools.islice(fh, n):
            out.write(line)
    t0 = time.perf_counter()
    subprocess.run([*cmd, str(src), "--db", str(clean)], check=True, capture_output=True)
    clean_s = time.perf_counter() - t0
    delay = random.Random(seed).uniform(0.3, 0.8) * clean_s
    proc = subprocess.Popen([*cmd, str(src), "--db", str(killed)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(f"sqlite:///{killed}")["articles"]
    subprocess.run([*cmd, str(src), "--db", str(killed)], check=True, capture_output=True)
    a, b = counts(f"sqlite:///{clean}"), counts(f"sqlite:///{killed}")
    return {"n": n, "killed_after_s": round(delay, 1), "articles_at_kill": partial, "equal": a == b,
            "clean": a, "resumed": b}


def store_only(records: list[Any], url: str, reps: int = 3) -> dict[str, float]:
    """Articles/s of storing ready records (no extraction): the store's share of an ingest, which
    unlike the end-to-end ratio hardly depends on how busy the machine's cores are."""
    best = cpu = float("inf")
    for _ in range(reps):
        if url.startswith("sqlite:///"):
            for p in Path(url[len("sqlite:///"):]).parent.glob(Path(url).name + "*"):
                p.unlink()
        else:
            eng = sa.create_engine(url)
            with eng.begin() as conn:
                conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            eng.dispose()
        open_store(url).close()  # migrations outside the timer
        t0, c0 = time.perf_counter(), time.process_time()
        kb.ingest(records, db=url, batch_size=64)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return {"s": round(best, 2), "articles_per_s": round(len(records) / best, 1),
            "cpu_ms_per_article": round(cpu / len(records) * 1000, 2)}


def extract_cpu(rs: list[Any], n: int = 40) -> float:
    """CPU milliseconds per article of extract_many (one process, so process_time sees all of it)."""
    items = [r.item for r in rs[:n] if r.item is not None]
    c0 = time.process_time()
    k = sum(1 for _ in extract_many(items, n_process=1, batch_size=64))
    return round((time.process_time() - c0) / k * 1000, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data/news/allsides_world_conflict_dev.jsonl.gz")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--pg-url", default=os.environ.get("NEWSGRAPH_TEST_PG_URL"))
    ap.add_argument("--replicate", type=int, default=100000)
    ap.add_argument("--kill-n", type=int, default=150)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--json", default=None, help="write the results here too")
    ap.add_argument("--replicate-only", default=None, help="replicate this SQLite file, then measure latency")
    ap.add_argument("--kill-only", action="store_true", help="only the kill -9 / resume check")
    ap.add_argument("--latency-only", default=None, help="only measure query latency on this base URL")
    ap.add_argument("--store-only-from", default=None,
                    help="only time storing the records of this base again (no extraction)")
    args = ap.parse_args()

    work = Path(args.workdir or tempfile.mkdtemp(prefix="ng-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                           f"Python {platform.python_version()}", "n": args.n, "n_process": args.n_process,
                           "batch_size": args.batch_size}
    if args.replicate_only:
        t0 = time.perf_counter()
        total = replicate(args.replicate_only, args.replicate)
        res = {"replicated": {"articles": total, "s": round(time.perf_counter() - t0, 1)}}
        res["latency"] = latency(f"sqlite:///{args.replicate_only}")
        print(json.dumps(res, indent=2))
        return
    if args.kill_only:
        print(json.dumps(kill_and_resume(args.data, args.kill_n, args.n_process, args.batch_size), indent=2))
        return
    if args.latency_only:
        res = {"date": res["date"], "machine": res["machine"]}
        res["latency"] = {"articles": counts(args.latency_only)["articles"], **latency(args.latency_only)}
        print(json.dumps(res, indent=2))
        return
    if args.store_only_from:
        from newsgraph.kb.export import iter_articles

        recs = list(iter_articles(db=args.store_only_from))
        extract_many(["warm up the model."]).__next__()
        res["extract_cpu_ms_per_article"] = extract_cpu(reads(args.data, 40))
        res["store_only"] = {"articles": len(recs),
                             "sqlite": store_only(recs, f"sqlite:///{work / 'store_only.db'}")}
        if args.pg_url:
            res["store_only"]["postgresql"] = store_only(recs, args.pg_url)
        print(json.dumps(res, indent=2))
        return
    rs = reads(args.data, args.n)
    res["read"] = len(rs)
    extract_many(["warm up the model."]).__next__()

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    secs = time_extract(rs, args.n_process, args.batch_size)
    res["extract_many"] = {"s": round(secs, 1), "articles_per_s": round(len(rs) / secs, 2)}
    log(f"extract_many: {res['extract_many']}")
    sqlite_path = work / "bench.db"
    for p in work.glob("bench.db*"):
        p.unlink()
    targets = [("sqlite", f"sqlite:///{sqlite_path}")]
    for name, url in targets + ([("postgresql", args.pg_url)] if args.pg_url else []):
        if name == "postgresql":
            eng = sa.create_engine(url)
            with eng.begin() as conn:
                conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            eng.dispose()
        secs, s = time_ingest(rs, url, args.n_process, args.batch_size)
        res[f"ingest_{name}"] = {"s": round(secs, 1), "articles_per_s": round(len(rs) / secs, 2),
                                 "ratio_to_extract_many": round(res["extract_many"]["s"] / secs, 3),
                                 "summary": s.counts()}
        log(f"ingest {name}: {res[f'ingest_{name}']}")
    before = counts(targets[0][1])
    secs, s = time_ingest(rs, targets[0][1], args.n_process, args.batch_size)
    after = counts(targets[0][1])
    res["reingest_sqlite"] = {"s": round(secs, 1), "summary": s.counts(),
                              "new_rows": sum(after.values()) - sum(before.values())}
    log(f"re-ingest: {res['reingest_sqlite']}")
    res["latency_sqlite_n"] = {"articles": before["articles"], **latency(targets[0][1])}
    log(f"latency at {before['articles']}: {res['latency_sqlite_n']}")
    if args.pg_url:
        res["latency_postgresql_n"] = latency(args.pg_url)
        log(f"latency pg: {res['latency_postgresql_n']}")
    if args.replicate:
        t0 = time.perf_counter()
        total = replicate(str(sqlite_path), args.replicate)
        res["replicated"] = {"articles": total, "s": round(time.perf_counter() - t0, 1)}
        res["latency_sqlite_replicated"] = {"articles": total, **latency(targets[0][1])}
        log(f"latency at {total}: {res['latency_sqlite_replicated']}")
    if args.kill_n:
        res["kill_resume"] = kill_and_resume(args.data, args.kill_n, args.n_process, args.batch_size)
        log(f"kill -9/resume: equal={res['kill_resume']['equal']}")
    text = json.dumps(res, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
