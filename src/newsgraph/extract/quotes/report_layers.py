"""Round 23: two shapes of one report read as two layers (allsides dev record c4McIXxhggcKQEKS, read at the end of
round 22).

- **A wish around a quoted phrase.** "wanted to give "a heads-up"", 'intends to send "a clear signal"': a scare
  quote of up to three words in an infinitive of wanting or intending is nobody's statement (kind ``stance``, as
  ``unperformed`` stores a wish), and so is the wish's own indirect quote around it, even inside another's report
  ("said he wanted to give "a heads-up about X""): the quoted phrase under the report stays listed on its own. A
  negated wish inside a report ("declared that he did not want to talk about "facts"") is a refusal said, kept.
- **"according to" left inside the words.** 'told Xi the deal was "very close," according to the White House':
  the told words ran over the quotation's comma into the outer source; they end at the quotation.

Not here: the hearer of an appeal ("called world leaders to ...", "urged the judge to ...") stays in the words:
the people asked are the subject of the act asked for, and PolNeAR marks them inside in 4 of the 5 tune cases (a
cut cost token F1 0.8581 -> 0.8579 there). A document that relays a speaker's report ("The witness said ...,
according to the affidavit") keeps both quotes, as ``relays`` explains (PolNeAR marks the outer one; dropping it
cost 6 train speakers, gained 1).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .negated import negated_verb

__all__ = ["settle_layers"]

# Verbs of wanting and intending: what their infinitive tells is not done, and no one's statement
_WISHING = frozenset({"want", "intend", "plan", "hope", "wish"})
# the longest quoted phrase (words) read as a scare quote inside a wish
_SCARE_WORDS = 3
_MARKS = "".join(DOUBLE_MARKS | SINGLE_MARKS)
# ', according to the White House' closing the span (a comma, perhaps inside a closing mark, then the source alone)
_ACCORDING_TAIL = re.compile(r",[\"\u201d\u2019']?(\s+according to\s[^,;:]{2,80})$", re.IGNORECASE)


def _wish_of(verb: Token) -> Token | None:
    """The verb of wanting or intending whose infinitive ``verb`` is ("wanted to give": want), or ``verb``."""
    if verb.lemma_.lower() in _WISHING:
        return verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WISHING:
        return verb.head
    return None


def _scare_in_wish(doc: Doc, q: Quote) -> bool:
    """A quoted phrase of up to three words under a wish's infinitive ('wants to "clean house"')."""
    if q.kind != "partial" or len(q.text.strip(_MARKS + " .,;").split()) > _SCARE_WORDS:
        return False
    verb = verb_at(doc, q.cue_start, q.cue_end)
    return verb is not None and _wish_of(verb) is verb and _marked_under(doc, q, verb)


def _marked_under(doc: Doc, q: Quote, wish: Token) -> bool:
    """The quoted phrase lies in the wish's infinitive ("wants to "clean house"", whatever the parser hung the
    phrase on): "to" follows the wish, and the phrase ends inside the wish's clause."""
    between = doc_text(doc)[wish.idx + len(wish) : q.start].strip(_MARKS + " ").split()
    right = doc[wish.right_edge.i]
    return bool(between) and between[0].lower() == "to" and len(between) <= _SCARE_WORDS + 1 and \
        q.end <= right.idx + len(right) + 1


def _wish_around_scare(doc: Doc, q: Quote, out: list[Quote]) -> bool:
    """The indirect quote of a wish ("wanted" :: 'to give "a heads-up"') whose infinitive holds a quoted phrase."""
    if q.kind != "indirect" or q.modality != "asserted" or not q.text.lstrip().lower().startswith("to "):
        return False
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None or verb.lemma_.lower() not in _WISHING or negated_verb(verb):
        return False  # ('declared that he did not want to talk about "facts"': a refusal declared is words said)
    return any(p.kind in ("partial", "stance") and p.cue_start is not None and p.start > q.start and
               p.end <= q.end + 1 and _text_marked(p) for p in out)


def _text_marked(p: Quote) -> bool:
    """A quoted phrase (a partial, or one already stored as a stance) rather than a clause."""
    return p.kind == "partial" or len(p.text.split()) <= _SCARE_WORDS


def _according_left_inside(q: Quote) -> None:
    """'told Xi the deal was "very close," according to the White House': the outer source closing the sentence is
    no part of the told words (the told span ran over the quotation's comma)."""
    if q.kind != "indirect" or (q.cue or "").lower().startswith("according"):
        return
    m = _ACCORDING_TAIL.search(q.text)
    if m is None or m.start() == 0:
        return
    q.text = q.text[: m.start(1)].rstrip(" ,")
    q.end = q.start + len(q.text)


def settle_layers(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with the module's two shapes settled: wishes around a scare quote stored as stances, a closing
    "according to" cut from the words."""
    kept: list[Quote] = []
    for q in out:
        if _scare_in_wish(doc, q) or _wish_around_scare(doc, q, out):
            q.kind = "stance"
        _according_left_inside(q)
        kept.append(q)
    return kept
