"""A noun of words or a view with no owner whose place in the sentence leaves no one to answer it (round 33, issue 18).

``noun_contents`` keeps the "that"-clause of a noun of words or a view only with an owner ("his claim that ...").
With none, the answering subject is mostly PolNeAR's Source ("Christie bristled at the suggestion that ...", which
is not Christie's view), so a stance with no holder there is a wrong speaker (BENCHMARKS, round 26). Two shapes
have no such subject: the noun opens a sentence adverbial ("Despite complaints that he is a crusader, ...", "amid
fears that ...", "because of concerns that ..."), or is what an existential "there" introduces ("there were numerous
complaints that ..."). (An agentless passive, "concerns were raised that ...", has its clause hung on the verb, not
the noun: not read.)
There the clause is kept as a stance with no holder (stored, never listed), as for ``passive_views``. Not a definite
noun ("despite the claim that ...": a claim the report told of, whose owner is earlier), a negated one ("no
concerns"), nor one a modifier gives holders ("despite media pronouncements that ...", "Republican fears").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["open_holder"]

_ADVERBIAL = frozenset({"despite", "amid", "amidst", "notwithstanding"})
_INDEFINITE = frozenset({"a", "an", "some", "many", "several"})
_HOLDER_TYPES = frozenset({"NORP", "ORG", "GPE", "PERSON"})


def _adverbial(noun: Token) -> bool:
    """"despite complaints", "amid fears", "because of concerns": a preposition of the sentence, not an answer."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ in _ADVERBIAL:
        return True
    return prep.lower_ == "because" or prep.lower_ == "of" and prep.i > 0 and noun.doc[prep.i - 1].lower_ == "because"


def _existential(noun: Token) -> bool:
    """"there were numerous complaints that ...": the noun after an existential "be"."""
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)


def open_holder(noun: Token) -> bool:
    """Whether the unowned noun ``noun`` stands where no one answers its view (module docstring)."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if any(d.dep_ == "poss" or d.lower_ not in _INDEFINITE for d in dets):
        return False  # "the claim that ...", "no concerns", "this idea": a definite or negated noun
    if any(c.dep_ == "compound" or c.dep_ == "amod" and c.ent_type_ in _HOLDER_TYPES for c in noun.children):
        return False  # "despite media pronouncements that ...", "Republican fears": a modifier names the holders
    return _adverbial(noun) or _existential(noun)
