"""A move whose subject points back at a level just stated: "Last year the share was 59 percent, but this year that
number has dropped to 49 percent" is a fall from 59 to 49 percent (review 18: the from-value and the object were
lost). The subject is "that"/"this" with a noun of data/change_pointing_nouns.tsv, "the" alone with a noun that
restates a count ("the number had risen to 40", round 37), or the bare pronoun; the level
it points at is the nearest figure of the same kind before it, in its sentence or the one before, that is in no
move of its own. That figure keeps its own clause's time (``ChangeDraft.pointed``: the from-side is told apart,
so its time is not looked for right after it)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import first_words
from ...record import canonical_object
from .changes import ChangeDraft

__all__ = ["pointed_from"]

_POINTERS = frozenset({"that", "this"})
_RESTATING = frozenset({"number", "figure", "toll", "tally", "total", "count"})


@lru_cache(maxsize=1)
def _pointing_nouns() -> frozenset[str]:
    return first_words("change_pointing_nouns.tsv")


def _points_back(subj: Token) -> bool:
    """"that number", "this figure", or a bare "that"/"this" standing as the subject."""
    if subj.lower_ in _POINTERS and subj.pos_ in ("PRON", "DET"):
        return True
    if subj.lemma_.lower() not in _pointing_nouns():
        return False
    # the parse may hang "that" on the verb ("this year that number has dropped": advmod), so the word right
    # before the noun is read too
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    return any(c.dep_ == "det" and c.lower_ in _POINTERS for c in subj.children) or (
        before is not None and before.lower_ in _POINTERS and before.tag_ == "DT") or _definite_restating(subj)


def _definite_restating(subj: Token) -> bool:
    """"By Tuesday the number had risen to 40": a bare "the" before a noun that restates a count (number, figure,
    toll, tally, total, count) with no word of its own ("the number of arrests" names its own thing) points back
    as "that number" does (round 37)."""
    kids = list(subj.children)
    return subj.lemma_.lower() in _RESTATING and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _same_unit(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["kind"] == b["kind"] and a.get("unit") == b.get("unit") and a.get("currency") == b.get("currency")


def _other_thing(level: dict[str, Any], to: dict[str, Any]) -> bool:
    """The level reached names a thing of its own that the earlier figure does not count ("64% approved of X.
    That dropped to 50% support for Y": two questions of a poll, not one figure moved)."""
    own = canonical_object(to["object"]) if to.get("object") else None
    return own is not None and own != (canonical_object(level["object"]) if level.get("object") else None)


def _antecedent(doc: Doc, subj: Token, to: dict[str, Any], amounts: list[dict[str, Any]],
                taken: set[int]) -> int | None:
    """The nearest figure of the level's kind before the subject, in its sentence or the one before; None when
    that nearest figure is already in a move (a level that moved is no level to point at)."""
    sent = subj.sent
    floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for j in range(len(amounts) - 1, -1, -1):
        a = amounts[j]
        if a["end"] > subj.idx:
            continue
        if a["start"] < floor:
            return None
        if _same_unit(a, to):
            return None if j in taken or a["value"] == to["value"] or _other_thing(a, to) else j
    return None


def pointed_from(doc: Doc, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """Give each move with only its level, whose subject points back, the level pointed at as its from-side."""
    taken = {i for dr in drafts for i, _r in dr.members}
    for dr in drafts:
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or trig.pos_ != "VERB" or dr.direction not in ("increase", "decrease"):
            continue
        if "to" not in roles or roles & {"from", "delta"}:
            continue
        subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not _points_back(subj) or (trig.dep_ == "relcl" and subj.pos_ == "PRON"):
            continue  # "a party that rose to 50 percent": a relative "that" stands for its noun, not a level
        to = next(amounts[i] for i, r in dr.members if r == "to")
        j = _antecedent(doc, subj, to, amounts, taken)
        up = amounts[j]["value"] < to["value"] if j is not None else None
        if j is not None and up == (dr.direction == "increase"):  # the verb and the two levels agree
            dr.members.append((j, "from"))
            dr.pointed = True
            taken.add(j)
