"""A cue set inside the clause it reports: "Jones, Smith said in his speeches, was a "coward"" (review 20, #18).

The parser hangs both names on "said" as subjects; the first is the reported clause's subject, fronted before the
inserted cue, and the second, right before the verb, is the speaker. Without this the first subject that can
speak was taken, and the words went to the person they are about.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["inserted_speaker_first"]


def _fronted_subject(first: Token, second: Token, verb: Token) -> bool:
    """``first`` stands before a comma and ``second`` after it, both before ``verb``, and the verb reports a clause
    after it that has no subject of its own (the fronted one is that clause's)."""
    doc = verb.doc
    if not first.i < second.i < verb.i or doc[first.i + 1].text != "," or second.left_edge.i != first.i + 2:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and not any(
        k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children) for c in verb.children)


def inserted_speaker_first(verb: Token, subjects: list[Token]) -> list[Token]:
    """``subjects`` (already ordered) with the inserted cue's own subject first when the verb sits inside the
    clause it reports; unchanged otherwise."""
    if len(subjects) != 2:
        return subjects
    a, b = sorted(subjects, key=lambda t: t.i)
    return [b, a] if _fronted_subject(a, b, verb) else subjects
