"""Round 36 (issue 18, r36-qsrc): '"...," read the headline in the Daily Ledger' is the Daily Ledger's.

An independent review of unseen reports found "the headline" given as a speaker where the report names the paper
that ran it, and an editorial with no outlet. A piece of a paper (its headline, editorial, front page, column) says
nothing of its own: when a quote's speaker mention is such a piece with no entity behind it, and the mention's
"in" / "of" phrase names an organization ("the headline in the Daily Ledger", "the editorial of the Harbor Times"),
that organization speaks. Left alone: a piece that names no organization ("the headline read": no one named,
precision first), and any speaker the resolver already tied to an entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import mention_spans
from .cues import np_span

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_outlet_pieces"]

_PIECES = frozenset({"headline", "headlines", "editorial", "editorials", "column", "op-ed", "banner", "splash",
                     "front", "page", "cover", "leader"})
_OF = frozenset({"in", "of", "on"})


def _outlet_named(head: Token) -> Token | None:
    """The head of the organization's name in the piece's "in" / "of" phrase, or None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OF:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ == "ORG":
            return obj
    return None


def settle_outlet_pieces(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote credited to a paper's piece the paper named with it (in place)."""
    for q, span in mention_spans(doc, out):
        if span.root.lemma_.lower() not in _PIECES:
            continue
        obj = _outlet_named(span.root)
        if obj is None:
            continue
        lo, hi = np_span(doc, obj)
        probe = Quote(id="", text=q.text, kind=q.kind, start=q.start, end=q.end)
        res.fill(probe, doc[lo : max(hi, obj.i + 1)])
        if probe.speaker is None or res.by_id[probe.speaker]["type"] == "PERSON":
            continue  # (only an organization that ran the piece; a person's column is left to the other rules)
        for f in ("speaker", "speaker_name", "speaker_start", "speaker_end"):
            setattr(q, f, getattr(probe, f))
