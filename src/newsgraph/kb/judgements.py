"""Analyst corrections (issue 16 rule 7): merge two entities, split an alias off an entity.

A judgement is stored by *names* as well as ids (table ``judgements``) so that later ingests, a
repeated ingest and ``newsgraph rebuild`` (which renumbers entities) all respect it:

* merge A ← B: every report entity named like B resolves as A from now on (``EntityIndex.forced``);
  B's id redirects to A (``entity_redirects``); mentions, quotes, places, event parties and
  article links follow at once;
* split X, alias N: the report entities of X named N move to a new entity, and N never joins an
  entity named like X again (``EntityIndex.blocked``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..errors import InputError
from ..store import StoreLike, open_store
from ..store import schema as t
from .entities import EntityIndex, EntityState, normalize_name

__all__ = ["merge_entities", "split_entity", "load_judgements", "history", "resolve_id", "JudgementError",
           "entity_history", "redirect_of"]

_FOLLOW = ((t.mentions, "entity_id"), (t.quotes, "speaker_entity_id"), (t.places, "entity_id"),
           (t.event_parties, "entity_id"))


class JudgementError(InputError):
    """An analyst correction that cannot be applied (unknown or equal ids, unknown alias)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def load_judgements(conn: Connection, idx: EntityIndex) -> None:
    """Fill the index's redirects, forced names and blocked pairs from the store."""
    for old, new in conn.execute(sa.select(t.entity_redirects.c.old_id, t.entity_redirects.c.new_id)):
        idx.redirects[old] = new
    rows = conn.execute(sa.select(t.judgements).order_by(t.judgements.c.id)).mappings().all()
    for j in rows:
        if j["kind"] == "merge" and j["other_name"]:
            idx.forced[normalize_name(j["other_name"])] = j["name"]
        elif j["kind"] == "split" and j["other_name"]:
            idx.blocked.add((normalize_name(j["other_name"]), normalize_name(j["name"])))
            idx.forced.pop(normalize_name(j["other_name"]), None)


def resolve_id(conn: Connection, eid: int) -> int | None:
    """The live id for ``eid`` following redirects, or None when unknown."""
    seen = set()
    while eid not in seen:
        seen.add(eid)
        if conn.execute(sa.select(t.entities.c.id).where(t.entities.c.id == eid)).first():
            return eid
        nxt = conn.execute(sa.select(t.entity_redirects.c.new_id).where(t.entity_redirects.c.old_id == eid)).scalar()
        if nxt is None:
            return None
        eid = int(nxt)
    return None


def merge_entities(survivor: int, absorbed: int, *, by: str = "analyst", db: StoreLike = None) -> dict[str, Any]:
    """Merge entity ``absorbed`` into ``survivor``; returns the judgement row."""
    if survivor == absorbed:
        raise JudgementError(f"cannot merge entity {survivor} into itself", 422)
    store = open_store(db)
    with store.begin() as conn:
        idx = EntityIndex.load(conn)
        for eid in (survivor, absorbed):
            if eid not in idx.states:
                raise JudgementError(f"unknown entity id {eid}", 404)
        keep, gone = idx.states[survivor], idx.states[absorbed]
        row = {"kind": "merge", "entity_id": survivor, "other_id": absorbed, "name": keep.name,
               "other_name": gone.name, "type": keep.type, "by": by, "at": _now()}
        idx._merge_into(absorbed, keep)
        conn.execute(t.article_entities.update().where(t.article_entities.c.entity_id == absorbed)
                     .values(entity_id=survivor))
        idx.flush(conn)
        row["id"] = conn.execute(t.judgements.insert().values(**row).returning(t.judgements.c.id)).scalar_one()
    return row


def split_entity(eid: int, alias: str, *, by: str = "analyst", db: StoreLike = None) -> dict[str, Any]:
    """Move the report entities of ``eid`` named ``alias`` to a new entity; returns the judgement row."""
    store = open_store(db)
    norm = normalize_name(alias)
    with store.begin() as conn:
        idx = EntityIndex.load(conn)
        st = idx.states.get(eid)
        if st is None:
            raise JudgementError(f"unknown entity id {eid}", 404)
        if norm == normalize_name(st.name):
            raise JudgementError(f"{alias!r} is the name of entity {eid}; split off one of its aliases", 422)
        ae = t.article_entities
        rows = conn.execute(sa.select(ae.c.article_id, ae.c.idx, ae.c.local_id, ae.c.mention_count, ae.c.published)
                            .where(ae.c.entity_id == eid)).all()
        names = {(r.article_id, r.idx): r for r in rows}
        moved = [r for r in rows if normalize_name(conn.execute(sa.select(ae.c.name).where(
            ae.c.article_id == r.article_id, ae.c.idx == r.idx)).scalar_one()) == norm]
        if not moved and norm not in {normalize_name(a) for a in st.aliases}:
            raise JudgementError(f"entity {eid} has no alias {alias!r}", 422)
        new = EntityState(id=idx.next_id, name=alias, type=st.type, country=None)
        idx.next_id += 1
        new.mention_count = sum(r.mention_count for r in moved)
        new.article_count = len({r.article_id for r in moved})
        days = [r.published for r in moved if r.published]
        new.first_date, new.last_date = (min(days), max(days)) if days else (None, None)
        st.aliases = [a for a in st.aliases if normalize_name(a) != norm]
        st.mention_count -= new.mention_count
        st.article_count = len({r.article_id for r in rows} - {r.article_id for r in moved}) or st.article_count
        conn.execute(t.entities.insert().values(**new.row()))
        conn.execute(t.entities.update().where(t.entities.c.id == eid).values(
            aliases=st.aliases, mention_count=st.mention_count, article_count=st.article_count))
        conn.execute(t.aliases.delete().where(t.aliases.c.entity_id == eid, t.aliases.c.norm == norm,
                                              t.aliases.c.kind != "surname"))
        conn.execute(t.aliases.insert().values(norm=norm, entity_id=new.id, kind="name"))
        _move_rows(conn, eid, new.id, moved)
        row = {"kind": "split", "entity_id": eid, "other_id": new.id, "name": st.name, "other_name": alias,
               "type": st.type, "by": by, "at": _now()}
        row["id"] = conn.execute(t.judgements.insert().values(**row).returning(t.judgements.c.id)).scalar_one()
        del names
    return row


def _move_rows(conn: Connection, old: int, new: int, moved: list[Any]) -> None:
    """Point the moved report entities' facts (mentions, quotes, places, event parties) at ``new``."""
    ae = t.article_entities
    for r in moved:
        conn.execute(ae.update().where(ae.c.article_id == r.article_id, ae.c.idx == r.idx).values(entity_id=new))
        conn.execute(t.mentions.update().where(t.mentions.c.article_id == r.article_id,
                                               t.mentions.c.entity_idx == r.idx).values(entity_id=new))
        conn.execute(t.quotes.update().where(t.quotes.c.article_id == r.article_id, t.quotes.c.speaker == r.local_id)
                     .values(speaker_entity_id=new))
        conn.execute(t.places.update().where(t.places.c.article_id == r.article_id, t.places.c.entity == r.local_id)
                     .values(entity_id=new))
        ev_ids = sa.select(t.events.c.id).where(t.events.c.article_id == r.article_id)
        conn.execute(t.event_parties.update().where(t.event_parties.c.event_id.in_(ev_ids),
                                                    t.event_parties.c.entity_id == old).values(entity_id=new))


def entity_history(eid: int, *, db: StoreLike = None) -> list[dict[str, Any]]:
    """:func:`history` on a store (for the web page and API)."""
    store = open_store(db)
    with store.connect() as conn:
        return history(conn, eid)


def redirect_of(eid: int, *, db: StoreLike = None) -> int | None:
    """The survivor a merged id redirects to, or None when ``eid`` is live or unknown."""
    store = open_store(db)
    with store.connect() as conn:
        live = resolve_id(conn, eid)
    return live if live is not None and live != eid else None


def history(conn: Connection, eid: int) -> list[dict[str, Any]]:
    """Judgements that touched an entity, oldest first: what was merged or split, by whom and when."""
    j = t.judgements
    rows = conn.execute(sa.select(j).where(sa.or_(j.c.entity_id == eid, j.c.other_id == eid)).order_by(j.c.id))
    return [dict(r) for r in rows.mappings()]
