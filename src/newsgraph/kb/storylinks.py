"""The links of stories that can fall away: candidate counts, stored links, and a story's fragments.

A dated pair links when its score reaches a bar that rises with the two reports' candidate counts
(:meth:`~newsgraph.kb.storyfeatures.Params.bar`). A report's count is the number of dated reports of its
window sharing an index key with it: set when it arrives (those stored before it), raised by one each time a
later report finds it among its candidates. Counts only rise, so bars only rise: a pair under its bar never
links later, and a stored link is re-checked whenever a side's count rises; the links left are exactly the
pairs over their bars at the final counts, whatever the order (below the caps; see :mod:`newsgraph.kb.stories`).

A story is a component of its dated reports' links (its undated reports follow their anchors). When a link
is removed, :func:`fragments` recomputes the story's components from its stored links: one story's links,
read through ``story_links`` (an index, never a scan of the base).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..store import schema as t
from .storyfeatures import Params

__all__ = ["counts", "raise_counts", "set_count", "add_links", "recheck", "fragments"]

_CHUNK = 500


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def counts(conn: Connection, ids: Iterable[str]) -> dict[str, int]:
    """The stored candidate count of each of ``ids``."""
    sf = t.story_features
    out: dict[str, int] = {}
    for part in _chunks(ids):
        out.update((aid, int(n or 0)) for aid, n in conn.execute(
            sa.select(sf.c.article_id, sf.c.candidates).where(sf.c.article_id.in_(part))))
    return out


def raise_counts(conn: Connection, ids: Iterable[str]) -> None:
    sf = t.story_features
    for part in _chunks(ids):
        conn.execute(sf.update().where(sf.c.article_id.in_(part)).values(candidates=sf.c.candidates + 1))


def set_count(conn: Connection, aid: str, n: int) -> None:
    sf = t.story_features
    conn.execute(sf.update().where(sf.c.article_id == aid).values(candidates=n))


def add_links(conn: Connection, aid: str, partners: dict[str, float]) -> None:
    """Store the links of ``aid`` to ``partners`` (partner -> score), each pair once, smaller id first."""
    if partners:
        conn.execute(t.story_links.insert(), [
            {"a_id": min(aid, c), "b_id": max(aid, c), "score": s} for c, s in sorted(partners.items())])


def _links_of(conn: Connection, ids: Iterable[str]) -> set[tuple[str, str, float]]:
    sl = t.story_links
    out: set[tuple[str, str, float]] = set()
    for part in _chunks(ids):
        for col in (sl.c.a_id, sl.c.b_id):
            out.update((a, b, float(s)) for a, b, s in conn.execute(
                sa.select(sl.c.a_id, sl.c.b_id, sl.c.score).where(col.in_(part))))
    return out


def recheck(conn: Connection, p: Params, raised: list[str]) -> list[tuple[str, str, float, float]]:
    """Remove the stored links of ``raised`` (reports whose count just rose) that are now under their bar;
    returns them as (a, b, score, bar)."""
    if not raised or not p.density:
        return []
    links = _links_of(conn, raised)
    if not links:
        return []
    n = counts(conn, {x for a, b, _ in links for x in (a, b)})
    gone = sorted((a, b, s, p.bar(n.get(a, 0), n.get(b, 0))) for a, b, s in links
                  if s < p.bar(n.get(a, 0), n.get(b, 0)))
    sl = t.story_links
    for a, b, _, _ in gone:
        conn.execute(sl.delete().where(sl.c.a_id == a, sl.c.b_id == b))
    return gone


def fragments(conn: Connection, members: dict[str, bool]) -> list[set[str]]:
    """The components of one story (``members``: report -> dated) by its stored links, largest first (ties by
    smallest id). An undated report goes with the dated report its chain of anchors ends at; one whose chain
    ends nowhere in the story goes with the largest component (it was moved there by an anchor)."""
    dated = sorted(a for a, d in members.items() if d)
    parent = {a: a for a in dated}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in _links_of(conn, dated):
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for a in dated:
        groups.setdefault(find(a), set()).add(a)
    undated = sorted(a for a, d in members.items() if not d)
    anchor: dict[str, str] = {}
    sa_ = t.story_anchors
    for part in _chunks(undated):
        anchor.update((aid, pid) for aid, pid in conn.execute(
            sa.select(sa_.c.article_id, sa_.c.partner_id).where(sa_.c.article_id.in_(part))))
    out = sorted(groups.values(), key=lambda g: (-len(g), min(g)))
    if not out:
        return [set(members)]
    for u in undated:
        x, seen = u, {u}
        while x in anchor and anchor[x] not in seen and not members.get(anchor[x], False):
            x = anchor[x]
            seen.add(x)
        root = anchor.get(x)
        home = next((g for g in out if root in g), out[0]) if root is not None else out[0]
        home.add(u)
    return sorted(out, key=lambda g: (-len(g), min(g)))
