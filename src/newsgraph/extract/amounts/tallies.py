"""A game's tallies (round 25, issue 17). Round 22 made "point" no object word: "rose 3 points" is a step of a
poll or a rate, and an index's points are its unit (:mod:`.index_points`). A game's points are counted things:
"Smith scored 25 points", "finished with 25 points, 11 rebounds and 10 assists", "scored 20 of his 31 points".
The rule: a "points" figure counts points scored when its verb is a verb of scoring of data/amount_tallies.tsv
("scored", "had", "finished with", "added") and its subject is a person or a named side (or a pronoun), or when
the points are listed with other box-score nouns. Such figures take the object "points scored" (keyed
`points`); a poll's or a rate's points, an index's and "by nine points" (a margin) stay without object.

Two false changes of sport reports go with it: "Gallinari added 25 points" adds to a game's tally, and "having
lost eight of their last 10 games" tells a record; neither is a change of a series."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from .changes import ChangeDraft

__all__ = ["POINTS_SCORED", "scored_points", "tally_change"]

#: the object of a game's points (data/measure_synonyms.tsv keys it `points`)
POINTS_SCORED = "points scored"
_SIDE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PRONOUNS = frozenset({"he", "she", "they", "who", "we", "i"})


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return {r[0]: frozenset(w.strip().lower() for w in r[1].split("|")) for r in read_tsv("amount_tallies.tsv")
            if len(r) > 1}


def _points_of(num: Token) -> tuple[Token, Token] | None:
    """(the "points" token, the verb) of a figure: "25 points" as the verb's object or after "with", or
    "20 of his 31 points"."""
    if num.dep_ == "nummod" and num.head.lower_ == "points":
        pts = num.head
    elif num.dep_ == "dobj":
        of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        part = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ == "points"), None) if of else None
        return (part, num.head) if part is not None else None
    else:
        return None
    if pts.dep_ in ("dobj", "npadvmod"):  # (the parse can take "scored 30 points" for an adverbial phrase)
        return pts, pts.head
    if pts.dep_ == "pobj" and pts.head.lower_ == "with":
        return pts, pts.head.head
    if pts.dep_ == "pobj" and pts.head.lower_ == "of" and pts.head.head.dep_ == "dobj":
        return pts, pts.head.head.head  # the 31 of "scored 20 of his season-high 31 points"
    return None


def _listed_with_stats(pts: Token) -> bool:
    stats = _table()["stats"]
    near = list(pts.children) + ([pts.head] if pts.dep_ in ("appos", "conj") else [])
    return any(t.dep_ in ("appos", "conj") or t is pts.head for t in near if t.lower_ in stats) or any(
        g.lower_ in stats for c in pts.children if c.dep_ in ("appos", "conj") for g in c.children
        if g.dep_ == "conj")


def _side(verb: Token, player: bool = False) -> bool:
    """The verb's subject is a side of a game: a person or a pronoun (``player``), else also a named team."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if player:
        return subj.ent_type_ == "PERSON" or subj.lower_ in _PRONOUNS
    return subj.ent_type_ in _SIDE_ENTS or subj.pos_ == "PROPN" or subj.lower_ in _PRONOUNS


def _scored(num: Token) -> bool:
    found = _points_of(num)
    if found is None:
        return False
    pts, verb = found
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _table()["scoring"]:
        return False
    return _side(verb) or _listed_with_stats(pts)


def scored_points(doc: Doc, amounts: list[dict[str, Any]]) -> None:
    """Give each count of a game's points with no object the object "points scored"."""
    for a in amounts:
        if a.get("kind") != "count" or a.get("object"):
            continue
        span = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
        if span is not None and len(span) and _scored(span.root):
            a["object"] = POINTS_SCORED


def tally_change(dr: ChangeDraft) -> bool:
    """A change draft that only adds to a game's tally or tells a record ("added 25 points", "lost eight of
    their last 10 games"), no change of a series."""
    trig = dr.trigger
    if trig is None or trig.pos_ != "VERB":
        return False
    lemma = trig.lemma_.lower()
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.like_num:  # "lost eight of their last 10 games", "lost four of five"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None:
            return False
        if lemma in _table()["result_verbs"] and (pobj.lower_ in _table()["results"] or pobj.like_num):
            return True
        obj = pobj
    if lemma in _table()["result_verbs"] and obj.lower_ in _table()["results"]:
        return True
    nums = [c for c in obj.children if c.dep_ == "nummod"]
    # a player's points only: "the Dow added 30 points" moves an index
    return lemma in _table()["scoring"] and obj.lower_ == "points" and bool(nums) and _side(trig, player=True)
