"""Stances need a holder (round 33, issue 18: the precision of stances).

A stance is a position someone took or holds. Several passes keep a clause as kind ``stance`` with no speaker:
the writer's hedges ("Several sticking points appeared to remain", ``writer_hedges``), agentless passive views
("Hagel was expected to win", "is widely seen as a pariah", ``passive_views``), what a picture shows ("The video
shows hundreds of men", ``inferences``), and an "I" of a post no pass could name. An analyst reading the stances
finds no one behind these, and round 32's independent review counted each as a wrong stance; on the tune pages
of round 33 (allsides ranks 700-739) all 20 holderless stances were wrong. A holder that names nobody ("No one
seems to have thought past the action") takes no position either.

The passes still run and claim their clause, so no later pass reads it as words said; the stance is dropped here,
after every settling pass, as the last step. PolNeAR annotates many such clauses as attributions with no Source:
that recall is given up on purpose (BENCHMARKS.md, round 33).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote
from .._doc import doc_text
from .at_large import at_large_word

__all__ = ["drop_holderless_stances"]

#: Holders that name nobody: the position is said to be nobody's.
_NOBODY = frozenset({"no one", "nobody", "none", "neither", "no-one"})


def _held(q: Quote, text: str) -> bool:
    if q.speaker is None and not q.speaker_name:
        # people at large as the bare subject ("Many have expressed skepticism about the deal") hold the stance
        # though no name is kept for them; "The video shows ...", an unresolved "I" hold none
        return q.speaker_start is not None and q.speaker_end is not None and \
            at_large_word(text[q.speaker_start : q.speaker_end].strip())
    return " ".join((q.speaker_name or "").lower().split()) not in _NOBODY


def drop_holderless_stances(doc: Doc, out: list[Quote]) -> list[Quote]:
    """``out`` without the stances that have no holder, or a holder that names nobody."""
    text = doc_text(doc)
    return [q for q in out if q.kind != "stance" or _held(q, text)]
