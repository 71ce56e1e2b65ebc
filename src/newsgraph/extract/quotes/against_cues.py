"""Round 37 (issue 18 point 5): a stance aimed against its object keeps "against" in its cue.

A stance or topic record holds what a position is aimed at ("voted for the amendments": content "the amendments",
cue "voted"). When the verb's object comes through "against" ("The caucus voted overwhelmingly against him",
"lobbied against the tax"), the content is still the object (PolNeAR's Content: round 15 counted "vote against" + object
overlapping a gold Content 7 of 9 on train), but a cue of the bare verb reads as support for it: the review of
unseen reports found such stances read the wrong way round. The content span is left as it is (so nothing scored
moves) and the cue is widened over the words between it and the content, up to and with "against", when those
words are only adverbs or a short time phrase ("voted this week against"). Only unsaid kinds (stance, topic,
impersonal) are touched: a listed quote's cue is a verb of saying, and "warned against" already says which way.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import UNSAID_QUOTE_KINDS, Quote

__all__ = ["settle_against_cues"]

# the words that turn an aim around: the content is what the holder opposes
_CONTRARY = frozenset({"against"})
# what may stand between the cue and "against" without breaking the clause: adverbs, a short time phrase
_BETWEEN_POS = frozenset({"ADV", "DET", "NOUN", "ADJ"})
_MAX_BETWEEN = 3


def _gap_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens wholly inside the characters [start, end)."""
    return [t for t in doc if t.idx >= start and t.idx + len(t) <= end]


def _contrary_end(doc: Doc, q: Quote) -> int | None:
    """The character end of the "against" between q's cue and its content, or None where there is none."""
    if q.cue_end is None or q.cue_start is None or q.cue_end > q.start:
        return None
    gap = _gap_tokens(doc, q.cue_end, q.start)
    if not gap or gap[-1].lower_ not in _CONTRARY or len(gap) - 1 > _MAX_BETWEEN:
        return None
    between = gap[:-1]
    # "voted overwhelmingly against", "voted this week against"; a noun only inside a time phrase ("voted the
    # amendments down against ..." is another clause)
    if any(t.pos_ not in _BETWEEN_POS for t in between):
        return None
    if any(t.pos_ == "NOUN" and t.ent_type_ not in ("DATE", "TIME") for t in between):
        return None
    return gap[-1].idx + len(gap[-1])


def settle_against_cues(doc: Doc, out: list[Quote]) -> None:
    """Widen the cue of every unsaid record whose content is what "against" governs, over that "against"."""
    text = doc.text
    for q in out:
        if q.kind not in UNSAID_QUOTE_KINDS:
            continue
        end = _contrary_end(doc, q)
        if end is None:
            continue
        q.cue_end = end
        q.cue = text[q.cue_start:end]
