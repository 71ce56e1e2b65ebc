"""Bounded loopback load on the web API: latency percentiles and errors.

    python benchmarks/serve.py --db kb5000.db --requests 2000 --concurrency 8 --json
    python benchmarks/serve.py --synthetic 5000 --json      # builds a KB of replicated hand-made records

The server runs in its own process (uvicorn, --workers N worker processes, 1 by default, 127.0.0.1 only) so the load generator does
not share its interpreter. Requests cycle over article, entity and timeline endpoints (JSON and HTML)
with ids drawn from the database; the loop is bounded by --requests and --max-seconds and stops by
itself. Only loopback is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def synthetic_kb(path: str, n: int) -> None:
    """n distinct articles made from templates written here, each with entities, a quote and a measure."""
    from newsgraph import kb
    from newsgraph.record import Article, article_id

    people = ["Ana Ruiz", "Omar Haddad", "Lena Fischer", "Tom Becker", "Mira Patel", "Jon Park"]
    places = [("Iraq", "IRQ"), ("Mali", "MLI"), ("Syria", "SYR"), ("Niger", "NER"), ("Yemen", "YEM")]
    recs = []
    for i in range(n):
        who = people[i % len(people)]
        where, iso = places[i % len(places)]
        value = 1000 + (i * 37) % 4000
        text = (f"Report {i}: {who} said on Monday that {value:,} troops remained in {where}. "
                f'"We will stay as long as needed," {who.split()[1]} said.')
        s_val = text.index(f"{value:,}")
        q0 = text.index("We will")
        q1 = text.index(',"')
        recs.append(Article.model_validate({
            "id": article_id(text), "published": f"20{10 + i % 11:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "language": "en", "title": f"Report {i}", "text": text,
            "paragraphs": [{"start": 0, "end": len(text), "kind": "body"}],
            "entities": [
                {"id": "E1", "name": who, "type": "PERSON", "mentions": [
                    {"start": text.index(who), "end": text.index(who) + len(who), "text": who}]},
                {"id": "E2", "name": where, "type": "GPE", "country": iso, "mentions": [
                    {"start": text.index(where), "end": text.index(where) + len(where), "text": where}]}],
            "quotes": [{"id": "Q1", "text": text[q0:q1], "kind": "direct", "speaker": "E1", "speaker_name": who,
                        "cue": "said", "start": q0, "end": q1}],
            "amounts": [{"value": value, "text": f"{value:,}", "kind": "count", "object": "troops",
                         "measure": f"troops:-:{iso}", "location": iso, "start": s_val,
                         "end": s_val + len(f"{value:,}")}],
        }))
    kb.store_articles(recs, db=path)


def _targets(db: str, browse_too: bool = False) -> dict[str, list[str]]:
    from newsgraph import kb
    from newsgraph.kb import browse

    store = kb.open_store(db)
    arts = [a.id for a in browse.articles(db=store, limit=200).items]
    ents = [str(e.id) for e in browse.entity_list(db=store, limit=200).items]
    meas = [m["key"] for m in kb.measures(db=store, limit=50)]
    store.close()
    out = {
        "article_json": [f"/api/articles/{a}" for a in arts],
        "article_page": [f"/articles/{a}" for a in arts],
        "entity_json": [f"/api/entities/{e}" for e in ents],
        "timeline_json": [f"/api/measures/{m}/timeline" for m in meas],
    }
    if browse_too:  # the index pages, the entity page and search (issue 21)
        out.update({
            "entity_page": [f"/entities/{e}" for e in ents],
            "index_pages": [f"/{p}?offset={o}" for p in ("articles", "entities", "measures") for o in (0, 50)],
            "search_json": [f"/api/search?q={w}" for w in ("troops", "said", "%22will+stay%22", "Iraq")],
        })
    return out


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return int(port)


async def _load(base: str, paths: list[tuple[str, str]], concurrency: int, max_seconds: float) -> dict[str, Any]:
    import httpx

    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    queue = list(paths)
    deadline = time.monotonic() + max_seconds

    async def worker(client: httpx.AsyncClient) -> None:
        while queue and time.monotonic() < deadline:
            kind, path = queue.pop()
            t0 = time.perf_counter()
            try:
                r = await client.get(path)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            lat.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            if not ok:
                errors[kind] = errors.get(kind, 0) + 1

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return {"latency_ms": lat, "errors": errors, "unsent": len(queue)}


async def _load_raw(port: int, paths: list[tuple[str, str]], concurrency: int, max_seconds: float) -> dict[str, Any]:
    """The same load from plain asyncio streams: keep-alive HTTP/1.1 GETs, each answer read by its
    Content-Length (or its chunks), a new connection when the server answers ``Connection: close``.

    Why: the clients share the server's two cores here, and httpx spends about 1.7 ms of CPU per request
    (a quarter of what the server spends): latency the server did not cause. This client spends a tenth of
    that, so its figure is nearer what clients on other machines would see."""
    from urllib.parse import quote

    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    queue = list(paths)
    deadline = time.monotonic() + max_seconds

    async def answer(reader: asyncio.StreamReader) -> tuple[int, bool]:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {k.strip().lower(): v.strip().lower() for k, _, v in (x.partition(b":") for x in lines[1:] if x)}
        if b"content-length" in headers:
            await reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding") == b"chunked":
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
                await reader.readexactly(size + 2)  # the chunk and its CRLF (the last: the empty trailer)
                if size == 0:
                    break
        return status, headers.get(b"connection") == b"close"

    async def worker() -> None:
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while queue and time.monotonic() < deadline:
            kind, path = queue.pop()
            t0 = time.perf_counter()
            ok = False
            try:
                if conn is None:
                    conn = await asyncio.open_connection("127.0.0.1", port)
                conn[1].write(f"GET {quote(path, safe='/?=&%:+-_.~')} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                status, close = await answer(conn[0])
                ok = status == 200
                if close:
                    conn[1].close()
                    conn = None
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                if conn is not None:
                    conn[1].close()
                conn = None
            lat.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            if not ok:
                errors[kind] = errors.get(kind, 0) + 1
        if conn is not None:
            conn[1].close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return {"latency_ms": lat, "errors": errors, "unsent": len(queue)}


def server_cpu(db: str, per_kind: int = 60, seed: int = 7, browse_too: bool = True) -> dict[str, Any]:
    """The server's CPU time per request, by kind: the ASGI app called in this process, one request at a
    time (no socket, no client, no other load): what one uvicorn worker spends on each request, minus
    HTTP parsing. On a shared machine this, not the wall p95, is the figure that does not move with load."""
    from newsgraph.web.app import Settings, create_app

    app = create_app(Settings(db=db))
    targets = _targets(db, browse_too)
    rnd = random.Random(seed)

    async def call(target: str) -> int:
        path, _, query = target.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query.encode(),
                 "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 50000),
                 "server": ("127.0.0.1", 8000), "root_path": ""}
        status: list[int] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(msg: dict[str, Any]) -> None:
            if msg["type"] == "http.response.start":
                status.append(msg["status"])

        await app(scope, receive, send)
        return status[0]

    async def measure() -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind, paths in targets.items():
            await call(paths[0])  # warm
            cpu = []
            for _ in range(per_kind):
                c0 = time.process_time()
                code = await call(rnd.choice(paths))
                cpu.append((time.process_time() - c0) * 1000)
                if code != 200:
                    raise RuntimeError(f"{kind}: {code}")
            out[kind] = {"cpu_p50_ms": round(statistics.median(cpu), 2), "cpu_p95_ms": _pct(cpu, 0.95)}
        return out

    return asyncio.run(measure())


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(q * len(xs)))], 2) if xs else 0.0


def run(db: str, requests: int, concurrency: int, max_seconds: float, seed: int = 7,
        workers: int = 1, browse_too: bool = False, client: str = "httpx") -> dict[str, Any]:
    targets = _targets(db, browse_too)
    rnd = random.Random(seed)
    kinds = [k for k, v in targets.items() if v]
    paths = [(k, rnd.choice(targets[k])) for k in (kinds[i % len(kinds)] for i in range(requests))]
    port = _free_port()
    code = ("import uvicorn; "
            f"uvicorn.run('newsgraph.web.app:from_env', factory=True, workers={workers}, host='127.0.0.1', "
            f"port={port}, log_level='error')")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "NEWSGRAPH_DB": db})
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        t0 = time.perf_counter()
        if client == "raw":
            res = asyncio.run(_load_raw(port, paths, concurrency, max_seconds))
        else:
            res = asyncio.run(_load(base, paths, concurrency, max_seconds))
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    all_lat = [x for v in res["latency_ms"].values() for x in v]
    metrics: dict[str, float] = {"p50_ms": _pct(all_lat, 0.5), "p95_ms": _pct(all_lat, 0.95),
                                 "p99_ms": _pct(all_lat, 0.99), "errors": float(sum(res["errors"].values())),
                                 "requests": float(len(all_lat)), "unsent": float(res["unsent"])}
    for k, v in res["latency_ms"].items():
        metrics[f"{k}_p95_ms"] = _pct(v, 0.95)
    from newsgraph import kb

    n_articles = kb.stats(db=db)["counts"]["articles"]
    return {"dataset": db, "n_docs": n_articles, "metrics": metrics, "docs_per_s": round(len(all_lat) / wall, 1),
            "peer": {}, "concurrency": concurrency, "workers": workers, "client": client,
            "load_avg_1m": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing knowledge base (path or URL)")
    ap.add_argument("--synthetic", type=int, default=0, help="build a KB of N replicated records instead")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--max-seconds", type=float, default=300)
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument("--browse", action="store_true", help="add the index pages, entity page and search")
    ap.add_argument("--cpu", type=int, default=0, metavar="N",
                    help="instead of the load: the server's CPU per request, N requests of each kind, in process")
    ap.add_argument("--client", choices=("httpx", "raw"), default="httpx",
                    help="the load's clients: httpx (as before) or plain asyncio streams (less client CPU)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    db = args.db
    if not db:
        n = args.synthetic or 5000
        db = str(Path(tempfile.mkdtemp(prefix="ng-serve-")) / "kb.db")
        synthetic_kb(db, n)
    if args.cpu:
        res = {"dataset": db, "server_cpu_ms": server_cpu(db, args.cpu, browse_too=args.browse),
               "load_avg_1m": os.getloadavg()[0]}
        print(json.dumps(res) if args.json else json.dumps(res, indent=2))
        return 0
    res = run(db, args.requests, args.concurrency, args.max_seconds, workers=args.workers, browse_too=args.browse,
              client=args.client)
    print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
