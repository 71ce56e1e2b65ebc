"""Spelling variants of one person across reports (issue 16): "Qassem Soleimani", "Qasem Soleimani"
and "Qassim Suleimani" are one row when the base supports it.

A name that matches no stored person exactly may join a stored person whose name is a spelling
variant of it (:func:`newsgraph.variants.variant_person`): the candidates come from an index of the
full-name persons' surnames by consonant skeleton, so a lookup costs one dictionary access plus a few
comparisons. The base must support the join:

* exactly one candidate;
* the candidate is well established: at least ``DOMINANCE`` mentions or a reference actor;
* the two share evidence: the candidate is a reference actor (a well-known person, whose name this
  one is a spelling of), or they share at least ``MIN_SHARED`` co-mentioned names (the report's names
  at ingest; the two rows' remembered co-mentions in :func:`join_variants`).

``rebuild`` calls :func:`join_variants` once every full name is stored and every co-mention noted,
so the result does not depend on which spelling came first; an incremental ingest joins a new
spelling to an established one as it arrives (README "Entities across reports", rule 9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import PersonName, same_person
from ..variants import same_spelling_variant, skeleton, variant_person
from .entity_state import DOMINANCE
from .evidence import MIN_SHARED

if TYPE_CHECKING:
    from .entities import EntityIndex
    from .entity_state import EntityState

__all__ = ["variant_surname_ids", "variant_candidate", "variant_bare", "join_variants", "join_type_flips"]


def variant_surname_ids(idx: EntityIndex, surname: str) -> set[int]:
    """Full-name person rows whose surname is a spelling variant of ``surname`` (itself excluded)."""
    out: set[int] = set()
    for key in idx.skeletons.get(skeleton(surname), ()):
        if key != surname and same_spelling_variant(key, surname):
            out |= idx.surnames.get(key, set())
    return out


def _supported(st: EntityState, names: frozenset[str]) -> bool:
    """Whether the base supports joining a spelling variant to ``st``, given the report's other names."""
    if not st.established:
        return False
    if st.actor is not None:
        return True  # a reference actor (a well-known person) whose name this one is a spelling of
    return sum(1 for n in st.evidence.get("co", {}) if n in names) >= MIN_SHARED


def _variant_ids(idx: EntityIndex, n: PersonName, name: str, skip: int | None) -> set[int]:
    """Rows whose person is a spelling variant of ``n`` and not already compatible with it by the
    plain rules (those decide "George Bush" against "George W. Bush", not this module)."""
    return {i for i in variant_surname_ids(idx, n.surname_core) | idx.surnames.get(n.surname_core, set())
            if i != skip and (p := idx.states[i].person) is not None and variant_person(p, n)
            and not same_person(p, n) and idx._allowed(i, (name,))}


def variant_candidate(idx: EntityIndex, name: str, n: PersonName, context: frozenset[str]) -> int | None:
    """The one established stored person whose name is a spelling variant of this full name, or None."""
    ids = {i for i in _variant_ids(idx, n, name, skip=None) if idx.states[i].established}
    if len(ids) != 1:
        return None
    gid = next(iter(ids))
    return gid if _supported(idx.states[gid], context) else None


def variant_bare(idx: EntityIndex, surname: str, names: tuple[str, ...], context: frozenset[str]) -> int | None:
    """A bare surname that is a spelling variant of one established person's, supported by the report."""
    ids = {i for i in variant_surname_ids(idx, surname) if idx._allowed(i, names)}
    if len(ids) != 1:
        return None
    gid = next(iter(ids))
    return gid if _supported(idx.states[gid], context) else None


def join_variants(idx: EntityIndex) -> int:
    """Fold every full-name person row into the one established row it is a spelling variant of
    (smaller rows first into bigger ones); returns how many rows were folded."""
    folded = 0
    rows = sorted((st for st in idx.states.values() if st.type == "PERSON" and st.person is not None
                   and not st.person.bare), key=lambda st: (st.mention_count, -st.id))
    for st in rows:
        if st.id not in idx.states:
            continue
        n = st.person
        assert n is not None
        co = frozenset(st.evidence.get("co", {}))
        # the one established spelling: rows with DOMINANCE times its mentions (other stray spellings
        # of the same name are no rivals)
        ids = {i for i in _variant_ids(idx, n, st.name, skip=st.id)
               if idx.states[i].mention_count >= DOMINANCE * st.mention_count}
        if len(ids) != 1:
            continue
        big = idx.states[next(iter(ids))]
        if not _supported(big, co):
            continue
        idx._merge_into(st.id, big)
        folded += 1
    return folded


def join_type_flips(idx: EntityIndex) -> int:
    """Rule 4 over the whole base: a one-word name held by a PERSON row and by ORG/GPE/LOC rows is one
    entity, typed by the vote of its mentions ("Obamacare" PERSON 1 next to ORG 70; "MBS" PERSON 8 next
    to ORG 2). The PERSON row folds into the biggest other-type row of that name, or that row into the
    PERSON row when the PERSON row is bigger; the surviving row's type is then the vote. A name that
    is the surname of a full-name person with DOMINANCE mentions ("Fox", "Jackson") is left to the
    surname rules; an ORG and a
    place of one name ("Georgia") stay apart. Returns how many rows were folded."""
    from .entities import normalize_name, type_group

    by_norm: dict[str, list[int]] = {}
    for st in idx.states.values():
        if len(st.name.split()) == 1 and type_group(st.type) in ("person", "org", "place"):
            by_norm.setdefault(normalize_name(st.name), []).append(st.id)
    folded = 0
    for norm, ids in sorted(by_norm.items()):
        # a surname of an established person blocks; one of a stray full name ("Kill Obamacare") does not
        if len(ids) < 2 or any(idx.states[i].mention_count >= DOMINANCE for i in idx.surnames.get(norm, ())):
            continue
        persons = [i for i in ids if idx.states[i].type == "PERSON"]
        others = [i for i in ids if idx.states[i].type != "PERSON"]
        if not persons or not others:
            continue
        rank = lambda i: (idx.states[i].mention_count, -i)  # noqa: E731 - ties go to the older row
        other = max(others, key=rank)
        for p in sorted(persons):
            if not idx._allowed(other, (idx.states[p].name,)):
                continue
            small, big = (p, other) if rank(other) >= rank(p) else (other, p)
            idx._merge_into(small, idx.states[big])
            folded += 1
            other = big
    return folded
