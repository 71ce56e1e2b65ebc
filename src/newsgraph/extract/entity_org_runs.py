"""Entities: an organization's name that NER cut before "and ..." grows to the lexicon name it opens
("Islamic State of Iraq" + "and Syria", "... and the Levant"; review 19), and the pieces inside go.

NER ends the span at "and", so the group's row took the name of a place ("... of Iraq") and the last word
("Syria", "Levant") became a row of its own. Only a name that data/org_aliases.tsv knows grows: an
organization named "X and Y" that the lexicon does not hold stays as NER cut it."""

from __future__ import annotations

from ..lexicon import Lexicon
from .entity_base import _Cand

# how many words after "and" a lexicon name may still take ("and the Levant", "and al-Sham")
_MAX_TAIL = 3


def grow_cut_org_names(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """The candidates with cut organization names grown, and the candidates inside the grown spans dropped."""
    grown: list[_Cand] = []
    for c in cands:
        longer = _grown(c, lex) if c.label == "ORG" else None
        grown.append(longer or c)
    spans = [(g.start, g.end) for g, c in zip(grown, cands, strict=True) if g is not c]
    if not spans:
        return cands
    return [g for g in grown if not any(s <= g.start and g.end <= e and (g.start, g.end) != (s, e)
                                        for s, e in spans)]


def _grown(c: _Cand, lex: Lexicon) -> _Cand | None:
    doc, end = c.span.doc, c.span.end
    if end >= len(doc) or doc[end].lower_ != "and":
        return None
    for n in range(_MAX_TAIL, 0, -1):
        stop = end + 1 + n
        if stop > len(doc) or not doc[stop - 1].text[:1].isupper():
            continue
        longer = doc[c.span.start:stop]
        if lex.org_of(longer.text):
            return _Cand(longer.start_char, longer.end_char, longer.text, "ORG", longer)
    return None
