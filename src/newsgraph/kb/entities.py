"""One row per real-world entity across articles.

Each article already merges its own mentions ("Trump" = "Donald Trump", "U.S." = "United States");
this module lines the articles' entities up with each other. An article's entity joins a stored entity
when they share a normalized name or alias within the same type group (PERSON; GPE/LOC; ORG; others
by their own type) and their countries do not disagree. A bare surname ("Trump") joins the one stored
full name ending with it; when several people share that surname it joins the one mentioned at least
three times as often as any other, else it stays apart (the evidence does not say who is meant). Two
candidates with different countries are different entities ("Georgia" GPE USA vs GEO).

A full name that arrives after its bare surname was stored on its own absorbs that bare entity when
it is the only full name with that surname, so the result does not depend on the order of ingestion.

The :class:`EntityIndex` keeps every entity in memory (a few hundred bytes each) so an ingest
resolves names without a query per entity; :meth:`EntityIndex.flush` writes what changed, inside the
caller's transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..record import Entity
from ..store import schema as t

__all__ = ["normalize_name", "type_group", "EntityState", "EntityIndex", "DOMINANCE"]

#: A bare surname shared by several stored people goes to the most mentioned one only when it has at
#: least this many times the mentions of the next one.
DOMINANCE = 3.0

_GROUPS = {"GPE": "place", "LOC": "place", "PERSON": "person", "ORG": "org"}
_POSSESSIVE = re.compile(r"(?:'s|')$")


def type_group(etype: str) -> str:
    return _GROUPS.get(etype, etype.lower())


def normalize_name(name: str) -> str:
    """Case-, accent-width- and punctuation-insensitive form of a name: "the U.S." → "us"."""
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'").replace("‘", "'")
    s = s.replace(".", "")
    s = " ".join(s.split())
    s = _POSSESSIVE.sub("", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


@dataclass
class EntityState:
    id: int
    name: str
    type: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mention_count: int = 0
    article_count: int = 0
    first_date: str | None = None
    last_date: str | None = None

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "aliases": self.aliases, "roles": self.roles, "mention_count": self.mention_count,
            "article_count": self.article_count, "first_date": self.first_date, "last_date": self.last_date,
        }


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _is_bare(name: str) -> bool:
    return len(name.split()) == 1


def _reduced(name: str) -> tuple[str, tuple[str, ...]]:
    """A person's name without middle initials, and the initials: "Donald J. Trump" → ("donald trump", ("j",))."""
    toks = normalize_name(name).split()
    mids = toks[1:-1]
    if len(toks) >= 3 and all(len(t) == 1 for t in mids):
        return f"{toks[0]} {toks[-1]}", tuple(mids)
    return " ".join(toks), ()


def _initials_agree(a: str, b: str) -> bool:
    """False when both names carry middle initials and they differ (George W. Bush, George H. W. Bush)."""
    ia, ib = _reduced(a)[1], _reduced(b)[1]
    return not ia or not ib or ia == ib


class EntityIndex:
    """The entities of a store, in memory, resolving article entities to global ids."""

    def __init__(self) -> None:
        self.states: dict[int, EntityState] = {}
        self.keys: dict[tuple[str, str], set[int]] = defaultdict(set)  # (group, norm) → ids
        self.surnames: dict[str, set[int]] = defaultdict(set)  # norm surname → full-name PERSON ids
        self.next_id = 1
        self._new: set[int] = set()
        self._dirty: set[int] = set()
        self._new_aliases: list[dict[str, Any]] = []
        self.merged: list[tuple[int, int]] = []  # (absorbed id, surviving id), to apply on flush
        self.loaded_max = 0

    # -- loading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, conn: Connection) -> EntityIndex:
        idx = cls()
        for r in conn.execute(sa.select(t.entities)).mappings():
            st = EntityState(**dict(r))
            idx.states[st.id] = st
        for norm, eid, kind in conn.execute(sa.select(t.aliases.c.norm, t.aliases.c.entity_id, t.aliases.c.kind)):
            st_ = idx.states.get(eid)
            if st_ is None:
                continue
            if kind == "surname":
                idx.surnames[norm].add(eid)
            else:
                idx.keys[(type_group(st_.type), norm)].add(eid)
        idx.loaded_max = max(idx.states, default=0)
        idx.next_id = idx.loaded_max + 1
        return idx

    @staticmethod
    def stored_max(conn: Connection) -> int:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.entities.c.id), 0))).scalar_one())

    # -- resolving ------------------------------------------------------------------------------
    def _candidates(self, e: Entity) -> set[int]:
        g = type_group(e.type)
        found: set[int] = set()
        for n in (e.name, *e.aliases):
            found |= self.keys.get((g, normalize_name(n)), set())
        if e.type == "PERSON":
            found |= self.keys.get((g, _reduced(e.name)[0]), set())
            found = {i for i in found if _initials_agree(self.states[i].name, e.name)}
        return {i for i in found if _compatible(self.states[i].country, e.country)}

    def _pick(self, e: Entity, cands: set[int]) -> int | None:
        if not cands:
            return None
        if len(cands) == 1:
            return next(iter(cands))
        norm = normalize_name(e.name)
        exact = [i for i in cands if normalize_name(self.states[i].name) == norm]
        same_country = [i for i in exact if self.states[i].country == e.country]
        for group in (same_country, exact):
            if group:  # ties go to the older entity, so a resumed run decides as a clean one did
                return max(group, key=lambda i: (self.states[i].mention_count, -i))
        return self._dominant(cands)

    def _dominant(self, cands: set[int]) -> int | None:
        ranked = sorted(cands, key=lambda i: (-self.states[i].mention_count, i))
        if len(ranked) == 1:
            return ranked[0]
        top, second = self.states[ranked[0]].mention_count, self.states[ranked[1]].mention_count
        return ranked[0] if top >= DOMINANCE * max(second, 1) else None

    def resolve(self, e: Entity, published: str | None, seen_in_article: set[int]) -> int:
        """The global id of an article's entity, creating or updating the stored entity."""
        gid = self._pick(e, self._candidates(e))
        if e.type == "PERSON" and _is_bare(e.name) and (gid is None or _is_bare(self.states[gid].name)):
            sur = {i for i in self.surnames.get(normalize_name(e.name), set())
                   if _compatible(self.states[i].country, e.country)}
            full = self._dominant(sur) if sur else None
            if full is not None:
                if gid is not None:  # a bare entity stored before its full name was clear
                    self._merge_into(gid, self.states[full])
                gid = full
        if gid is None:
            gid = self._create(e)
        st = self.states[gid]
        self._absorb(st, e, published, first_in_article=gid not in seen_in_article)
        seen_in_article.add(gid)
        if gid in self._new and e.type == "PERSON" and not _is_bare(st.name):
            self._adopt_bare(st)
        return gid

    def _create(self, e: Entity) -> int:
        gid = self.next_id
        self.next_id += 1
        self.states[gid] = EntityState(id=gid, name=e.name, type=e.type, country=e.country)
        self._new.add(gid)
        self._register(gid, e.name, "name")
        if e.type == "PERSON" and _reduced(e.name)[1]:
            self._register(gid, _reduced(e.name)[0], "alias")
        if e.type == "PERSON" and not _is_bare(e.name):
            sur = normalize_name(e.name.split()[-1])
            self.surnames[sur].add(gid)
            self._new_aliases.append({"norm": sur, "entity_id": gid, "kind": "surname"})
        return gid

    def _register(self, gid: int, name: str, kind: str) -> None:
        st = self.states[gid]
        key = (type_group(st.type), normalize_name(name))
        if not key[1] or gid in self.keys[key]:
            return
        self.keys[key].add(gid)
        self._new_aliases.append({"norm": key[1], "entity_id": gid, "kind": kind})

    def _absorb(self, st: EntityState, e: Entity, published: str | None, *, first_in_article: bool) -> None:
        st.mention_count += len(e.mentions)
        if first_in_article:
            st.article_count += 1
        if st.country is None and e.country:
            st.country = e.country
        for n in (e.name, *e.aliases):
            if n != st.name and n not in st.aliases:
                st.aliases.append(n)
            self._register(st.id, n, "alias")
        for r in e.roles:
            if r not in st.roles:
                st.roles.append(r)
        if published:
            st.first_date = min(filter(None, (st.first_date, published)))
            st.last_date = max(filter(None, (st.last_date, published)))
        if st.id not in self._new:
            self._dirty.add(st.id)

    def _adopt_bare(self, full: EntityState) -> None:
        """A new full-name person absorbs a stored bare-surname entity when it is the only candidate."""
        sur = normalize_name(full.name.split()[-1])
        fulls = {i for i in self.surnames.get(sur, set()) if _compatible(self.states[i].country, full.country)}
        if fulls != {full.id}:
            return
        for bare_id in list(self.keys.get(("person", sur), set())):
            bare = self.states.get(bare_id)
            if bare is None or bare_id == full.id or not _is_bare(bare.name) or bare.type != "PERSON":
                continue
            if not _compatible(bare.country, full.country):
                continue
            self._merge_into(bare_id, full)

    def _merge_into(self, bare_id: int, full: EntityState) -> None:
        """Fold entity ``bare_id`` into ``full``: counts, names, roles, dates, keys; rows move on flush."""
        bare = self.states[bare_id]
        full.mention_count += bare.mention_count
        full.article_count += bare.article_count
        for n in (bare.name, *bare.aliases):
            if n != full.name and n not in full.aliases:
                full.aliases.append(n)
        full.roles.extend(r for r in bare.roles if r not in full.roles)
        full.first_date = min(filter(None, (full.first_date, bare.first_date)), default=None)
        full.last_date = max(filter(None, (full.last_date, bare.last_date)), default=None)
        for _key, ids in self.keys.items():
            if bare_id in ids:
                ids.discard(bare_id)
                ids.add(full.id)
        del self.states[bare_id]
        self._dirty.discard(bare_id)
        if bare_id in self._new:
            self._new.discard(bare_id)
        self.merged.append((bare_id, full.id))
        self._register(full.id, bare.name, "alias")
        if full.id not in self._new:
            self._dirty.add(full.id)

    # -- writing --------------------------------------------------------------------------------
    def flush(self, conn: Connection) -> None:
        """Write new and changed entities, new aliases and pending merges (in the caller's transaction)."""
        new = [self.states[i].row() for i in sorted(self._new) if i in self.states]
        if new:
            conn.execute(t.entities.insert(), new)
        merged_now = self.merged
        for old, new_id in merged_now:
            for tbl, col in ((t.article_entities, "entity_id"), (t.mentions, "entity_id"),
                             (t.quotes, "speaker_entity_id"), (t.places, "entity_id"),
                             (t.event_parties, "entity_id")):
                conn.execute(tbl.update().where(tbl.c[col] == old).values({col: new_id}))
            conn.execute(t.aliases.delete().where(t.aliases.c.entity_id == old))
        live = [a for a in self._new_aliases if a["entity_id"] in self.states]
        if merged_now:
            # the merged entity's keys now point at the survivor: rewrite them as its aliases
            survivors = {new_id for _, new_id in merged_now}
            for key, ids in self.keys.items():
                for new_id in ids & survivors:
                    live.append({"norm": key[1], "entity_id": new_id, "kind": "alias"})
            conn.execute(t.entities.delete().where(t.entities.c.id.in_([o for o, _ in merged_now])))
        if live:
            seen: set[tuple[str, int, str]] = set()
            uniq = []
            for a in live:
                k = (a["norm"], a["entity_id"], a["kind"])
                if k not in seen:
                    seen.add(k)
                    uniq.append(a)
            # rows of a merge survivor may be stored already
            existing = {(r.norm, r.entity_id, r.kind) for r in conn.execute(
                sa.select(t.aliases.c.norm, t.aliases.c.entity_id, t.aliases.c.kind).where(
                    t.aliases.c.entity_id.in_({a["entity_id"] for a in uniq})))}
            uniq = [a for a in uniq if (a["norm"], a["entity_id"], a["kind"]) not in existing]
            if uniq:
                conn.execute(t.aliases.insert(), uniq)
        dirty = [self.states[i].row() for i in sorted(self._dirty) if i in self.states and i not in self._new]
        if dirty:
            stmt = t.entities.update().where(t.entities.c.id == sa.bindparam("b_id")).values(
                {k: sa.bindparam(k) for k in dirty[0] if k != "id"})
            conn.execute(stmt, [{**{k: v for k, v in d.items() if k != "id"}, "b_id": d["id"]} for d in dirty])
        if conn.dialect.name == "postgresql" and new:
            # ids are assigned here, not by the sequence; keep the sequence ahead of them
            conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('entities', 'id'), :v)"), {"v": self.next_id})
        self._new.clear()
        self._dirty.clear()
        self._new_aliases.clear()
        self.merged = []
        self.loaded_max = self.next_id - 1
