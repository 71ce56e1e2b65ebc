"""Cues inside a condition: "if" and "even if" clauses tell what someone would have said, never what they said.

"Even if the minister had meant to say that taxes would rise, ...", "If the mayor had said the bridge was safe,
...": the words are the writer's supposition, like the scenarios under "might"/"could" (``unsaid._scenario``),
so the cue reports no statement (review 16's leftovers, round 17). A cue that governs the condition stays ("she
said that if taxes rose she would resign": the condition is inside her words), as does a question put with "if"
("asked if he had said it": a clausal complement, not a condition).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["in_condition"]

# Conjunctions that open a condition (with "even" before it as an adverb: "even if")
_CONDITIONS = frozenset({"if", "unless"})
# Links from a verb up to the verb whose clause it completes ("had meant to say", "had called and said")
_CHAIN = frozenset({"xcomp", "conj"})


def in_condition(verb: Token) -> bool:
    """The cue, or the verb it completes ("meant to say", "called and said"), heads an adverbial clause opened by
    "if" or "unless"."""
    head, steps = verb, 0
    while head.dep_ in _CHAIN and head.head is not head and steps < 4:
        if _conditional(head):
            return True
        head, steps = head.head, steps + 1
    return _conditional(head)


def _conditional(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)
