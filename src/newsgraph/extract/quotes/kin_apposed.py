"""A person named as someone's relative is no antecedent of that someone's pronoun (review 20, A1/B3).

"AIDS, which claimed the life of his son Makgatho. ... he issued a searing rebuke": "his" already stands for the
paragraph's person (Mandela), and the son named in apposition to "his son" is told in passing; a later "he" is the
possessor, not the son. Shared by the quote layer's and the events layer's pronoun resolution, so that a quote's
speaker and an event's actor read the same "he".

Only a relative named outside a subject counts ("His son Hunter said ... He added" keeps Hunter), and only for a
pronoun of the possessor's gender ("her son Peter ... he" may be the son).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arrays import expand_span
from .speaker_words import kin_nouns

__all__ = ["kin_apposed_gender", "kin_possessor", "passed_relative"]

_POSSESSOR_GENDER = {"his": "M", "her": "F"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _name_head(tok: Token) -> Token:
    """The last word of the name ``tok`` opens ("Hunter" -> "Biden")."""
    for _ in range(4):
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
        else:
            break
    return tok


def kin_possessor(doc: Doc, start: int) -> Token | None:
    """The "his"/"her" of "his/her + relative noun" when the person named at character ``start`` is set in
    apposition to it outside a subject ("the life of his son Makgatho"); else None."""
    span = expand_span(doc, start, start + 1)
    if span is None or not len(span):
        return None
    name = _name_head(span[0])
    kin = name.head
    if name.dep_ != "appos" or kin.i >= name.i or kin.lower_ not in kin_nouns() or kin.dep_ in _SUBJECTS:
        return None
    poss = next((c for c in kin.children if c.dep_ == "poss"), None)
    return poss if poss is not None and poss.lower_ in _POSSESSOR_GENDER else None


def kin_apposed_gender(doc: Doc, start: int) -> str | None:
    """"M"/"F": the gender of :func:`kin_possessor`'s pronoun, else None."""
    poss = kin_possessor(doc, start)
    return _POSSESSOR_GENDER[poss.lower_] if poss is not None else None


def passed_relative(doc: Doc, start: int, want: str | None) -> bool:
    """The person named at ``start`` is a relative told in passing of someone of the gender ``want``."""
    return want is not None and kin_apposed_gender(doc, start) == want
