"""Soak run: one knowledge base served, written and read at once, then checked.

    python benchmarks/soak.py --db /tmp/soak.db --json            # SQLite
    python benchmarks/soak.py --db postgresql+psycopg://... --json

What runs at the same time, all on loopback:

- ``newsgraph serve`` over the base (a child process);
- ``newsgraph ingest`` of a generated JSONL corpus, a small batch per transaction (a child process);
- ``newsgraph stats`` run again and again (a child process each time, the way a cron job or a person
  polling would), each of which opens, migrates-if-needed and closes the base;
- 8 HTTP reader threads, each doing a fixed number of rounds over the read routes (and going on while
  the ingest still runs, so that the reads overlap every commit).

Then: every status and exit code, the SQLite ``PRAGMA integrity_check`` (``newsgraph verify`` checks on
PostgreSQL), and the table counts compared with a clean, unshared ingest of the same corpus. The test
(tests/test_soak.py) and benchmarks/reliability.py call :func:`soak`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

READ_PATHS = ("/api/stats", "/api/articles?limit=5", "/api/search?q=families", "/", "/api/measures",
              "/api/entities?limit=5", "/api/quotes?limit=5")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def write_corpus(path: Path, n: int) -> Path:
    from badcorpus import english_paragraphs

    cities = ["Leeds", "Lagos", "Lima", "Oslo", "Pune", "Quito", "Riga", "Sofia"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"Officials in {cities[i % 8]} said on Monday that {100 + i} families had been moved. "
                    + english_paragraphs(500, f"soak {i}"))
            fh.write(json.dumps({"id": f"s{i}", "text": text, "date": f"2021-04-{1 + i % 28:02d}"}) + "\n")
    return path


def table_counts(url: str) -> dict[str, int]:
    import sqlalchemy as sa

    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    store = open_store(url, create=False)
    try:
        with store.connect() as conn:
            return {name: int(conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one())
                    for name, tbl in t.metadata.tables.items() if name not in ("runs", "ingest_errors")}
    finally:
        store.close()


def integrity(url: str) -> str:
    """SQLite: the text of PRAGMA integrity_check ("ok" when sound). PostgreSQL: "ok" when every table
    can be read end to end (the server keeps its own files consistent; there is no integrity pragma)."""
    import sqlalchemy as sa

    if url.startswith("sqlite"):
        import sqlite3

        con = sqlite3.connect(url[len("sqlite:///"):], timeout=30)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
        return "; ".join(rows)
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    store = open_store(url, create=False)
    try:
        with store.connect() as conn:
            for tbl in t.metadata.tables.values():
                conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one()
    finally:
        store.close()
    return "ok"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(base: str, path: str) -> int:
    try:
        with urllib.request.urlopen(base + path, timeout=60) as resp:
            resp.read()
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        exc.read()
        return int(exc.code)
    except OSError:
        return 0  # no answer at all (connection refused or reset): counted as an error


def _wait_up(base: str, proc: subprocess.Popen[str], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        if _get(base, "/api/stats") == 200:
            return
        time.sleep(0.2)
    raise RuntimeError("server did not answer in time")


def soak(url: str, workdir: Path, *, n_articles: int = 32, rounds: int = 10, readers: int = 8,
         batch_size: int = 2, clean_url: str | None = None) -> dict[str, Any]:
    """Run the soak against the (empty) base at ``url``; compare with a clean run into ``clean_url``."""
    from newsgraph.store import open_store

    workdir.mkdir(parents=True, exist_ok=True)
    corpus = write_corpus(workdir / "soak.jsonl", n_articles)
    env = _env()
    ingest_args = ["ingest", str(corpus), "--batch-size", str(batch_size), "-q"]
    clean: dict[str, int] | None = None
    if clean_url is not None:
        done = subprocess.run(_cli(*ingest_args, "--db", clean_url), env=env, capture_output=True, text=True,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"clean ingest failed: {done.stderr[-2000:]}")
        clean = table_counts(clean_url)
    open_store(url).close()  # the schema exists before the server starts
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(_cli("serve", "--db", url, "--port", str(port)), env=env, text=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    statuses: Counter[int] = Counter()
    cli_runs: Counter[int] = Counter()
    cli_errors: list[str] = []
    lock = threading.Lock()
    ingest_done = threading.Event()
    t0 = time.monotonic()
    try:
        _wait_up(base, server)
        writer = subprocess.Popen(_cli(*ingest_args, "--db", url), env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def http_reader(k: int) -> None:
            done_rounds = 0
            while done_rounds < rounds or not ingest_done.is_set():
                for path in READ_PATHS[k % 2:] + READ_PATHS[: k % 2]:
                    code = _get(base, path)
                    with lock:
                        statuses[code] += 1
                done_rounds += 1

        def cli_reader() -> None:
            n = 0
            while n < 2 or not ingest_done.is_set():
                p = subprocess.run(_cli("stats", "--db", url, "--format", "json"), env=env, capture_output=True,
                                   text=True, check=False)
                with lock:
                    cli_runs[p.returncode] += 1
                    if p.returncode != 0:
                        cli_errors.append(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "?")
                n += 1

        threads = [threading.Thread(target=http_reader, args=(k,)) for k in range(readers)]
        threads.append(threading.Thread(target=cli_reader))
        for th in threads:
            th.start()
        out, err = writer.communicate(timeout=900)
        ingest_done.set()
        for th in threads:
            th.join(timeout=300)
        seconds = time.monotonic() - t0
    finally:
        ingest_done.set()
        server.terminate()
        try:
            _, server_err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            _, server_err = server.communicate()
    counts = table_counts(url)
    requests = sum(statuses.values())
    server_errors = sum(n for code, n in statuses.items() if code >= 500 or code == 0)
    return {
        "backend": "sqlite" if url.startswith("sqlite") else "postgresql",
        "articles": n_articles, "batch_size": batch_size, "readers": readers, "rounds": rounds,
        "seconds": round(seconds, 1),
        "requests": requests, "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": server_errors,
        "cli_reads": sum(cli_runs.values()), "cli_failures": sum(n for rc, n in cli_runs.items() if rc != 0),
        "cli_errors": cli_errors[:5],
        "ingest_rc": writer.returncode, "ingest_stderr": err.strip()[-500:], "ingest_stdout": out.strip()[-300:],
        "server_tracebacks": server_err.count("Traceback"),
        "integrity": integrity(url),
        "counts": counts, "clean_counts": clean, "counts_equal": clean is None or counts == clean,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="an EMPTY base: SQLite path or PostgreSQL URL")
    ap.add_argument("--clean-db", help="where the clean comparison run goes (default: a temporary SQLite file)")
    ap.add_argument("--articles", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    import tempfile

    from newsgraph.store.engine import resolve_url

    work = Path(tempfile.mkdtemp(prefix="ng-soak-"))
    clean = a.clean_db or str(work / "clean.db")
    res = soak(resolve_url(a.db), work, n_articles=a.articles, rounds=a.rounds, clean_url=resolve_url(clean))
    print(json.dumps(res, indent=None if a.json else 2))


if __name__ == "__main__":
    main()
