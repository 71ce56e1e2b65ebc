"""A colon after a verb with a noun object introduces those things; a paragraph about them is the writer's (round 25).

Round 24's end review found a fact-checker's own finding listed as a block quote of the claimants: "other social
media users have offered differing estimates of her net worth:" was followed (after the estimates, shown as images
the text does not hold) by the writer's "One possible explanation for the discrepancies ... is that there is no
credible evidence for the estimates." A verb whose object is a noun introduces those things after its colon, and a
paragraph that names them again with a definite determiner ("the estimates", "these figures") speaks about them:
it is the writer's, not the words of the one who offered them. A paragraph that does not name them ("Republicans
offered their thoughts and prayers:" + the posts themselves) stays a block, as does any block after a verb of
speech with no object ("X wrote:") or a noun for words ("issued a statement:"; ``statements.said_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cues import Attr
from .statements import said_nouns

__all__ = ["about_things"]

_DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})


def _things(doc: Doc, attr: Attr) -> frozenset[str]:
    """The lemmas of the noun objects (with their conjuncts) of the introduction's cue verb, none a noun for words."""
    verb = next((t for t in reversed(doc[attr.cue_start : attr.cue_end]) if t.pos_ == "VERB"), None)
    if verb is None:
        return frozenset()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return frozenset(o.lemma_.lower() for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() not in said_nouns())


def about_things(doc: Doc, attr: Attr, t0: int, t1: int) -> bool:
    """The paragraph of tokens [t0, t1) names a thing the introduction's verb set out, with a definite determiner
    ("offered differing estimates:" ... "no credible evidence for the estimates")."""
    things = _things(doc, attr)
    return bool(things) and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in things and any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                                                   for c in t.children)
        for t in doc[t0:t1])
