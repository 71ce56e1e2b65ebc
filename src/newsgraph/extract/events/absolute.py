"""The doer of a gerund in an absolute clause opened by "with" (round 31, issue 19).

"The week closed with Iran and the six powers agreeing to extend the talks": the parser hangs the gerund on the
last conjunct of the object of "with", so the last conjunct alone ("the six powers") looked like its doer, or
nobody did; the whole object does it. The shape where the parser hangs the gerund on the verb above is read by
``clause_roles.gerund_subject``.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["absolute_subject"]


def absolute_subject(tok: Token) -> Token | None:
    """The object of "with" that a gerund the parser hung on its last conjunct is said of: "the week closed with Iran
    and the six powers agreeing to extend the talks" (both agreed, not the powers alone; round 31)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return None
    head = tok.head
    if head.i != tok.i - 1:  # right after its noun: "with X agreeing", not "with X in Vienna, agreeing"
        return None
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        return head
    return None
