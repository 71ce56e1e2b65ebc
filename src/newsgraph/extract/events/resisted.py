"""Stop read of round 25 (allsides wgWMTIphRfi5Qxsl): "Diplomats say Beijing ... has resisted tougher measures,
such as an oil embargo and bans on the North Korean airline" was shown as an asserted COERCE/ban with the
diplomats as actor. A measure named as an example ("such as", "like", "including") of what a party resists,
opposes, blocks or rejects has not been taken: the sentence tells the resistance, not the measure. Such a noun
event is dropped; the verbs are the class ``resisting`` of data/event_senses.tsv. A measure that is itself the
object ("China rejected the sanctions") is left to the sense rows: there the sanctions may well exist."""

from __future__ import annotations

from spacy.tokens import Token

from .senses import load_senses
from .triggers import Found

__all__ = ["resisted_examples"]

_EXAMPLE_PREPS = frozenset({"as", "like", "including"})


def _example_of(noun: Token) -> Token | None:
    """The noun that ``noun`` is an example of ("measures, such as an oil embargo and bans"), through its
    conjuncts and the example's preposition; else None."""
    tok = noun
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.i > 1 and tok.doc[tok.i - 1].text == "," \
            and tok.doc[tok.i - 2].pos_ == "NOUN":
        tok = tok.doc[tok.i - 2]  # a list item the parser hung on the main verb: the item before its comma
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_PREPS or prep.head is prep:
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children) and \
            not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
        return None  # "as" alone is no example ("served as a ban")
    return prep.head if prep.head.pos_ in ("NOUN", "PROPN") else None


def _resisted(noun: Token) -> bool:
    """``noun`` is the object of a verb of resisting (its conjuncts share it: "has resisted tougher measures")."""
    senses = load_senses()
    return noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB" and senses.word_in("resisting", noun.head)


def resisted_examples(found: list[Found]) -> list[Found]:
    """``found`` without the noun events named as examples of what a party resists (see the module's text)."""
    def dropped(f: Found) -> bool:
        if not f.nominal:
            return False
        whole = _example_of(f.trigger)
        return whole is not None and _resisted(whole)
    return [f for f in found if not dropped(f)]
