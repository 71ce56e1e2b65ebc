"""An act told only as the content of a claim that its subject denies (round 20, issue 19).

"Iran has denied accusations that it is supporting the Houthis", "Russia rejected claims that it attacked the
convoy": the report tells a denial; the supporting and the attack are what someone else alleged and the actor
denies, not acts the report tells as done. The parser hangs the clause on the claim noun (``acl``), which is
the object of the verb of denial; such a clause is negated, as "denied supporting" already is (the ``negate``
cue of ``data/plover_cues.tsv``). The accusation itself, if its teller is named, is a separate event.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["denied_claim"]

#: nouns whose clause is something alleged
_CLAIMS = frozenset({"accusation", "allegation", "claim", "charge", "report", "suggestion", "rumor", "rumour",
                     "assertion", "speculation"})
#: verbs that deny a claim
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "deride"})


def denied_claim(tok: Token) -> bool:
    """``tok`` heads the clause of a claim noun that is the object of a verb of denial."""
    if tok.dep_ not in {"acl", "ccomp", "relcl"}:
        return False
    noun = tok.head
    if noun.lemma_.lower() not in _CLAIMS or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    # a relative clause ("the claims that he made") is no content: only a clause with "that" or no relative word
    if tok.dep_ == "relcl" and not any(c.dep_ == "mark" for c in tok.children):
        return False
    return noun.head.lemma_.lower() in _DENYING
