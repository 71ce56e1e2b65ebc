"""A colon after a verb with a noun object of things introduces those things, not words (round 25, issue 18).

Round 24's end review found a fact-checker's own finding listed as a block quote of the claimants: "other social
media users have offered differing estimates of her net worth:" was followed (after the estimates, shown as images
the text does not hold) by the writer's "One possible explanation for the discrepancies ... is that ...". A verb
of speech or writing introduces the words after its colon ("X wrote:", "said in a statement:", "posted this
message:"); a verb whose object is a noun of things ("offered estimates", "shared photos", "gave figures")
introduces those things, and the paragraph after the colon is the writer's unless it speaks in the first person as
a letter or post does. The block pass then asks of its first paragraph what it asks of the later ones.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cues import Attr
from .statements import said_nouns

__all__ = ["thing_intro"]


def thing_intro(doc: Doc, attr: Attr) -> bool:
    """The introduction's cue verb has a noun object that is no noun for words ("offered differing estimates")."""
    verb = next((t for t in reversed(doc[attr.cue_start : attr.cue_end]) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.pos_ == "NOUN" and o.lemma_.lower() not in said_nouns() for o in objs)
