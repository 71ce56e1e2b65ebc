"""What a sum of money pays for, where the noun after it is not that (round 23's independent review, issue 17).

* "$125 billion worth of Chinese goods": the goods (the noun after "worth of"), not "worth";
* "the ad campaign cost the state roughly $449,000": what cost the money, the verb's subject noun ("campaign");
  a pronoun subject ("it cost $5m") names nothing and leaves the sum without object;
* "could face prison and have to pay $250,000", "was fined $5,000": a fine, when the sentence is about a
  penalty (a word of prison, guilt or sentencing); any other payment is left without object rather than guessed.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object
from .objects import object_phrase

__all__ = ["money_objects"]

_WORTH_OF = re.compile(r"(?i)[ \t]+worth[ \t]+of[ \t]+")
# (a court or a charge alone is no penalty: "pay $2 million to settle the case in court" is a settlement)
_PENALTY = re.compile(r"(?i)\b(?:prison|jail|guilty|convict(?:ed|ion)?|sentenc\w*|penalt(?:y|ies)|fine[ds]?|"
                      r"plea(?:s|d|ded|ding)?|probation)\b")
_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "dative", "oprd"})


def money_objects(doc: Doc, text: str, keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """Give each sum of money without an object the one its phrasing names (see the module)."""
    for rec, anchor in keep.values():
        if rec["kind"] != "money" or rec["object"] is not None or anchor is None:
            continue
        obj = _worth_of(doc, text, int(rec["end"])) or _paid_for(anchor.root)
        if obj is not None and canonical_object(obj) is not None:
            rec["object"] = obj


def _worth_of(doc: Doc, text: str, end: int) -> str | None:
    m = _WORTH_OF.match(text, end)
    if m is None:
        return None
    sp = doc.char_span(end, m.end(), alignment_mode="expand")
    # the noun the "of" governs (its phrase ends at that noun: "Chinese goods imposed on ..." is "Chinese goods")
    of = next((t for t in sp or () if t.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return object_phrase(noun)


def _paid_for(root: Token) -> str | None:
    if root.dep_ not in _OBJECT_DEPS or root.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    if lemma == "cost":
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN":
            return None  # "it cost $5m", "Smith cost ...": no thing paid for
        return object_phrase(subj)
    if lemma in ("pay", "fine") and _PENALTY.search(root.sent.text):
        return "fine"
    return None
