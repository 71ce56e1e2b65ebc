"""What a sum of money pays for, where the noun after it is not that (round 23's independent review, issue 17).

* "$125 billion worth of Chinese goods": the goods (the noun after "worth of"), not "worth";
* "the ad campaign cost the state roughly $449,000": what cost the money, the verb's subject noun ("campaign");
  a pronoun subject ("it cost $5m") names nothing and leaves the sum without object;
* "could face prison and have to pay $250,000", "was fined $5,000": a fine, when the sentence is about a
  penalty (a word of prison, guilt or sentencing); any other payment is left without object rather than guessed.

Round 24 (BBC tune ranks 46-70): "the adapter is expected to cost 5000 yen (£25)" (the subject of the verb that
"cost" completes; the conversion in brackets is the same sum), "machines that cost £399" (the relative pronoun's
noun), "be fined $7,500" (the parser's lemma of "fined" is "fin"), "caused losses of more than $4m" (a sum that is
a loss: "loss" is a noun of change, which the counted-noun reading skips), "$7.9 million dollars of royalties" (a
currency's plural is never what the money is).

Round 30: a currency's code or name written after the sum ("$82,000 USD per student") is its unit, never its object.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object
from .grammar import _CURRENCY_PREFIX, _CURRENCY_WORDS
from .money_frames import frame_object, share_conversions
from .money_totals import totalled_noun
from .objects import object_phrase
from .spent_on import spent_on

__all__ = ["money_objects"]

# (and "$7.9 million dollars of unpaid royalties": the currency's plural restated, round 24)
# ("worth in Iranian assets", round 31: "in" written for "of" after "worth" only)
_WORTH_OF = re.compile(r"(?i)[ \t]+(?:worth[ \t]+(?:of|in)|(?:dollars|euros)[ \t]+of)[ \t]+")
# (a court or a charge alone is no penalty: "pay $2 million to settle the case in court" is a settlement)
_PENALTY = re.compile(r"(?i)\b(?:prison|jail|guilty|convict(?:ed|ion)?|sentenc\w*|penalt(?:y|ies)|fine[ds]?|"
                      r"plea(?:s|d|ded|ding)?|probation)\b")
_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "dative", "oprd"})
_RELATIVES = frozenset({"that", "which"})
_CURRENCY_PLURAL = re.compile(r"(?i)(?:^|\s)(?:dollars|euros|rupees|roubles|rubles)$")


def _names_currency(obj: str) -> bool:
    """The object is only a currency: its plural ("dollars of royalties"), its name or its code ("$500 USD")."""
    return bool(_CURRENCY_PLURAL.search(obj)) or obj.lower() in _CURRENCY_WORDS or obj in _CURRENCY_CODES


_CURRENCY_CODES = frozenset(sym for sym, _ in _CURRENCY_PREFIX if sym.isalpha() and sym.isupper())


def money_objects(doc: Doc, text: str, keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """Give each sum of money without an object the one its phrasing names (see the module)."""
    for rec, anchor in keep.values():
        if rec["kind"] == "money" and _names_currency(str(rec["object"] or "")):
            rec["object"] = None  # "$7.9 million dollars of royalties": the unit restated, never what the money is
        if rec["kind"] != "money" or rec["object"] is not None or anchor is None:
            continue
        obj = (_worth_of(doc, text, int(rec["end"])) or _paid_for(anchor.root) or _a_loss(anchor.root)
               or totalled_noun(anchor.root))  # "bonuses totaling $140 million" (round 30)
        if obj is None or canonical_object(obj) is None:
            obj = frame_object(doc, text, anchor.span, anchor.root, int(rec["end"]))  # "invest $1.9bn", "worth $10bn" (r26)
        if obj is not None and canonical_object(obj) is not None:
            rec["object"] = obj
    spent_on(list(keep.values()))  # "spent $12 million on security" (round 36)
    _converted(keep)
    share_conversions(text, keep)  # "30bn baht (£398m; $768m)": one sum, one object (round 26)


def _converted(keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """"cost about 5000 yen (£25)": a conversion in apposition is the same sum, for the same thing (round 24)."""
    by_root = {a.root.i: rec for rec, a in keep.values() if a is not None and rec["kind"] == "money"}
    for rec, anchor in keep.values():
        if rec["kind"] == "money" and rec["object"] is None and anchor is not None and anchor.root.dep_ == "appos":
            other = by_root.get(anchor.root.head.i)
            if other is not None and other is not rec and other["object"] is not None:
                rec["object"] = other["object"]


def _worth_of(doc: Doc, text: str, end: int) -> str | None:
    m = _WORTH_OF.match(text, end)
    if m is None:
        return None
    sp = doc.char_span(end, m.end(), alignment_mode="expand")
    # the noun the "of" governs (its phrase ends at that noun: "Chinese goods imposed on ..." is "Chinese goods")
    of = next((t for t in sp or () if t.lower_ in ("of", "in")), None)
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
        subj = _subject(verb)
        if subj is None or subj.pos_ != "NOUN":
            return None  # "it cost $5m", "Smith cost ...": no thing paid for
        return object_phrase(subj)
    if (lemma in ("pay", "fine") or verb.lower_ in ("fined", "fines")) and _PENALTY.search(root.sent.text):
        return "fine"
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or, for "is expected to cost", "is likely to cost" (an infinitive that completes another
    verb or an adjective), that verb's."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return verb.head  # "machines that cost only £399": the noun the relative pronoun stands for
        if subj is not None or verb.dep_ not in ("xcomp", "acomp"):
            return subj
        verb = verb.head
    return None


def _a_loss(root: Token) -> str | None:
    """"losses of more than $4m", "a loss of £3m": the sum is the loss."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() == "loss" and prep.head.i < root.i:
        return object_phrase(prep.head)
    return None
