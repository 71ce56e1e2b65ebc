"""Speakers that are organizations named around a group noun (review 16, main 226197f).

"Soldiers with the 52nd Signal Brigade said", "Officials at the Pentagon said": the members of a named body speak
for it, as "Pentagon officials" already did; "according to Japan's military": a country's armed forces speak for the
country the mention names; "The 52nd said": a unit named by its number alone is the unit the report named with that
number (the unit nouns, "the brigade said", are ORG_NOUNS of speaker_words). A single person described by a job ("a spokesman for the Army") stays that unnamed person. Written for this
project.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...lexicon import read_tsv
from .arrays import expand_span
from .described_orgs import org_by_trade
from .org_antecedents import previous_subject_org
from .speaker_words import ORG_NOUNS, PRESS_NOUNS, SPEECH_NOUNS, is_outlet
from .statement_authors import statement_author

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["member_org", "unit_by_number", "it_org", "organization_described", "FORCE_NOUNS"]

#: plural nouns of members of a body: with "with/at/of/from" + an organization, the organization speaks
_MEMBERS = frozenset({"soldiers", "officials", "troops", "officers", "members", "staff", "staffers", "employees",
                      "workers", "personnel", "researchers", "analysts", "investigators", "engineers", "pilots",
                      "marines", "sailors", "commanders", "leaders", "spokesmen", "representatives", "executives"})
_MEMBER_PREPS = frozenset({"with", "at", "of", "from"})
#: a state's armed forces: named with the country ("Japan's military", "South Korean troops"), the country speaks
FORCE_NOUNS = frozenset({"military", "army", "navy", "forces", "troops"})
_JOINT = frozenset({"joint", "combined", "shared", "collective"})  # issuers of a text made together
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|s)$", re.I)


def member_org(res: Resolver, root: Token) -> str | None:
    """The organization a plural of members belongs to ("Soldiers with the 52nd Signal Brigade"), or None."""
    if root.tag_ != "NNS" or root.lower_ not in _MEMBERS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _MEMBER_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            eid = res._entity_at(pobj.idx, pobj.idx + len(pobj.text))
            if eid is not None and res.by_id[eid]["type"] == "ORG":
                return eid
    return None


def unit_by_number(res: Resolver, span: Span) -> str | None:
    """"The 52nd said": the last organization named before whose mention begins with that number."""
    words = [t for t in span if t.pos_ != "DET"]
    if len(words) != 1 or not _ORDINAL.match(words[0].text):
        return None
    number = words[0].text.lower()
    best = None
    for s, e, eid in res.mentions:
        if s >= span.start_char:
            break
        if res.by_id.get(eid, {}).get("type") != "ORG":
            continue
        # the mention's own text, or the words right before it ("the 52nd Signal Brigade" where the entity
        # layer kept "Signal Brigade")
        before = res.text[max(0, s - len(number) - 1):s].strip().lower()
        if res.text[s:e].lower().startswith(number + " ") or before == number:
            best = eid
    return best


def it_org(res: Resolver, span: Span) -> str | None:
    """The organization "it" stands for: one named in the previous sentence's subject ("Microsoft has left the
    market to firms such as Symantec and Trend Micro. It said ...": Microsoft, not the last firm listed), else
    the organization named last before it."""
    prev = res.orgs[: bisect_left(res.orgs, (span.start_char, ""))]
    if not prev:
        return None
    start = span.sent.start
    text = _text_before(res, start)
    if text is not None:  # review 17: "The report argues ... It notes ...": "it" is the text, not the last body
        return res.resolve(res.doc[text.left_edge.i : text.i + 1])
    decided, org = previous_subject_org(res, span)  # round 25: "Emirates had ... it announced", not Boeing
    if decided:
        return org
    if start > 0:
        before = res.doc[start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            lo, hi = res.doc[subj.left_edge.i].idx, subj.idx + len(subj.text)
            own = [oid for st, oid in prev if lo <= st < hi]
            if own:
                return own[-1]
            # (an organization named in the pronoun's own sentence is still its antecedent: "The Council pledged
            # sanctions against what it called ...")
            if span.text.lower() == "it" and _opens_paragraph(res, span) and _thing_subject(subj) and \
                    prev[-1][0] < span.sent.start_char:
                return None
            if _carrier_after_body(res, subj, prev[-1][1]):
                return None
    return prev[-1][1]


_CARRIER_NOUNS = PRESS_NOUNS | {"agency", "website", "site"}  # "the agency" may be the outlet itself


def _carrier_after_body(res: Resolver, subj: Token, last: str) -> bool:
    """'Reuters reports: ... The army posted a statement ... It continued: "..."' (round 36, r36-qsrc): "it" goes
    on from the body the sentence before is about (an unnamed army, ministry), not to the news outlet named last
    that only carried its statement; with no name for that body, no speaker beats the carrier."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in ORG_NOUNS or subj.lower_ in _CARRIER_NOUNS:
        return False
    return is_outlet(res.by_id.get(last, {}).get("name") or "")


def _opens_paragraph(res: Resolver, span: Span) -> bool:
    """ "it" in a paragraph's first sentence, where a new turn of the writer's argument starts (on PolNeAR train,
    an "it" inside a paragraph after a thing subject was as often the body named before: "his team is bracing
    supporters for a race that it says ...")."""
    j = span.sent.start_char
    while j > 0 and res.text[j - 1] == " ":  # (scanned back, not a copy of the text before: once per "it")
        j -= 1
    return j > 0 and res.text[j - 1] == "\n" or span.sent.start_char == 0


def _thing_subject(subj: Token) -> bool:
    """A subject before "it" that is a thing or people and no body: "The state expanded the program. To start,
    it confirms ...": "it" goes on from that subject (the result, the state), not to the last organization named
    (review 23: "it" became the health program named as an object). A body's noun ("The firm has left ...") may
    be the organization named earlier, and is left to the fallback."""
    if subj.pos_ == "PRON":  # "And that is much more than a blow to ...": the situation just told
        return subj.lower_ in ("that", "this")
    return subj.pos_ == "NOUN" and subj.lower_ not in ORG_NOUNS and subj.lemma_.lower() not in ORG_NOUNS


def _text_before(res: Resolver, start: int) -> Token | None:
    """The text (a report, a study: a document noun) that the sentence before the one at ``start`` has as its
    subject, through a chain of "it" subjects ("The report argues ... It says ... It also notes"), or None."""
    from .kinds import DOCUMENT_NOUNS  # (kinds imports the speakers module: read here late, as _author_of does)
    for _ in range(3):
        if start <= 0:
            return None
        before = res.doc[start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lemma_.lower() in DOCUMENT_NOUNS and subj.pos_ == "NOUN":
            return subj
        if subj.lower_ != "it":
            return None
        start = before.start
    return None


def organization_described(res: Resolver, span: Span, head: str, n_words: int) -> str | None:
    """The organization "the committee", "the newspaper" or "the campaign" stands for: the last one named
    with that word ("the House Intelligence Committee") or described by it, for an outlet noun the last outlet;
    else the person whose role names it ("spokeswoman for the campaign" speaks for it), else the last
    organization."""
    if head in SPEECH_NOUNS:
        told, author = statement_author(res, span, span.root)  # "In a statement, X said" before (review 21)
        if told:
            return author
    prev = res.orgs[: bisect_left(res.orgs, (span.start_char, ""))]
    named = next((oid for _st, oid in reversed(prev) if head in res.by_id[oid]["name"].lower().split()), None)
    if named is not None:
        return named
    trade = org_by_trade(res, span, span.root)  # "the production company": "Dick Clark Productions" (round 24)
    if trade is not None:
        return trade
    # a name the report calls one ("The Chosun Ilbo, South Korea's top newspaper", whatever NER typed it)
    called = res.last_with_role(span, head)
    if called is not None:
        return called
    # ("the 2009 paper" is a study: "paper" names the newspaper only with nothing but its article)
    press = head in PRESS_NOUNS and (head != "paper" or n_words == 2)
    if press:
        # "the newspaper" is the last outlet the report named, not the last organization of any kind
        outlet = next((oid for st, oid in reversed(prev) if st not in res.possessive_orgs
                       and is_outlet(res.by_id[oid]["name"])), None)
        if outlet is not None:
            return outlet
    word = re.compile(rf"\b{re.escape(head)}\b")
    best = None
    for start, pid in res.persons:
        if start >= span.start_char:
            break
        if any(word.search(r.lower()) for r in res.by_id[pid].get("roles", [])):
            best = pid
    if best is not None or press:
        return best  # (an outlet noun never falls back to an organization of any kind)
    if any(t.lower_ in _JOINT for t in span):
        # "the joint statement said": a text of several issuers is not the organization named last (its
        # antecedent "a joint statement released by X and Y" is not followed): no speaker beats a wrong one
        return None
    # a platform a text was posted on ("saying on Twitter, ...") issued nothing: "the statement" is not its
    # (an organization described by another noun, "the company", may well be one: "content on TikTok")
    if head in SPEECH_NOUNS and prev and _posted_on(res, prev[-1][0]):
        return None  # (nor an organization named before it: the poster was a person or is not known)
    _decided, org = previous_subject_org(res, span)  # round 25: "Amazon is ..., and Spotify investors ...": Amazon
    if org is not None:
        return org
    if _qualified(span):
        # "the justice department said" is no organization named last under another name ("the Guardian"): a
        # noun that qualifies the head names which one it is, and none named before bore it (review 27)
        return None
    return prev[-1][1] if prev else None


@lru_cache(maxsize=1)
def _portfolio_bodies() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_portfolio_bodies.tsv"))


def _qualified(span: Span) -> bool:
    """A noun qualifies the head of ``span``, a public body named by its portfolio ("the justice department",
    "the defense ministry"; data/quote_portfolio_bodies.tsv)."""
    root = span.root
    return root.lower_ in _portfolio_bodies() and any(
        t.i < root.i and t.dep_ in ("compound", "amod", "nmod") and t.pos_ in ("NOUN", "PROPN") for t in span)


def _posted_on(res: Resolver, start: int) -> bool:
    """The mention at ``start`` is the object of "on" or "via" ("on Twitter", "via Facebook")."""
    span = expand_span(res.doc, start, start + 1)
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via")
