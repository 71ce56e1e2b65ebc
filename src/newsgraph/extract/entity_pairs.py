"""Entities: two names joined by "and" that NER took for one ("Trump and Pompeo" ORG, "Trump and Zelenskiy" ORG;
round 20, pool20 ranks 151-190) are the two names.

A candidate whose words are two capitalized runs joined by one "and" is split when each run is another
candidate's name in the same report (a place's; a person's of two words or more, or its surname: the report
writes "Mike Pompeo" elsewhere; a reference person's surname written alone: "Trump"): each half takes the label
of the name it repeats. Any other one-word "person" is no evidence ("Malmo and Lund": NER typed both cities as
persons, and a split would take the town's place reading away). A name the lexicon knows whole, or one whose
halves the report does not name apart ("Procter and Gamble"), or one name written twice ("Johnson and Johnson",
even where the report names a Johnson), stays one name.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..actors import is_actor_surname
from ..lexicon import Lexicon
from .entity_base import _Cand

__all__ = ["split_joined_names"]

_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "GPE", "FAC", "PRODUCT", "EVENT"})
_NAMED = frozenset({"PERSON", "GPE", "LOC"})


def _named_labels(cands: list[_Cand]) -> dict[str, str]:
    """Name text → label for the report's places and persons (full names, their surnames: "Pompeo", and the
    surnames of reference persons written alone: "Trump")."""
    out: dict[str, str] = {}
    for c in cands:
        words = c.text.split()
        if c.label not in _NAMED or " and " in c.text:
            continue
        if c.label != "PERSON":
            out.setdefault(c.text, c.label)
        elif len(words) >= 2:
            out.setdefault(c.text, "PERSON")
            out.setdefault(words[-1], "PERSON")
        elif is_actor_surname(c.text):  # else a one-word "person" is too often a place NER mistyped ("Malmo")
            out.setdefault(c.text, "PERSON")
    return out


def _halves(sp: Span) -> tuple[Span, Span] | None:
    ands = [t.i for t in sp if t.lower_ == "and"]
    if len(ands) != 1:
        return None
    left, right = sp.doc[sp.start : ands[0]], sp.doc[ands[0] + 1 : sp.end]
    if not len(left) or not len(right) or not all(t.text[:1].isupper() for t in (*left, *right)):
        return None
    if left.text == right.text:
        return None  # "Johnson and Johnson", "Sanders and Sanders": one firm, never one name written twice
    return left, right


def split_joined_names(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """The candidates with each "X and Y" of two names the report names apart split in two."""
    named = _named_labels(cands)
    out: list[_Cand] = []
    for c in cands:
        halves = _halves(c.span) if c.label in _LABELS and " and " in c.text else None
        labels = [named.get(h.text) for h in halves] if halves else []
        if not halves or not all(labels) or lex.org_of(c.text) or lex.country_of(c.text):
            out.append(c)
            continue
        for h, label in zip(halves, labels, strict=True):
            assert label is not None
            out.append(_Cand(start=h.start_char, end=h.end_char, text=h.text, label=label,
                             span=Span(h.doc, h.start, h.end, label=label)))
    return out
