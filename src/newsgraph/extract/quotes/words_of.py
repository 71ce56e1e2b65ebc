"""Round 31 (issue 18, PolNeAR speakers): quoted words framed by "in X's words", "in the words of X" or "in X's view"
are X's: 'The mayor was, in the words of one aide, "the last one standing."', 'in Lee's words, "..."', '"... across
the board" from trade to farming, in Ruiz's view.'. Read on PolNeAR train, where such quotes kept no speaker (a
fragment with no cue was even dropped as a scare quote). The frame is the preposition "in" with one noun of
``data/quote_frame_nouns.tsv`` whose owner is a possessive or an "of" phrase that can speak (a name, a person's
pronoun, a person or a body; "in the words of the song" names nobody). It must touch the quote: right before the
opening mark (a comma or colon between), or after the closing mark closing the same sentence with no verb and no
other quote between ("in other words" has no owner and names nobody).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from .cue_clauses import may_speak
from .cues import Attr, np_span
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .person_pronouns import person_pronouns

__all__ = ["words_of"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_GAP = frozenset({",", ":"})
_SENT_END = frozenset({".", "!", "?"})
_AFTER_REACH = 12  # tokens from the closing mark to a trailing frame ("from trade to farming, in Ruiz's view")


_OWNER_PRONOUNS = person_pronouns("determiner")  # "in his own words" ("its words": a thing's, not kept)


@lru_cache(maxsize=1)
def _frame_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_frame_nouns.tsv") if row)


def _is_mark(t: Token) -> bool:
    return bool(t.text) and all(ch in _MARKS for ch in t.text)  # ("''" is one token)


def _owner(prep: Token) -> tuple[Token, Token] | None:
    """(the frame noun, its owner) when ``prep`` is the "in" of an "in X's words" / "in the words of X" frame."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _frame_nouns()]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    poss = [c for c in noun.children if c.dep_ == "poss"]
    doc = noun.doc
    if not poss and noun.i >= prep.i + 3 and doc[noun.i - 1].text in ("'", "’") and doc[noun.i - 2].pos_ == "PROPN":
        poss = [doc[noun.i - 2]]  # "in Forbes' words": the parser makes the name a second object of "in"
    if not poss:
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        poss = [c for c in of[0].children if c.dep_ == "pobj"] if len(of) == 1 else []
    if len(poss) != 1 or not (may_speak(poss[0]) or poss[0].lower_ in _OWNER_PRONOUNS):
        return None
    return noun, poss[0]


def _attr(doc: Doc, noun: Token, owner: Token) -> Attr:
    if owner.pos_ == "PRON":
        return Attr(noun.i, noun.i + 1, (owner.i, owner.i + 1))
    s, e = np_span(doc, owner)
    while e > s + 1 and (doc[e - 1].dep_ == "case" or _is_mark(doc[e - 1])):  # "Forbes’", "Lee's"
        e -= 1
    return Attr(noun.i, noun.i + 1, (s, e))


def _before(doc: Doc, t0: int) -> Attr | None:
    """A frame that ends right before the opening mark of the words starting at token ``t0``."""
    j = t0 - 1
    while j >= 0 and (_is_mark(doc[j]) or doc[j].text in _GAP):
        j -= 1
    if j < 1 or j == t0 - 1:  # (no opening mark: not a marked quote)
        return None
    for prep in (t for t in doc[max(0, j - 12) : j + 1] if t.lower_ == "in"):
        found = _owner(prep)
        if found is not None and prep.right_edge.i == j:
            return _attr(doc, *found)
    return None


def _after(doc: Doc, t1: int) -> Attr | None:
    """A frame after the closing mark of the words ending before token ``t1`` that closes their sentence."""
    k = t1
    while k < len(doc) and (_is_mark(doc[k]) or doc[k].text in _GAP):  # ('"surprises," in the words of')
        k += 1
    if not any(_is_mark(t) for t in doc[t1:k]):
        return None
    for i in range(k, min(len(doc), k + _AFTER_REACH)):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or _is_mark(t) or t.text in _SENT_END or t.is_sent_start:
            return None
        found = _owner(t)
        if found is not None:
            # right after the closing mark it touches the words; further on it must close their sentence
            end = t.right_edge.i + 1
            close = _SENT_END | _MARKS | (_GAP | {";"} if all(x.text in _GAP for x in doc[k:i]) else set())
            if end < len(doc) and (doc[end].text in close or _is_mark(doc[end])):
                return _attr(doc, *found)
            return None
    return None


def words_of(doc: Doc, t0: int, t1: int) -> Attr | None:
    """The speaker of the quoted words ``doc[t0:t1]`` named by an "in X's words" frame touching them, else None."""
    return _before(doc, t0) or _after(doc, t1)
