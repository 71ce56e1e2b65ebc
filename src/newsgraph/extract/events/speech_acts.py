"""Acts done in words and the verbs that report speech, for the event rules (moved out of triggers.py, which still
exports :func:`in_reported_speech`; party_checks, frames and find read the tables here)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SPEECH", "VERBAL", "in_reported_speech"]

#: verbs whose complement is reported speech ("X said that Y attacked Z")
SPEECH = frozenset({"say", "tell", "announce", "report", "claim", "state", "add", "confirm", "insist",
                    "quote", "write", "declare"})
#: Verbal types take a direct object as target only when it names an actor ("met Kadhimi", not
#: "discussed plans"); material types also take a possessed or modified thing ("demolished Palestinian homes").
VERBAL = frozenset({"CONSULT", "SUPPORT", "AGREE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "CONCEDE"})


def in_reported_speech(tok: Token) -> bool:
    """The clause of ``tok`` is the complement of a speech verb ("X said that Y attacked Z")."""
    h = tok
    for _ in range(6):
        if h.dep_ in {"ccomp", "parataxis"} and h.head.lemma_.lower() in SPEECH:
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False
