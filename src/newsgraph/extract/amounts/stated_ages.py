"""A person's age told by a bare figure outside an apposition (round 34, issue 17 item 1: "ages ... are not
amounts"; the apposition "the gunman, 24," is :mod:`.not_counts`'s):

* the predicate of "be" whose subject is a person or one thing ("the driver was 19", "Smith, who is 73", "he
  was only 14"): a singular subject cannot be what a bare figure counts; a subject the synonym table reads as a
  toll ("the death toll was 19": deaths) or a noun of a group ("the crew was 12") keeps the count;
* "turned 100" with a subject: an age reached;
* "At 82, the senator ...": a sentence opened by "At", the figure and a comma.

Only whole figures of 1 to 120 with no noun of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...record import canonical_object
from .joined_objects import collective_nouns

__all__ = ["stated_age"]

_PERSONS = frozenset({"he", "she", "i", "you", "who", "whom"})


def _age_figure(root: Token) -> bool:
    if not root.text.isdigit() or not 1 <= int(root.text) <= 120:
        return False
    if any(c.i > root.i and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in root.children):
        return False
    # a record or a score has a second figure after it ("is a perfect 9 for 9", "was 6 of 7", "is 3 to 1"): no age
    nxt = root.doc[root.i + 1 : root.i + 4]
    return not (len(nxt) >= 2 and nxt[0].lower_ in ("for", "of", "to", "out") and any(t.like_num for t in nxt[1:]))


def _one_subject(verb: Token) -> bool:
    """The verb's subject is a person or one thing that a bare figure cannot count."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _PERSONS or subj.ent_type_ == "PERSON":
        return True
    if subj.tag_ != "NN" or subj.lower_ in collective_nouns():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return False  # "the number of dead was 14": a measure of a whole
    return canonical_object(subj.lower_) == subj.lower_


def stated_age(root: Token) -> bool:
    """The bare figure ``root`` (the figure's own token) tells a person's or one thing's age."""
    if not _age_figure(root):
        return False
    head = root.head
    if root.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        return _one_subject(head)
    if root.dep_ == "dobj" and head.lemma_ == "turn" and not any(c.dep_ == "prt" for c in head.children):
        return _one_subject(head)
    if root.dep_ == "pobj" and head.lower_ == "at" and head.i == root.sent.start and head.dep_ == "prep":
        return root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ","
    return False
