"""Entity ids that outlive a rebuild (issue 16 rule 7: merged ids redirect to the survivor).

``rebuild`` re-derives every entity from the stored records, so without care each entity would get a
new id and every bookmarked ``/entities/{id}`` would show someone else. The stable key of an entity
is what it is made of: its *mentions*, each identified by (article id, start offset), which a
rebuild does not change. So, before the old rows go:

* every old entity records which mentions it held (:func:`old_state`);
* after the rebuild, a new entity keeps an old id when each is the other's best match: the new
  entity holds most of the old one's mentions, and the old one gave most of the new one's;
* an old id that nobody keeps (its entity was merged into another, or split) redirects to the new
  entity holding most of its mentions, as an analyst's merge would; earlier redirects are
  re-pointed the same way; an old id whose mentions all disappeared stays unknown (404);
* every other new entity gets an id above every id ever used, so no old link can land on it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..store import schema as t

__all__ = ["OldState", "old_state", "assign"]

MentionKey = tuple[str, int]  # (article id, start offset)


@dataclass
class OldState:
    owner: dict[MentionKey, int] = field(default_factory=dict)  # mention → old entity id
    redirects: dict[int, int] = field(default_factory=dict)  # old redirect rows
    ceiling: int = 0  # the largest id ever used (entities and redirects)


def old_state(conn: Connection) -> OldState:
    """Who held which mention before the rebuild, and the redirects already given out."""
    m = t.mentions
    st = OldState()
    for aid, start, eid in conn.execute(sa.select(m.c.article_id, m.c.start, m.c.entity_id)):
        st.owner.setdefault((aid, int(start)), int(eid))
    st.redirects = {int(a): int(b) for a, b in conn.execute(
        sa.select(t.entity_redirects.c.old_id, t.entity_redirects.c.new_id))}
    top = conn.execute(sa.select(sa.func.max(t.entities.c.id))).scalar() or 0
    st.ceiling = max([int(top), *st.redirects, *st.redirects.values()])
    return st


def _best(votes: Counter[int]) -> int:
    # most shared mentions; ties to the smaller id, so the answer does not depend on dict order
    return min(votes, key=lambda k: (-votes[k], k))


def assign(old: OldState, held: Iterable[tuple[int, MentionKey]], new_ids: Iterable[int]
           ) -> tuple[dict[int, int], dict[int, int]]:
    """(new id → final id, redirect old id → final id) for the rebuilt entities.

    ``held``: (rebuilt entity id, mention) pairs; ``new_ids``: every rebuilt entity id, in the
    rebuild's canonical order (fresh ids are handed out in that order).
    """
    by_new: dict[int, Counter[int]] = defaultdict(Counter)  # rebuilt id → old ids of its mentions
    by_old: dict[int, Counter[int]] = defaultdict(Counter)
    for gid, key in held:
        o = old.owner.get(key)
        if o is not None:
            by_new[gid][o] += 1
            by_old[o][gid] += 1
    best_new = {o: _best(v) for o, v in by_old.items()}
    final: dict[int, int] = {}
    nxt = old.ceiling + 1
    for gid in new_ids:
        o = _best(by_new[gid]) if by_new.get(gid) else None
        if o is not None and best_new[o] == gid:
            final[gid] = o
        else:
            final[gid] = nxt
            nxt += 1
    kept = set(final.values())
    redirects = {o: final[g] for o, g in best_new.items() if o not in kept}
    for a in old.redirects:  # an analyst's earlier merge: follow its chain to a live old id
        b, seen = a, set()
        while b in old.redirects and b not in seen:
            seen.add(b)
            b = old.redirects[b]
        target = b if b in kept else redirects.get(b)
        if a not in kept and target is not None:
            redirects[a] = target
    return final, redirects
