"""An order given inside quoted words is asked for, not told as done (round 30, wave 4, issue 19 item 4).

'"Find the minister and kill him in any way you can," he said': "kill" is a bare verb with no subject, no
auxiliary and no "to", heading its quoted sentence (or joined to a verb that does): the speaker bids someone do
it, so its modality is ``requested`` as "urged them to kill him" gives. Outside quote marks a bare verb heading a
sentence is a headline's or a caption's present ("Troops kill ..." has a subject; "Kill switch" is no clause),
so only a verb inside marks is read as an order.
"""

from __future__ import annotations

from spacy.tokens import Token

from .titled import opening_mark

__all__ = ["quoted_order"]

#: a subject, an auxiliary ("will kill", "don't" keeps its negation elsewhere), or "to" makes no bare order
_NOT_BARE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})
#: how the parser hangs a quoted clause on the verb of saying outside the marks ("ccomp"; "advcl" or "xcomp"
#: for '"Expel them," the cleric told supporters' and 'The mayor said: "Arrest every looter."')
_REPORTED = frozenset({"ccomp", "parataxis", "advcl", "xcomp"})


def _bare(tok: Token) -> bool:
    return tok.tag_ == "VB" and tok.pos_ == "VERB" and not any(c.dep_ in _NOT_BARE for c in tok.children)


def quoted_order(tok: Token) -> bool:
    """``tok`` is a bare verb heading its sentence or the quoted clause of a verb of saying, or joined to one,
    inside quote marks opened before the clause's first word (an order: "Kill him", "find him and kill him")."""
    if not _bare(tok):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        if not _bare(head):
            return False
    mark = opening_mark(tok)
    if mark is None:
        return False
    # the order heads its sentence, or the quoted clause a verb of saying outside the marks reports ('"Expel
    # them," the cleric told them'); a bare verb under a verb inside the same marks is not one
    if head.dep_ != "ROOT" and not (head.dep_ in _REPORTED and opening_mark(head.head) != mark):
        return False
    # the order opens its quoted sentence: nothing but the mark before the head's words
    return mark.i <= head.left_edge.i
