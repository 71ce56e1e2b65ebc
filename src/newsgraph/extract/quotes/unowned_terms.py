"""Round 37 (issue 18 point 5): a short quoted phrase nobody is said to have said is a term, not a quote.

Titles and scare quotes of one or two words with no attribution are no quotes (``kinds.is_title_or_scare``). A
longer phrase in quotation marks that no pass could give a speaker or a cue ("the report weighed the funding against
"national interests"", 'a mantra of "no troops on the ground"', 'presumed "the community of nations."') is, as
often, the writer's label, a slogan, a name of a fund or programme, or a scare quote: listed, it reads as a
statement of no one (the review of unseen reports counted such lines as no statements). A listed quote becomes kind
``term`` (stored and scored, never listed: ``record.UNSAID_QUOTE_KINDS``) when all of these hold: kind partial or direct, asserted, no speaker name and no cue after every other pass, at most
six words, and no verb among them (a clause in marks, "Western education is sinful", can be someone's words and
stays). A phrase whose speaker is known stays whatever its shape ("labelled them "economic enablers"").
Why a kind and not a drop: PolNeAR counts some such phrases inside a larger attribution ("rated the claims as
"false" or "pants on fire"", a rater's label): dropped on tune (READ), they cost token F1 0.8642 -> 0.8639.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote

__all__ = ["settle_unowned_terms"]

_LISTED = frozenset({"partial", "direct"})
_MAX_WORDS = 6
# a verb (or a copula, an auxiliary) makes the phrase a clause someone may have said
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _is_term(doc: Doc, q: Quote) -> bool:
    """Whether q is a short verbless phrase in marks with no one to say it."""
    if q.kind not in _LISTED or q.modality != "asserted" or q.speaker_name or q.speaker or q.cue:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    return 0 < len(words) <= _MAX_WORDS and not any(t.pos_ in _CLAUSE_POS for t in words)


def settle_unowned_terms(doc: Doc, out: list[Quote]) -> None:
    """Every short verbless quoted phrase that nobody said becomes kind ``term``."""
    for q in out:
        if _is_term(doc, q):
            q.kind = "term"
