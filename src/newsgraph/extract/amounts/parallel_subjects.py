"""A bare figure whose clause is set beside a clause with a counted subject counts the same thing (round 37,
issue 17: objects stated in the previous clause).

"Forty students fled into the forest and 120 are still missing", "Twelve boats reached the port, while 30
sank": the second figure leaves its noun out because the first clause's subject just named it. The parse hangs
the second verb on the first (a ``conj``, or an ``advcl`` opened by "while"/"whereas"), so ``elided._source``
took the first subject for the one who acts and the look-back found nothing; and any other plural noun in the
two sentences ("Police and soldiers searched the villages") made the look-back ambiguous. The first clause's
subject, a plural noun with a figure of its own, is the one thing both figures count.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["parallel_noun"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTRAST_MARKS = frozenset({"while", "whereas", "but"})


def parallel_noun(root: Token) -> Token | None:
    """The counted subject of the clause the bare subject figure ``root``'s clause is set beside, else None."""
    verb = root.head
    if root.dep_ not in _SUBJECTS or verb.pos_ not in ("VERB", "AUX", "ADJ") or verb.i < root.i:
        return None
    joined = verb.dep_ == "conj" or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children))
    other = verb.head
    if not joined or other.pos_ not in ("VERB", "AUX", "ADJ") or other.i > root.i:
        return None
    subjects = [c for c in other.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    # a plural common noun counted by a figure of its own ("Forty students"), not a name nor a pronoun
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in subj.children):
        return None
    return subj
