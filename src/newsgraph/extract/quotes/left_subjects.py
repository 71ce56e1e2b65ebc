"""The speaker of a verb of speech that the parser left with no subject (round 24, issue 18).

"As a part of his plea, Marcel Lazar, 44, said that he ...": the parser hangs the name on "plea" as an apposition
and "said" keeps its clause but no subject, so the clause pass dropped it. Here the person right before the verb
(``cues.left_speaker``: a name or a person noun whose own phrase fills the gap up to the verb) is taken as the
subject, only for a finite verb of ``reporting_verbs`` that governs a clause after it; anything else stays
without one, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import reporting_verbs
from .cues import left_speaker

__all__ = ["left_subject"]

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def left_subject(tok: Token) -> Token | None:
    """The head of the person phrase just before ``tok`` when ``tok`` is a subjectless verb of speech."""
    if tok.tag_ not in _FINITE or tok.lemma_.lower() not in reporting_verbs() or tok.dep_ not in ("ROOT", "conj"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    doc = tok.doc
    found = left_speaker(doc, tok.i, tok.sent.start)
    if found is None:
        return None
    start, end = found
    return next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
