"""An organization described by its trade ("the production company said", round 24, issue 18).

A description such as "the production company" or "the record label" names the organization by what it does: the
report named it before with that word in its name ("Dick Clark Productions"). Without this, "the company" fell
back to the last organization named, which in an unseen report (round 23's end review) was the rival label the
quoted words themselves mention, so the record had that label deny its own statement. The name may have been typed
a person by the entity layer ("Dick Clark Productions"), so persons are searched as well as organizations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["org_by_trade"]

# a modifier shorter than this is too common a start of other words ("oil", "tech") to match a name by its start
_MIN_STEM = 5


def _trades(root: Token) -> set[str]:
    """The stems of the common words before the head noun that say what the organization does."""
    mods = (c.lower_ for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i
            and c.pos_ in ("NOUN", "ADJ") and not c.ent_type_)
    stems = {m[:-1] if m.endswith("s") else m for m in mods}
    return {s for s in stems if len(s) >= _MIN_STEM}


def org_by_trade(res: Resolver, span: Span, root: Token) -> str | None:
    """The last organization (or name typed a person) named before ``span``, outside quoted words, with a word of
    its name starting with the description's trade ("Productions" for "the production company"); None when the
    description has no such word or no name matches."""
    stems = _trades(root)
    if not stems:
        return None
    best = None
    for start, eid in sorted(res.persons + res.orgs):
        if start >= span.start_char:
            break
        words = res.by_id[eid]["name"].lower().split()
        if any(w.startswith(s) for w in words for s in stems):
            best = eid
    return best
