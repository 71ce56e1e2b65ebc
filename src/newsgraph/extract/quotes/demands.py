"""What a verb of asking or arguing for governs, as the parser hangs it.

"Ruiz called for a special prosecutor" gives the frame ``call prep:for`` its object; but in "Ruiz called for the
minister to resign" the English model makes "for" the mark of an adverbial clause ("the minister to resign"), so
the frame found no object and the demand was missed (round 18: about 20 gold attributions on PolNeAR train, the
content being the clause after "for"). Such a clause is read here as the verb's ``prep:for`` dependent, so it is
kept only where ``data/attribution_frames.tsv`` lists that frame for the verb ("waited for the votes to be
counted", "paid for his daughter to attend" stay nothing).
"""

from __future__ import annotations

from spacy.tokens import Token

from .described_as import as_complement
from .slips import late_subject


def demanded(clause: Token) -> bool:
    """An adverbial clause "for X to ...": the mark "for", a subject of its own and the infinitive's "to"."""
    if clause.dep_ != "advcl":
        return False
    kids = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i for c in kids) and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in kids) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def content_start(head: Token) -> int:
    """Where the words a dependent holds start: after the "for" that opens such a clause (PolNeAR's content starts
    after it; "made the case for Congress to act", read by another path, keeps its "for" as before)."""
    first = head.left_edge
    return first.i + 1 if first.lower_ == "for" and first.dep_ == "mark" and demanded(head) else first.i


def dependents(verb: Token) -> list[tuple[str, Token]]:
    """(relation, head) of each dependent that may hold what the verb attributes."""
    out = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj") or late_subject(verb, c):  # round 18: a clause split off (slips.py)
            out.append(("ccomp" if c.dep_ == "nsubj" else c.dep_, c))
        elif c.dep_ == "oprd" and any(o.dep_ == "dobj" and o.i < c.i and o.tag_ not in ("WP", "WDT")
                                      for o in verb.children):
            # "called the decision a 'huge mistake'": the name given goes with what is named ("what he called
            # a 'breach'" leaves the name to its quote marks)
            out.append(("dobj", c))
        elif c.dep_ == "prep":
            out.extend((f"prep:{c.lower_}", pc) for pc in c.children if pc.dep_ in ("pobj", "pcomp"))
            if (bare := as_complement(verb, c)) is not None:
                out.append(("prep:as", bare))  # "described the standoff as hopeless" (round 37)
        elif c.i > verb.i and demanded(c):
            out.append(("prep:for", c))  # "called for the minister to resign": the clause after "for"
        elif (clause := as_complement(verb, c)) is not None:
            out.append(("prep:as", clause))  # "described the fair as Denver celebrating itself"
    return out
