"""Repairs of NER's type flips inside one report, before mentions are grouped into entities.

Each rule weighs the mentions of one name against each other (a person who speaks, a place after a locative,
a title before a name) rather than trusting one tag; :func:`newsgraph.extract.entities.extract_entities` runs
them in order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import Lexicon, norm_name, read_tsv
from ..name_words import is_given_name
from ..names import shape_type
from ._doc import doc_text
from .entity_base import (
    _RELABEL_TO_PERSON,
    _ROLE_HEADS,
    _appositive_role,
    _Cand,
    _is_lexicon_name,
    _title_before,
)
from .places import titled_name
from .places.gazetteer import load_gazetteer


def _relabel_spokesmen(cands: list[_Cand], lex: Lexicon) -> None:
    """"Dmitry Orlov, a spokesman for ..." or "FBI agent Brock Domin" tagged ORG: organizations are not
    spokesmen or agents. A one-word name tagged NORP that is no nationality and says something ("says
    Neslihan") is a person too, with every mention of that word."""
    speakers: set[str] = set()
    groups: set[str] = set()  # words used as a group or an adjective somewhere ("the Republican", "Republican voters")
    for c in cands:
        # (a name opening with a number is no person's: "38 North, a website that ...", review 16)
        if c.label == "ORG" and len(c.text.split()) >= 2 and not _is_lexicon_name(c.text, lex) \
                and not c.text[:1].isdigit() \
                and (_appositive_role(c.span.doc, c.span) or _role_noun_before(c.span)):
            c.label = "PERSON"
        elif c.label == "NORP":
            if _named_speaker(c.span, lex):
                speakers.add(c.text)
            if len(c.span) != 1 or _modified(c.span[0]) or c.span[0].dep_ in _MODIFIER_DEPS:
                groups.add(c.text)
    for c in cands:
        if c.label == "NORP" and c.text in speakers and c.text not in groups:
            c.label = "PERSON"


# Lower-case nouns for a person's job that may stand right before a name ("FBI agent Brock Domin").
_ROLE_NOUNS_BEFORE = _ROLE_HEADS | {"agent", "detective", "investigator", "activist", "reporter", "spokesman"}


# Verbs whose subject is someone speaking (a name tagged NORP as their subject is no nationality).
_SPEAKING = frozenset({"say", "tell", "add", "explain", "write", "blame", "claim", "insist", "warn", "argue",
                       "recall", "ask", "reply", "respond", "deny", "admit", "acknowledge", "complain"})


# Words of an organization's name or a rank, never of a person's ("Platform Drafting Committee", "Navy Capt.").
_NOT_NAME_WORDS = frozenset({
    "committee", "council", "party", "department", "agency", "ministry", "office", "commission", "court",
    "board", "university", "company", "group", "bureau", "service", "force", "forces", "army", "navy",
    "police", "guard", "corps", "command", "center", "centre", "institute", "foundation", "association",
    "union", "bank", "fund", "house", "senate", "congress", "parliament", "capt", "col", "gen", "lt", "sgt",
})


def _role_noun_before(span: Span) -> bool:
    """A name of capitalized words right after a lower-case job noun ("agent Brock Domin"), not after a
    compound adjective ("the 15-member Platform Drafting Committee")."""
    if span.start < 2 or not all(t.is_title and t.is_alpha and t.lower_ not in _NOT_NAME_WORDS for t in span):
        return False
    doc = span.doc
    prev = doc[span.start - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in _ROLE_NOUNS_BEFORE and \
        doc[span.start - 2].text != "-"


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})


_GROUP_MARKS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})


def _modified(tok: Token) -> bool:
    """A determiner, number or adjective on the word ("a New Hampshire Democrat", "the Texan"): a noun for
    anyone of a group, not a name."""
    return any(c.dep_ in _GROUP_MARKS for c in tok.children)


def _named_speaker(span: Span, lex: Lexicon) -> bool:
    """One bare singular proper noun, no nationality or country, the subject of a verb of speaking."""
    if len(span) != 1:
        return False
    tok = span[0]
    return tok.tag_ == "NNP" and tok.is_title and tok.is_alpha and tok.dep_ == "nsubj" and \
        tok.head.lemma_.lower() in _SPEAKING and not _modified(tok) and not _is_lexicon_name(tok.text, lex)


def _relabel_one_word_places(cands: list[_Cand], name_parts: set[str], lex: Lexicon) -> None:
    """One word tagged PERSON here and GPE/LOC elsewhere in the same report ("Kobani") is the place, unless
    it is part of a person's full name in the report: NER's type flip must not make a second entity. A word
    tagged PERSON more often than a place, or once after a title ("President Obama", with "the Obama
    administration" tagged GPE), stays a person."""
    places: dict[str, str] = {}
    votes: dict[str, int] = {}  # place mentions minus person mentions
    for c in cands:
        n = norm_name(c.text).lower()
        if " " in n:
            continue
        if c.label in ("GPE", "LOC"):
            places.setdefault(n, c.label)
            votes[n] = votes.get(n, 0) + 1
        elif c.label == "PERSON":
            titled = _title_before(c.span.doc, c.span.start, lex)[3] != c.span.start
            votes[n] = votes.get(n, 0) - (100 if titled else 1)
    for c in cands:
        n = norm_name(c.text).lower()
        if c.label == "PERSON" and " " not in n and n in places and n not in name_parts and votes[n] >= 0:
            c.label = places[n]


def _relabel_org_places(cands: list[_Cand], lex: Lexicon) -> None:
    """One word tagged ORG after a place preposition ("residents of Coimbra", "in Coimbra") that the same report
    tags GPE/LOC elsewhere, and that the gazetteer knows as a place, is that place: NER's flip must not make a
    second entity that amounts and events cannot locate. Lexicon organizations keep their type, and so does a
    word tagged ORG more often than a place ("Hamas" tagged GPE once)."""
    places: dict[str, str] = {}
    votes: dict[str, int] = defaultdict(int)  # place mentions minus organization mentions
    for c in cands:
        n = norm_name(c.text)
        if " " in n:
            continue
        if c.label in ("GPE", "LOC"):
            places.setdefault(n, c.label)
            votes[n] += 1
        elif c.label == "ORG":
            votes[n] -= 1
    for c in cands:
        n = norm_name(c.text)
        if c.label != "ORG" or n not in places or votes[n] < 0 or c.canonical is not None:
            continue
        prev = c.span.doc[c.span.start - 1] if c.span.start > 0 else None
        if prev is None or prev.lower_ not in _PLACE_PREPS or _is_lexicon_name(n, lex):
            continue
        if load_gazetteer().lookup(n):
            c.label = places[n]


_PLACE_PREPS = frozenset({"in", "at", "from", "near", "of", "outside", "across", "into"})


def _vote_one_word_types(cands: list[_Cand], lex: Lexicon) -> None:
    """One bare name that NER tags PERSON in some places and ORG (or NORP, PRODUCT...) in others ("Trump")
    is one person when its person mentions outvote the others; a mention after a title ("President Trump")
    outvotes any number of flips. A tie or a minority changes nothing: on 150 real reports, letting the
    majority go the other way turned Trump, Guaido and al-Assad into organizations, and ties were apps and
    places ("Douyin", "Tanf")."""
    votes: dict[str, int] = defaultdict(int)
    for c in cands:
        if c.key is None or " " in c.key[1] or c.canonical is not None:
            continue  # lexicon organizations, outlets and countries keep the type the lexicon gives them
        if c.key[0] == "PERSON":
            titled = _title_before(c.span.doc, c.span.start, lex)[3] != c.span.start
            votes[c.key[1]] += 100 if titled else 1
        elif c.key[0] in _RELABEL_TO_PERSON:
            votes[c.key[1]] -= 1
    for c in cands:
        if c.key is None or c.canonical is not None or c.key[0] == "PERSON":
            continue
        if c.key[0] in _RELABEL_TO_PERSON and votes.get(c.key[1], 0) > 0:
            c.label, c.key = "PERSON", ("PERSON", c.key[1])


def _relabel_shapes(cands: list[_Cand]) -> None:
    """One word whose shape gives its type, whatever NER said: "Brexit" is an event, not a person or a
    place; "pro-Russia" is a stance (NORP), not an organization (data/not_name_words.tsv)."""
    for c in cands:
        kind = shape_type(c.text) if " " not in c.text.strip() else None
        if kind:
            c.label = kind


def _join_short_org_forms(cands: list[_Cand], lex: Lexicon) -> None:
    """One word tagged GPE/LOC that opens a longer organization name of the same report ("Hapsburg" after
    "the Hapsburg Group") is that organization's short form, unless it is a place: a country, a demonym, a
    place name of the gazetteer (any country, region, continent or town: "Europe" beside "Europe Economics",
    "Moscow" beside "the Moscow Times"), or a word after a locative preposition."""
    orgs: dict[str, tuple[str, str]] = {}
    for c in cands:
        words = c.text.split()
        if c.label == "ORG" and c.key is not None and len(words) >= 2 and words[0][:1].isupper():
            orgs.setdefault(words[0], c.key)
    for c in cands:
        key = orgs.get(c.text)
        if key is None or c.label not in ("GPE", "LOC") or c.canonical is not None:
            continue
        if _is_lexicon_name(c.text, lex) or _after_locative(c.span) or load_gazetteer().lookup(c.text):
            continue
        c.label, c.key = "ORG", key


def _after_locative(span: Span) -> bool:
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in {"in", "at", "from", "near", "to", "into", "across", "outside"}


# "the Post and Courier": the name goes on after the word, so it is some other paper's
_NAME_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _join_outlet_short_forms(cands: list[_Cand], lex: Lexicon) -> None:
    """"the Times" after "The New York Times": a one-word organization that is the last word of the one outlet
    of the report ending with it (data/outlets.tsv) is that outlet, not a second entity. Two such outlets ("The
    New York Times", "Financial Times") leave it alone."""
    enders: dict[str, set[tuple[str, str]]] = defaultdict(set)  # last word -> the longer names ending so
    named: dict[tuple[str, str], tuple[str, str | None]] = {}
    for c in cands:
        name = c.canonical or c.text
        if c.key is not None and c.label == "ORG" and " " in name:
            enders[name.split()[-1]].add(c.key)
            if lex.outlet_of(name):
                named[c.key] = (name, c.country)
    for c in cands:
        keys = enders.get(c.text)
        if not keys or len(keys) != 1 or c.label != "ORG" or c.canonical is not None or " " in c.text:
            continue
        key = next(iter(keys))
        if key in named and not _NAME_GOES_ON.match(doc_text(c.span.doc), c.end):
            c.key, (c.canonical, c.country) = key, named[key]


def _relabel_titled_places(cands: list[_Cand]) -> None:
    """A place name written as a title ("by The Atlantic", "The Atlantic article": places.titled_name) is the
    magazine's or the paper's, an organization, not the ocean: the places layer already makes no place of it."""
    gaz = load_gazetteer()
    for c in cands:
        if c.label in ("GPE", "LOC") and titled_name(doc_text(c.span.doc), c.start, c.end, gaz):
            c.label = "ORG"


@lru_cache(maxsize=1)
def _arms_after() -> re.Pattern[str]:
    """A weapon's or a vehicle's noun right after a name (data/type_heads.tsv, type PRODUCT: "missile", "jet")."""
    heads = sorted((row[0] for row in read_tsv("type_heads.tsv") if row[1] == "PRODUCT"), key=len, reverse=True)
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(h) for h in heads) + r")s?\b")


_ARMS_FROM = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _relabel_arms(cands: list[_Cand], name_parts: set[str], lex: Lexicon) -> None:
    """One word the report writes right before a weapon's or a vehicle's noun ("a Taepodong missile") names that
    weapon, in every mention ("the Taepodong flew"): a product, not a person or a place. Not a maker the report
    types ORG ("a Boeing jet"), a country, demonym or lexicon organization ("an Iranian drone"), a place of the
    gazetteer ("Hwasong", a city too), a given name, or a word of a person's full name in the report."""
    if not cands:
        return
    text = doc_text(cands[0].span.doc)
    after = _arms_after()
    named = {c.text for c in cands if c.label in _ARMS_FROM and " " not in c.text and after.match(text, c.end)}
    named -= {c.text for c in cands if c.label == "ORG"}
    named = {n for n in named if n.lower() not in name_parts and not _is_lexicon_name(n, lex)
             and not is_given_name(n) and not load_gazetteer().lookup(n)}
    for c in cands:
        if c.text in named and c.label in _ARMS_FROM:
            c.label = "PRODUCT"


def relabel_unplaced_orgs(cands: list[_Cand], lex: Lexicon) -> None:
    """Round 25 (round 24's end review: "Alibaba" GPE four times and ORG once, two rows): one word the report tags
    ORG somewhere and GPE elsewhere, that no mention puts after a place preposition, that the gazetteer knows as no
    place at all and no lexicon holds, is the organization in every mention. The mirror of
    :func:`_relabel_org_places`, which sends a known place's ORG flips the other way."""
    orgs = {c.text for c in cands if c.label == "ORG" and " " not in c.text}
    gpes = {c.text for c in cands if c.label == "GPE" and c.text in orgs}
    located = {c.text for c in cands if c.text in gpes and _after_locative(c.span)}
    flip = {n for n in gpes - located if not _is_lexicon_name(n, lex) and not lex.country_of(n)
            and not load_gazetteer().lookup(n)}
    for c in cands:
        if c.label == "GPE" and c.text in flip:
            c.label = "ORG"
