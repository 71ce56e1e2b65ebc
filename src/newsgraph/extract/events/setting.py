"""Which times and places of a sentence are an event's own (round 13 parties, docs/events_guidelines.md).

A time or place told inside the phrase of another event belongs to that event: "the agreement signed in Qatar on
February 29 was the proposal to organise talks" (February 29 is the signing's, not the talks'), "violated a peace plan
hammered out in Minsk last month" (the plan's month, not the warning's), "Ahead of the talks that will begin next
week, Israel is urging" (the talks' week), "accused France of blocking agreement at talks in Geneva" (the blocking's
place, not the accusation's). An event inherits the time of a clause above it ("On Monday, officials said the army
attacked"), never one of a clause beside or below it, nor one of a coordinated clause with a subject of its own
("troops withdrew in 2011, but 3,000 have returned to advise forces battling ...").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["told_elsewhere"]

#: the dependencies that open a clause or a noun's modifying clause: each tells an event (or a state) of its own
_OWN_CLAUSE = frozenset({"acl", "relcl", "advcl", "pcomp", "ccomp", "csubj", "csubjpass"})
#: marks of a clause that sets the time frame of the clause it modifies (not "after"/"before": another time)
_FRAMING = frozenset({"since", "when", "while", "as", "once"})


def _own_subject(tok: Token) -> bool:
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _other_clause(tok: Token, own: set[int]) -> bool:
    """``tok`` opens a clause of another event: not one on the trigger itself, nor a present participle, which tells
    what goes on at the same time ("Britain, meeting in a closed briefing on Thursday, condemned ..."), nor a clause
    of "since", "when", "while" that frames it (found on allsides dev 1001-1300: without its frame, an event took
    the later tellings of other attacks into its repeats)."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return False
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FRAMING for c in tok.children):
        return False  # "Since Africa Command became operational in 2008, troops conducted 1,500 attacks": the frame
    return tok.dep_ in _OWN_CLAUSE and tok.head.i not in own or _own_subject(tok)


def told_elsewhere(root: Token, trigger: Token, carrier: Token) -> bool:
    """The time or place whose phrase is headed by ``root`` is told in another event's clause than the event of
    ``trigger`` (carried by ``carrier``, the verb of a noun trigger, or the trigger itself).

    Walking up from ``root`` to the first token that governs the trigger, a clause passed on the way tells another
    event, unless it is the trigger's or the carrier's own modifier ("the talks that will begin next week": the
    talks' own time). Walking up from the carrier to that token, a coordinated clause with a subject of its own
    sets the event apart from a time told after its sibling's verb (one set before it holds for both)."""
    if root.sent != trigger.sent:
        return False
    own = {trigger.i, carrier.i}
    above = {trigger.i, carrier.i} | {a.i for a in trigger.ancestors} | {a.i for a in carrier.ancestors}
    cur = root
    for _ in range(64):  # a parse is a tree, but never trust a bad one to terminate
        if cur.i in above:
            break
        if _other_clause(cur, own):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    meet = cur
    if root.i < meet.i:
        return False  # "During a call on March 30, Comey and Trump discussed ... and Trump urged": set before both
    for start in (carrier, trigger):
        node = start
        for _ in range(64):
            if node.i == meet.i or node.head.i == node.i:
                break
            if _own_subject(node) and meet.i in {a.i for a in node.ancestors}:
                return True
            node = node.head
    return False
