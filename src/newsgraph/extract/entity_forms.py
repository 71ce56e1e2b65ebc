"""Review 12's repairs: a thing NER typed by the form its name takes in one sentence, not by what it is.

Each rule is one class seen in unseen reports and decided from the lexicons, never from one name: a region that
news names often (data/place_regions.tsv) tagged as an organization ("reabsorbed Crimea" ORG beside "in
Crimea" GPE: two entities of one peninsula); a nationality tagged as a place ("a Ukrainian airliner" GPE); a
state's epithet written for the state ("the Islamic Republic", data/country_epithets.tsv), which is the state
the report names; a work, a religion or a publication typed as a person or a place (data/entity_works.tsv,
data/entity_religions.tsv, a publication's noun beside the name); a place typed as a person before its people
("Manisa members of parliament"); and names split or joined wrongly: a state's AP abbreviation ("R-Fla."), an
organization's short form ("Border Patrol" after "the U.S. Border Patrol"), a head's surname before a national body
("the Trump White House"), a family name cut off at its particle ("Karl-Theodor" + "zu Guttenberg").
:func:`newsgraph.extract.entities.extract_entities` runs them.
"""

from __future__ import annotations

from functools import lru_cache

from ..actors import executive_heads
from ..lexicon import Lexicon, city_districts, norm_name, read_tsv
from ..name_words import is_given_name
from ..names import PARTICLES
from ._doc import doc_words
from .entity_base import _Cand, _is_lexicon_name
from .places import well_known_place
from .places.gazetteer import load_gazetteer

__all__ = ["join_country_prefixed_orgs", "join_particle_pieces", "key_country_epithets", "key_state_abbreviations",
           "relabel_demonyms_tagged_places", "relabel_places_before_their_people", "relabel_publications",
           "relabel_regions_tagged_org", "relabel_religions", "relabel_works", "split_head_from_body"]


@lru_cache(maxsize=1)
def _regions() -> dict[str, bool]:
    """Names and alternate names of data/place_regions.tsv ("Crimea", "Kashmir", "the Sahel") -> whether the region
    lies in one state (an ISO3 code in its row)."""
    return {n: r[2] != "-" for r in read_tsv("place_regions.tsv") for n in [r[0], *(r[5].split("|") if len(r) > 5 else [])]
            if n}


def relabel_regions_tagged_org(cands: list[_Cand], lex: Lexicon) -> None:
    """A region news names often (data/place_regions.tsv) tagged ORG is the region: no organization is named
    "Crimea" or "Kashmir", and NER's flip must not make a second entity beside the place. A lexicon name the
    table also lists ("European Union") keeps the lexicon's type."""
    regions = _regions()
    for c in cands:
        n = norm_name(c.text)
        if c.label == "ORG" and n in regions and not _is_lexicon_name(n, lex) and lex.outlet_of(n) is None:
            c.label = "GPE" if regions[n] else "LOC"  # a region inside a state (Crimea) or across states (the Caucasus)


def relabel_demonyms_tagged_places(cands: list[_Cand], lex: Lexicon) -> None:
    """A nationality tagged GPE/LOC ("a Ukrainian airliner", "the Iranian side") is the nationality (NORP), as the
    other mentions of the word are: a place is never named by its adjective. A word that is a country's name too
    keeps the place's type."""
    for c in cands:
        n = norm_name(c.text)
        if c.label in ("GPE", "LOC") and " " not in n and lex.demonym_of(n) and not lex.country_of(n):
            c.label = "NORP"


@lru_cache(maxsize=1)
def _epithets() -> dict[str, tuple[str, ...]]:
    """A state's epithet (data/country_epithets.tsv) -> the ISO3 codes of the states it may name."""
    return {r[0]: tuple(r[1].split("|")) for r in read_tsv("country_epithets.tsv")}


def key_country_epithets(cands: list[_Cand], lex: Lexicon) -> None:
    """"the Islamic Republic" written for a state the report names ("Iran ... in the Islamic Republic") is that
    state's entity. Only a state the report names by its own name elsewhere, and only one of those the epithet
    may name: none or several leave the epithet as it was (an empty country beats a wrong one)."""
    named = {c.key[1] for c in cands if c.key is not None and c.key[0] == "COUNTRY"}
    for c in cands:
        isos = _epithets().get(norm_name(c.text))
        if not isos or c.label not in ("GPE", "LOC", "ORG") or (c.key is not None and c.key[0] == "COUNTRY"):
            continue
        found = [iso for iso in isos if iso in named]
        if len(found) == 1:
            iso = found[0]
            c.label, c.key, c.country, c.canonical = "GPE", ("COUNTRY", iso), iso, lex.name_of_country(iso)


def join_particle_pieces(cands: list[_Cand]) -> list[_Cand]:
    """Two PERSON spans one space apart whose second opens with a lower-case particle (names.PARTICLES:
    "Karl-Theodor" + "zu Guttenberg") are one name: the family name does not stand apart from its given name."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label == c.label == "PERSON" and c.span.start == prev.span.end \
                and c.span[0].text in PARTICLES and c.span.doc[prev.span.end - 1].whitespace_ == " ":
            sp = c.span.doc[prev.span.start : c.span.end]
            out[-1] = _Cand(prev.start, c.end, sp.text, "PERSON", sp)
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _works() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("entity_works.tsv"))


def relabel_works(cands: list[_Cand]) -> None:
    """A well-known work whose title reads like a person's or a place's name (data/entity_works.tsv: "Citizen
    Kane", "Animal Farm") is the work, whatever NER said: no person is named "Citizen Kane"."""
    works = _works()
    for c in cands:
        if c.label != "WORK_OF_ART" and norm_name(c.text) in works:
            c.label = "WORK_OF_ART"


def split_head_from_body(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """"the Trump White House", "the Obama Pentagon" tagged as one organization or person: a head's surname before a
    national body of the lexicon names the body in his time, one entity with the body's other mentions, and the
    surname a mention of its own. Only a surname of
    a person the report names in full or of a reference head of state or government (data/executive_heads.tsv)."""
    surnames = {c.text.split()[-1] for c in cands if c.label == "PERSON" and " " in c.text.strip()}
    out: list[_Cand] = []
    for c in cands:
        sp = c.span
        if c.label in ("ORG", "PERSON") and len(sp) >= 3 and sp[0].is_title and lex.body_of(sp[1:].text) \
                and (sp[0].text in surnames or executive_heads(sp[0].text)):
            head, body = sp[:1], sp[1:]  # the surname stays a mention: the identity rules give it to the head
            out.append(_Cand(head.start_char, head.end_char, head.text, "PERSON", head))
            out.append(_Cand(body.start_char, body.end_char, body.text, "ORG", body))
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _paper_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a publication (data/entity_kind_nouns.tsv, column 3): those that stand right before its name
    or after it with "the", and those that stand after it ("daily", "weekly" only there)."""
    rows = [r for r in read_tsv("entity_kind_nouns.tsv") if len(r) > 2]
    both = frozenset(r[0] for r in rows if r[2] == "both")
    return both, both | {r[0] for r in rows if r[2] == "after"}


def relabel_publications(cands: list[_Cand], lex: Lexicon) -> None:
    """A name right after a publication's noun ("newspaper The Telegraph", "daily newspaper, Yedioth Ahronoth") or
    between "the" and one ("the Charlie Hebdo newspaper") is that publication, an organization, whatever NER said
    (PERSON, GPE, PRODUCT). "a Murdoch newspaper" (no "the") is someone's paper and is left alone."""
    paper_before, paper_after = _paper_nouns()
    for c in cands:
        if c.label == "ORG" or lex.demonym_of(c.text) or lex.country_of(c.text):
            continue  # ("the British newspaper the Guardian": the paper's nationality, not its name)
        sp = c.span
        words = doc_words(sp.doc)  # (a token's lower_ is its text's lower())
        i = sp.start
        while i > 0 and words[i - 1] in (",", "The", "the") and i > sp.start - 2:
            i -= 1
        before = words[i - 1].lower() if i > 0 else ""
        after = words[sp.end].lower() if sp.end < len(words) else ""
        the_before = sp.start > 0 and words[sp.start - 1].lower() == "the"
        if before in paper_before or (after in paper_after and the_before):
            c.label = "ORG"


@lru_cache(maxsize=1)
def _religions() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("entity_religions.tsv"))


def relabel_religions(cands: list[_Cand]) -> None:
    """A religion's name (data/entity_religions.tsv: "Islam", "Christianity") is one NORP entity, as its adherents'
    names are, never an organization or a place ("radical Islam" NORP beside "a version of Islam" ORG)."""
    for c in cands:
        if norm_name(c.text) in _religions():
            c.label = "NORP"


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """An AP abbreviation of a US state (data/us_state_abbrev.tsv: "Fla.") -> the state's name ("Florida"); not
    "D.C.", which names a city with "Washington" before it."""
    import pycountry

    out: dict[str, str] = {}
    for row in read_tsv("us_state_abbrev.tsv"):
        sub = pycountry.subdivisions.get(code=f"US-{row[0]}") if row[0] != "DC" else None
        if sub is None or len(row) < 2:
            continue
        for ab in row[1].split("|"):
            out[ab] = sub.name
    return out


def key_state_abbreviations(cands: list[_Cand]) -> None:
    """A US state's abbreviation after a party letter, a comma or an opening bracket ("R-Fla.", "Portland, Me.",
    "Cambridge (Mass.)") tagged GPE is the state, one entity with "Florida" written in full, not a second place; a
    district that is its city ("D.C.", "Washington, D.C.") is the city, one entity with "Washington"."""
    for c in cands:
        city = city_districts().get(c.text)
        if city and c.label in ("GPE", "LOC", "FAC"):  # "D.C.", "Washington, D.C.": the city itself
            c.label, c.key, c.canonical = "GPE", ("GPE", city.lower()), city
            continue
        name = _state_abbreviations().get(c.text)
        if not name:
            continue
        prev = doc_words(c.span.doc)[c.span.start - 1] if c.span.start > 0 else ""
        if c.label in ("GPE", "LOC") and prev in ("-", ",", "("):
            c.label, c.key, c.canonical = "GPE", ("GPE", name.lower()), name


def join_country_prefixed_orgs(cands: list[_Cand], lex: Lexicon) -> None:
    """"the U.S. Border Patrol" and "Border Patrol" in one report are one organization: a name that is another
    organization's name after a country or a nationality ("U.S.", "Iraqi") joins it, when only one such longer name
    is in the report. A law's too ("the U.S. Constitution" and "the Constitution", review 18)."""
    longer: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for c in cands:
        words = norm_name(c.text).split()
        if c.label not in ("ORG", "LAW") or c.key is None or len(words) < 2:
            continue
        for k in (1, 2):
            head = " ".join(words[:k])
            if len(words) > k and (lex.country_of(head) or lex.demonym_of(head)):
                longer.setdefault((" ".join(words[k:]), c.label), set()).add(c.key)
    for c in cands:
        keys = longer.get((norm_name(c.text), c.label))
        if keys and len(keys) == 1 and c.canonical is None and c.key not in keys:
            c.key = next(iter(keys))


# nouns for the people of a place or their representatives: "Manisa members of parliament", "Soma residents"
_PEOPLE_OF = frozenset({"residents", "lawmakers", "legislators", "mps", "members", "officials", "voters", "deputies",
                        "authorities", "citizens", "councillors", "councilors", "villagers", "townspeople"})


def relabel_places_before_their_people(cands: list[_Cand], lex: Lexicon, name_parts: set[str]) -> None:
    """One word tagged PERSON right before a noun for a place's people ("As Manisa members of parliament") is that
    place when it is a well-known one (a division, or a city of 100,000) and no given name or word of a person's
    full name in the report ("Trump supporters" is no such noun; "Lincoln residents" stays a person if the report
    names a Lincoln)."""
    for c in cands:
        sp = c.span
        if c.label != "PERSON" or len(sp) != 1 or sp.end >= len(sp.doc) or sp.doc[sp.end].lower_ not in _PEOPLE_OF:
            continue
        if c.text.lower() in name_parts or is_given_name(c.text) or not well_known_place(load_gazetteer(), c.text):
            continue
        c.label = "GPE"
