"""Latency of the browsing queries behind every page and list endpoint, on one knowledge base.

    python benchmarks/queries.py --db /path/kb.db [--db postgresql+psycopg://...] --rounds 100 --json out.json

For each query: wall p50/p95 and the client process's CPU p50/p95 (for SQLite, in process, the CPU time is
all of the work and does not count waiting for a core on a loaded machine; for PostgreSQL most work is in
the server process, so only wall time means much there). Each query's arguments are drawn at random,
with a fixed seed, from the base's 300 most mentioned entities, 100 largest measures and a word list; the
work is what the page or endpoint runs, through the same :mod:`newsgraph.kb` functions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa

from newsgraph import kb
from newsgraph.kb import browse
from newsgraph.store import open_store
from newsgraph.store import schema as t

WORDS = ["troops", "ceasefire", "sanctions", "election", "missile", "refugees", '"peace talks"', "border",
         "protesters police", '"United Nations"', "embassy", "Iran nuclear"]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def entity_page(store: Any, eid: int) -> None:
    """The queries GET /entities/{id} runs (pages.entity_page), without the rendering."""
    browse.entity_row(eid, db=store)
    kb.entity_articles(eid, db=store, limit=50)
    kb.entity_quotes(eid, db=store, limit=20)
    kb.entity_events(eid, db=store, limit=20)
    kb.entity_co_mentioned(eid, db=store, limit=20)
    browse.entity_roles(eid, db=store)
    browse.entity_places(eid, db=store)


def web_client(url: str) -> Any:
    """The web application over the base, called in process (no socket): a request's CPU time is all of
    its work (routing, queries, template, response), as one uvicorn worker would spend it."""
    from fastapi.testclient import TestClient

    from newsgraph.web.app import Settings, create_app

    return TestClient(create_app(Settings(db=url)))


def get(client: Any, path: str) -> None:
    r = client.get(path)
    if r.status_code != 200:
        raise RuntimeError(f"GET {path}: {r.status_code}")


def jobs(store: Any, rng: random.Random, client: Any = None) -> dict[str, Callable[[], Any]]:
    with store.connect() as conn:
        ents = list(conn.execute(sa.select(t.entities.c.id, t.entities.c.name)
                                 .order_by(t.entities.c.mention_count.desc()).limit(300)).all())
        # the largest series (a key with an object and an owner or a location: the others have no timeline)
        m = t.measures
        meas = list(conn.execute(sa.select(m.c.key).where(m.c.object != "-", sa.or_(m.c.owner != "-", m.c.location != "-"))
                                 .order_by(m.c.point_count.desc()).limit(100)).scalars())
        sources = list(conn.execute(sa.select(t.articles.c.source).where(t.articles.c.source.is_not(None))
                                    .group_by(t.articles.c.source).limit(50)).scalars())
        e = t.entities  # the six countries with most entities
        countries = list(conn.execute(sa.select(e.c.country).where(e.c.country.is_not(None)).group_by(e.c.country)
                                      .order_by(sa.func.count().desc()).limit(6)).scalars())
    n_art = browse.articles(db=store, limit=1).total
    offsets = [0, 50, 500, n_art // 2]
    countries = countries or ["USA"]
    objects = sorted({k.split(":")[0] for k in meas}) or ["troops"]

    def page(path: Callable[[], str]) -> Callable[[], Any]:
        return lambda: get(client, path())

    pick, q = rng.choice, lambda: quote(rng.choice(WORDS))
    # every index page and filter the issue lists, as the browser asks for it (HTML, in process)
    routes: dict[str, Callable[[], Any]] = {} if client is None else {
        "GET /entities/{id} (HTML page, in process)": page(lambda: f"/entities/{pick(ents).id}"),
        "GET /api/entities/{id} (JSON, in process)": page(lambda: f"/api/entities/{pick(ents).id}"),
        "GET /measures/{key} (timeline page)": page(lambda: f"/measures/{quote(pick(meas))}"),
        "GET /api/measures/{key}/timeline": page(lambda: f"/api/measures/{quote(pick(meas))}/timeline"),
        "GET /search?q=": page(lambda: f"/search?q={q()}"),
        "GET /api/search?q=": page(lambda: f"/api/search?q={q()}"),
        "GET /articles": page(lambda: f"/articles?offset={pick(offsets)}"),
        "GET /articles?sort=oldest": page(lambda: f"/articles?sort=oldest&offset={pick(offsets)}"),
        "GET /articles?sort=title": page(lambda: f"/articles?sort=title&offset={pick(offsets)}"),
        "GET /articles?source=": page(lambda: f"/articles?source={quote(pick(sources or ['x']))}"),
        "GET /articles?date_from=&date_to=": page(lambda: "/articles?date_from=2019-01-01&date_to=2019-12-31"),
        "GET /articles?entity=": page(lambda: f"/articles?entity={pick(ents).id}"),
        "GET /articles?entity=&sort=title": page(lambda: f"/articles?entity={pick(ents).id}&sort=title"),
        "GET /articles?entity=&source=": page(lambda: f"/articles?entity={pick(ents).id}&source={quote(pick(sources or ['x']))}"),
        "GET /articles?language=en": page(lambda: f"/articles?language=en&offset={pick(offsets)}"),
        "GET /articles?story=": page(lambda: "/articles?story=1"),
        "GET /articles?q= (relevance)": page(lambda: f"/articles?q={q()}"),
        "GET /articles?q=&sort=newest": page(lambda: f"/articles?q={q()}&sort=newest"),
        "GET /articles?q=&sort=title": page(lambda: f"/articles?q={q()}&sort=title"),
        "GET /articles?q=&source=": page(lambda: f"/articles?q={q()}&source={quote(pick(sources or ['x']))}"),
        "GET /articles?q=&date_from=": page(lambda: f"/articles?q={q()}&date_from=2019-01-01"),
        "GET /articles?q=&entity=": page(lambda: f"/articles?q={q()}&entity={pick(ents).id}"),
        "GET /articles?q=&entity=&date_from=": page(lambda: f"/articles?q={q()}&entity={pick(ents).id}&date_from=2019-01-01"),
        "GET /entities": page(lambda: f"/entities?offset={pick([0, 50, 500])}"),
        "GET /entities?sort=articles": page(lambda: "/entities?sort=articles"),
        "GET /entities?sort=recent": page(lambda: "/entities?sort=recent"),
        "GET /entities?type=PERSON&sort=recent": page(lambda: "/entities?type=PERSON&sort=recent"),
        "GET /entities?country=": page(lambda: f"/entities?country={pick(countries)}"),
        "GET /entities?prefix=": page(lambda: f"/entities?prefix={quote(pick(ents).name[:3])}"),
        "GET /measures": page(lambda: "/measures"),
        "GET /measures?series=true": page(lambda: f"/measures?series=true&offset={pick([0, 50])}"),
        "GET /measures?object=": page(lambda: f"/measures?object={quote(pick(objects))}"),
        "GET /measures?owner=USA": page(lambda: "/measures?owner=USA"),
        "GET /measures?location=": page(lambda: f"/measures?location={pick(countries)}"),
        "GET /measures?sort=recent": page(lambda: "/measures?sort=recent"),
        "GET /conflicts": page(lambda: f"/conflicts?offset={pick([0, 50, 500])}"),
        "GET /conflicts?measure=": page(lambda: f"/conflicts?measure={quote(pick(meas))}"),
    }
    return {
        **routes,
        "entity page queries (row, 4 paged lists, roles, places)": lambda: entity_page(store, rng.choice(ents).id),
        "entity JSON (kb.entity, 20 of each list + totals)": lambda: kb.entity(rng.choice(ents).id, db=store),
        "entity articles page 2 (JSON)": lambda: kb.entity_articles(rng.choice(ents).id, db=store, offset=50),
        "timeline (JSON, first 200 points + total)": lambda: kb.timeline_page(rng.choice(meas), db=store),
        "search (20 hits + total)": lambda: kb.search_page(rng.choice(WORDS), db=store),
        "/articles (newest, random page)": lambda: browse.articles(db=store, offset=rng.choice(offsets)),
        "/articles?entity=": lambda: browse.articles(db=store, entity=str(rng.choice(ents).id)),
        "/articles?source=&date_from=": lambda: browse.articles(db=store, source=rng.choice(sources or [None]),
                                                                 date_from="2019-01-01"),
        "/articles?q= (relevance, the default with q)": lambda: browse.articles(db=store, q=rng.choice(WORDS),
                                                                               sort="relevance"),
        "/articles?q=&sort=newest": lambda: browse.articles(db=store, q=rng.choice(WORDS), sort="newest"),
        "/articles?q=&entity=": lambda: browse.articles(db=store, q=rng.choice(WORDS), entity=str(rng.choice(ents).id)),
        "/conflicts (first page)": lambda: kb.conflict_page(db=store),
    }


def evict(url: str) -> None:
    """Drop a SQLite base's file (and its WAL) from the OS page cache, so the next query reads from disk what
    its connection does not hold (``--cold``). Linux and SQLite only; PostgreSQL keeps its own buffers."""
    path = url.removeprefix("sqlite:///")
    if "://" in path or not hasattr(os, "posix_fadvise"):
        return
    for f in (path, path + "-wal"):
        if os.path.exists(f):
            fd = os.open(f, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def measure(url: str, rounds: int, seed: int, skip: set[str], max_s: float, web: bool = True,
            only: set[str] | None = None, cold: bool = False) -> dict[str, Any]:
    rng = random.Random(seed)
    store = open_store(url)
    out: dict[str, Any] = {"articles": browse.articles(db=store, limit=1).total}
    client = web_client(url) if web else None
    for name, fn in jobs(store, rng, client).items():
        if any(s in name for s in skip) or (only and not any(o in name for o in only)):
            continue
        t0 = time.perf_counter()
        try:
            fn()  # warm the caches once
        except RuntimeError as exc:  # an error answer (a 503 past the query timeout): reported, not timed
            out[name] = {"n": 0, "error": str(exc)}
            print(f"{name}: {out[name]}", flush=True)
            continue
        if time.perf_counter() - t0 > max_s:  # too slow to repeat: report the one run
            out[name] = {"n": 1, "wall_ms": round((time.perf_counter() - t0) * 1000, 1), "note": "ran once (slow)"}
            continue
        wall, cpu, errors = [], [], 0
        for _ in range(rounds):
            if cold:
                evict(url)
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                fn()
            except RuntimeError:
                errors += 1  # counted beside the timings (its time is in them)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        out[name] = {"n": rounds, **({"errors": errors} if errors else {}), "cpu_p50_ms": round(statistics.median(cpu), 2), "cpu_p95_ms": round(pct(cpu, 95), 2),
                     "wall_p50_ms": round(statistics.median(wall), 2), "wall_p95_ms": round(pct(wall, 95), 2)}
        print(f"{name}: {out[name]}", flush=True)
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", action="append", required=True, help="a base (path or URL); repeat for several")
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip", action="append", default=[], help="skip queries whose name contains this")
    ap.add_argument("--only", action="append", default=[], help="run only queries whose name contains this")
    ap.add_argument("--max-s", type=float, default=5.0, help="a query slower than this runs once")
    ap.add_argument("--no-web", action="store_true", help="leave out the in-process page and API requests")
    ap.add_argument("--cold", action="store_true",
                    help="SQLite: drop the base from the OS page cache before every timed call (first reads from disk)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    res: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "load_avg_1m": os.getloadavg()[0],
                           "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                           "rounds": args.rounds, "cold": args.cold, "bases": {}}
    for url in args.db:
        res["bases"][url.split("@")[-1]] = measure(url, args.rounds, args.seed, set(args.skip), args.max_s,
                                                     web=not args.no_web, only=set(args.only), cold=args.cold)
    text = json.dumps(res, indent=2)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
