"""Entities: the grouping key of every candidate mention (split from :mod:`.entities`, which finds the
candidates and builds the entities): the relabels by a name's form, then persons by surname, countries and
national bodies, outlets and lexicon organizations, the rest by label and name; acronyms join their long forms.
A candidate's entity is the set of candidates sharing its key."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Span

from ..lexicon import Lexicon, country_in_text, norm_name
from ..name_words import is_given_name
from ..names import KEY_PARTICLES
from . import entity_forms as forms
from ._doc import doc_text
from .entity_base import _RELABEL_TO_PERSON, _Cand, _FullNames, _person_tokens, _surname
from .entity_competitions import relabel_competitions
from .entity_evidence import join_state_groups, relabel_from_evidence
from .entity_facilities import relabel_facilities
from .entity_given_persons import relabel_given_named_persons
from .entity_kinds import relabel_named_after_nationality, relabel_persons_as_places
from .entity_laws import relabel_laws
from .entity_named_things import relabel_named_things
from .entity_namesakes import key_namesake_body
from .entity_owned_bodies import possessive_state, split_owned_bodies
from .entity_pieces import relabel_settlements
from .entity_possessed import join_possessed_orgs
from .entity_short_forms import join_department_tails, join_short_forms
from .entity_surnames import pick_holder, suffix_of
from .entity_teams import relabel_teams
from .entity_types import (
    _join_outlet_short_forms,
    _join_short_org_forms,
    _relabel_arms,
    _relabel_one_word_places,
    _relabel_org_places,
    _relabel_shapes,
    _relabel_spokesmen,
    _relabel_titled_places,
    _vote_one_word_types,
    relabel_unplaced_orgs,
)
from .entity_us_places import key_us_places

__all__ = ["assign_keys"]

def _full_names(cands: list[_Cand]) -> tuple[_FullNames, set[str]]:
    """Full PERSON names (two tokens or more) by surname, in order of appearance, and all their words."""
    full_names: list[tuple[int, list[str]]] = []
    for c in cands:
        if c.label == "PERSON":
            toks = _person_tokens(c.text)
            if len(toks) >= 2:
                full_names.append((c.start, toks))
    by_surname: _FullNames = defaultdict(list)
    for pos, toks in full_names:
        by_surname[_surname(toks).lower()].append((pos, toks))
        # "al-Kadhimi" may be written "Kadhimi": index the part after a particle too
        last = _surname(toks)
        if "-" in last and last.split("-")[0].lower() in KEY_PARTICLES:
            by_surname[last.split("-", 1)[1].lower()].append((pos, toks))
    return by_surname, {t.lower() for _pos, toks in full_names for t in toks}


def _person_key(toks: list[str], suffix: str = "") -> tuple[str, str]:
    # a suffix separates people: "Donald Trump Jr." is not Donald Trump (review 14)
    return ("PERSON", f"{toks[0].lower()} {_surname(toks).lower()}" + (f" {suffix}" if suffix else ""))


def _key_as_body_or_country(c: _Cand, n: str, lex: Lexicon, name_parts: set[str], surnames: _FullNames,
                            placed: set[str]) -> bool:
    """A national body ("the Pentagon") or a country, whatever NER said; True when keyed."""
    # NER tags a country as PERSON now and then ("Mali"); a real person named like a country
    # ("Chad", "Jordan") shows up with a first or last name elsewhere in the article. The other way round,
    # NER tags the bare surname of such a person GPE ("Rep. Jim Jordan ... Jordan later tried"): outside a
    # locative phrase ("in Jordan") it is the person, and _key_as_person keys it so; unless the report names
    # the place so somewhere ("in Iraq"): then NER's junk "James Jeffrey Iraq" must not make Iraq a person.
    person_surname = (" " not in n and n.lower() in surnames and n.lower() not in placed and not _locative(c.span)
                      and any(_given_before_surname(toks) for _pos, toks in surnames[n.lower()]))
    # a name of two words or more tagged PERSON that is a country's ("N. Korea") is the country
    as_place = (c.label in {"GPE", "LOC", "ORG", "FAC"} and not person_surname) or (
        c.label == "PERSON" and (" " in n or n.lower() not in name_parts)
    )
    body_hit = lex.body_of(n)
    if body_hit and c.label in {"GPE", "LOC", "ORG", "FAC", "NORP"}:
        c.label, c.key, c.canonical, c.country = body_hit[1], (body_hit[1], n.lower()), n, body_hit[0]
        return True
    if as_place:
        iso = lex.country_of(n)
        if iso:
            c.label, c.key, c.country = "GPE", ("COUNTRY", iso), iso
            c.canonical = lex.name_of_country(iso)
            return True
    return False


def _given_before_surname(toks: list[str]) -> bool:
    """A full name whose surname follows a given name or an initial ("Jim Jordan", "Michael J. Fox"): NER's
    run-on spans ("Daniel P. Bolger America") end in a word that is no surname."""
    return len(toks) >= 2 and (is_given_name(toks[-2]) or bool(re.fullmatch(r"[A-Z]\.?", toks[-2])))


def _key_as_person(c: _Cand, n: str, by_surname: _FullNames, full_at: dict[int, _Cand],
                   bare_at: dict[str, list[int]]) -> bool:
    """A person, or a bare surname of one of the article's full names (even if NER said ORG); True when keyed."""
    if not (c.label in _RELABEL_TO_PERSON or (c.label in {"GPE", "LOC"} and not _locative(c.span))):
        return False
    toks = _person_tokens(c.text)
    # an acronym NER did not call a person ("AI" beside a product named "Clipboard AI", round 25) is no surname
    acronym = len(toks) == 1 and c.label != "PERSON" and toks[0].isupper() and len(toks[0]) <= 5
    if len(toks) == 1 and toks[0].lower() in by_surname and not acronym:
        # which holder of the surname the text makes it (entity_surnames); undecided, a row of its own
        held = pick_holder(c, toks[0], by_surname, full_at, bare_at.get(toks[0].lower(), []))
        c.label = "PERSON"
        c.key = _person_key(*held) if held else ("PERSON", n.lower())
        return True
    if c.label == "PERSON":
        c.key = _person_key(toks, suffix_of(c.text)) if len(toks) >= 2 else ("PERSON", n.lower())
        # a compound surname without the given names ("López Obrador" of "Andrés Manuel López Obrador") is his
        longer = [full for _p, full in (by_surname.get(toks[-1].lower(), []) if len(toks) >= 2 else [])
                  if len(full) > len(toks) and _same_words(full[-len(toks):], toks) and not is_given_name(toks[0])]
        if longer:
            c.key = _person_key(longer[0], suffix_of(c.text))
        return True
    return False


def _same_words(a: list[str], b: list[str]) -> bool:
    """The same words, a particle's case aside: "Bin Laden" opening a sentence is "bin Laden" (review 19)."""
    return len(a) == len(b) and all(x == y or (x.lower() == y.lower() and x.lower() in KEY_PARTICLES)
                                    for x, y in zip(a, b, strict=True))


def _key_other(c: _Cand, n: str, lex: Lexicon) -> None:
    """Nationalities by country, organizations by their lexicon name, the rest by label and name."""
    if c.label == "NORP":
        iso = lex.demonym_of(n)
        c.key = ("NORP", iso) if iso else ("NORP", n.lower())
        c.country = iso
        return
    if c.label == "ORG":
        org = lex.org_of(n)
        if org:
            c.key, c.canonical = ("ORG", org[0].lower()), org[0]
            return
        body = lex.body_of(n)
        if body:
            c.key, c.canonical, c.country = ("ORG", n.lower()), n, body[0]
            return
        c.country = country_in_text(n, lex)
    c.key = (c.label, n.lower())


_THING_LABELS = frozenset({"PERSON", "PRODUCT", "EVENT", "WORK_OF_ART"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _key_as_outlet(c: _Cand, n: str, lex: Lexicon, by_surname: _FullNames) -> bool:
    """A news outlet ("Fox News", "Politico") is an organization whatever NER said, and so is an organization
    of the lexicon that NER calls a person ("Twitter rumours") or a place or a nationality ("Daesh (IS) claimed",
    "Hamas" tagged GPE: one entity with the group's other names), unless a bare word is the surname of a person
    the article names in full ("Bloomberg" after "Michael Bloomberg"); True when keyed."""
    if " " not in n and n.lower() in by_surname:
        return False
    outlet = lex.outlet_of(n) or _outlet_going_on(c, lex)
    # (and a lexicon group NER calls a thing: "the G-20 summit" tagged PRODUCT)
    org = lex.org_of(n) if outlet is None and c.label in _THING_LABELS | _PLACE_LABELS else None
    name = outlet or (org[0] if org else None)
    if name is None:
        return False
    c.label, c.key, c.canonical = "ORG", ("ORG", name.lower()), name
    return True


_NEXT_WORDS = re.compile(r"[ \t]+([A-Z][\w&'’.-]*)(?:[ \t]+([A-Z][\w&'’.-]*))?")


def _outlet_going_on(c: _Cand, lex: Lexicon) -> str | None:
    """A place or people NER cut from an outlet's name, which goes on after it in capitals ("USA" of "USA TODAY",
    review 18; data/outlets.tsv): the outlet."""
    if c.label not in _PLACE_LABELS:
        return None
    m = _NEXT_WORDS.match(doc_text(c.span.doc), c.end)
    if m is None:
        return None
    for k in (2, 1):
        if m.group(k) is not None and (name := lex.outlet_of(" ".join([c.text, *m.groups()[:k]]))):
            return name
    return None


def assign_keys(cands: list[_Cand], lex: Lexicon) -> None:
    """The grouping key of every candidate: its entity is the set of candidates sharing a key."""
    _relabel_shapes(cands)
    forms.relabel_works(cands)
    relabel_named_things(cands)  # "Walter Reed", "Fact Checker" tagged PERSON (review 22)
    relabel_laws(cands)  # (review 17: "the Jerusalem Embassy Act" ORG coded Israel)
    relabel_competitions(cands)  # ("Davis Cup" PERSON, "Berlin Film Festival" FAC: round 24)
    relabel_teams(cands)  # ("the Thunder" PERSON, "Wild coach" LOC: round 25)
    forms.relabel_religions(cands)
    forms.relabel_publications(cands, lex)
    forms.relabel_regions_tagged_org(cands, lex)  # (before the titled places: "by The Atlantic" is the magazine)
    _relabel_titled_places(cands)
    relabel_settlements(cands)  # ("the city of Sirte" FAC: review 14)
    relabel_persons_as_places(cands, lex)
    relabel_named_after_nationality(cands, lex)
    forms.relabel_demonyms_tagged_places(cands, lex)
    _relabel_spokesmen(cands, lex)
    relabel_from_evidence(cands, lex)  # (review 17: "the weekly Charlie Hebdo", "the carrier Liaoning")
    relabel_given_named_persons(cands, lex)  # ("Sven-Goran Eriksson" ORG beside "Eriksson": round 24)
    by_surname, name_parts = _full_names(cands)
    full_at = {c.start: c for c in cands if c.label == "PERSON" and len(_person_tokens(c.text)) >= 2}
    bare_at: dict[str, list[int]] = defaultdict(list)  # where each one-word name stands bare
    for c in cands:
        if len(toks := _person_tokens(c.text)) == 1:
            bare_at[toks[0].lower()].append(c.start)
    _relabel_arms(cands, name_parts, lex)
    relabel_facilities(cands)  # (review 18: "Turkish Stream", "the Ioannina block")
    _relabel_one_word_places(cands, name_parts, lex)
    forms.relabel_places_before_their_people(cands, lex, name_parts)
    _relabel_org_places(cands, lex)
    relabel_unplaced_orgs(cands, lex)  # ("Alibaba" GPE and ORG: round 25)
    placed = {norm_name(c.text).lower() for c in cands if c.label in ("GPE", "LOC") and _locative(c.span)}
    for c in cands:
        n = norm_name(c.text)
        if _key_as_outlet(c, n, lex, by_surname) or key_namesake_body(c, n):  # ("Emirates" the airline: round 25)
            continue
        if not (_key_as_body_or_country(c, n, lex, name_parts, by_surname, placed)
                or _key_as_person(c, n, by_surname, full_at, bare_at)):
            _key_other(c, n, lex)
    forms.key_country_epithets(cands, lex)
    forms.key_state_abbreviations(cands)
    key_us_places(cands)  # (review 19: "Westminster, California" no GBR body, "Rep. X of Georgia" the state)
    _vote_one_word_types(cands, lex)
    _join_short_org_forms(cands, lex)
    _join_outlet_short_forms(cands, lex)
    _merge_acronyms(cands, lex)
    forms.join_country_prefixed_orgs(cands, lex)
    join_state_groups(cands)
    join_possessed_orgs(cands)  # (review 18: "Johnson's Conservative Party" and "the Conservative Party")
    join_short_forms(cands, lex)  # (review 18: "the Mediterranean" and "the Mediterranean Sea")
    join_department_tails(cands)  # (round 24: "Homeland Security" and "the Department of Homeland Security")
    split_owned_bodies(cands, lex)  # (round 25: "Russia's Defense Ministry" and "Ukraine's Defense Ministry")


_LOCATIVE = frozenset({"in", "at", "from", "near", "to", "across", "outside", "inside", "around", "into",
                       "toward", "towards", "through", "via", "throughout", "within", "of"})


def _locative(span: Span) -> bool:
    """A place reading is likely: the name is governed by a locative preposition ("in Washington")."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in _LOCATIVE


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in {"of", "the", "and", "for", "&"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


# a company's legal suffix, left out of the initials its acronym may be ("Pacific Gas & Electric Co." is PG&E)
_CORPORATE_SUFFIXES = frozenset({"co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc",
                                  "company", "corporation"})
# a country's abbreviation before a body's name, left out of the initials its acronym may be ("U.S. Customs and
# Border Protection" is CBP)
_COUNTRY_PREFIXES = frozenset({"u.s.", "us", "u.k.", "uk", "u.n.", "un", "eu", "e.u."})


def _acronym_forms(name: str, lex: Lexicon) -> list[str]:
    """The initials a long name's acronym may also spell, beside those of all its words: without a legal suffix
    and without a country's prefix (its abbreviation or name: "U.S. Customs and Border Protection", "Pacific Gas & Electric
    Co."; round 24 start review)."""
    words = name.split()
    forms: list[str] = []
    if words and words[-1].lower() in _CORPORATE_SUFFIXES and len(words) >= 3:
        words = words[:-1]
        forms.append(_initials(" ".join(words)))
    if words and len(words) >= 3 and (words[0].lower() in _COUNTRY_PREFIXES or lex.country_of(words[0])):
        forms.append(_initials(" ".join(words[1:])))
    return [f for f in forms if len(f) >= 2 and f != _initials(name)]


def _merge_acronyms(cands: list[_Cand], lex: Lexicon) -> None:
    """"Islamic Revolutionary Guard Corps" and "IRGC" in one article are one organization; so are "PG&E" and
    "Pacific Gas & Electric Co.", "CBP" and "U.S. Customs and Border Protection" (an acronym's "&" or dots are
    no letters of it). A shortened form that two long names share joins neither."""
    longs: dict[str, tuple[str, str]] = {}
    shortened: dict[str, set[tuple[str, str]]] = defaultdict(set)
    _long_forms_tagged_norp(cands, lex)
    for c in cands:
        if c.label == "ORG" and c.key and len(c.text.split()) >= 2:
            ini = _initials(norm_name(c.text))
            if len(ini) >= 2:
                longs.setdefault(ini, c.key)
                # "Iran's Revolutionary Guard Corps" and "IRGC": the acronym's first letter is the state's
                owner = possessive_state(c.span, lex)
                if owner:
                    longs.setdefault(owner[0].upper() + ini, c.key)
            for f in _acronym_forms(norm_name(c.text), lex):
                shortened[f].add(c.key)
    for f, keys in shortened.items():
        if len(keys) == 1 and f not in longs:
            longs[f] = next(iter(keys))
    for c in cands:
        n = norm_name(c.text)
        letters = re.sub(r"[&.]", "", n)
        if c.label == "ORG" and n.isupper() and " " not in n and letters.isalpha() and letters in longs \
                and c.key != longs[letters]:
            c.key = longs[letters]


def _long_forms_tagged_norp(cands: list[_Cand], lex: Lexicon) -> None:
    """"the Iranian Revolutionary Guard Corps" tagged NORP beside "IRGC": the acronym in the same report says the
    long form is the organization, not a people."""
    acronyms = {norm_name(c.text) for c in cands if c.label == "ORG" and norm_name(c.text).isupper()}
    for c in cands:
        n = norm_name(c.text)
        if c.label == "NORP" and len(n.split()) >= 3 and _initials(n) in acronyms:
            c.label, c.key, c.country = "ORG", ("ORG", n.lower()), lex.demonym_of(n.split()[0]) or c.country
