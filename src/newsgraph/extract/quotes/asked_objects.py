"""A question put to someone named as the object of "ask", whose "if" clause the parser hung on the verb as a
condition (round 33, issue 18).

"Mr. Rubin asked the students if they were always so serious", "She asked the judge if the hearing could be
delayed": the parser often makes the "if" clause an adverbial clause of "asked" (a condition) rather than its
complement, and the clause passes read no question there (with "whether", or with a name for object, the same words
are read). The clause is the asker's question, kind ``question``, the asker the verb's subject, as for "asked
whether". Only where the clause comes right after the object (a time word between is fine), with no modal: "asked people to clap
if they agreed" (an infinitive after the object: the condition is of the act asked for) and "asked him, if it came
to that, ..." give nothing. A passive or participle "asked" is ``late_reports._asked``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["asked_object_if"]

# what may stand between the object and "if": a time adverbial ("asked Clinton Friday if ...", "on Sunday"); never
# another phrase of the verb ("asked her aides for help if the storm worsened": the condition of the request)
_BETWEEN = frozenset({"npadvmod", "advmod", "prep"})
_TIMES = frozenset({"DATE", "TIME"})


def _timed(c: Token) -> bool:
    """A time adverbial: "Friday", "later", "on Sunday" (a "prep" whose object is a date or time)."""
    if c.dep_ != "prep":
        return c.dep_ in _BETWEEN
    return any(g.dep_ == "pobj" and g.ent_type_ in _TIMES for g in c.children)


def asked_object_if(t: Token) -> tuple[int, int, Token] | None:
    """(first, end token, asker) of an active "X asked Y if ..." whose "if" clause hangs on the verb."""
    if t.lemma_.lower() != "ask" or t.tag_ == "VBN":
        return None
    kids = list(t.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > t.i), None)
    clause = next((c for c in kids if c.dep_ == "advcl" and c.i > t.i and any(
        m.dep_ == "mark" and m.lower_ == "if" and m.i == c.left_edge.i for m in c.children)), None)
    # not a request to act ("asked people to clap if ..."), a denial, or a question not yet put ("will ask")
    if subj is None or obj is None or clause is None or any(
            c.dep_ in ("xcomp", "ccomp", "neg") or c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return None
    gap = range(obj.right_edge.i + 1, clause.left_edge.i)
    inside = {g.i for c in kids if c.i > obj.i and _timed(c) for g in c.subtree}
    if clause.left_edge.i <= obj.right_edge.i or any(i not in inside for i in gap):
        return None  # "asked him, if it came to that, ...": a comma or other words between
    return clause.left_edge.i, clause.right_edge.i + 1, subj
