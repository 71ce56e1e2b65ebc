"""What a sum with a bracketed conversion is in (issue 17, round 29): "paid almost $40m (£31m) in bribes", "handed
it a $50bn (£36bn) windfall". The conversion sits between the sum and its noun, so the "in" phrase or the noun no
longer follows the sum and both figures were left with no object. Read past the brackets: the bare "in" phrase
right after them (as :func:`.money_in.in_after_sum` reads it, a place may follow) or a common noun right after them, for the sum before the
brackets and for the converted sum inside them alike. Only a short bracket holding a figure is read ("$5m (a
record) last year" is no conversion), and a noun of a time or a name is never what the sum is in."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .money_in import NOT_BARE

__all__ = ["after_conversion"]

_FIXED_PREPS = frozenset({"for", "of", "to", "with"})
_LONGEST = 5  # tokens inside the brackets: "£31m", "€ 2.5 bn", "about 1.2bn euros"


def _figure(tok: Token) -> bool:
    return tok.like_num or any(ch.isdigit() for ch in tok.text)  # "36bn" is one token, no number to spaCy


def _closing(span: Span) -> int | None:
    """The index of the ")" that closes the conversion around or after ``span``, or None."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "(":  # the sum before its conversion
        close = next((k for k in range(span.end + 1, min(len(doc), span.end + _LONGEST + 2)) if doc[k].text == ")"), None)
        if close is None or not any(_figure(t) for t in doc[span.end + 1 : close]):
            return None
        return close
    if span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")" \
            and any(_figure(t) for t in doc[max(0, span.start - 4) : span.start - 1]):
        return span.end  # the converted sum inside the brackets, right after a figure
    return None


def _bare_in(prep: Token) -> Token | None:
    """The noun of a bare "in" phrase ("in bribes", "in new aid"); a place may follow it ("in bribes in Chile"), a
    fixed phrase's "for"/"of"/"to" may not ("in return for", "in excess of")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i > prep.i + 4:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _FIXED_PREPS for c in noun.children):
        return None
    if any(t.pos_ in NOT_BARE or t.ent_type_ for t in prep.doc[prep.i + 1 : noun.i]):
        return None  # "in the UK", "in three days": where or when
    return noun


def after_conversion(span: Span) -> Token | None:
    """The noun the sum ``span`` is in, read right after its bracketed conversion, or None."""
    close = _closing(span)
    doc = span.doc
    if close is None or close + 1 >= len(doc):
        return None
    nxt = doc[close + 1]
    if nxt.lower_ == "in":
        return _bare_in(nxt)
    if nxt.pos_ != "NOUN" or nxt.tag_ not in ("NN", "NNS") or nxt.ent_type_:
        return None  # "(£31m) last year", "(£31m) on Friday": a time or a name, not what the sum is in
    for _ in range(3):  # "(£36bn) aid package": the compound's last noun
        if nxt.dep_ != "compound" or nxt.head.i <= nxt.i or nxt.head.pos_ != "NOUN":
            break
        nxt = nxt.head
    return nxt
