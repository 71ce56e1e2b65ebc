"""What a sum is in, read from the words right after it when the parse hangs the "in" phrase elsewhere: "approving
close to a trillion dollars in military spending" (the parse hangs "in" on the verb), "£60,000 in damages",
"$135m in debt" (review 18: money without its object). The plain reading of "$75 billion in state subsidies",
with "in" on the sum, is :func:`newsgraph.extract.amounts.objects._money_anchor`'s; this one only follows the
surface, so it asks more: "in" right after the sum, and a bare common noun phrase after it (no article,
possessive or number: "in the UK", "in its first weekend", "in three days" say where or when, not what), which no
entity or time expression covers ("in May", "in 2004")."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["NOT_BARE", "in_after_sum"]

# words between "in" and its noun that make the phrase a place, a time or a part, not what the sum is in
NOT_BARE = frozenset({"DET", "PRON", "NUM", "PROPN", "ADP"})
_KIND_NAMES = frozenset({"GPE", "NORP", "ORG"})


def in_after_sum(span: Span) -> Token | None:
    """The noun of a bare "in" phrase right after the sum, or None."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return None
    prep = doc[span.end]
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i > prep.i + 5 or \
            any(c.dep_ == "prep" for c in noun.children):
        return None  # "in return for", "in exchange for", "in excess of", "in addition to": a fixed phrase's noun
        # (review of round 19), not what the sum is in
    if any(not _name_modifier(t, noun) and (t.pos_ in NOT_BARE or t.ent_type_) for t in doc[prep.i + 1 : noun.i]):
        return None
    return noun


def _name_modifier(tok: Token, noun: Token) -> bool:
    """A country, nationality or body naming the kind of the noun ("in U.S. taxpayer-funded grants", "in Pentagon
    contracts", round 31): a modifier inside the bare phrase, not the place or time the sum is in (those are the
    phrase's own noun, or come with an article: "in the UK", "in May")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in _KIND_NAMES and tok.head.i <= noun.i and \
        tok.head.i > tok.i and tok.dep_ in ("compound", "amod", "nmod")
