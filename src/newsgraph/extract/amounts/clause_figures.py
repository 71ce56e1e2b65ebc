"""A figure that belongs to a verb of its own, met on the walk from a number up to a change's trigger
(issue 17 rule 6, round 29).

The walk in :func:`.changes.role_and_trigger` passes joined and participle verbs on its way to a trigger, so
that "rose 1% and closed at 4,365" gives the rise its level. Three kinds of verb keep their figure instead:

* a verb joined to the trigger, or hung on it as a clause, with a subject of its own ("the DAX dropping 1% to
  9,382 and the CAC 40 finishing 1.2% lower at 4,365"): the figure is that other subject's, not the trigger's;
* a joined verb that is no move itself and takes the figure through "to", "from" or "by" ("the ship accelerated
  and closed to a distance of 50 feet"): the distance is what "closed to" reached, no level of a speed-up
  ("at" stays open: "rose 1% and closed at 4,365" is the rise's level);
* a participle on a noun that takes the figure through "at" ("boosting guards beyond the help provided at 27
  posts"): the figure is where the participle's act happened, no level of the boost.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["other_clause_figure"]

_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass"})


def other_clause_figure(cur: Token, child: Token, prep: str | None) -> bool:
    """``cur`` (no trigger) is reached from ``child`` on the walk; True when the figure is ``cur``'s own."""
    if cur.pos_ not in ("VERB", "AUX"):
        return False
    if cur.dep_ in ("conj", "advcl") and any(c.dep_ in _OWN_SUBJECT for c in cur.children):
        return True
    if child.dep_ != "prep" or prep is None:
        return False
    if cur.dep_ == "conj" and prep in ("to", "from", "by"):
        return True
    # (only "at": the parse often hangs a move's own "from"/"to" on a participle of its noun, "reduce the number
    # of troops stationed in Iraq from 5,200 to 3,000")
    return cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBG") and prep == "at"
