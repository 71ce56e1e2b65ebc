"""An "it" that speaks in a relative clause on a possessed noun: "condemned the North's nuclear test, which it
claimed was a "hydrogen bomb"" (review 20, #18).

The pronoun may stand for the possessor (the North made the claim) or for the main clause's subject (the council
did), and only the sense of the claim tells which: the pronoun rules gave it to the main subject, and the review
counted the claim as the council's by mistake. Where both readings stand, the speaker is left unresolved (an empty
answer beats a wrong one); a relative clause on a noun with no possessor, or with "its", keeps the pronoun rules'
answer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at

__all__ = ["unresolve_possessed_relatives"]

_PRONOUNS = frozenset({"it", "they"})
_RELATIVES = frozenset({"which", "that"})


def _two_readings(verb: Token) -> bool:
    """``verb`` (the cue) has "it"/"they" for subject and sits in a relative clause (or the clause of a relative
    "which ... was") on a noun whose possessor is a name, not the main subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _PRONOUNS:
        return False
    t, steps = verb, 0
    while t.dep_ != "relcl" and t.head is not t and steps < 3:
        t, steps = t.head, steps + 1
    if t.dep_ != "relcl" or not any(c.lower_ in _RELATIVES for c in t.subtree if c.i < verb.i):
        return False
    noun = t.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj":
        # "condemned the North's test on Jan. 6, which it claimed ...": the parser hangs the clause on the date
        noun = next((c for c in noun.head.head.children if c.dep_ == "dobj"), noun)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN":
        return False
    main = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
    return main is not None and main.i != poss.i


def unresolve_possessed_relatives(doc: Doc, out: list[Quote]) -> None:
    """Clear the speaker of a quote whose cue's "it" may be either the possessor or the main subject (in place)."""
    for q in out:
        if q.speaker_name is None or q.kind not in ("indirect", "partial"):
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is not None and _two_readings(verb):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None
