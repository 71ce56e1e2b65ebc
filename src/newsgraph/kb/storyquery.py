"""Reading stories: the paged list and one story's page (reports by outlet, events over time, figures
per outlet with the conflicts inside the story, quotes by speaker, merges and splits).

Every function takes ``db`` like the other :mod:`newsgraph.kb` queries. A story id that was merged
into another answers with the story it now belongs to (``requested_id`` says which was asked).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..store import StoreLike
from ..store import schema as t
from .conflicts import conflicts_in
from .paging import Page
from .query import _points, listed_where, using
from .storyfeatures import normalize_outlet

__all__ = ["StoryRow", "StoryPage", "story_list", "story"]

_MAIN_ENTITIES = 5


@dataclass
class StoryRow:
    id: int
    title: str | None
    first_day: str | None
    last_day: str | None
    article_count: int
    outlet_count: int
    outlets: list[str] = field(default_factory=list)
    main_entities: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class StoryPage(StoryRow):
    requested_id: int | None = None
    reports: list[dict[str, Any]] = field(default_factory=list)  # one entry per outlet, its reports
    events: list[dict[str, Any]] = field(default_factory=list)  # in time order
    figures: list[dict[str, Any]] = field(default_factory=list)  # per measure: values by outlet
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)  # per speaker
    merges: list[dict[str, Any]] = field(default_factory=list)
    splits: list[dict[str, Any]] = field(default_factory=list)  # parts that left it, or it left: kb.storylinks


def _live(conn: Connection, sid: int) -> int | None:
    """The story to show for ``sid``: itself, or for a merged story the one that now holds its first report (a
    split after the merge may have taken that report away from the story it was merged into), else that one."""
    s = t.stories
    row = conn.execute(sa.select(s.c.id, s.c.merged_into, s.c.seed_id).where(s.c.id == sid)).first()
    if row is None:
        return None
    if row.merged_into is None:
        return int(row.id)
    now = conn.execute(sa.select(t.articles.c.story_id).where(t.articles.c.id == row.seed_id)).scalar() \
        if row.seed_id is not None else None
    return int(now) if now is not None else int(row.merged_into)


def _outlets_and_entities(conn: Connection, ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[dict[str, Any]]]]:
    a, sf, ae, e = t.articles, t.story_features, t.article_entities, t.entities
    outlets: dict[int, Counter[str]] = defaultdict(Counter)
    for sid, outlet, source in conn.execute(
            sa.select(a.c.story_id, sf.c.outlet, a.c.source).select_from(a.outerjoin(sf, sf.c.article_id == a.c.id))
            .where(a.c.story_id.in_(ids))):
        name = outlet or normalize_outlet(source)
        if name:
            outlets[sid][name] += 1
    ents: dict[int, list[dict[str, Any]]] = defaultdict(list)
    n_art = sa.func.count(sa.distinct(ae.c.article_id)).label("n")
    rows = conn.execute(
        sa.select(a.c.story_id, e.c.id, e.c.name, e.c.type, n_art)
        .select_from(ae.join(a, a.c.id == ae.c.article_id).join(e, e.c.id == ae.c.entity_id))
        .where(a.c.story_id.in_(ids), ae.c.type.in_(("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")))
        .group_by(a.c.story_id, e.c.id, e.c.name, e.c.type)
        .order_by(a.c.story_id, n_art.desc(), e.c.name)).all()
    for sid, eid, name, etype, n in rows:
        if len(ents[sid]) < _MAIN_ENTITIES:
            ents[sid].append({"id": eid, "name": name, "type": etype, "articles": n})
    return ({k: [o for o, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))] for k, v in outlets.items()},
            ents)


def story_list(*, db: StoreLike = None, q: str | None = None, date_from: str | None = None,
               date_to: str | None = None, min_outlets: int = 1, offset: int = 0, limit: int = 50) -> Page[StoryRow]:
    """Stories, most recent first (by their last report), with outlets and main entities."""
    s = t.stories
    conds: list[Any] = [s.c.merged_into.is_(None), s.c.article_count > 0, s.c.outlet_count >= min_outlets]
    if q:
        # the words themselves: "%" and "_" in q are characters to find, not LIKE's wildcards (they matched all)
        conds.append(sa.func.lower(s.c.title).contains(q.lower(), autoescape=True))
    if date_from:
        conds.append(s.c.last_day >= date_from)
    if date_to:
        conds.append(s.c.first_day <= date_to)
    with using(db) as store, store.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(s).where(*conds)).scalar_one())
        rows = conn.execute(sa.select(s).where(*conds).order_by(
            s.c.last_day.is_(None), s.c.last_day.desc(), s.c.article_count.desc(), s.c.id)
            .offset(offset).limit(limit)).mappings().all()
        ids = [int(r["id"]) for r in rows]
        outlets, ents = _outlets_and_entities(conn, ids) if ids else ({}, {})
    items = [StoryRow(id=r["id"], title=r["title"], first_day=r["first_day"], last_day=r["last_day"],
                      article_count=r["article_count"], outlet_count=r["outlet_count"],
                      outlets=outlets.get(r["id"], []), main_entities=ents.get(r["id"], [])) for r in rows]
    return Page(items=items, total=total, offset=offset, limit=limit)


def story(story_id: int, *, db: StoreLike = None) -> StoryPage | None:
    """One story in full, or None when no story has this id."""
    with using(db) as store, store.connect() as conn:
        sid = _live(conn, story_id)
        if sid is None:
            return None
        row = conn.execute(sa.select(t.stories).where(t.stories.c.id == sid)).mappings().one()
        outlets, ents = _outlets_and_entities(conn, [sid])
        page = StoryPage(id=sid, title=row["title"], first_day=row["first_day"], last_day=row["last_day"],
                         article_count=row["article_count"], outlet_count=row["outlet_count"],
                         outlets=outlets.get(sid, []), main_entities=ents.get(sid, []),
                         requested_id=story_id if story_id != sid else None)
        outlet_of = _reports(conn, sid, page)
        _events(conn, outlet_of, page)
        _quotes(conn, outlet_of, page)
        page.merges = [dict(r) for r in conn.execute(
            sa.select(t.story_merges.c.from_id, t.story_merges.c.article_id, t.story_merges.c.reason,
                      t.story_merges.c.at).where(t.story_merges.c.into_id == sid).order_by(t.story_merges.c.id))
            .mappings()]
        sp = t.story_splits
        page.splits = [dict(r) for r in conn.execute(
            sa.select(sp.c.story_id, sp.c.new_id, sp.c.article_id, sp.c.reason, sp.c.at)
            .where((sp.c.story_id == sid) | (sp.c.new_id == sid)).order_by(sp.c.id)).mappings()]
        pts = _points(conn, t.points.c.article_id.in_(list(outlet_of)) & t.points.c.before.is_(False))
        _figures(conn, pts, outlet_of, page)
    return page


def _reports(conn: Connection, sid: int, page: StoryPage) -> dict[str, str]:
    a, sf = t.articles, t.story_features
    rows = conn.execute(
        sa.select(a.c.id, a.c.title, a.c.published, a.c.url, a.c.source, sf.c.outlet)
        .select_from(a.outerjoin(sf, sf.c.article_id == a.c.id)).where(a.c.story_id == sid)
        .order_by(a.c.published.is_(None), a.c.published, a.c.id)).mappings().all()
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    outlet_of: dict[str, str] = {}
    for r in rows:
        name = r["outlet"] or normalize_outlet(r["source"]) or "(unknown outlet)"
        outlet_of[r["id"]] = name
        by_outlet[name].append({"id": r["id"], "title": r["title"], "published": r["published"], "url": r["url"],
                                "source": r["source"]})
    page.reports = [{"outlet": o, "articles": by_outlet[o]} for o in sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), o))]
    return outlet_of


def _events(conn: Connection, outlet_of: dict[str, str], page: StoryPage) -> None:
    ev = t.events
    rows = conn.execute(
        sa.select(ev.c.article_id, ev.c.type, ev.c.text, ev.c.time, ev.c.place, ev.c.published, ev.c.negated,
                  ev.c.hypothetical)
        .where(ev.c.article_id.in_(list(outlet_of)))
        .order_by(ev.c.published.is_(None), ev.c.published, ev.c.article_id, ev.c.idx)).mappings().all()
    page.events = [{**dict(r), "outlet": outlet_of[r["article_id"]], "day": r["time"] or r["published"]}
                   for r in rows if not r["negated"]]
    page.events.sort(key=lambda e: (e["day"] is None, e["day"] or "", e["outlet"]))


def _quotes(conn: Connection, outlet_of: dict[str, str], page: StoryPage) -> None:
    qt, e = t.quotes, t.entities
    rows = conn.execute(
        sa.select(qt.c.article_id, qt.c.text, qt.c.kind, qt.c.speaker_name, qt.c.speaker_entity_id, e.c.name)
        .select_from(qt.outerjoin(e, e.c.id == qt.c.speaker_entity_id))
        .where(qt.c.article_id.in_(list(outlet_of)), listed_where(qt))  # no stance, nor words declined or supposed
        .order_by(qt.c.article_id, qt.c.idx)).mappings().all()
    by: dict[tuple[Any, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        who = r["name"] or r["speaker_name"] or "(unattributed)"
        by[(r["speaker_entity_id"], who)].append({"text": r["text"], "kind": r["kind"], "article_id": r["article_id"],
                                                  "outlet": outlet_of[r["article_id"]]})
    page.quotes = [{"speaker": who, "entity_id": eid, "outlets": sorted({q["outlet"] for q in qs}), "quotes": qs}
                   for (eid, who), qs in sorted(by.items(), key=lambda kv: (kv[0][1] == "(unattributed)",
                                                                            -len(kv[1]), kv[0][1]))]


def _figures(conn: Connection, pts: list[Any], outlet_of: dict[str, str], page: StoryPage) -> None:
    by_measure: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for p in pts:
        by_measure[p.measure][outlet_of[p.article_id]].append(
            {"value": p.value, "approx": p.approx, "when": p.when, "evidence": p.evidence, "article_id": p.article_id,
             "start": p.start, "conflict": False})
    ids = set(outlet_of)
    found = []
    for key in sorted(by_measure):
        for c in conflicts_in(conn, measure=key):
            if c.a.article_id in ids and c.b.article_id in ids:
                found.append(c)
    bad = {(c.a.article_id, c.a.start) for c in found} | {(c.b.article_id, c.b.start) for c in found}
    for outlets in by_measure.values():
        for vals in outlets.values():
            for v in vals:
                v["conflict"] = (v["article_id"], v["start"]) in bad
    page.figures = [{"measure": k, "outlets": [{"outlet": o, "values": v} for o, v in sorted(outs.items())],
                     "conflict": any(v["conflict"] for vals in outs.values() for v in vals)}
                    for k, outs in sorted(by_measure.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    page.conflicts = [{"measure": c.measure, "reason": c.reason,
                       "a": {"article_id": c.a.article_id, "outlet": outlet_of[c.a.article_id], "value": c.a.value},
                       "b": {"article_id": c.b.article_id, "outlet": outlet_of[c.b.article_id], "value": c.b.value}}
                      for c in found]
