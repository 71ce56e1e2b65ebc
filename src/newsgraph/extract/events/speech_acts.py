"""Acts done in words and the verbs that report speech, for the event rules (moved out of triggers.py, which still
exports :func:`in_reported_speech`; party_checks, frames and find read the tables here)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SPEECH", "VERBAL", "in_reported_speech", "speech_verb_above"]

#: verbs whose complement is reported speech ("X said that Y attacked Z")
SPEECH = frozenset({"say", "tell", "announce", "report", "claim", "state", "add", "confirm", "insist",
                    "quote", "write", "declare"})
#: Verbal types take a direct object as target only when it names an actor ("met Kadhimi", not
#: "discussed plans"); material types also take a possessed or modified thing ("demolished Palestinian homes").
VERBAL = frozenset({"CONSULT", "SUPPORT", "AGREE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "CONCEDE"})


def speech_verb_above(tok: Token, steps: int = 6, parataxis_children: bool = False) -> Token | None:
    """The speech verb whose complement (or parenthetical) holds the clause of ``tok``, or None: it looks at ``tok`` and
    its heads, ``steps`` tokens at most. With ``parataxis_children`` a speech verb hung as a parataxis child of one
    of them counts too ("X attacked Y, the official said": the parser may hang "said" under the clause)."""
    h = tok
    for _ in range(steps):
        if h.dep_ in {"ccomp", "parataxis"} and h.head.lemma_.lower() in SPEECH:
            return h.head
        if parataxis_children:
            for c in h.children:
                if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH:
                    return c
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def in_reported_speech(tok: Token) -> bool:
    """The clause of ``tok`` is the complement of a speech verb ("X said that Y attacked Z")."""
    return speech_verb_above(tok) is not None
