"""Counts that point back past a pronoun or a word of "others" and "more" (round 30, issue 17, real-report tune
ranks 257-296; read by :mod:`newsgraph.extract.amounts.elided`).

* "66 workers died in Riyadh, 52 of them by their own hand", "there are 1,221 agencies and over 80 percent of them
  send staff abroad": a partitive pronoun counts the plural noun a figure before it in its own sentence counted,
  when no other plural noun stands between the two (else the pronoun may point at that one: the object stays empty).
* "Of the 90 nurses, 30 were abused and 25 others were unpaid": "others" of a whole fronted with "of" are that
  whole's (also when the figure's verb is the second of two coordinated clauses).
* "the gunman and four others", "she and two others": others joined to one person are people.
* "most Democrats, 75 percent of whom back the plan", "40 rockets, two of which landed": a figure "of whom" or
  "of which" counts the plural noun its relative clause is on.
* "killed 12 soldiers and wounded 30 more": "more" right after a figure, with no noun of its own, counts what the
  figure before it in its sentence counted.

Anything else is left empty ("flew home with 15 others", "killed three soldiers and two others": the others may
be of another kind), since an empty object beats a guessed one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import canonical_object
from .objects import _TIME_NOUNS, GENERIC_HEADS, Anchor, object_phrase

__all__ = ["bare_figure", "counted_plural", "fronted_of", "nearest_counted", "others_object", "rated_party",
           "relative_whole"]

_PERCENT_WORDS = frozenset({"percent", "%", "pct", "per", "cent"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    # nouns for doers or sufferers of an act ("the gunman", "the shooter"), shared with the entity layer
    return frozenset(row[0].strip().lower() for row in read_tsv("entity_agent_nouns.tsv"))


def bare_figure(anchor: Anchor) -> bool:
    """The figure is a number alone ("52", "2 million") or a number and its percent word ("80 percent")."""
    nums = [t for t in anchor.span if t.like_num or t.pos_ == "NUM"]
    rest = [t for t in anchor.span if not (t.like_num or t.pos_ == "NUM")]
    if anchor.root.pos_ == "NUM":
        return not rest
    return bool(nums) and anchor.root.lower_ in _PERCENT_WORDS and all(t.lower_ in _PERCENT_WORDS for t in rest)


def counted_plural(tok: Token) -> bool:
    """A plural noun that names a thing one can count (no time, no generic head such as "numbers")."""
    lemma = tok.lemma_.lower()
    return (tok.tag_ in ("NNS", "NNPS") and tok.is_alpha and lemma not in _TIME_NOUNS and tok.lower_ not in GENERIC_HEADS
            and lemma not in GENERIC_HEADS and canonical_object(tok.text) is not None)


def fronted_of(tok: Token) -> Token | None:
    """The noun of an "of" phrase before the figure's clause ("Of the 20 pages, 12 contain ..."), on the figure's
    verb or, in a second coordinated clause ("..., 30 were abused and 25 others were unpaid"), on the first's."""
    verb = tok.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") else [verb]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i:
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def nearest_counted(doc: Doc, anchor: Anchor, earlier: list[tuple[dict[str, Any], Anchor]],
                    skip: frozenset[int] = frozenset()) -> Token | None:
    """The plural noun that the nearest figure before this one in its sentence counted, when no other plural noun
    (but the tokens ``skip``: a rated party's name) stands between them ("66 workers died in Riyadh, 52 of them
    ..."); else None."""
    sent = anchor.span.root.sent
    own = [a.head for _r, a in earlier if a.span.start >= sent.start and a.head is not None and a.head.tag_ in ("NNS", "NNPS")]
    if not own or own[-1].i >= anchor.span.start:
        return None
    if any((counted_plural(t) or t.tag_ == "NNS") and t.i not in skip for t in doc[own[-1].i + 1 : anchor.span.start]):
        return None  # another plural between: the pronoun may point at it
    return own[-1]


def others_object(anchor: Anchor, rec: dict[str, Any], earlier: list[tuple[dict[str, Any], Anchor]]) -> bool:
    """"25 others", "30 more": what the figure's word of "others" or "more" stands for, where that is clear. True
    when the figure is of that form (its object then set or left empty)."""
    root = anchor.root
    head = anchor.head or (root.head if root.dep_ == "nummod" else None)  # the parse's "more" is no counted noun
    if head is None or head.i != root.i + 1 or head.lower_ not in ("more", "others") or not bare_figure(anchor) \
            or root.lower_ == "one":
        return False
    doc = root.doc
    if head.lower_ == "more" and head.tag_ == "JJR" and not (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "than"):
        noun = nearest_counted(doc, anchor, earlier)
        if noun is not None:
            rec["object"] = object_phrase(noun)
    elif head.lower_ == "others":
        whole = fronted_of(head)
        if whole is not None and counted_plural(whole):
            rec["object"] = object_phrase(whole)
        elif head.dep_ == "conj" and head.head.i < head.i and _person(head.head):
            rec["object"] = "people"
    return True


def _person(tok: Token) -> bool:
    """One person: a personal pronoun, a person's name or a singular noun of a doer ("the gunman")."""
    if tok.lower_ in _PERSON_PRONOUNS:
        return True
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    return tok.tag_ == "NN" and tok.lemma_.lower() in _agent_nouns()


@lru_cache(maxsize=1)
def _rating_verbs() -> frozenset[str]:
    # verbs that put a named party at a figure in a poll or forecast (data/amount_rating_verbs.tsv)
    return frozenset(row[0].strip().lower() for row in read_tsv("amount_rating_verbs.tsv"))


def rated_party(root: Token) -> frozenset[int]:
    """The bare figure is the object of "at" on a verb of polling or forecast whose subject is a name, "(with) the
    Zionist Union projected at 24": the party's share of the tally the sentence counts. A common-noun subject
    ("with damage estimated at 40") is no party, and its figure may be of another kind. The party's tokens (its
    name's subtree), else empty."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return frozenset()
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _rating_verbs():
        return frozenset()
    party = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNP", "NNPS")), None)
    return frozenset(t.i for t in party.subtree) if party is not None else frozenset()


def relative_whole(root: Token) -> Token | None:
    """The plural noun the figure's relative clause ("75 percent of whom back it") hangs on, or None."""
    tok = root
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head if counted_plural(tok.head) and tok.head.i < root.i else None
        if tok.head is tok:
            return None
        tok = tok.head
    return None
