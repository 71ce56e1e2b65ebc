"""A body or force owned by a pronoun ("its fighters", "their troops", "its aircraft") is its owner's side (issue 19,
round 21 source actors).

"Hamas said its fighters had fired rockets at Israel": the fighters are Hamas's. Before this the party had a sector
and no code, so the event's place coded it ("at Israel": ISR, the one fired on), or nothing did ("Israel's army said
its aircraft struck targets": no code). The possessive pronoun is resolved as a subject pronoun is
(``pronouns.resolve_pronoun``: the one state, organization or people it can stand for, else nothing), and its code
and country pass to the party, which keeps its own name and sector and no entity of the owner's. This runs before
the place codes parties, so the owner wins over the place; an owner the resolver cannot name leaves the party as it
was (an empty code beats a wrong one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .parties import Party, PartyResolver
    from .triggers import Found

__all__ = ["possessed_sides"]

_OWNERS = frozenset({"its", "their"})


def _owner_code(p: Party, res: PartyResolver) -> tuple[str, str | None] | None:
    if p.code is not None or p.country is not None or p.sector is None or p.entity is not None or p.end <= p.start:
        return None
    root = p.root(res.doc)
    if root is None:
        return None
    poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
    owner = res.pronoun(poss) if poss is not None else None
    return (owner.code, owner.country) if owner is not None and owner.code else None


def possessed_sides(f: Found, res: PartyResolver) -> None:
    """Codes, in place, the parties of ``f`` that a possessive pronoun owns, by that owner (module docstring)."""
    for p in f.actors + f.targets:
        got = _owner_code(p, res)
        if got is not None:
            p.code, p.country = got
