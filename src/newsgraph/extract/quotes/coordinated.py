"""The own subject of a conjoined verb of speech that the parser hung elsewhere (review 18).

In "Obama and Ruiz exchanged letters, and on Friday Ruiz wrote ..." the parser makes "Ruiz" the object of "on"
("Friday" its compound), and in "Russia denied any role and Trump has said ..." a conjunct of the object: the verb
of speech is then a conjunct with no subject, and the subject search climbs to the first verb's subject (Obama,
Russia). A name standing right before the verb, with nothing but the verb's own auxiliaries, negation and adverbs
between, is that verb's subject in English word order; it is read only where the parser gave the verb none.
"""

from __future__ import annotations

from spacy.tokens import Token

# what may stand between a subject and its verb: the verb's own auxiliaries, negation and adverbs ("has
# repeatedly said", "did not say")
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
# a name the parser attached as anything but the verb's subject; the entity types that can speak
_SPEAKING = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _relayed_clause_subject(v: Token) -> Token | None:
    """In "Palmer reports Garcia vowed to press on and said he thinks ..." the parser joins "said" to "reports",
    but its tense is the reported clause's ("vowed"), not the relaying verb's: it continues Garcia's clause, so
    Garcia is its subject (review 20: a reporter's relay kept the reporter as the speaker, round 21)."""
    h = v.head
    if v.tag_ not in ("VBD", "VBZ", "VBP") or h.tag_ == v.tag_:
        return None
    clause = next((c for c in h.children if c.dep_ == "ccomp" and h.i < c.i < v.i and c.tag_ == v.tag_), None)
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def conj_own_subject(v: Token) -> Token | None:
    """The name right before a conjoined verb ``v`` that has no subject of its own, or the subject of the clause
    it continues; None otherwise."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children):
        return None
    relayed = _relayed_clause_subject(v)
    if relayed is not None:
        return relayed
    j = v.i - 1
    while j >= 0 and v.doc[j].head.i == v.i and v.doc[j].dep_ in _BETWEEN:
        j -= 1
    if j < 0:
        return None
    t = v.doc[j]
    # a proper name the entity layer types as able to speak, attached elsewhere (an object's conjunct, the object
    # of "on Friday"); the first verb's own subject is never taken ("Ruiz and Lee met and said": both spoke)
    if t.pos_ != "PROPN" or t.ent_type_ not in _SPEAKING or t.head.i == v.i:
        return None
    if t.dep_ not in ("conj", "pobj", "dobj", "appos"):
        return None
    if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"):
        return None
    return t
