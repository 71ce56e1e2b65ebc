"""Places: every place an article names, tied to one point and one country, offline.

``extract_places(doc)`` reads the entities layer (``doc._.newsgraph_entities``): GPE and LOC entities
are the toponyms; NORP entities ("Iraqi forces") and organizations that carry a country ("the
Government of Iraq") are context, never toponyms. Each toponym is resolved against the offline
gazetteer (:mod:`.gazetteer`, GeoNames data from PyPI packages) by :func:`.resolve.resolve`, and the
mentions of one entity make one place. A facility ("Camp Taji") is not a place of its own: when the
place named inside it resolves, the facility entity gets that country.

``resolve_places`` is pure: it returns the places and, apart, the countries it found for entities
(resolved city and division entities, which the entities layer leaves null on purpose, and facilities
named after a place). The component then runs the country backfill as its own step
(:func:`fill_entity_countries`), after the places are stored and before amounts and events, which read
entity countries.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ...clean import is_title_case
from ...lexicon import Lexicon, city_districts, load_lexicon, read_tsv
from ...name_words import is_common_word, is_given_name, is_place_head, place_head_type
from ...names import is_function_word, is_title
from ...record import Place, PlaceMention
from .._doc import (
    UPSTREAM,
    assigns_of,
    content_paragraphs,
    doc_text,
    doc_words,
    ensure_extensions,
    guarded,
    overlap_test,
    require,
    requires_of,
)
from .gazetteer import FEATURES, Gazetteer, load_gazetteer
from .known import AREAS as _AREAS
from .known import LOCATIVE_BEFORE as _LOCATIVE_BEFORE
from .known import well_known as _well_known
from .namesakes import agency_name, idiom_place, little_namesake, person_name_part, persons_entity
from .off_map import names_a_thing, off_the_map
from .persons import in_person_list, person_surname, report_person_word, report_surnames
from .referents import romance_name_part, shortened_village
from .resolve import WEIGHTS, Resolution, Toponym, resolve, resolve_name
from .schools import names_a_school

__all__ = ["extract_places", "resolve_places", "fill_entity_countries", "PlaceResolution", "PlacesComponent",
           "make_places", "TOPONYM_LABELS"]

TOPONYM_LABELS = frozenset({"GPE", "LOC"})
_CONTEXT_LABELS = frozenset({"NORP", "ORG", "FAC", "EVENT", "PERSON"})
# "Portland, Maine" tagged as one GPE: the part after the comma qualifies the part before it.
_QUALIFIED = re.compile(r"^(?P<head>[^,]+),\s+(?P<qual>[A-Z][\w. '’-]*)$")
# A reading matched only through an alternate name of a village is weak evidence that a name is a place
# at all: such a reading of a name that NER tagged as a place is kept only above this score.
_MIN_ALT_LOCALITY_SCORE = 0.6
# NER labels under which spaCy's small model files places now and then ("Athens" ORG, "Sri Lanka" PERSON)
_RELABEL = frozenset({"ORG", "PERSON"})
# (not after one capital and a hyphen: "T-Mobile" names a carrier, not Mobile, Alabama (round 24 start review);
# a party's letter keeps its state, "Ted Cruz, R-Texas", "D-New York")
_CAPITAL_RUN = re.compile(r"(?<![\w.])(?<![A-Z]-(?<![RDI]-))[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?![\w-])")
# names that may hold a place name ("Camp Taji", "the Iraq war", "Baghdad Operations Command")
_INNER_LABELS = frozenset({"FAC", "EVENT", "ORG"})


def _org_heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of what follows a place name inside an organization's name (data/place_org_heads.tsv):
    the capitalized heads ("Washington Post"), and every head in any case ("Fars news agency")."""
    rows = read_tsv("place_org_heads.tsv")
    def alt(heads: list[str]) -> str:
        return "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=len, reverse=True))
    named = alt([h for h, where in rows if where == "name"])
    loose = alt([h for h, where in rows if where == "any"])
    return re.compile(rf"\s+(?:{named})\b"), re.compile(rf"\s+(?:{loose})\b", re.I)


def _title_heads() -> re.Pattern[str]:
    """The lower-case nouns of a publication's work (data/place_org_heads.tsv, where "title")."""
    heads = [h for h, where in read_tsv("place_org_heads.tsv") if where == "title"]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")\b")


_ORG_NAME_AFTER, _ORG_HEAD_AFTER = _org_heads()
_TITLE_HEAD_AFTER = _title_heads()
# a capitalized "The" right before the name, at a sentence's start too ("The Atlantic article noted")
_THE_BEFORE = re.compile(r"(?:^|\W)The $")


# "by The Atlantic", "Peter Beinart, The Atlantic": a capitalized "The" inside a sentence opens a title (a
# magazine's), not the ocean; "the Atlantic" is the ocean
_TITLE_THE = re.compile(r"[\w,)] The $")


def _heads_org(text: str, end: int, tagged: bool) -> bool:
    """True when the place name ending at ``end`` is part of an organization's name: a capitalized head
    after it ("Washington Post"), or, for a name NER did not tag as a place, a lower-case one ("Fars news
    agency"). A tagged place before a lower-case head ("a Hong Kong newspaper") is the organization's place."""
    after = text[end : end + 30]
    return bool(_ORG_NAME_AFTER.match(after) or (not tagged and _ORG_HEAD_AFTER.match(after)))


_NON_PLACES = frozenset(r[0].lower() for r in read_tsv("place_non_places.tsv"))


def _in_name(text: str, start: int, end: int, tagged: bool, gaz: Gazetteer) -> bool:
    """:func:`_heads_org`, or a title's capitalized "The" before the name inside a sentence ("by The
    Atlantic"), unless "The" belongs to the place's own name ("The Hague", "The Gambia"); or a name of
    data/place_non_places.tsv (the Earth, the planets)."""
    name = text[start:end]
    if re.sub(r"^the\s+|['’]s?$", "", name.lower()).strip() in _NON_PLACES or off_the_map(text, name) \
            or names_a_thing(text, start, end) or names_a_school(text, start, end):
        return True  # (round 24: "Jupiter" beside NASA, "Brent" beside crude oil; round 27: "at Harvard and Columbia")
    if agency_name(text, start, end) or idiom_place(text, start, end) or little_namesake(gaz, text, start, end) \
            or (name.endswith(".") and is_title(name) and gaz.admin_context(name) is None):
        return True  # (round 35: "the Fars news agency", "met his Waterloo", "Little Havana"; "Pfc." no Pacific City)
    if titled_name(text, start, end, gaz) or romance_name_part(text, start):
        return True  # (round 32: "the Gare du Nord" is no Nord, Haiti)
    if place_head_type(name) == "FAC" and not gaz.lookup_primary(name):
        return True  # "the South Lawn", "the South Tower": a facility's part, no village's alternate name
    return _heads_org(text, end, tagged)


# "the Atlantic's Jeffrey Goldberg", "the Atlantic's national correspondent": a "the"-name (a sea, a region)
# owns no reporter or writer; a publication of that name does (not "London's Sadiq Khan": no "the" before)
_THE_LOWER_BEFORE = re.compile(r"(?:^|\W)the $")
_POSSESSIVE_AFTER = re.compile(r"['’]s(?=[ \t])")
_GIVEN_SURNAME = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][a-z]")
_ADJECTIVE = re.compile(r"[ \t]+[a-z]+(?=[ \t])")


def _owns_staff(text: str, start: int, end: int) -> bool:
    """The name after a lower-case "the" owns a person (a given name, then a capitalized word) or a
    publication's worker or work (data/place_org_heads.tsv, where "title"; one adjective may come between)."""
    if not _POSSESSIVE_AFTER.match(text, end) or not _THE_LOWER_BEFORE.search(text, max(0, start - 5), start):
        return False
    after = end + 2
    person = _GIVEN_SURNAME.match(text, after)
    if person is not None:
        return is_given_name(person.group(1))
    adj = _ADJECTIVE.match(text, after)
    return bool(_TITLE_HEAD_AFTER.match(text, after) or (adj and _TITLE_HEAD_AFTER.match(text, adj.end())))


def titled_name(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A title's capitalized "The" before the name inside a sentence ("by The Atlantic"), or anywhere with a
    noun of a publication's work after the name ("The Atlantic article"), or a "the"-name that owns a
    person or a publication's worker ("the Atlantic's Jeffrey Goldberg"), unless "The" is the place's own
    ("The Hague") or the name is a country's: a magazine's or a paper's name, not the place."""
    name = text[start:end]
    titled = _TITLE_THE.search(text, max(0, start - 6), start) or (
        _THE_BEFORE.search(text, max(0, start - 5), start) and _TITLE_HEAD_AFTER.match(text, end)) or \
        _owns_staff(text, start, end)
    return bool(titled) and not load_lexicon().country_of(name) and not any(
        gaz.names[i].startswith("The ") or FEATURES[int(gaz.feature[i])] == "country"
        for i in gaz.lookup_primary(name))


# Words around a name that only a person takes (finding: "Sens. Mike Lee (R-Utah) and Paul of Kentucky" put a
# senator in Cabo Verde). Strong ones make any name a person's: a title right before it ("Sen. Paul"), a party
# tag after it ("Paul (R-Ky.)"), a killing or a death of it ("the killing of X", "X's
# funeral"). Weak ones only a name that is also a given name: a plural title earlier in the same list
# ("Sens. Lee and Paul"), and "of <place>" after it ("Paul of Kentucky", the way US reports name senators).
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{1,14}\.?)\s+$")
_PERSON_OF = re.compile(r"\b(?:killing|assassination|murder|execution|death|funeral|widow|arrest|kidnapping|"
                        r"abduction|detention|trial|prosecution|extradition|indictment|pardon)\s+of\s+$", re.I)
# (not "X's killing" or "X's arrest": a state kills and arrests; not "X's death", which opens "death toll")
# Nor "who" after it: a relative clause often hangs on a noun before the place ("an immigrant from southwest
# Russia who had legal residence", "the voters of Wisconsin, Michigan, and Pennsylvania who gave us").
_PERSON_AFTER = re.compile(r"(?:\s*\((?:[RDI]|Ind|Rep|Dem)\.?-[^)]{1,24}\)|['’]s?\s+(?:funeral|widow|"
                           r"wife|husband)\b)")
# a reporter's sign-off opening a sentence (round 32: "Jackson reported from Ho Chi Minh City." had read Jackson,
# Mississippi); not a place inside one ("Ayse Wieting in Istanbul contributed to this report")
_SIGN_OFF_AFTER = re.compile(r"\s+(?:reported\s+from|contributed\s+(?:to\s+this\s+report|reporting))\b")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?]\s*)$")
# (the list holds only names, each with its party tag: "Sens. Mike Lee (R-Utah), Ted Cruz and")
_PLURAL_TITLE_LIST = re.compile(r"\b(?:Sens|Reps|Senators|Representatives|Govs|Drs|Messrs)\.?[ \t]+"
                                r"(?:[A-Z][\w'’.-]*(?:[ \t]*\([^()\n]{1,24}\))?,?[ \t]+){1,8}and[ \t]+$")
_OF_PLACE_AFTER = re.compile(r"\s+of\s+[A-Z]")
# titles that also open places' and things' names or only qualify a title ("Former Yugoslavia", "First Nations",
# "General Santos", "Lady Liberty")
_NOT_TITLES_BEFORE_PLACES = frozenset({"former", "first", "late", "then", "ex", "vice", "lady", "general", "major",
                                       "leader", "director", "chair", "justice", "marshal"})


def _titled(text: str, start: int) -> bool:
    """A person's title right before the name ("Sen. Paul", "Lord Palmerston")."""
    w = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return w is not None and is_title(w.group(1)) and w.group(1).rstrip(".").lower() not in _NOT_TITLES_BEFORE_PLACES


def _titled_entity(text: str, gaz: Gazetteer, ent: dict[str, Any]) -> bool:
    """Round 33: a place-typed entity one of whose mentions bears a person's title ("Lord Palmerston ... as
    Palmerston put it") is that person in every mention, unless a well-known place bears the name."""
    return any(_titled(text, m["start"]) for m in ent["mentions"]) and not _well_known(gaz, ent.get("name") or "")


def _person_cue(doc: Doc, text: str, start: int, end: int, person_like: bool) -> bool:
    """Whether the words around the name at [start, end) make it a person's (see the patterns above);
    ``person_like``: NER typed it PERSON or its first word is a given name, which lets the weak cues count."""
    before = text[max(0, start - 120) : start]
    if _titled(text, start):
        return True
    if _PERSON_OF.search(before[-40:]):
        # the one killed is the name itself, not a name modifying the victims ("the killing of Gaza residents")
        sp = doc.char_span(start, end, alignment_mode="expand")
        if sp is not None and sp.root.dep_ not in {"compound", "poss", "amod", "nmod"} \
                and not text.startswith(("'", "’"), end):
            return True
    after = text[end : end + 40]
    if _PERSON_AFTER.match(after) or (_SIGN_OFF_AFTER.match(after) and _SENTENCE_START.search(before[-3:])):
        return True
    if not (person_like or is_given_name(text[start:end].split()[0] if text[start:end].split() else "")):
        return False
    return bool(_PLURAL_TITLE_LIST.search(before) or _OF_PLACE_AFTER.match(after)
                or in_person_list(doc, load_gazetteer(), text, start, end))  # (round 33: "McCain, Paul and Lee")


def _toponyms(doc: Doc, gaz: Gazetteer) -> tuple[list[Toponym], list[str | None], Counter[str]]:
    """Toponym mentions (with their entity id) and the country votes of the non-place entities."""
    tops: list[Toponym] = []
    owners: list[str | None] = []
    context: Counter[str] = Counter()
    text_all = doc_text(doc)  # Doc.text joins every token on each read: built once per Doc
    surnames = report_surnames(doc._.newsgraph_entities or [])
    # (round 35: "Theresa" of "Theresa May", a person the report names in full or by the surname)
    full_names = {n for e in doc._.newsgraph_entities or [] if e.get("type") == "PERSON"
                  for n in [e.get("name") or "", *e.get("aliases", [])] if n.strip()}
    for ent in doc._.newsgraph_entities or []:
        label = ent.get("type")
        if label in TOPONYM_LABELS and not _titled_entity(text_all, gaz, ent):
            for m in ent["mentions"]:
                text = m["text"]
                q = _QUALIFIED.match(text)
                city = city_districts().get(text) or (
                    q.group("head") if q and city_districts().get(q.group("qual").rstrip(".") + ".") == q.group("head")
                    else None)
                if city:  # "D.C.", "Washington, D.C.": the city, one place (looked up by the city's name)
                    tops.append(Toponym(m["start"], m["end"], city))
                    owners.append(ent["id"])
                    continue
                if q and gaz.admin_context(q.group("qual")) is not None:
                    head_end = m["start"] + q.end("head")
                    tops.append(Toponym(m["start"], head_end, text[: q.end("head")]))
                    owners.append(ent["id"])
                    qs = m["start"] + q.start("qual")
                    tops.append(Toponym(qs, m["end"], text[q.start("qual") :]))
                    owners.append(None)
                    continue
                if not _in_name(text_all, m["start"], m["end"], True, gaz) and not _person_cue(
                        doc, text_all, m["start"], m["end"], False) \
                        and not person_surname(gaz, text_all, m["start"], m["end"]) \
                        and not report_person_word(gaz, text, surnames) \
                        and not person_name_part(gaz, text_all, m["start"], m["end"], full_names):
                    tops.append(Toponym(m["start"], m["end"], text, country=None))
                    owners.append(ent["id"])
        elif label in _RELABEL and _mislabeled_place(doc, text_all, ent, gaz):
            for m in ent["mentions"]:
                if not _in_name(text_all, m["start"], m["end"], False, gaz):
                    tops.append(Toponym(m["start"], m["end"], m["text"]))
                    owners.append(ent["id"])
        elif label in _CONTEXT_LABELS and ent.get("country"):
            context[ent["country"]] += len(ent["mentions"])
    for start, end, text in _unlabeled_places(doc, text_all, gaz):
        tops.append(Toponym(start, end, text))
        owners.append(None)
    order = sorted(range(len(tops)), key=lambda i: tops[i].start)
    return [tops[i] for i in order], [owners[i] for i in order], context


well_known_place = _well_known  # (read by the entity typing: "the East German Stasi" is no well-known place)


def _a_city(gaz: Gazetteer, name: str) -> bool:
    """A city (15,000 people or more) by its own name."""
    return any(FEATURES[int(gaz.feature[i])] == "city" for i in gaz.lookup_primary(name))


def _mislabeled_place(doc: Doc, text_all: str, ent: dict[str, Any], gaz: Gazetteer) -> bool:
    """An ORG or PERSON entity that is a place NER mislabeled ("Athens" as ORG, "Sri Lanka" as PERSON).

    Every mention must be a place's own name; and each must be a well-known place, or stand after a locative
    preposition ("in Alexandria") and be a person's name, a name of several words or a city's (an
    organization of one word that only villages bear is the organization: "in Congress"). A person with a
    role or a country is never taken.
    """
    if ent.get("roles") or (ent.get("type") == "PERSON" and len(ent["mentions"]) > 3):
        return False
    if ent.get("type") == "PERSON" and persons_entity(gaz, text_all, ent.get("name") or "",
                                                      [m["start"] for m in ent["mentions"]]):
        return False  # (round 35: "George Stephanopoulos" named "George", "the President and Nancy")
    for m in ent["mentions"]:
        text = m["text"]
        if not gaz.lookup_primary(text) or person_surname(gaz, text_all, m["start"], m["end"]) or _person_cue(
                doc, text_all, m["start"], m["end"], ent.get("type") == "PERSON") or \
                _sentence_alone(text_all, m["start"], m["end"]) or person_name_part(gaz, text_all, m["start"], m["end"]):
            return False
        before = text_all[max(0, m["start"] - 12) : m["start"]]
        if not (_well_known(gaz, text) or (_LOCATIVE_BEFORE.search(before) and (
                ent.get("type") == "PERSON" or " " in text.strip() or _a_city(gaz, text)))):
            # a one-word organization after "in"/"to" that only a village bears is the organization ("in
            # Congress": Congress, Arizona, 1,975 people); "in Manbij", "to Capitol Hill", "from Whiteman Air
            # Force Base" and a person's name after "in" ("in Alexandria") are places NER took for names
            return False
    return True


_SENTENCE_END = re.compile(r"[.!?…]")


def _sentence_alone(text: str, start: int, end: int) -> bool:
    """A one-word sentence ("... on the Libyan coast? Nada. Zip. Nothing."): an exclamation or an answer, which
    NER calls a name but nothing places; a report names a place inside a sentence (review 14)."""
    head = text[:start].rstrip()
    return (not head or head[-1] in ".!?…\"”") and bool(_SENTENCE_END.match(text, end)) and " " not in text[start:end]


_WORD = re.compile(r"[A-Za-z]+")


def _heading(par: str) -> bool:
    """A heading in title case: every word in lower case is a function word ("No Sense of Pride, Man"); a
    caption or a sentence writes others ("It was hot in Atlanta, Georgia on Sunday")."""
    return is_title_case(par) and not any(w[0].islower() and not is_function_word(w) for w in _WORD.findall(par))


def _unlabeled_places(doc: Doc, text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Well-known places that NER did not tag at all: whole proper-noun runs, outside every entity."""
    taken = overlap_test([(s, e) for s, e, _eid in doc._.newsgraph_mentions or []])
    # a word of a person's name the report gives ("Bolton" of John Bolton, in a caption NER did not tag) is
    # that person, not the town of that name
    named = {w for ent in doc._.newsgraph_entities or [] if ent.get("type") == "PERSON"
             for n in [ent["name"], *ent.get("aliases", [])] for w in n.split()}
    out = []
    starts: dict[int, int] | None = None  # char offset -> token index, built on the first candidate only
    ends: dict[int, int] = {}
    for ps, pe, _kind in content_paragraphs(doc):
        if _heading(text[ps:pe]):
            continue  # a heading's capitals say nothing of names ("No Sense of Pride, Man": round 26)
        for m in _CAPITAL_RUN.finditer(text, ps, pe):
            s, e = m.start(), m.end()
            if not _well_known(gaz, m.group(0)) or taken(s, e) or m.group(0) in named or _sentence_alone(text, s, e) \
                    or _in_name(text, s, e, False, gaz) or person_name_part(gaz, text, s, e):
                continue
            if starts is None:  # doc.char_span walks the whole Doc on every call: index the tokens once,
                # from the offsets array and the kept words (iterating the Doc makes a Token view per token)
                idx = doc.to_array(IDX).tolist()
                starts = {a: i for i, a in enumerate(idx)}
                ends = {a + len(w): i for i, (a, w) in enumerate(zip(idx, doc_words(doc), strict=True))}
            i, j = starts.get(s), ends.get(e)
            if i is None or j is None or not all(doc[k].pos_ == "PROPN" for k in range(i, j + 1)):
                continue
            out.append((s, e, m.group(0)))
    return out


def _inner_place(name: str, gaz: Gazetteer, context: Counter[str], named: frozenset[str], lex: Lexicon,
                 event: bool = False) -> str | None:
    """Country of a place named inside another name ("Camp Taji", "the Iraq war" → IRQ).

    Only a country the article already names elsewhere is accepted. A piece of several words, a well-known
    place or one the article names as a place places the name first, wherever it stands ("Great Wall of
    China" is China's, not "Great"'s). A word that only a town or a village bears is a word of the name more
    often than not ("War" of "World War II" is a village of West Virginia, "Justice" of "International Court
    of Justice" one of Illinois, "Nato" one of the Philippines, "Union" of "Zionist Union" a US city): it
    places the name only in the country the article names most ("Princeton University" in a US report), never
    as the last word of a name of several (its head noun: "Justice", "Agency", "Union", "Summit"), and never
    an event (a war is no one town's). A country's own name or alias ("U.S. Mission") counts as well-known.
    A head word of facilities or forces (data/place_heads.tsv) or a common word alone is no place at all
    ("Air Force One": Forcé is a French village).
    """
    words = [_POSSESSIVE_END.sub("", w) for w in name.split() if w[:1].isupper()]
    pieces = [(n, " ".join(words[i : i + n])) for n in range(min(3, len(words)), 0, -1)
              for i in range(0, len(words) - n + 1)]
    pieces = [(n, piece) for n, piece in pieces
              if n > 1 or not (is_place_head(piece) or is_common_word(piece))]
    found = [(n, piece, hit) for n, piece in pieces if (hit := resolve_name(piece, gaz, context)) is not None]
    for n, piece, hit in found:
        c = gaz.countries[int(gaz.country[hit])]
        if c and context.get(c) and (n > 1 or piece.lower() in named or _well_known(gaz, piece)):
            return c
    for piece in words:
        iso = lex.country_of(piece)
        if iso and context.get(iso):
            return iso
    top = context.most_common(1)[0][0] if context else None
    # (the last word of a name of several is its head, a common noun: "Justice", "Agency", "Union", "Summit")
    for n, piece, hit in ([] if event else found):
        if n == 1 and (len(words) == 1 or piece != words[-1]) and gaz.countries[int(gaz.country[hit])] == top:
            return top
    return None


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _keep(gaz: Gazetteer, tp: Toponym, r: Resolution) -> bool:
    if r.entry is None:
        return False
    if gaz.is_primary(r.entry, tp.text) or FEATURES[int(gaz.feature[r.entry])] in _AREAS:
        return True
    if shortened_village(gaz, r.entry, tp.text):
        return False  # "Longpont" read as Longpont-sur-Orge: another commune as often as not (round 32)
    if FEATURES[int(gaz.feature[r.entry])] == "city" and int(gaz.population[r.entry]) >= WEIGHTS["famous_pop"]:
        return True  # a world city's everyday name is no village's stray alias ("New York" for New York City)
    return r.score >= _MIN_ALT_LOCALITY_SCORE


_GENERIC_WORDS = frozenset(r[0].lower() for r in read_tsv("place_generic_words.tsv") if r)


def _generic_elsewhere(gaz: Gazetteer, tp: Toponym, r: Resolution, context: Counter[str],
                       results: list[Resolution]) -> bool:
    """A division named only by generic words ("Southern District", "Gulf": data/place_generic_words.tsv) in a
    country the report names nowhere else (no entity of it, no other place resolved there): a description read as
    a province abroad ("the Southern District of New York" was Israel's, "the Gulf nations" Papua New Guinea's;
    review 16). Empty beats a wrong country."""
    if r.entry is None or FEATURES[int(gaz.feature[r.entry])] not in ("admin1", "admin2"):
        return False
    words = re.findall(r"[a-z]+", re.sub(r"^the\s+", "", tp.text.lower()))
    if not words or not all(w in _GENERIC_WORDS for w in words):
        return False
    country = gaz.get(r.entry).country
    if not country or context.get(country):
        return False
    return not any(o.entry is not None and o.entry != r.entry and gaz.get(o.entry).country == country
                   for o in results)


@dataclass
class PlaceResolution:
    """What :func:`resolve_places` found: the places, and the countries they give to entities."""

    places: list[Place] = field(default_factory=list)
    entity_countries: dict[str, str] = field(default_factory=dict)  # entity id -> ISO3, for null countries


def extract_places(doc: Doc, gaz: Gazetteer | None = None, lex: Lexicon | None = None) -> list[Place]:
    """The article's places, ids P1, P2... in order of first mention (the Doc is not changed)."""
    return resolve_places(doc, gaz, lex).places


def resolve_places(doc: Doc, gaz: Gazetteer | None = None, lex: Lexicon | None = None) -> PlaceResolution:
    """Places and entity countries, without writing anything on the Doc."""
    gaz = gaz or load_gazetteer()
    lex = lex or load_lexicon()
    tops, owners, context = _toponyms(doc, gaz)
    ents = {e["id"]: e for e in doc._.newsgraph_entities or []}
    for e in ents.values():
        if e.get("type") in TOPONYM_LABELS and e.get("country"):
            context[e["country"]] += len(e["mentions"])
    text_all = doc_text(doc)
    results = resolve(text_all, tops, gaz, context=context) if tops else []

    # one place per gazetteer entry; the entity it resolves is the owner of its first mention
    by_entry: dict[int, list[tuple[Toponym, str | None, Resolution]]] = defaultdict(list)
    for tp, owner, r in zip(tops, owners, results, strict=True):
        if _keep(gaz, tp, r) and not _generic_elsewhere(gaz, tp, r, context, results):
            assert r.entry is not None
            by_entry[r.entry].append((tp, owner, r))
    # an entity's mentions may resolve apart ("Washington" the city, "Washington state"): each reading
    # becomes its own place, and the entity's country is that of its most frequent reading
    ent_votes: dict[str, Counter[str]] = defaultdict(Counter)
    ordered = sorted(by_entry.items(), key=lambda kv: min(t.start for t, _o, _r in kv[1]))
    out = PlaceResolution()
    for n, (entry, hits) in enumerate(ordered, start=1):
        p = gaz.get(entry)
        if p.country:
            for _t, o, _r in hits:
                if o:
                    ent_votes[o][p.country] += 1
        out.places.append(Place(
            id=f"P{n}",
            name=lex.name_of_country(p.country) if p.feature == "country" and p.country else p.name,
            entity=next((o for _t, o, _r in hits if o), None),
            country=p.country,
            admin1=p.admin1 if p.feature not in ("country", "continent", "region") else None,
            lat=p.lat, lon=p.lon, feature=p.feature, geonames_id=p.geonames_id,
            population=p.population or None,
            score=max(r.score for _t, _o, r in hits),
            mentions=[PlaceMention(start=t.start, end=t.end, text=text_all[t.start:t.end]) for t, _o, _r in hits],
        ))
    named = frozenset(m.text.lower() for p in out.places for m in p.mentions)
    out.entity_countries = _entity_countries(ents, ent_votes, gaz, context, named, lex)
    return out


def _entity_countries(ents: Mapping[str, dict[str, Any]], votes: Mapping[str, Counter[str]], gaz: Gazetteer,
                      context: Counter[str], named: frozenset[str], lex: Lexicon) -> dict[str, str]:
    """Countries for entities that have none: a place entity's most frequent reading, else a place
    named inside the entity's name ("Camp Taji"), except for an international organization of the lexicon
    (NATO, the European Union: no one country's)."""
    found: dict[str, str] = {}
    for eid, v in votes.items():
        e = ents.get(eid)
        if e is not None and not e.get("country"):
            found[eid] = v.most_common(1)[0][0]
    for eid, e in ents.items():
        if e.get("type") in _INNER_LABELS and not e.get("country") and eid not in found \
                and not _international(e["name"], lex):
            iso = _inner_place(e["name"], gaz, context, named, lex, event=e.get("type") == "EVENT")
            if iso:
                found[eid] = iso
    return found


def _international(name: str, lex: Lexicon) -> bool:
    org = lex.org_of(name)
    return org is not None and org[1] == "IGO"


def fill_entity_countries(doc: Doc, countries: Mapping[str, str]) -> None:
    """The country backfill step: set the null ``country`` of the entities in ``countries``."""
    if not countries:
        return
    doc._.newsgraph_entities = [
        {**e, "country": countries[e["id"]]} if e["id"] in countries and not e.get("country") else e
        for e in doc._.newsgraph_entities or []
    ]


class PlacesComponent:
    """Stores ``doc._.newsgraph_places``, then fills the null country of entities the places resolve."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer: Gazetteer | None = None
        self.lexicon: Lexicon | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self.gazetteer = load_gazetteer()
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, *UPSTREAM["places"])
        if self.gazetteer is None:
            self.initialize()
        found = guarded(doc, self.name, lambda d: resolve_places(d, self.gazetteer, self.lexicon)) or PlaceResolution()
        doc._.newsgraph_places = [p.model_dump() for p in found.places]
        fill_entity_countries(doc, found.entity_countries)  # its own step, before amounts and events read them
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        # the gazetteer is ~20 MB and rebuilt from the installed packages, so only its identity is saved
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "places.json", {"gazetteer": (self.gazetteer or load_gazetteer()).source})

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> PlacesComponent:
        self.initialize()
        return self


@Language.factory("newsgraph_places", requires=requires_of("places"), assigns=assigns_of("places"))
def make_places(nlp: Language, name: str) -> PlacesComponent:
    ensure_extensions()
    return PlacesComponent(nlp, name)
