"""Cues inside a condition: "if" and "even if" clauses tell what someone would have said, never what they said.

"Even if the minister had meant to say that taxes would rise, ...", "If the mayor had said the bridge was safe,
...": the words are the writer's supposition, like the scenarios under "might"/"could" (``unsaid._scenario``),
so the cue reports no statement (review 16's leftovers, round 17). A cue that governs the condition stays ("she
said that if taxes rose she would resign": the condition is inside her words), as does a question put with "if"
("asked if he had said it": a clausal complement, not a condition); "even if" opens a condition wherever the
parser hangs its clause (round 20).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arrays import children_with, dep_ids

__all__ = ["cue_in_condition", "in_condition"]

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
    marks = [c for c in children_with(clause, dep_ids("mark")) if c.lower_ in _CONDITIONS]
    if clause.dep_ == "advcl" and marks:
        return True
    # "it's not clear that even if he had meant to say ... that he could have ...": the parser hangs the clause
    # as a complement, but "even if" never opens a question, so it is a condition wherever it hangs
    return any(m.i > 0 and m.doc[m.i - 1].lower_ == "even" and m.lower_ == "if" for m in marks)


def cue_in_condition(doc: Doc, cue_start: int, cue_end: int) -> bool:
    """The last verb of a cue's tokens is in a condition: words marked under it ('even if she had said "soon"')
    are a supposed wording, not hers (round 20)."""
    verb = next((t for t in reversed(doc[cue_start:cue_end]) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and in_condition(verb)
