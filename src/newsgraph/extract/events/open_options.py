"""An act named as the subject of a clause that keeps it open: "a military strike remains on the table", "force is
still an option", "a strike will follow if talks fail" (read at the stop, round 30). The noun trigger takes no
standing from its verb when it is the verb's subject (``find``'s noun governor is a verb it is an object of), so
the act was shown as done; the clause tells a possibility, so the act is hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["conditioned", "held_open"]

#: verbs that keep a state ("remains on the table", "is an option", "stays possible")
_KEEPING = frozenset({"remain", "be", "stay"})
#: what such a verb keeps open: the table of an idiom, or a noun or adjective of possibility
_OPEN_NOUNS = frozenset({"option", "possibility", "alternative"})
_OPEN_ADJECTIVES = frozenset({"possible", "likely", "conceivable"})
_CONDITIONS = frozenset({"if", "unless"})


def _subject_verb(node: Token) -> Token | None:
    t = node
    while t.dep_ == "conj" and t.head.i != t.i:  # "a strike or a blockade remains ..."
        t = t.head
    if t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"}:
        return t.head
    return None


def conditioned(tok: Token) -> bool:
    """An adverbial clause opened by "if" or "unless" hangs on ``tok`` ("would respond if attacked", "will strike
    unless talks resume"): what ``tok`` tells is on a condition. The one test the event rules share; a bare "if"
    child without the clause ("whether"/"if" questions, a misparsed "if") is a rule of its own where it is used."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
               for c in tok.children)


def held_open(node: Token) -> bool:
    """The noun trigger ``node`` is the subject of a clause of condition or of an open option."""
    verb = _subject_verb(node)
    if verb is None:
        return False
    kids = list(verb.children)
    if conditioned(verb):
        return True
    if verb.lemma_.lower() not in _KEEPING:
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lemma_.lower() == "table"
                                                         for p in c.children):
            return True
        if c.dep_ == "attr" and c.lemma_.lower() in _OPEN_NOUNS:
            return True
        if c.dep_ == "acomp" and c.lemma_.lower() in _OPEN_ADJECTIVES:
            return True
    return False
