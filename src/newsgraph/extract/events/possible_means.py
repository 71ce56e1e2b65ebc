"""Round 32 (issue 19, item 3): acts only possible through the clause that carries them.

Two shapes told real acts as asserted or intended on tune reports (allsides ranks 560-619):

* the means or manner of a possible act: "The government could penalize those responsible by freezing assets,
  barring Americans from doing business with them": "barring" and "freezing" say how the penalty "could" be done,
  so they are as possible as it is, not done (a participle or "by" gerund with no subject of its own takes its
  head's "could", "might", "may" or "would");
* an act weighed by how easy it is: "could make it much more difficult for the United States or Israel to bomb
  Iran's nuclear facilities": the bombing is a possibility talked about, not an aim of its doers.

* an act named as a condition or worked toward: "has demanded it as a precondition for further talks with
  Pyongyang", "is working with Kerry on a cease-fire": the talks and the truce are not told as held.

All give hypothetical (docs/events_guidelines.md, round 32 addendum).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["possible_means"]

#: modals of possibility and condition a manner clause shares with its head ("will" is left to the head: a
#: means of a planned act is planned, which the head's own standing already gives)
_POSSIBLE = frozenset({"could", "might", "may", "would"})
#: adjectives that weigh how easy an act is ("difficult for X to attack", "easier for Y to strike")
_EASE = frozenset({"difficult", "hard", "harder", "hardest", "easy", "easier", "easiest", "impossible", "possible",
                   "tougher", "tough", "simpler", "simple", "costlier", "riskier", "safer"})


#: nouns of a condition whose "for" phrase names an act not yet done ("a precondition for talks")
_CONDITIONS = frozenset({"precondition", "preconditions", "condition", "conditions", "prerequisite",
                         "prerequisites", "requirement", "requirements"})
#: verbs of effort whose "on"/"toward" phrase names an act sought, not done ("working on a cease-fire")
_STRIVING = frozenset({"work", "push", "strive", "lobby", "aim"})


def _sought_noun(tok: Token) -> bool:
    """A noun act that is the "for" phrase of a condition or the "on"/"toward" phrase of a verb of effort."""
    if tok.dep_ != "pobj" or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    prep, gov = tok.head, tok.head.head
    if prep.lower_ == "for" and gov.lower_ in _CONDITIONS:
        return True
    return prep.lower_ in {"on", "toward", "towards"} and gov.pos_ == "VERB" and gov.lemma_.lower() in _STRIVING


def _possible_head(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children)


def _manner_clause(tok: Token) -> Token | None:
    """The verb whose means or manner ``tok`` tells: a subjectless participle ("..., barring Americans") or the
    gerund of a "by" phrase on it ("by freezing assets")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children) or tok.tag_ != "VBG":
        return None
    if tok.dep_ == "advcl" and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ in {"VERB", "AUX"}:
        return tok.head.head
    return None


def _weighed_ease(tok: Token) -> bool:
    """``tok`` is the "for X to V" (or bare "to V") clause of an adjective of ease ("difficult for Israel to
    bomb", "hard to attack") whose verb is itself only possible ("could make it difficult"): "found it easier to
    cut a deal" tells a deal cut, so a past or plain verb above the adjective keeps the act as told."""
    if not (tok.dep_ in {"advcl", "xcomp", "ccomp"} and tok.head.lower_ in _EASE and tok.head.pos_ == "ADJ"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return False
    verb = tok.head.head
    return verb.i != tok.head.i and _possible_head(verb)


def possible_means(tok: Token) -> bool:
    """The act at ``tok`` is only possible: the means of a possible act, an act weighed by its ease, a condition
    or an aim."""
    if _weighed_ease(tok) or _sought_noun(tok):
        return True
    head = _manner_clause(tok)
    return head is not None and _possible_head(head)
