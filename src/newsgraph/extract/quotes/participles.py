"""Whose words a subjectless participle reports when the parse hangs it on the wrong clause.

A participle with no subject of its own ("warning ...", "insisting that ...") takes the subject of the clause it
hangs on (``cues.subject_of`` climbs to it). Two parses put the wrong clause there: a participle that follows a noun
for words ("He was responding to comments from Mr. Putin Thursday warning the government ...") belongs to those
words, whose owner speaks, not the subject of "responding"; and a participle that opens a sentence ending in a
quotation ("Insisting that ..., Kerry said, “Russia is stoking ...”") hangs on the quoted clause, whose subject is
someone the speaker talks about, while "Kerry said" sits in it as a parataxis.
"""

from __future__ import annotations

from spacy.tokens import Token

from .speaker_words import SPEECH_NOUNS

__all__ = ["NO_OWNER", "paratactic_speaker", "words_owner"]

# Relations that join what a noun for words is by or from ("comments from Mr. Putin", "a statement by the army")
_OWNER_PREPS = frozenset({"from", "by", "of"})
# What may stand between the noun's phrase and the participle: a time, a comma
_BETWEEN = frozenset({"DATE", "TIME"})


class _NoOwner:
    """The participle belongs to words nobody is named for: it reports no one's statement."""


NO_OWNER = _NoOwner()


def words_owner(v: Token) -> Token | _NoOwner | None:
    """The owner of the words a subjectless participle follows ("comments from Mr. Putin Thursday warning ...":
    Putin), NO_OWNER when those words have none named, None when the participle follows no noun for words."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    doc = v.doc
    k = v.left_edge.i - 1
    while k > v.head.i and (doc[k].ent_type_ in _BETWEEN or doc[k].is_punct and doc[k].text == ","):
        k -= 1
    noun = next((t for t in doc[max(v.head.i + 1, 0) : k + 1] if t.lower_ in SPEECH_NOUNS and t.pos_ == "NOUN"
                 and t.right_edge.i >= k), None)
    if noun is None or v.head.i > noun.i:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            owner = next((p for p in c.children if p.dep_ == "pobj"), None)
            if owner is not None:
                return owner
    return NO_OWNER


def paratactic_speaker(v: Token, head: Token) -> Token | None:
    """The subject of a reporting clause set as a parataxis between an opening participle and the quoted clause
    the parse hung it on ("Insisting that ..., Kerry said, “Russia is ...”": Kerry, not Russia)."""
    for c in head.children:
        if c.dep_ == "parataxis" and v.i < c.i < head.i:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None
