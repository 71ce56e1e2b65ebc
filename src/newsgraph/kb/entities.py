"""One row per real-world entity across articles (issue 16: identity across reports).

Each record first goes through :func:`newsgraph.persons.repair_record` (one person per name within
a report); this module lines the reports' entities up with each other.

* **Persons** are matched by name structure (:mod:`newsgraph.names`): a full name joins a stored
  person whose parsed name is the same person (same surname, compatible given name, suffix and
  middle initials); with several such candidates it joins the one with the very same name, else
  (a "George Bush" that could be either George W. or George H. W.) it stays apart. Aliases that are
  bare surnames never act as keys, so "Trump" on Melania's row cannot pull Donald in.
* A **bare surname** ("Pompeo") joins the dominant stored full name with that surname: the one
  with at least :data:`DOMINANCE` times the mentions of the next (a lone one: at least DOMINANCE
  mentions); else it stays a bare row, which joins the full name once it dominates.
* **Country is evidence, not identity** for persons: a stored person keeps the country with the
  most evidence (``evidence["countries"]``); a disagreeing country never splits a full name. Places
  and organizations still stay apart when their countries differ ("Georgia" USA vs GEO).
* **Types vote**: an ORG/GPE/NORP... bare name that is the surname of a dominant stored person (and
  no country) joins that person; a row's ``type`` is the vote of its mentions (``evidence["types"]``).
* Analyst judgements (:mod:`newsgraph.kb.judgements`) are honoured: ``blocked`` (alias, entity)
  pairs from splits, and merged ids redirected to their survivor.

A full name that arrives after its bare surname was stored on its own absorbs that bare row when it
is the only full name with that surname, so the result depends little on the order of ingestion
(the bounded differences are listed in README "Entities across reports").

The :class:`EntityIndex` keeps every entity in memory (a few hundred bytes each) so an ingest
resolves names without a query per entity; :meth:`EntityIndex.flush` writes what changed, inside the
caller's transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..actors import actor_for
from ..lexicon import load_lexicon
from ..names import PersonName, exact_person, parse_person, reversed_name, same_person
from ..person_types import thing_shaped
from ..record import Entity
from ..store import schema as t
from ..store.rows import insert_many
from ..variants import skeleton
from .entity_state import DOMINANCE, EntityState
from .evidence import active_near, context_pick, note_co
from .variant_join import variant_bare, variant_candidate

__all__ = ["normalize_name", "type_group", "EntityState", "EntityIndex", "DOMINANCE"]

_GROUPS = {"GPE": "place", "LOC": "place", "PERSON": "person", "ORG": "org"}
_POSSESSIVE = re.compile(r"(?:'s|')$")
_FLIPPABLE = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def type_group(etype: str) -> str:
    return _GROUPS.get(etype, etype.lower())


# pure; the parent calls it for the same names about 200 times an article while storing: remembered
@lru_cache(maxsize=100_000)
def normalize_name(name: str) -> str:
    """Case-, accent-width- and punctuation-insensitive form of a name: "the U.S." → "us"."""
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'").replace("‘", "'")
    s = s.replace(".", "")
    s = " ".join(s.split())
    s = _POSSESSIVE.sub("", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _is_bare(name: str) -> bool:
    return len(name.split()) == 1


def _person_of(e: Entity) -> PersonName | None:
    return parse_person(e.name) if e.type == "PERSON" else None


class EntityIndex:
    """The entities of a store, in memory, resolving article entities to global ids."""

    def __init__(self) -> None:
        self.states: dict[int, EntityState] = {}
        self.keys: dict[tuple[str, str], set[int]] = defaultdict(set)  # (group, norm) → ids
        self.surnames: dict[str, set[int]] = defaultdict(set)  # norm surname → full-name PERSON ids
        self.skeletons: dict[str, set[str]] = defaultdict(set)  # consonant skeleton → surnames (variant_join)
        self.givens: set[str] = set()  # given names of full-name persons (a one-word name may be one)
        self.blocked: set[tuple[str, str]] = set()  # (alias norm, entity name norm) kept apart by an analyst
        self.redirects: dict[int, int] = {}  # merged id → survivor
        self.forced: dict[str, str] = {}  # name norm → the name an analyst merged it into
        self.next_id = 1
        self._new: set[int] = set()
        self._dirty: set[int] = set()
        self._new_aliases: list[dict[str, Any]] = []
        self.merged: list[tuple[int, int]] = []  # (absorbed id, surviving id), to apply on flush
        self.loaded_max = 0
        # the report being resolved: its other names and its date (rule 2's context evidence)
        self._context: tuple[frozenset[str], str | None] = (frozenset(), None)

    # -- loading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, conn: Connection) -> EntityIndex:
        idx = cls()
        for r in conn.execute(sa.select(t.entities)).mappings():
            d = dict(r)
            d["roles_coded"] = d.get("roles_coded") or []
            d["evidence"] = d.get("evidence") or {}
            st = EntityState(**d)
            idx.states[st.id] = st
        for norm, eid, kind in conn.execute(sa.select(t.aliases.c.norm, t.aliases.c.entity_id, t.aliases.c.kind)):
            st_ = idx.states.get(eid)
            if st_ is None:
                continue
            if kind == "surname":
                idx.surnames[norm].add(eid)
                idx.skeletons[skeleton(norm)].add(norm)
            else:
                idx.keys[(type_group(st_.type), norm)].add(eid)
        idx.givens = {p.given for st in idx.states.values() if (p := st.person) is not None and not p.bare}
        from .judgements import load_judgements  # the judgements module imports this one

        load_judgements(conn, idx)
        idx.loaded_max = max(idx.states, default=0)
        idx.next_id = max(idx.loaded_max, max(idx.redirects, default=0)) + 1
        return idx

    @staticmethod
    def stored_max(conn: Connection) -> int:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.entities.c.id), 0))).scalar_one())

    # -- resolving ------------------------------------------------------------------------------
    def _allowed(self, gid: int, names: tuple[str, ...]) -> bool:
        if not self.blocked:
            return True
        own = normalize_name(self.states[gid].name)
        return not any((normalize_name(n), own) in self.blocked for n in names)

    def _person_candidates(self, e: Entity, n: PersonName) -> int | None:
        """The stored full-name person this full name is (rule 1), or None."""
        cands = [i for i in self.surnames.get(n.surname_core, ())
                 if (p := self.states[i].person) is not None and same_person(p, n)
                 and self._allowed(i, (e.name,))]
        if not cands:
            return None
        if not n.middle:
            initialled = {self.states[i].person.initials for i in cands  # type: ignore[union-attr]
                          if self.states[i].person.middle}  # type: ignore[union-attr]
            if len(initialled) > 1:
                # "George Bush" while George W. and George H. W. are both stored: only a row that is
                # plainly "George Bush" (no initials at all) may take it; else it stays apart
                plain = [i for i in cands if not self.states[i].person.middle]  # type: ignore[union-attr]
                return max(plain, key=lambda i: (self.states[i].mention_count, -i)) if plain else None
        exact = [i for i in cands if self._exact(self.states[i], n)]
        pool = exact or (cands if len(cands) == 1 else [])
        if not pool and n.middle:
            # a name with initials joins the one stored person without initials it fits
            plain = [i for i in cands if not self.states[i].person.middle]  # type: ignore[union-attr]
            if len(plain) > 1:  # "Theodore J. Boutrous Jr.": the one plain candidate with his suffix
                plain = [i for i in plain if self.states[i].person.suffix == n.suffix]  # type: ignore[union-attr]
            pool = plain if len(plain) == 1 else []
        # ties go to the older entity, so a resumed run decides as a clean one did
        return max(pool, key=lambda i: (self.states[i].mention_count, -i)) if pool else None

    @staticmethod
    def _exact(st: EntityState, n: PersonName) -> bool:
        """One of the row's names is exactly this one."""
        return any((p := parse_person(x)) is not None and exact_person(p, n) for x in (st.name, *st.aliases))

    def _bare_person(self, surname: str, names: tuple[str, ...], roles: tuple[str, ...] = (),
                     use_context: bool = True) -> int | None:
        """The dominant full-name person with this surname (rule 2 across reports), or None.

        Several candidates: the one with DOMINANCE times the mentions of the next. A lone candidate
        needs support: DOMINANCE mentions, a reference actor (a well-known person), or a shared role;
        so a bare "Trump" does not join Melania just because she was the first Trump stored.
        """
        sur = self.surnames.get(surname, set())
        if not sur:  # a spelling variant ("Suleimani"): one established person the report's names support
            return variant_bare(self, surname, names, self._context[0]) if use_context else None
        context, published = self._context if use_context else (frozenset(), None)
        # dates: people the base has only seen years away from the report are no candidates
        sur = {i for i in sur if active_near(self.states[i], published)} or sur
        best = self._dominant(sur)
        if best is None and len(sur) > 1:  # no dominance: the names the report shares with each one
            best = context_pick(self.states, sur, context)
        if best is not None and len(sur) == 1:
            st = self.states[best]
            # (co-mentions choose among several; alone they would let a lone row snowball)
            if not (st.established or set(roles) & set(st.roles)):
                best = None
        # an analyst's split keeps the name off that person; it does not hand it to the next one
        return best if best is not None and self._allowed(best, names) else None

    def _candidates(self, e: Entity) -> set[int]:
        g = type_group(e.type)
        found: set[int] = set()
        for n in (e.name, *e.aliases):
            found |= self.keys.get((g, normalize_name(n)), set())
        found = {i for i in found if self._allowed(i, (e.name,))}
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

    def _dominant(self, cands: set[int], alone: float = 0.0) -> int | None:
        """The candidate with DOMINANCE times the mentions of the next; a lone one needs ``alone`` mentions
        (so a bare "Trump" does not join Melania just because she was the first Trump stored)."""
        ranked = sorted(cands, key=lambda i: (-self.states[i].mention_count, i))
        top = self.states[ranked[0]].mention_count
        if len(ranked) == 1:
            return ranked[0] if top >= alone else None
        second = self.states[ranked[1]].mention_count
        return ranked[0] if top >= DOMINANCE * max(second, 1) else None

    @staticmethod
    def deferred(e: Entity) -> bool:
        """Resolved in a second pass by ``rebuild``: bare names, whose owner depends on the whole base."""
        return _is_bare(e.name) and (e.type == "PERSON" or e.type in _FLIPPABLE)

    def _flip_to_person(self, e: Entity) -> int | None:
        """Rule 4: an ORG/GPE/NORP... bare name that the base knows as a dominant person's surname."""
        if e.type not in _FLIPPABLE or not _is_bare(e.name):
            return None
        lex = load_lexicon()
        if lex.country_of(e.name) or lex.demonym_of(e.name) or lex.org_of(e.name) or lex.body_of(e.name):
            return None
        n = parse_person(e.name)
        if n is None:
            return None
        full = self._bare_person(n.surname_core, (e.name,), tuple(e.roles))
        if full is None:
            return None
        own = self.keys.get((type_group(e.type), normalize_name(e.name)), set())
        rival = max((self.states[i].mention_count for i in own), default=0)
        # the vote: the person must outweigh the rows that already hold this name under the other type
        return full if not rival or self.states[full].mention_count >= DOMINANCE * rival else None

    def _resolve_person(self, e: Entity) -> int | None:
        n = _person_of(e)
        if n is None:  # no name at all ("MBS", "LGBT"): a row of that name under another type, if any
            return self._pick(e, self._candidates(e)) or (self._other_type_row(e) if _is_bare(e.name) else None)
        if not n.bare:
            return self._person_candidates(e, n) or self._reversed_person(e, n) or \
                variant_candidate(self, e.name, n, self._context[0]) or self._thing_row(e)
        full = self._bare_person(n.surname_core, (e.name,), tuple(e.roles), use_context=False)
        bare_rows = {i for i in self.keys.get(("person", normalize_name(e.name)), set())
                     if _is_bare(self.states[i].name) and self._allowed(i, (e.name,))}
        if full is not None:
            for b in sorted(bare_rows):  # a bare row stored before its full name dominated
                self._merge_into(b, self.states[full])
            return full
        full = self._bare_person(n.surname_core, (e.name,), tuple(e.roles))
        if full is not None:  # this report's context (or date) decides for this report only
            return full
        if bare_rows:
            return min(bare_rows)
        return self._other_type_row(e)

    def _reversed_person(self, e: Entity, n: PersonName) -> int | None:
        """"Trump Donald" (a hover card read backwards): the one established person of the reversed name."""
        rev = reversed_name(n)
        if rev is None:
            return None
        cands = [i for i in self.surnames.get(rev.surname_core, ())
                 if (p := self.states[i].person) is not None and same_person(p, rev) and self._allowed(i, (e.name,))]
        if len(cands) != 1:
            return None
        st = self.states[cands[0]]
        return cands[0] if st.established else None

    def _other_type_row(self, e: Entity) -> int | None:
        """Rule 4 the other way: a one-word name the base holds under another type ("Twitter" as an
        ORG, "Rosatom") and as nobody's surname joins that row; the row's type is then the vote."""
        norm = normalize_name(e.name)
        if norm in self.surnames:
            return None
        # only PERSON <-> ORG/place: an ORG and a place of one name ("Apple", "Georgia") stay apart
        groups = ("org", "place") if e.type == "PERSON" else ("person",)
        rows = [i for g in groups for i in self.keys.get((g, norm), ())
                if _is_bare(self.states[i].name) and self._allowed(i, (e.name,))]
        return max(rows, key=lambda i: (self.states[i].mention_count, -i)) if rows else None

    def _thing_row(self, e: Entity) -> int | None:
        """Rules 4 and 5 across reports for names of two words or more that no person's name is shaped like
        (:func:`newsgraph.person_types.thing_shaped`): "Planned Parenthood" typed PERSON in one report joins
        the row the base holds as an ORG, and the other way round; the row's type is then the vote, in
        which a non-person type outweighs PERSON (``_name_like``), so the order of the reports does not
        matter."""
        if _is_bare(e.name) or not thing_shaped(e.name):
            return None
        norm = normalize_name(e.name)
        groups = ("org", "place", "fac", "product", "work_of_art", "event", "norp", "law") if e.type == "PERSON" \
            else ("person",)
        rows = [i for g in groups for i in self.keys.get((g, norm), ()) if self._allowed(i, (e.name,))
                and (e.type == "PERSON" or thing_shaped(self.states[i].name))]
        return max(rows, key=lambda i: (self.states[i].mention_count, -i)) if rows else None

    @staticmethod
    def context_of(entities: list[Entity]) -> frozenset[str]:
        """The names a report gives context with: every entity's but bare person names (ambiguous)."""
        return frozenset(normalize_name(e.name) for e in entities if not (e.type == "PERSON" and _is_bare(e.name)))

    def note_article(self, entities: list[Entity], gids: list[int]) -> None:
        """Record, on each full-name person row of the report, the report's other names (co-mentions)."""
        names = self.context_of(entities)
        for gid in dict.fromkeys(g for g in gids if g in self.states):
            st = self.states[gid]
            if st.type == "PERSON" and not _is_bare(st.name):
                note_co(st, names - {normalize_name(st.name)})
                if gid not in self._new:
                    self._dirty.add(gid)

    def resolve(self, e: Entity, published: str | None, seen_in_article: set[int],
                context: frozenset[str] = frozenset()) -> int:
        """The global id of an article's entity, creating or updating the stored entity; ``context``:
        the report's names (:meth:`context_of`), evidence for a bare surname."""
        self._context = (context, published)
        target = self.forced.get(normalize_name(e.name))
        if target is not None:  # an analyst merged this name into another entity: resolve as that one
            e = e.model_copy(update={"name": target, "aliases": [e.name, *e.aliases]})
        if e.type == "PERSON":
            gid = self._resolve_person(e)
        else:
            gid = self._flip_to_person(e) or self._pick(e, self._candidates(e)) or self._thing_row(e)
            if gid is None and _is_bare(e.name) and not load_lexicon().country_of(e.name):
                gid = self._other_type_row(e)
        while gid in self.redirects:
            gid = self.redirects[gid]
        if gid is None:
            gid = self._create(e)
        st = self.states[gid]
        self._absorb(st, e, published, first_in_article=gid not in seen_in_article)
        seen_in_article.add(gid)
        if gid in self._new and st.type == "PERSON" and not _is_bare(st.name):
            self._adopt_bare(st)
        return gid

    def _create(self, e: Entity) -> int:
        gid = self.next_id
        self.next_id += 1
        country = e.country if e.type != "PERSON" else None  # a person's country comes from the votes
        self.states[gid] = EntityState(id=gid, name=e.name, type=e.type, country=country)
        self._new.add(gid)
        self._register(gid, e.name, "name")
        n = _person_of(e)
        if n is not None and not n.bare:
            self.givens.add(n.given)
            self.surnames[n.surname_core].add(gid)
            self.skeletons[skeleton(n.surname_core)].add(n.surname_core)
            self._new_aliases.append({"norm": n.surname_core, "entity_id": gid, "kind": "surname"})
        return gid

    def _register(self, gid: int, name: str, kind: str) -> None:
        st = self.states[gid]
        if st.type == "PERSON" and kind == "alias" and not _is_bare(st.name) and _is_bare(name):
            return  # a bare surname alias is no key for a full-name person: the surname index decides
        key = (type_group(st.type), normalize_name(name))
        if not key[1] or gid in self.keys[key]:
            return
        self.keys[key].add(gid)
        self._new_aliases.append({"norm": key[1], "entity_id": gid, "kind": kind})

    @staticmethod
    def _label(st: EntityState, e: Entity) -> None:
        """Rule 6: the reference actor of the row's name (or of this report's fuller name for it)."""
        if st.actor is not None:
            return
        for n in dict.fromkeys((st.name, e.name)):
            a = actor_for(n, st.type, st.country)
            if a is not None:
                st.actor, st.roles_coded = a.key, a.roles_coded()
                return

    def _absorb(self, st: EntityState, e: Entity, published: str | None, *, first_in_article: bool) -> None:
        self._label(st, e)
        st.mention_count += len(e.mentions)
        if first_in_article:
            st.article_count += 1
        st.vote("types", e.type, max(len(e.mentions), 1))
        if e.type == "PERSON" and not _is_bare(e.name) and self._alias_fits(st, e.name):
            st.vote("names", e.name, max(len(e.mentions), 1))
        if st.type == "PERSON" or e.type == "PERSON":
            st.vote("countries", e.country, 1)
        elif st.country is None and e.country:
            st.country = e.country
        st.settle(self._name_like(st))
        for n in (e.name, *e.aliases):
            if n != st.name and n not in st.aliases and self._alias_fits(st, n):
                st.aliases.append(n)
            if self._alias_fits(st, n):
                self._register(st.id, n, "alias")
        for r in e.roles:
            if r not in st.roles:
                st.roles.append(r)
        if published:
            st.first_date = min(filter(None, (st.first_date, published)))
            st.last_date = max(filter(None, (st.last_date, published)))
        if st.id not in self._new:
            self._dirty.add(st.id)

    def _name_like(self, st: EntityState) -> bool:
        """Whether a one-word row's name is a given name or surname the base knows, or a longer row's name is
        shaped like a person's (rule 4's vote)."""
        if not _is_bare(st.name):
            return not thing_shaped(st.name)
        n = parse_person(st.name)
        return n is not None and (n.surname_core in self.surnames or n.surname in self.givens)

    @staticmethod
    def _alias_fits(st: EntityState, alias: str) -> bool:
        """A person's alias must be a name of that person (rule 5): no other given name, no other surname."""
        p = st.person
        if p is None:
            return True
        a = parse_person(alias)
        if a is None:
            return False
        if a.bare:
            return a.surname in (p.surname, p.surname_core) or p.bare
        # a spelling variant joins the row (variant_join) but is no alias: two given names of one
        # surname on a row read as two members of one family
        return p.bare and a.surname_core == p.surname_core or not p.bare and same_person(a, p)

    def _adopt_bare(self, full: EntityState) -> None:
        """A new full-name person absorbs a stored bare-surname entity when it is the only candidate."""
        p = full.person
        if p is None:
            return
        fulls = set(self.surnames.get(p.surname_core, set()))
        if fulls != {full.id}:
            return
        for bare_id in list(self.keys.get(("person", p.surname_core), set())):
            bare = self.states.get(bare_id)
            if bare is None or bare_id == full.id or not _is_bare(bare.name) or bare.type != "PERSON":
                continue
            if not self._allowed(full.id, (bare.name,)):
                continue
            self._merge_into(bare_id, full)

    def _merge_into(self, bare_id: int, full: EntityState) -> None:
        """Fold entity ``bare_id`` into ``full``: counts, names, roles, dates, keys; rows move on flush."""
        bare = self.states[bare_id]
        full.mention_count += bare.mention_count
        full.article_count += bare.article_count
        for n in (bare.name, *bare.aliases):
            if n != full.name and n not in full.aliases and self._alias_fits(full, n):
                full.aliases.append(n)
        full.roles.extend(r for r in bare.roles if r not in full.roles)
        for kind, box in bare.evidence.items():
            for k, v in box.items():
                full.vote(kind, k, v)
        if "co" in full.evidence:
            note_co(full, ())  # the merged counts, cut back to the cap
        full.settle(self._name_like(full))
        full.first_date = min(filter(None, (full.first_date, bare.first_date)), default=None)
        full.last_date = max(filter(None, (full.last_date, bare.last_date)), default=None)
        for _key, ids in self.keys.items():
            if bare_id in ids:
                ids.discard(bare_id)
                ids.add(full.id)
        for ids in self.surnames.values():
            if bare_id in ids:
                ids.discard(bare_id)
                ids.add(full.id)
        del self.states[bare_id]
        self._dirty.discard(bare_id)
        if bare_id in self._new:
            self._new.discard(bare_id)
        self.merged.append((bare_id, full.id))
        self.redirects[bare_id] = full.id
        self._register(full.id, bare.name, "alias")
        if full.id not in self._new:
            self._dirty.add(full.id)

    # -- writing --------------------------------------------------------------------------------
    def renumber(self, final: dict[int, int]) -> None:
        """Give the (new, unwritten) entities the ids ``final`` maps them to (rebuild's stable ids).

        Ids absorbed during the same run never existed outside it: they become negative, so that
        their bookkeeping in :meth:`flush` cannot touch a kept id.
        """
        def f(i: int) -> int:
            return final.get(i, -i)

        self.states = {f(i): st for i, st in self.states.items()}
        for st in self.states.values():
            st.id = f(st.id)
        for ids in (*self.keys.values(), *self.surnames.values()):
            moved = {f(i) for i in ids}
            ids.clear()
            ids.update(moved)
        self._new, self._dirty = {f(i) for i in self._new}, {f(i) for i in self._dirty}
        for a in self._new_aliases:
            a["entity_id"] = f(a["entity_id"])
        self.merged = [(f(a), f(b)) for a, b in self.merged]
        self.redirects = {f(a): f(b) for a, b in self.redirects.items()}
        self.next_id = max(self.states, default=0) + 1

    def flush(self, conn: Connection) -> None:
        """Write new and changed entities, new aliases and pending merges (in the caller's transaction)."""
        new = [self.states[i].row() for i in sorted(self._new) if i in self.states]
        if new:
            insert_many(conn, t.entities, new)
        merged_now = self.merged
        for old, new_id in merged_now:
            for tbl, col in ((t.article_entities, "entity_id"), (t.mentions, "entity_id"),
                             (t.quotes, "speaker_entity_id"), (t.places, "entity_id"),
                             (t.event_parties, "entity_id")):
                conn.execute(tbl.update().where(tbl.c[col] == old).values({col: new_id}))
            conn.execute(t.aliases.delete().where(t.aliases.c.entity_id == old))
            # merged ids redirect to the survivor (pages, API); earlier redirects to ``old`` follow
            conn.execute(t.entity_redirects.update().where(t.entity_redirects.c.new_id == old).values(new_id=new_id))
            conn.execute(t.entity_redirects.delete().where(t.entity_redirects.c.old_id == old))
            conn.execute(t.entity_redirects.insert().values(old_id=old, new_id=new_id))
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
                insert_many(conn, t.aliases, uniq)
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
