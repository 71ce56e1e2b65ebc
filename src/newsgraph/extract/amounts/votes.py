"""Votes and seats: the country an article's vote was held in, the party that holds a count of seats, and who casts a vote.

Split from :mod:`.objects` (owners and places of amounts in general): these two keys only read election
reports, where the owner of a turnout or of seats is a country or a party rather than the amount's syntax.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from .figure_places import _countries_in

__all__ = ["casts_votes", "election_place", "party_owner", "doing_figures"]


_ELECTION = re.compile(r"\b(?:elections?|electoral|referendums?|referenda|vot(?:e|es|ed|ing|ers?)|ballots?|polls?|"
                       r"polling)\b", re.I)


def election_place(doc: Doc, ents: dict[str, Any]) -> str | None:
    """The country an article's vote was held in: the one country of the places named in the sentences that
    speak of an election, a referendum or voting (for a turnout whose own sentence names no place: "The
    city's mayor told Sky News that turnout was 80 percent"). Two countries, or none, give none."""
    found: set[str] = set()
    for sent in doc.sents:
        if _ELECTION.search(sent.text):
            found |= _countries_in(doc, sent.start_char, sent.end_char, ents)
            if len(found) > 1:
                return None
    return found.pop() if found else None


# verbs whose subject holds the seats they govern: won, secured, held ("the party won 29 seats"); a gain or a
# loss ("picked up 47 seats", "lose 21 seats") is a move, not the party's total, and keys nothing
_SEAT_VERBS = frozenset({"win", "secure", "hold", "take", "get", "capture", "garner", "muster", "score", "have",
                         "control", "retain", "keep", "earn"})
_PARTY_TYPES = frozenset({"ORG", "NORP"})


def party_owner(doc: Doc, head: Token, ents: dict[str, Any]) -> str | None:
    """The party that holds a count of seats: the subject of a verb of winning or holding the seats ("the Brexit
    Party won 29 seats", "Likud secured a victory with 30 seats") when it is one party, an organization or
    group named by the entity layer, keyed by its name without "party" (``BREXIT``, ``LIKUD``). A subject that
    is several parties or a party with its allies ("Likud and Zionist Union secured 27 seats each", "Likud
    with its natural allies ... 56 seats") owns no one party's seats, and neither does a person or a state."""
    if head.lemma_.lower() != "seat" or any(c.dep_ == "poss" for c in head.children):
        return None  # "the Zionist Union's 24": another's seats
    if head.dep_ == "dobj":
        verb = head.head  # "won 29 seats"
    elif head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.dep_ == "dobj":
        verb = head.head.head.head  # "secured a victory with 30 seats"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SEAT_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("conj", "cc", "prep", "appos") for c in subj.children):
        return None
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s > subj.idx:
            break
        ent = ents.get(eid) or {}
        if e > subj.left_edge.idx and s <= subj.idx < e or (subj.left_edge.idx <= s and e <= subj.idx + len(subj.text)):
            name = str(ent.get("name", ""))
            if ent.get("type") not in _PARTY_TYPES or (
                    ent.get("type") == "ORG" and ent.get("country") and name.lower() in ("government", "parliament")):
                continue  # a person, a state, or a state's body holds no party's seats
            name = re.split(r"['’]s\s+", name)[-1]  # "Herzog's Zionist Union": the party
            words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in ("the", "party")]
            if words:
                return "_".join(w.upper() for w in words)
    return None


# Subjects of "voted to" that cast votes inside a body rather than decide for it (round 17, the r14 guidelines:
# proposals are no change, decisions are)
_VOTERS = frozenset({"member", "director", "governor", "policymaker", "official", "minority", "dissenter"})


def casts_votes(vote: Token) -> bool:
    """The subject of "voted to" is some of a body's members ("One member", "two of the nine directors", a person
    by name), whose vote is a proposal; "the committee voted to raise rates" is the body's decision."""
    for subj in (c for c in vote.children if c.dep_ == "nsubj"):
        if subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _VOTERS:
            return True
        if any(c.like_num and c.dep_ == "nummod" for c in subj.children) or subj.like_num:
            return True  # "two of the nine", "three members"
    return False


# "voted 240 to 190", "voted 7 to 2 against the plan": a body's tally of votes, written with "to" (round 30; the
# hyphened "voted 240-190" is a tally the scan skips). Read from the text: the parse makes either figure the verb's
# object or a modifier, and hands the subject ("the council") to the figure as its object.
_VOTED_BEFORE = re.compile(r"(?i)\bvot(?:e|es|ed|ing)[ \t]+(?:by[ \t]+)?$")
_TO_GAP = re.compile(r"[ \t]+to[ \t]+$")
# what may follow the tally: a clause or phrase, not a noun the second figure counts ("voted 5 to 3 reasons": none)
_TALLY_END = re.compile(r"(?i)[ \t]*(?:[.,;:)—–-]|$|(?:to|on|in|against|for|with|at|and|after|over|along|"
                        r"that|when|while|as|last|this|yesterday|today|earlier)\b)")


def voted_tallies(text: str, recs: list[dict[str, Any]]) -> None:
    """Give both figures of "voted N to M" the object votes (``recs`` in text order)."""
    for a, b in zip(recs, recs[1:], strict=False):
        if not (a["kind"] == b["kind"] == "count" and isinstance(a["value"], int) and isinstance(b["value"], int)):
            continue
        s, e = int(a["start"]), int(b["start"])
        if _VOTED_BEFORE.search(text, max(0, s - 20), s) and _TO_GAP.fullmatch(text, int(a["end"]), e) \
                and _TALLY_END.match(text, int(b["end"])) and a["value"] >= b["value"]:
            a["object"] = b["object"] = "votes"



# a bare figure before the verb with only a hedge (or its own number words) ("Fifty-eight voted", "only 40 voted",
# "Some 5,000 demonstrated", "More than 2,000 protested"); "the 40" names a group told before
_HEDGE_DEPS = frozenset({"advmod", "quantmod"})
_HEDGE_WORDS = frozenset({"some", "more", "fewer", "less", "about", "around", "nearly", "almost", "over", "roughly"})


@lru_cache(maxsize=1)
def _doer_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """Verb lemma → what its bare figure subject counts, and the words one of which must be the verb's direct
    object (empty: any): data/measure_doer_verbs.tsv."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in read_tsv("measure_doer_verbs.tsv"):
        need = frozenset(w.strip().lower() for w in row[2].split("|") if w.strip()) if len(row) > 2 else frozenset()
        out.update({v.strip().lower(): (row[0], need) for v in row[1].split("|") if v.strip()})
    return out


def doing_figures(figures: list[tuple[dict[str, Any], Any]]) -> None:
    """"Fifty-eight voted to move forward, while 40 voted to hold it up", "Some 5,000 demonstrated": a count with no
    noun of its own that is the subject of a verb of data/measure_doer_verbs.tsv counts what that verb makes of
    its doers (votes, protesters; "two suffered minor injuries": injured; round 33). A figure with a noun keeps it ("four Republicans voted with
    Democrats"), and "the 40" (a group named before) stays to the elided rules, which run after this (the deed is
    surer than a plural noun before it: "taken to hospitals and three suffered minor injuries"). ``figures``:
    (record, anchor) pairs in text order."""
    for rec, anchor in figures:
        if rec["kind"] != "count" or rec["object"] is not None or anchor is None or anchor.head is not None:
            continue
        root = anchor.root
        verb = root.head
        # a finite verb: "nine voting against" hangs on a clause whose noun the elided rules read ("128 states")
        doer = _doer_verbs().get(verb.lemma_.lower()) if verb.pos_ == "VERB" and verb.tag_ != "VBG" else None
        if doer is None or root.dep_ != "nsubj" or root.i > verb.i or not all(_hedge(c) for c in root.children):
            continue
        if not doer[1] or any(c.dep_ == "dobj" and c.lower_ in doer[1] for c in verb.children):
            rec["object"] = doer[0]


def _hedge(tok: Token) -> bool:
    return tok.dep_ in _HEDGE_DEPS or tok.like_num or tok.is_punct or tok.lower_ in _HEDGE_WORDS
