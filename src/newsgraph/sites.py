"""Where a figure is told, finer than its key's country: a site of an event or a place inside a country.

A series key names a country at most (``deaths:-:BEL``); a report often tells a figure of one site of the event
("at Zaventem Airport, where 11 people were killed", "the number of dead at the train station at 20", "11
patients remain at the hospital") or of one place inside the country ("in a Damascus suburb", "in East
Jerusalem"). Such a figure is a part of the country's figure, or of another place, and two reports' figures of
it are one quantity only when they name the same site. :func:`site_of` reads the site from the text alone, so
that the extractor and the knowledge base (records of any version, rebuilt without NLP) read it the same way.

The reading, over the figure's clause (the words between the nearest clause boundaries: a sentence end, a
comma, a semicolon, a colon, a dash, a parenthesis; a clause opened by "where" reaches back to the clause
before it, whose place it relates to; a short apposition after the figure's phrase is stepped over when a
site's preposition follows it: "a dozen settlements, home to about 200,000 Jews, in East Jerusalem"):

- a *facility*: a preposition of data/measure_sites.tsv ("at", "in", "near") before up to three words and a
  facility head ("at the metro station", "at Zaventem Airport", "in the hospital");
- an *area*: the same with an area head ("in a Damascus suburb", "in the province"), or a capitalized name after
  the preposition (past an adjective of data/measure_sites.tsv's area_adjective row: "in the occupied West
  Bank") that is no country, demonym, body, organization, news outlet, possessor ("in Guzmán's home state"),
  month, weekday, named day or wide region ("in East Jerusalem", "outside Damascus");
- *areas*: two names coordinated by "and" after the preposition, one of them an area ("in the occupied West Bank
  and East Jerusalem", "in Aleppo and Homs"): the figure is told of both at once, a total that holds the figure
  of either (``Site("areas", "east jerusalem|west bank")``, the folded names sorted).

A figure of a clause opened by a participle (data/measure_sites.tsv's participle row: "a rocket hit a building in
Rishon LeZion, just south of Tel Aviv, wounding one person") that names no site is told at the site of its
sentence's clauses before it, after "in" or "at" only ("outside Damascus, killing 1,400" is a vicinity). A
territory the lexicon gives a country's code (the territory row: "at West Bank protest") is an area.

Of several sites in the clause the one nearest the figure is taken. Names are compared folded: lower case,
without a leading article or possessor, the head in the singular ("the Damascus suburbs" = "a Damascus suburb").
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import hedge_bounds, load_lexicon, outlet_of, read_tsv

__all__ = ["Site", "site_of", "clause_bounds", "area_name"]


class Site(NamedTuple):
    kind: str  # facility | area | areas (two places coordinated: "in the West Bank and East Jerusalem")
    name: str  # folded: "zaventem airport", "damascus suburb", "east jerusalem"; areas: "east jerusalem|west bank"


# a sentence ends at a stop after a word of two letters or more ("U.S. troops" goes on)
_BOUND = re.compile(r"(?<!\b[A-Z])[.!?][\"”’)]*\s+|[;:]\s|,\s|\s[-–—]+\s|[()]|\n")
_WHERE = re.compile(r"\s*(?:where|wherein)\b", re.I)
# words that end the words before a head: a site is a noun phrase, not a clause ("in the attack on the station")
_STOP = frozenset("of on for to by with from into onto and or but that which who whom whose after before during "
                  "than as was were is are be been had has have said says attack attacks the a an".split())
_ARTICLES = frozenset("the a an its their his her one two three several both".split())
_TIME_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name))
_DAY_NAMES = frozenset({"day", "eve"})  # named days: "Bastille Day", "Christmas Eve"
_WINDOW = 400  # characters scanned back for a clause boundary


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    rows = {r[0]: frozenset(w.strip() for w in r[1].split("|") if w.strip()) for r in read_tsv("measure_sites.tsv")}
    kinds = ("facility", "area", "prep", "not_site", "area_adjective", "territory", "participle")
    return {k: rows.get(k, frozenset()) for k in kinds}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    tab = _table()
    preps = "|".join(sorted(tab["prep"]))
    heads = "|".join(sorted(tab["facility"] | tab["area"], key=len, reverse=True))
    head = re.compile(rf"\b(?i:{preps})\s+((?:[\w'’.-]+\s+){{0,4}}?)(?i:({heads})(?:e?s)?)\b")
    # a name's words may hold stops ("U.S."), so that an abbreviated country is read whole and left out
    adjs = "|".join(sorted(tab["area_adjective"]))
    named = re.compile(rf"\b((?i:{preps}))\s+(?:the\s+)?(?:(?:{adjs})\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
    head_after = re.compile(rf"\s+(?i:({heads})(?:e?s)?)\b")
    return head, named, head_after


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters of the clause around ``text[start:end]`` (see the module docstring)."""
    lo = max(0, start - _WINDOW)
    cuts = [m.end() for m in _BOUND.finditer(text, lo, start)]
    left = cuts[-1] if cuts else lo
    if _WHERE.match(text, left):
        left = cuts[-2] if len(cuts) > 1 else lo  # "at Zaventem Airport, where 11 people were killed": the place the relative is about
    nxt = _BOUND.search(text, end)
    return left, nxt.start() if nxt else len(text)


def _fold(words: list[str]) -> str:
    words = [w.lower() for w in words]
    owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
    if owners and owners[-1] < len(words) - 1:
        words = words[owners[-1] + 1:]  # "the city's largest hospital": the hospital, whoever's it is
    words = [w.strip("’'.") for w in words]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    tab = _table()
    if words:
        last = words[-1]
        for cut in ("es", "s"):
            if last.endswith(cut) and last[: -len(cut)] in tab["facility"] | tab["area"]:
                words[-1] = last[: -len(cut)]
                break
    return " ".join(words)


def _noun_phrase(words: list[str]) -> bool:
    """The words before a head make one noun phrase: an article first at most, no word of a clause, but "and"
    or "of" inside a name ("Brigham and Women's Hospital")."""
    for i, w in enumerate(words):
        low = w.lower()
        if low in _ARTICLES:
            if i:
                return False
        elif low in _STOP:
            inside = low in ("and", "of") and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
                and words[i + 1][:1].isupper()
            if not inside:
                return False
    return True


def _headed(text: str, a: int, b: int) -> list[tuple[int, Site]]:
    head, _, head_after = _patterns()
    tab = _table()
    out = []
    for m in head.finditer(text, a, b):
        before = m.group(1).split()
        if not _noun_phrase(before):
            continue
        heads = [m.group(2)]
        more = head_after.match(text, m.end())
        while more and more.end() <= b:  # a compound head: "Harbor Airport", "Air Base", "metro station"
            heads.append(more.group(1))
            more = head_after.match(text, more.end())
        kind = "facility" if heads[-1].lower() in tab["facility"] else "area"
        out.append((m.start(), Site(kind, _fold([*before, *heads]))))
    return out


@lru_cache(maxsize=1)
def _wide_names() -> frozenset[str]:
    """data/measure_sites.tsv's not_site row and the regions of data/place_regions.tsv that lie in no one
    country ("Middle East", "Kashmir"), folded."""
    rows = {r[0] for r in read_tsv("place_regions.tsv") if len(r) > 2 and r[2] == "-"}
    return frozenset(_fold(n.split()) for n in rows | _table()["not_site"])


def _wide(name: str) -> bool:
    return _fold(name.split()) in _wide_names()


def _area_name(name: str, *, countries: bool = False) -> bool:
    """A capitalized name after a site's preposition names a place inside a country (see the module docstring);
    ``countries``: or a country or territory (the other name of a coordinated pair may be one)."""
    lex = load_lexicon()
    words = name.split()
    if {w.lower() for w in words} & _TIME_WORDS or words[-1].lower() in _DAY_NAMES:
        return False
    if lex.demonym_of(name) or lex.demonym_of(words[0]) or lex.body_of(name) or lex.org_of(name) or outlet_of(name):
        return False
    if name in _table()["territory"]:
        return True  # "at West Bank protest": a territory inside its key's country, not the country
    return countries or not (_wide(name) or lex.country_of(name) or lex.country_of(words[0]))


_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_AND_NAME = re.compile(rf"\s+and\s+(?:the\s+)?({_NAME})")


def _named(text: str, a: int, b: int) -> list[tuple[int, Site]]:
    _, named, _ = _patterns()
    out = []
    for m in named.finditer(text, a, b):
        if re.search(r"[’']s$", m.group(2)):
            continue  # a possessor ("in Guzmán's home state"): the place is the phrase it owns, if any
        name = m.group(2).rstrip(".")
        words = name.split()
        if not words or f"{m.group(1)} {words[0]}".lower() in hedge_bounds():
            continue  # "At Least 6 Americans" in a title
        more = _AND_NAME.match(text, m.end())
        if more and more.end() <= b and not re.search(r"[’']s$", more.group(1)):
            # "in the West Bank and East Jerusalem": the figure is told of both places at once, a total that
            # holds the figure of either (newsgraph.kb.conflicts); one of them must be a place inside a country
            names = sorted({_fold(n.rstrip(".").split()) for n in (name, more.group(1))})
            pair = (name, more.group(1).rstrip("."))
            if len(names) == 2 and any(map(_area_name, pair)) and all(_area_name(n, countries=True) for n in pair):
                out.append((m.start(), Site("areas", "|".join(names))))
                continue
        if _area_name(name):
            out.append((m.start(), Site("area", _fold(words))))
    return out


_APPOSITION = re.compile(r",\s+((?:[^,;:()\n]|,(?=\d)){1,80}?),\s+(?=(\w+)\s)")  # "20,000" holds a comma


def _past_apposition(text: str, b: int) -> int:
    """The clause's end once a short apposition after the figure's phrase is stepped over, when a site's
    preposition follows it ("a dozen settlements, home to about 200,000 Jews, in East Lakeside"); else ``b``."""
    m = _APPOSITION.match(text, b)
    if m is None or len(m.group(1).split()) > 6 or m.group(2).lower() not in _table()["prep"]:
        return b
    nxt = _BOUND.search(text, m.end())
    return nxt.start() if nxt else len(text)


def site_of(text: str, start: int, end: int) -> Site | None:
    """The site the figure at ``text[start:end]`` is told at, nearest in its clause; None when it names none."""
    a, b = clause_bounds(text, start, end)
    b = _past_apposition(text, b)
    found = _sites_in(text, a, b)
    if not found and _participle().match(text, a):
        # "hit a building in Rishon LeZion, just south of Tel Aviv, wounding one person": the participle's figure
        # is told at its sentence's site, read over the clauses before it (the one nearest the figure)
        stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, a - _WINDOW), a)]
        # only a place it happened in or at: "gassed its people outside Damascus, killing 1,400" tells a vicinity
        # loosely, the same attack as one "in the Damascus suburbs"
        found = [(pos, s) for pos, s in _sites_in(text, stops[-1] if stops else max(0, a - _WINDOW), a)
                 if _IN_AT.match(text, pos)]
    if not found:
        return None
    return min(found, key=lambda x: abs(x[0] - start))[1]


def _sites_in(text: str, a: int, b: int) -> list[tuple[int, Site]]:
    found = _headed(text, a, b)
    taken = {pos for pos, _ in found}
    return found + [(pos, s) for pos, s in _named(text, a, b) if pos not in taken]


_IN_AT = re.compile(r"(?i:in|at)\s")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’)]*\s+|\n")


@lru_cache(maxsize=1)
def _participle() -> re.Pattern[str]:  # noqa: N802 (a compiled constant, built once from the data file)
    words = sorted(_table()["participle"], key=len, reverse=True)
    return re.compile(r"\s*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def area_name(name: str) -> bool:
    """A capitalized name is a place inside a country (see the module docstring), folded names compared."""
    return _area_name(name)
