"""Reference actors (issue 16 rule 6): a stable key (``BARACK_OBAMA``) and dated CAMEO codes for
well-known people and organizations.

Two data files: ``data/actors_phoenix.tsv``, facts derived from PETRARCH2's Phoenix dictionaries by
``scripts/build_actors.py`` (current to 2014; MIT License, Open Event Data Alliance), and
``data/actors_recent.tsv``, written for this project for actors since 2014 (sources cited per row;
a key in both takes the recent row's names and the codes of both).

A person is looked up by name *structure* (:mod:`newsgraph.names`): the entity's full name must be
the same person as one of the actor's full names, with the same middle initials and suffix, and only
one actor may fit. Bare surnames are never looked up, so a bare "Obama" alias never makes every
Obama Barack; aliases never override the cross-report rules, they only label the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_lexicon, norm_name, read_tsv
from .names import GENERATIONAL, PersonName, fold, given_key, parse_person, same_person

__all__ = ["Actor", "person_actor", "org_actor", "state_actor", "actor_for", "office_holder", "is_actor_surname",
           "company_actor", "well_known_holders", "well_known_active", "well_known_countries", "executive_heads",
           "government_countries"]


@dataclass(frozen=True)
class Actor:
    key: str
    kind: str  # person or org
    names: tuple[str, ...]
    codes: tuple[tuple[str, str | None, str | None], ...]  # (code, from, to), ISO dates or None

    def roles_coded(self) -> list[dict[str, str | None]]:
        return [{"code": c, "from": f, "to": t} for c, f, t in self.codes]

    def country(self, on: str | None = None) -> str | None:
        """ISO3 of the code in force ``on`` a date (else of the latest dated code), when it is a country."""
        names = load_lexicon().country_name
        live = [c for c in self.codes if on and (c[1] or "") <= on <= (c[2] or "9999")]
        ranked = live or sorted(self.codes, key=lambda c: (c[2] or "9999", c[1] or ""), reverse=True)
        for code, _f, _t in ranked:
            if code[:3] in names:
                return code[:3]
        return None


def _codes(field: str) -> tuple[tuple[str, str | None, str | None], ...]:
    out = []
    for part in filter(None, field.split(";")):
        code, fr, to = (part.split(":") + ["", ""])[:3]
        out.append((code, fr or None, to or None))
    return tuple(out)


_ORG_CODES = ("MNC", "NGO", "IGO")  # CAMEO: multinational corporation, non-governmental, intergovernmental


@lru_cache(maxsize=1)
def _table() -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for fname in ("actors_phoenix.tsv", "actors_recent.tsv"):
        for row in read_tsv(fname):
            key, kind, names, codes = row[:4]
            old = actors.get(key)
            got = Actor(key, kind, tuple(names.split("|")), _codes(codes))
            if old is not None and fname == "actors_recent.tsv":
                got = Actor(key, kind, tuple(dict.fromkeys(got.names + old.names)),
                            tuple(dict.fromkeys(old.codes + got.codes)))
            actors[key] = got
    return actors


def _surname_key(name: str) -> str:
    """The folded last word without a particle prefix ("Al-Assad" → "assad"): cheap, no parsing."""
    words = [w for w in name.split() if fold(w).rstrip(",") not in GENERATIONAL]
    last = fold(words[-1]) if words else ""
    head, _, rest = last.partition("-")
    return rest if rest and head in {"al", "el", "bin", "ibn", "abu", "ben"} else last


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, str]]], dict[str, set[str]]]:
    """Persons by surname (names parsed only when looked up) and organizations by name."""
    persons: dict[str, list[tuple[str, str]]] = {}
    orgs: dict[str, set[str]] = {}
    for a in _table().values():
        for n in a.names:
            if a.kind == "person":
                persons.setdefault(_surname_key(n), []).append((n, a.key))
            else:
                orgs.setdefault(norm_name(n).casefold(), set()).add(a.key)
    return persons, orgs


def _org_coded(a: Actor) -> bool:
    """Only corporate, NGO or IGO codes: the Phoenix country files list companies and NGOs among persons
    ("Best Buy Co" MNCUSA, "Doctors Without Borders" NGOHLHMSF), beside IGO officials ("Ban Ki-moon")."""
    return bool(a.codes) and all(c.startswith(_ORG_CODES) for c, _f, _t in a.codes)


@lru_cache(maxsize=1)
def _person_surnames() -> frozenset[str]:
    return frozenset(_surname_key(n) for a in _table().values() if a.kind == "person" and not _org_coded(a)
                     for n in a.names)


def is_actor_surname(word: str) -> bool:
    """Whether a reference person carries this word as a surname ("Obama", "Pelosi"; not "Borders" of
    "Doctors Without Borders" nor "Inc" of a company, listed among persons with only NGO/corporate codes)."""
    return _surname_key(word) in _person_surnames()


@lru_cache(maxsize=1)
def _well_known() -> dict[str, tuple[PersonName, ...]]:
    """Persons of ``data/actors_recent.tsv`` by surname: the few written for this project because news
    names them without introduction (heads of state and government, foreign ministers since 2014), unlike
    the Phoenix files, which list obscure namesakes of most surnames ("Cyril Romney")."""
    out: dict[str, list[PersonName]] = {}
    for row in read_tsv("actors_recent.tsv"):
        if row[1] != "person":
            continue
        for text in row[2].split("|"):
            n = parse_person(text)
            if n is not None and not n.bare:
                out.setdefault(n.surname_core, []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _well_known_codes() -> dict[str, list[tuple[tuple[str, str | None, str | None], ...]]]:
    """Surname → the codes (both reference files merged) of each well-known person carrying it."""
    out: dict[str, list[tuple[tuple[str, str | None, str | None], ...]]] = {}
    for row in read_tsv("actors_recent.tsv"):
        if row[1] == "person":
            for key in {n.surname_core for t in row[2].split("|") if (n := parse_person(t)) and not n.bare}:
                out.setdefault(key, []).append(_table()[row[0]].codes)
    return out


def well_known_active(surname: str, on: str | None) -> bool:
    """Whether a well-known person with this surname (``data/actors_recent.tsv``) holds a code of the reference
    in force on the date ``on`` (an open code counts: Donald Trump's "USAELI", Imran Khan's "PAKELI"); True
    without a date."""
    if not on:
        return bool(_well_known_codes().get(fold(surname)))
    day = on[:10]
    return any((f or "") <= day <= (t or "9999") for codes in _well_known_codes().get(fold(surname), [])
               for _c, f, t in codes)


def well_known_countries(surname: str, on: str) -> frozenset[str]:
    """The countries (a code's first three letters: "PAKELI" -> PAK) of the codes that well-known persons with this
    surname (``data/actors_recent.tsv``) hold on the date ``on``."""
    day = on[:10]
    return frozenset(c[:3] for codes in _well_known_codes().get(fold(surname), []) for c, f, t in codes
                     if (f or "") <= day <= (t or "9999"))


def well_known_holders(surname: str) -> tuple[PersonName, ...]:
    """The names of the well-known persons (``data/actors_recent.tsv``) with this surname ("biden" → Joe
    Biden, Joseph R. Biden...); empty for most surnames."""
    return _well_known().get(fold(surname), ())


@lru_cache(maxsize=4096)
def government_countries(surname: str, heads_only: bool = False) -> frozenset[str]:
    """The countries of the reference persons with this surname who held a government code of their own (the
    bare root, "RWAGOV": not a ministry's "GNQGOVAGR"), at any date: "kagame" → {RWA}; a surname several
    states' ministers carry gives them all. ``heads_only``: only the heads of ``data/executive_heads.tsv``
    ("bush" → {USA}, not a Cayman minister; "mugabe" → {ZWE}; empty for most surnames). Issue 19, round 16."""
    names = load_lexicon().country_name
    keys = {key for _text, key in _index()[0].get(fold(surname), [])}
    if heads_only:
        keys.intersection_update(_head_keys())
    return frozenset(c[:3] for key in keys
                     for c, _f, _t in _table()[key].codes if len(c) == 6 and c[3:] == "GOV" and c[:3] in names)


@lru_cache(maxsize=1)
def _head_keys() -> tuple[str, ...]:
    """The reference keys of ``data/executive_heads.tsv``, read once (``government_countries`` asks per surname)."""
    return tuple(row[0] for row in read_tsv("executive_heads.tsv"))


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[PersonName, ...]]:
    out: dict[str, list[PersonName]] = {}
    table = _table()
    for key in _head_keys():
        for text in table[key].names if key in table else ():
            n = parse_person(text)
            if n is not None and not n.bare:
                out.setdefault(n.surname_core, []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def executive_heads(surname: str) -> tuple[PersonName, ...]:
    """The names of the reference persons who headed a state's or a government's executive
    (``data/executive_heads.tsv``) with this surname ("bush" → George Bush, George H. W. Bush, George
    W. Bush...); empty for most surnames."""
    return _heads().get(fold(surname), ())


_CORPORATE = (" Co", " Inc", " Corp", " Ltd", " LLC", " Plc", " Group")


@lru_cache(maxsize=50_000)
def company_actor(name: str) -> Actor | None:
    """The reference company of this name with a corporate suffix ("Best Buy" → "Best Buy Co", MNCUSA).
    Phoenix lists companies among persons in its country files and as organizations elsewhere: both are read."""
    persons, orgs = _index()
    for suffix in _CORPORATE:
        keys = [key for _text, key in persons.get(_surname_key(name + suffix), [])] + \
            sorted(orgs.get(norm_name(name + suffix).casefold(), ()))
        for key in keys:
            a = _table()[key]
            if _org_coded(a) and any(fold(n) == fold(name + suffix) for n in a.names):
                return a
    return None


def _fits(a: PersonName, b: PersonName) -> bool:
    return same_person(a, b) and a.initials == b.initials and a.suffix == b.suffix \
        and bool(given_key(a.given) & given_key(b.given))


@lru_cache(maxsize=50_000)
def person_actor(name: str) -> Actor | None:
    """The one reference actor whose full name is this person's, or None (bare or ambiguous names)."""
    n = parse_person(name)
    if n is None or n.bare:
        return None
    # the index holds a name under its last word: a family name written first ("Kim Jong Un", "Xi Jinping") is
    # found under that word, and its parsed surname then compared
    idx = _index()[0]
    found = idx.get(n.surname_core, []) + (idx.get(last, []) if (last := _surname_key(name)) != n.surname_core else [])
    keys = {key for text, key in found if (p := parse_person(text)) is not None and not p.bare and _fits(p, n)}
    return _table()[next(iter(keys))] if len(keys) == 1 else None


# the word after these is a father's name ("Mohammed bin Salman": son of Salman), not a surname the son goes by
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def _patronymic(name: str) -> bool:
    """The name's last word follows a patronymic particle ("Mohammed bin Salman", "Rashid Ahmed Bin Fahd")."""
    words = name.split()
    return len(words) > 2 and fold(words[-2]) in _PATRONYMIC


@lru_cache(maxsize=50_000)
def office_holder(surname: str, on: str | None, written: str = "") -> tuple[str, Actor] | None:
    """(full name, actor) of the one reference person with this surname whose *dated* government
    code is in force on the date ``on`` ("Trump" on 2018-05-01 → Donald Trump, USAGOV
    2017-01-20..2021-01-20); None without a date, with no such actor, or with several (then the
    surname alone cannot tell). A father's name after "bin" is no surname: a bare "Salman" (``written``
    without the particle) is never Mohammed bin Salman, his son, nor "King Fahd" a Rashid Ahmed Bin Fahd."""
    if not on:
        return None
    day = on[:10]
    found: dict[str, str] = {}
    bare = "-" not in written and " " not in written.strip()
    for text, key in _index()[0].get(fold(surname), []):
        if bare and _patronymic(text):
            continue
        a = _table()[key]
        if any("GOV" in c and (f or t) and (f or "") <= day <= (t or "9999") for c, f, t in a.codes):
            found.setdefault(key, a.names[0])
    if len(found) != 1:
        return None
    key, name = next(iter(found.items()))
    return name, _table()[key]


@lru_cache(maxsize=50_000)
def org_actor(name: str) -> Actor | None:
    """The one actor named like this organization; the lexicon's canonical name first, so that "UN",
    "U.N." and "the United Nations" are all ``UNITED_NATIONS``."""
    known = load_lexicon().org_of(name)
    for n in dict.fromkeys(([known[0]] if known else []) + [name]):
        keys = _index()[1].get(norm_name(n).casefold(), set())
        if len(keys) == 1:
            return _table()[next(iter(keys))]
    return None


_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:government\s+of\s+(?P<a>.+)|(?P<b>.+?)(?:['’]s)?\s+government)$", re.I)


def state_actor(name: str, etype: str, country: str | None = None) -> Actor | None:
    """Countries, their governments and national bodies, keyed and coded from the lexicon:
    "Iraq" → IRQ, "the Government of Iraq" → IRQ_GOV (IRQGOV), "the Pentagon" → USA_MIL (USAMIL)."""
    lex = load_lexicon()
    if etype == "GPE":
        iso = lex.country_of(name)
        if not iso or (country and country != iso):  # "Georgia" USA is the state, not GEO
            return None
        return Actor(f"{iso}", "country", (name,), ((iso, None, None),))
    body = lex.body_of(name)
    if body and len(body[2]) == 3:
        return Actor(f"{body[0]}_{body[2]}", "org", (name,), ((body[0] + body[2], None, None),))
    m = _GOVERNMENT.match(norm_name(name))
    if m:
        iso = lex.country_of(m.group("a") or m.group("b")) or lex.demonym_of(m.group("a") or m.group("b"))
        if iso:
            return Actor(f"{iso}_GOV", "org", (name,), ((iso + "GOV", None, None),))
    return None


def actor_for(name: str, etype: str, country: str | None = None) -> Actor | None:
    """The reference actor of an entity's name: persons by name structure, organizations by name,
    countries, governments and national bodies from the lexicon."""
    if etype == "PERSON":
        return person_actor(name)
    if etype in {"ORG", "NORP", "GPE", "FAC"}:
        return state_actor(name, etype, country) or org_actor(name)
    return None
