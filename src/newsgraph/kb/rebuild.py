"""``newsgraph rebuild``: re-derive the cross-report tables from the stored records, without NLP.

The stored records are the truth; entities, aliases (and, as their issues land, measures, conflicts
and stories) are derived from them. Rebuilding replays every stored record in a canonical order
(publication date, then id) through the same code an ingest uses, honouring the analysts'
judgements, so a base ingested by an older version, in any order or resumed after a crash, ends
with the entities a clean ingest of today would give.

Steps are kept in a small ordered registry so other derived tables can add theirs::

    from newsgraph.kb.rebuild import register_step

    @register_step("measures", after="entities")
    def rebuild_measures(conn, ctx): ...

Each step gets the open transaction and a :class:`RebuildContext` (the article ids in replay order
and counters it may add to). All steps run in ONE transaction: a failed rebuild changes nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..persons import repair_record
from ..store import StoreLike, open_store
from ..store import schema as t
from ..store.rows import article_rows, load_articles
from .entities import EntityIndex
from .judgements import load_judgements
from .stable_ids import assign, old_state
from .variant_join import join_type_flips, join_variants

__all__ = ["RebuildContext", "RebuildSummary", "register_step", "steps", "rebuild"]

log = logging.getLogger(__name__)

Step = Callable[[Connection, "RebuildContext"], None]
_STEPS: list[tuple[str, Step]] = []
_CHUNK = 200  # articles loaded per query while replaying


@dataclass
class RebuildContext:
    article_ids: list[str]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class RebuildSummary:
    articles: int
    seconds: float
    counts: dict[str, int]
    steps: list[str]

    def __str__(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in self.counts.items())
        return f"rebuilt {', '.join(self.steps)} from {self.articles} articles in {self.seconds:.1f} s ({parts})"


def register_step(name: str, *, after: str | None = None) -> Callable[[Step], Step]:
    """Add a rebuild step (run after the step ``after``, else at the end); re-registering replaces."""
    def deco(fn: Step) -> Step:
        names = [n for n, _ in _STEPS]
        if name in names:
            _STEPS[names.index(name)] = (name, fn)
            return fn
        pos = names.index(after) + 1 if after in names else len(_STEPS)
        _STEPS.insert(pos, (name, fn))
        return fn
    return deco


def steps() -> list[str]:
    return [n for n, _ in _STEPS]


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


@register_step("entities")
def rebuild_entities(conn: Connection, ctx: RebuildContext) -> None:
    """Entities, aliases and every entity link of every article, from the records and the judgements."""
    idx = EntityIndex()
    load_judgements(conn, idx)
    idx.redirects = {}  # ids are given anew; old redirects would point at the wrong rows
    links: list[tuple[str, Any, list[int]]] = []
    later: list[tuple[int, int, set[int]]] = []  # (link, entity index, ids seen in that article)
    # pass 1: full names and everything else; pass 2: bare names, against the dominance of the whole
    # base, so that the result does not depend on the order of the reports (README, rule 9)
    for chunk in _chunks(ctx.article_ids):
        for rec in load_articles(conn, chunk):
            fixed = repair_record(rec)
            seen: set[int] = set()
            context = idx.context_of(fixed.entities)
            gids = [0 if idx.deferred(e) else idx.resolve(e, fixed.published, seen, context) for e in fixed.entities]
            idx.note_article(fixed.entities, gids)  # every co-mention is known before any bare name is decided
            later.extend((len(links), i, seen) for i, e in enumerate(fixed.entities) if idx.deferred(e))
            links.append((rec.id, fixed, gids))
    ctx.counts["variants_joined"] = join_variants(idx)  # every spelling and co-mention is known now
    for k, i, seen in later:
        _aid, fixed, gids = links[k]
        gids[i] = idx.resolve(fixed.entities[i], fixed.published, seen, idx.context_of(fixed.entities))
    ctx.counts["type_flips_joined"] = join_type_flips(idx)  # rule 4: one row per one-word name, typed by vote
    redirect = dict(idx.merged)
    links = [(aid, rec, [_follow(g, redirect) for g in gids]) for aid, rec, gids in links]
    # ids that outlive the rebuild: an entity keeps the old id whose mentions it holds (stable_ids)
    final, moved = assign(old_state(conn), ((g, (aid, m.start)) for aid, rec, gids in links
                                            for e, g in zip(rec.entities, gids, strict=True) for m in e.mentions),
                          sorted(idx.states))
    idx.renumber(final)
    for tbl in (t.mentions, t.article_entities):
        conn.execute(tbl.delete())
    conn.execute(t.quotes.update().values(speaker_entity_id=None))
    conn.execute(t.places.update().values(entity_id=None))
    conn.execute(t.event_parties.update().values(entity_id=None))
    conn.execute(t.aliases.delete())
    conn.execute(t.entity_redirects.delete())
    conn.execute(t.entities.delete())
    idx.flush(conn)  # writes every entity and alias; its merge bookkeeping touches no stored row
    conn.execute(t.entity_redirects.delete())
    if moved:  # old ids whose entity was merged into another now redirect to it (/entities/{old} → 301)
        conn.execute(t.entity_redirects.insert(), [{"old_id": a, "new_id": b} for a, b in sorted(moved.items())])
    for aid, rec, gids in links:
        _relink(conn, aid, rec, [final[g] for g in gids])
    _repoint_judgements(conn)
    ctx.counts["entities"] = len(idx.states)
    ctx.counts["entity_redirects"] = len(moved)


def _follow(gid: int, redirect: dict[int, int]) -> int:
    while gid in redirect:
        gid = redirect[gid]
    return gid


def _relink(conn: Connection, aid: str, rec: Any, gids: list[int]) -> None:
    """Rewrite one article's entity list and the entity ids of its facts (ids of events kept)."""
    ev_ids = dict(conn.execute(sa.select(t.events.c.idx, t.events.c.id).where(t.events.c.article_id == aid)).all())
    rows = article_rows(rec, gids, event_ids=(ev_ids.get(i, -1) for i in range(len(rec.events))))
    for name in ("article_entities", "mentions"):
        if rows.get(name):
            conn.execute(t.metadata.tables[name].insert(), rows[name])
    for q in rows.get("quotes", []):
        conn.execute(t.quotes.update().where(t.quotes.c.article_id == aid, t.quotes.c.idx == q["idx"]).values(
            speaker=q["speaker"], speaker_entity_id=q["speaker_entity_id"]))
    for p in rows.get("places", []):
        conn.execute(t.places.update().where(t.places.c.article_id == aid, t.places.c.idx == p["idx"]).values(
            entity=p["entity"], entity_id=p["entity_id"]))
    for ev in rows.get("events", []):
        conn.execute(t.events.update().where(t.events.c.id == ev["id"]).values(actors=ev["actors"], targets=ev["targets"]))
    for party in rows.get("event_parties", []):
        ep = t.event_parties
        conn.execute(ep.update().where(ep.c.event_id == party["event_id"], ep.c.role == party["role"],
                                       ep.c.idx == party["idx"]).values(entity_id=party["entity_id"]))


def _repoint_judgements(conn: Connection) -> None:
    """Judgements keep their names; their ids follow the rebuilt entities of those names."""
    j = t.judgements
    for row in conn.execute(sa.select(j.c.id, j.c.name, j.c.other_name, j.c.kind)).all():
        ids = {}
        for col, name in (("entity_id", row.name), ("other_id", row.other_name)):
            if name and (col == "entity_id" or row.kind == "split"):
                hit = conn.execute(sa.select(t.entities.c.id).where(t.entities.c.name == name)
                                   .order_by(t.entities.c.mention_count.desc())).first()
                if hit:
                    ids[col] = hit[0]
        if ids:
            conn.execute(j.update().where(j.c.id == row.id).values(**ids))


def rebuild(db: StoreLike = None, *, only: list[str] | None = None) -> RebuildSummary:
    """Run the registered steps (or ``only`` those) over the stored records, in one transaction."""
    store = open_store(db)
    t0 = time.perf_counter()
    with store.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7261002)"))  # the ingest writers' lock
        else:
            conn.exec_driver_sql("UPDATE runs SET status = status WHERE id = -1")
        ids = list(conn.execute(sa.select(t.articles.c.id).order_by(
            sa.func.coalesce(t.articles.c.published, ""), t.articles.c.id)).scalars())
        ctx = RebuildContext(article_ids=ids)
        done = []
        for name, fn in _STEPS:
            if only and name not in only:
                continue
            log.info("rebuild step %s over %d articles", name, len(ids))
            fn(conn, ctx)
            done.append(name)
    return RebuildSummary(articles=len(ids), seconds=time.perf_counter() - t0, counts=ctx.counts, steps=done)
