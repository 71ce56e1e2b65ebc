"""Round 33 (issue 18): "they" speaking inside a clause that hangs on a group's own clause.

In "Democrats also focused on what they said was the need to stay tolerant", "Republicans are zeroing in on her
decision, a decision they say allowed terrorists to grow" and "Many members were dismayed at the loss of what they
consider a refuge", "they" speaks in a relative or complement clause inside the clause whose subject is the plural
group: that group says the words. :mod:`.group_they` reads a "they" whose clause is joined to the group's (a
conjunct or an adverbial clause); this module reads one whose clause sits inside the group's clause (in its object,
a prepositional phrase or an apposition), read on PolNeAR train, where such a "they" was left with no speaker.

Precision first: the first subject met climbing the parse from "they"'s verb must be that group (a plural noun
that can speak, :func:`.group_they.is_group` and ``cue_clauses.may_speak``), no other plural noun that can speak
may stand between the group and "they" (in "Democrats attacked Republicans over what they called ..." either may
be meant), and nothing quoted lies on the way.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["inner_group"]

_MAX_STEPS = 6
_SUBJECTS = ("nsubj", "nsubjpass")


def inner_group(pron: Token, masked: list[bool]) -> Token | None:
    """The plural group subject of the clause that holds "they"'s clause, or None (module docstring)."""
    from .cue_clauses import may_speak
    from .group_they import is_group

    if pron.lower_ != "they" or pron.dep_ != "nsubj" or pron.head.dep_ in ("ROOT", "conj", "advcl"):
        return None
    t = pron.head
    for _ in range(_MAX_STEPS):
        if t.head.i == t.i:
            return None
        t = t.head
        if masked[t.i]:
            return None
        subj = next((c for c in t.children if c.dep_ in _SUBJECTS), None)
        if subj is None:
            continue
        if subj.i >= pron.i or not (is_group(subj) and may_speak(subj)):
            return None
        between = pron.doc[subj.i + 1 : pron.i]
        if any(masked[w.i] or w.tag_ in ("NNS", "NNPS") and may_speak(w) for w in between):
            return None
        return subj
    return None
