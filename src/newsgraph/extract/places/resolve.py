"""Toponym resolution: each place name in an article to one gazetteer entry.

Pure functions over text offsets (no spaCy): ``resolve(text, toponyms, gazetteer)``. Every candidate
entry of a name gets a score from

* what it is: a country or continent before a first-level division before a county before a town, and
  within a kind the more populous (log scale); a national capital before a same-named division;
* the name itself: the entry's own name beats an alternate name;
* a qualifier right after the name ("Portland, Maine", "Paris, Texas", "Salem, Ore."): the candidate
  inside the named division or country wins;
* cues around the name: "Washington state", "the state of Georgia", "New York City";
* the story: the countries and divisions the article's other places fall in (voted by every other
  toponym, each vote its resolution's margin), national adjectives ("Iraqi forces") and country names in
  the text, and nearness to the other places;
* politics: an article on a country's government or politics makes that country's capital the reading of
  a name shared with a division ("Washington" in a report on US politics is the capital).

Weights were set by hand on LGL (the tuning split; see BENCHMARKS.md); TR-News was not used to set them.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...lexicon import load_lexicon
from .country_lists import countries_in_lists
from .famous import qualifiable
from .gazetteer import FEATURE_INDEX, FEATURES, FLAG_CAPITAL, TOWN_FEATURES, Gazetteer, distances_km, name_key
from .referents import country_namesakes, listed_division, minor_readings, qualifying_names
from .spread import WIDE_NAMESAKES, wide_story
from .states import city_words, held_namesakes, own_city

__all__ = ["Toponym", "Resolution", "resolve", "resolve_name", "text_context", "WEIGHTS"]

_FIDX = FEATURE_INDEX

#: Feature priors, in log10-population units (a country is worth as much as 10^7 more inhabitants).
WEIGHTS: dict[str, float] = {
    "continent": 9.0,
    "country": 3.5,
    "admin1": 2.5,
    "admin2": 2.0,
    "city": 0.5,
    "locality": 0.0,
    "landmark": 0.0,
    "region": 8.0,
    "pop": 1.0,  # per log10 of the population
    "primary": 3.0,  # the entry's own name, not an alternate one
    "exact": 12.0,  # what a demonym or a state abbreviation denotes ("Iraqi" → Iraq, "Ore." → Oregon)
    "capital": 2.0,  # a national capital
    "capital_over_admin1": 6.0,  # "Washington" without "state": the capital, not the state
    "seat_over_admin1": 4.0,  # a city named like its own (non-US) province, over the province
    "qualifier": 20.0,  # inside the division or country named after the comma
    "cue": 6.0,  # "state of", "City", "County"
    "story_country": 8.0,  # times the share of the article's place votes for the candidate's country
    "story_admin1": 5.0,  # times the share for its first-level division
    "near": 2.0,  # another place of the article, as read in the previous pass, within NEAR_KM
    "co_near": 0.75,  # per other name (up to 3) with a candidate reading within NEAR_KM
    "plausible_gap": 6.0,  # candidates scoring this far below their name's best take no part in coherence
    "co_admin1": 1.0,  # per other name (up to 3) with a candidate reading in the same first-level division
    "politics_capital": 6.0,  # a capital whose country the political story is about
    "capital_vote": 0.25,  # the weight of a capital's vote for its country (set by reason; neutral on LGL)
    "vote_prior": 1.0,  # pseudo-votes added to the total: one weak vote must not make a whole story
    "famous_ratio": 50.0,  # a namesake this many times more populous...
    "known_city_pop": 500_000,  # a city this populous keeps its name from towns famous_ratio times smaller
    "famous_pop": 1_000_000,  # ...and a capital or this populous is the world-famous reading (see _dominated)
}
NEAR_KM = 150.0
# Localities beyond the most populous N of a name are left out of scoring: "Springfield" has 40.
MAX_LOCALITIES = 40

_POLITICS = re.compile(
    r"\b(?:Congress|congressional|Senate|senators?|White House|administration|lawmakers|Capitol|State Department|"
    r"Pentagon|[Gg]overnment|officials?|diplomat\w*|[Ee]mbassy|[Aa]mbassador|[Mm]inister|[Pp]resident|policy|"
    r"sanctions|talks|treaty|negotiat\w+|summit|Kremlin|Downing Street|Whitehall)\b"
)
_STATE_BEFORE = re.compile(r"\b(?:state|province|commonwealth|county|region) of\s+$", re.I)
_STATE_AFTER = re.compile(r"^\s+(?:state|State|province|Province)\b")
_CITY_AFTER = re.compile(r"^\s+(?:[Cc]ity|town|[Vv]illage)\b")
_CITY_BEFORE = re.compile(r"\b(?:city|town|village|mayor) of\s+$", re.I)
# a list that "cities" heads: "the biggest cities — including Washington, New York and Los Angeles", "the cities of
# Mosul and Tikrit": each name of it is read with the city cue (round 27: New York there had been the state). Only
# with a word that opens the list: LGL's gold puts "two U.S. cities, New York and Atlanta" in the state (measured)
_CITIES_LIST = re.compile(
    r"\bcities\s*(?:[,—–]\s*)?(?:including|such\s+as|like|of|as)\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$")
_QUALIFIER = re.compile(r"^,\s+((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*){0,2})")
_POSSESSIVE_END = re.compile(r"['’]s$")
_DIVISION_WORD = re.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Oo]blast|[Pp]refecture|[Dd]istrict)$")
# "the North", "the South": a part of whatever country the text is about, never the division that happens
# to carry the bare name (Cameroon's North Province, Iceland's South Region)
_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                     "south-east south-west".split())
_CAPWORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


@dataclass
class Toponym:
    """A place name at [start, end) of the text; ``country`` when another layer already knows it (ISO3)."""

    start: int
    end: int
    text: str
    country: str | None = None


@dataclass
class Resolution:
    entry: int | None  # gazetteer entry index, None when nothing matched
    score: float = 0.0  # 0..1: the winner's share of the candidates' softmax
    qualifier: int | None = None  # gazetteer entry named after the comma


def _clean_name(text: str) -> str:
    t = text.replace("’", "'").strip()
    t = re.sub(r"^(?:the|The)\s+", "", t)
    t = re.sub(r"'s?$", "", t)
    return t.strip(" ,.;:")


def text_context(text: str) -> Counter[str]:
    """Country votes from national adjectives and country names in the text ("Iraqi forces" → IRQ)."""
    lex = load_lexicon()
    votes: Counter[str] = Counter()
    for m in _CAPWORDS.finditer(text):
        w = m.group(0)
        iso = lex.demonym_of(w) or lex.country_of(w)
        if iso is None and " " in w:
            first = w.split()[0]
            iso = lex.demonym_of(first) or lex.country_of(first)
        if iso:
            votes[iso] += 1
    return votes


# An all-capital short word is an acronym ("NRA", "GOP", "CIA") or a name set in capitals ("IRAQ").
# GeoNames' alternate names of towns hold airport codes ("NRA" is Narrandera's airport, "GOP" Gorakhpur's),
# which news never uses for a town. States' alternate names are curated ("USSR", "DPRK", "KSA") and stay;
# a town or city keeps an acronym only when its initials spell it ("NYC", "SF"), or when it is named so
# in full, in capitals, with four letters or more ("GAZA", "PARIS"; not "Us", France, or "Or", Sweden).
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_MINOR_WORDS = frozenset({"of", "the", "and", "de", "du", "la", "el", "al"})
_STATE_FEATURES = frozenset({_FIDX["continent"], _FIDX["country"], _FIDX["admin1"], _FIDX["region"]})
_DIVISIONS = _STATE_FEATURES | {_FIDX["admin2"]}


def _spells(gaz: Gazetteer, idx: int, acronym: str) -> bool:
    own = gaz.names[idx]
    if int(gaz.feature[idx]) in _STATE_FEATURES:
        # ...but a division's own short name in capitals is an acronym too ("the GAO said" is no Gao, Mali)
        return len(acronym) >= 4 or name_key(own) != name_key(acronym)
    if gaz.is_primary(idx, acronym):
        return len(acronym) >= 4
    words = [w for w in re.split(r"[\s-]+", own) if w and w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper() == acronym


def _candidates(gaz: Gazetteer, raw: str) -> tuple[list[int], set[int]]:
    """Candidate entries of a name, and those that the name denotes outright (a demonym, a state code)."""
    name = _clean_name(raw)
    if name.lower() in _COMPASS:
        return [], set()
    ids = gaz.lookup(name)
    if _ACRONYM.fullmatch(name):
        ids = [i for i in ids if _spells(gaz, i, name)]
    exact: set[int] = set()
    lex = load_lexicon()
    iso = lex.demonym_of(name)
    if iso and iso in gaz.country_entry:
        exact.add(gaz.country_entry[iso])
    key = name_key(name)
    if key in gaz.place_demonyms:
        exact.add(gaz.place_demonyms[key])
    if not ids and not exact:
        # "New York State", "Sindh Province", "Aleppo Governorate": the bare name
        bare = _DIVISION_WORD.sub("", name)
        if bare != name:  # a division's reading only: "the Deep State" is no village called Deep (round 32)
            ids = [i for i in gaz.lookup(bare) if int(gaz.feature[i]) in _DIVISIONS]
    if not ids and not exact and "," in name:
        # "Washington, D.C." as one span: the name before the comma (its qualifier is read by the caller)
        ids = gaz.lookup(name.split(",", 1)[0])
    if ("." in raw or (len(name) == 2 and name.isupper())) and key in gaz.admin_abbrev:
        exact.add(gaz.admin_abbrev[key])
    ids = ids + [i for i in exact if i not in ids]
    if not ids and name.lower().endswith((" county", " parish")):
        ids = gaz.lookup(name.rsplit(" ", 1)[0])
    if len(ids) > MAX_LOCALITIES:
        loc = _FIDX["locality"]
        big = [i for i in ids if gaz.feature[i] != loc]
        small = sorted((i for i in ids if gaz.feature[i] == loc), key=lambda i: -int(gaz.population[i]))
        ids = big + small[:MAX_LOCALITIES]
    return ids, exact


def _cues(text: str, t: Toponym) -> tuple[bool, bool]:
    before = text[max(0, t.start - 20) : t.start]
    after = text[t.end : t.end + 12]
    state = bool(_STATE_BEFORE.search(before) or _STATE_AFTER.match(after))
    city = bool(_CITY_BEFORE.search(before) or _CITY_AFTER.match(after)
                or _CITIES_LIST.search(text, max(0, t.start - 100), t.start))
    return state, city


def _qualifier(text: str, t: Toponym, gaz: Gazetteer) -> int | None:
    if "," in t.text:  # "Paris, Texas" given as one span
        inner = _QUALIFIER.match(t.text[t.text.index(",") :])
        if inner:
            hit = gaz.admin_context(inner.group(1))
            if hit is not None:
                return hit
    m = _QUALIFIER.match(text[t.end : t.end + 40])
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        # "Tripoli, Lebanon's largest city": the possessive's country qualifies as "Tripoli, Lebanon" does
        hit = gaz.admin_context(_POSSESSIVE_END.sub("", " ".join(words[:n])))
        if hit is not None:
            return hit
    return None


def _base_scores(gaz: Gazetteer, text: str, t: Toponym, ids: list[int], exact: set[int],
                 w: dict[str, float]) -> list[float]:
    name = _clean_name(t.text)
    primary = gaz.lookup_primary(name)
    state_cue, city_cue = _cues(text, t)
    # "Washington": a national capital named like a division of its own country is, in news, the capital
    capital_countries = {int(gaz.country[i]) for i in ids if int(gaz.flags[i]) & FLAG_CAPITAL and i in primary}
    shadowed = {int(gaz.country[i]) for i in ids if gaz.feature[i] == _FIDX["admin1"]} & capital_countries
    # ...but "Djibouti", "Luxembourg": a country named like its capital is the country
    country_named = any(gaz.feature[i] == _FIDX["country"] and i in primary for i in ids)
    if country_named:
        shadowed = set()
    # "Istanbul", "Aleppo", "Kiev": a province named after its capital city means the city in news text.
    # Not for US states ("New York"), which news names alone as often as their cities.
    usa = gaz.country_entry.get("USA")
    us_index = int(gaz.country[usa]) if usa is not None else -1
    seats = {int(gaz.admin1[i]) for i in ids if gaz.feature[i] == _FIDX["admin1"] and int(gaz.country[i]) != us_index
             and not country_named}
    # "a news conference in New York": city words read the city of a division named like it (round 31); the
    # city gets the own-name bonus too, since news names it so though GeoNames calls it "New York City"
    # the cheap, rarely true word test first: the own city is looked up only where the words ask for it
    wanted = not state_cue and not city_cue and city_words(text, t.start, t.end)
    seat = own_city(gaz, ids, primary, w["known_city_pop"]) if wanted else None
    seat_cue = seat is not None
    out = []
    for i in ids:
        f = FEATURES[int(gaz.feature[i])]
        s = w[f] + w["pop"] * math.log10(float(gaz.population[i]) + 1.0)
        if i in exact:
            s += w["exact"]
        elif i in primary:
            s += w["primary"]
        if int(gaz.flags[i]) & FLAG_CAPITAL:
            s += w["capital"]
            if int(gaz.country[i]) in shadowed and not state_cue:
                s += w["capital_over_admin1"]
        if f == "city" and int(gaz.admin1[i]) in seats and not state_cue and i in primary:
            s += w["seat_over_admin1"]
        if state_cue and f == "admin1":
            s += w["cue"]
        if (city_cue and f in ("city", "locality")) or (seat_cue and i == seat):
            s += w["cue"] + (w["primary"] if seat_cue and i == seat and i not in primary else 0.0)
        if t.country and gaz.countries[int(gaz.country[i])] == t.country:
            s += w["qualifier"] / 2
        out.append(s)
    return out


_WIDE = frozenset({_FIDX["country"], _FIDX["continent"]})


def _softmax_margin(scores: list[float], k: int) -> float:
    m = max(scores)
    ex = [math.exp(s - m) for s in scores]
    return ex[k] / sum(ex)


def resolve(
    text: str,
    toponyms: Sequence[Toponym],
    gaz: Gazetteer,
    context: Counter[str] | None = None,
    weights: dict[str, float] | None = None,
) -> list[Resolution]:
    """One :class:`Resolution` per toponym, in order. ``context``: extra country votes (ISO3 → count)."""
    w = {**WEIGHTS, **(weights or {})}
    names = [name_key(_clean_name(t.text)) for t in toponyms]
    cands, base, quals = _scored_candidates(text, toponyms, names, gaz, w)
    # a region's towns, and a division's far smaller namesakes ("Alabama", N.Y.; round 31): no story lifts them
    # (a well-known city's small namesake, Boston, N.Y., tells no local story that would lift them)
    namesakes = {k: _namesakes_of_known_city(gaz, k, ids, w) for k, ids in cands.items()}
    held = held_namesakes(gaz, names, cands, base, w["famous_ratio"], NEAR_KM, w["plausible_gap"], namesakes)
    # (round 32: a country's own name holds its country's namesakes, the State of Mexico, the same way)
    minor = {k: minor_readings(gaz, k, ids) | held[k] | country_namesakes(gaz, k, ids) for k, ids in cands.items()}
    dominated = {k: _dominated(gaz, ids, w) for k, ids in cands.items()}
    wide = wide_story(gaz, names, cands, base)  # a round-up: nearness lifts no namesake (round 24)
    if wide:  # the namesakes of a well-known city of 100,000, ten times smaller, held too
        namesakes = {k: _namesakes_of_known_city(gaz, k, ids, {**w, **WIDE_NAMESAKES}) for k, ids in cands.items()}
    _add_coherence(gaz, names, cands, base, w, {k: set(ids) for k, ids in cands.items()} if wide else minor)
    # a name that is a country's own name ("Djibouti") keeps its country reading whatever the story
    names_country = {
        k: any(gaz.feature[i] == _FIDX["country"] and name_key(gaz.names[i]) == k for i in ids)
        for k, ids in cands.items()
    }
    # pass 1: the best reading of each name alone; pass 2: re-scored with the story of the others
    choice = [int(np.argmax(b)) if b else -1 for b in base]
    ctx_votes = Counter(context or {})
    ctx_votes.update(text_context(text))
    # each context country's entry and vote, looked up once per report, not again for every name and round
    ctx = [(cx, 0.5 * n) for iso, n in ctx_votes.items() if (cx := _country_index(gaz, iso)) is not None]
    politics = len(_POLITICS.findall(text))
    final: list[list[float]] = []
    uniq = [k for k in dict.fromkeys(names) if cands[k]]
    for _round in range(2):
        by_name_c, by_name_a, pts = _story_votes(gaz, names, cands, base, choice, w)
        # the context bonus depends on the name only (never on the mention): computed once per name,
        # so an article that repeats a place a thousand times costs no more than one that names it once
        story = {k: _story_bonus(gaz, k, cands[k], by_name_c, by_name_a, pts, ctx, politics,
                                 names_country[k], w, dominated[k], namesakes[k], wide) for k in uniq}
        for k in uniq:
            if minor[k]:
                story[k] = [0.0 if i in minor[k] else x for i, x in zip(cands[k], story[k], strict=True)]
        final = [[x + y for x, y in zip(b, story[k], strict=True)] if k in story else []
                 for k, b in zip(names, base, strict=True)]
        choice = [int(np.argmax(sc)) if sc else -1 for sc in final]
    countries_in_lists(text, toponyms, names, cands, choice, gaz)  # (round 25: "Ukraine, ..., and Georgia")
    out = []
    for k, c, q, sc in zip(names, choice, quals, final, strict=True):
        if c < 0:
            out.append(Resolution(None, 0.0, q))
        else:
            out.append(Resolution(cands[k][c], round(_softmax_margin(sc, c), 3), q))
    return out


def _scored_candidates(
    text: str, toponyms: Sequence[Toponym], names: list[str], gaz: Gazetteer, w: dict[str, float]
) -> tuple[dict[str, list[int]], list[list[float]], list[int | None]]:
    """Candidates per name (looked up once per name) and each mention's base scores and qualifier."""
    cands: dict[str, list[int]] = {}
    exacts: dict[str, set[int]] = {}
    for t, k in zip(toponyms, names, strict=True):
        if k not in cands:
            cands[k], exacts[k] = _candidates(gaz, t.text)
    base: list[list[float]] = []
    quals: list[int | None] = []
    raised: list[bool] = []  # the mention's qualifier lifted one of its readings
    for n, (t, k) in enumerate(zip(toponyms, names, strict=True)):
        ids = cands[k]
        raised.append(False)
        b = _base_scores(gaz, text, t, ids, exacts[k], w)
        q = _qualifier(text, t, gaz) if ids else None
        if q is not None and int(gaz.feature[q]) == _FIDX["country"] and any(
                int(gaz.feature[i]) == _FIDX["country"] and name_key(gaz.names[i]) == k for i in ids):
            q = None  # "China, Japan, Russia": a list of countries; no country lies inside another
        if q is not None and listed_division(gaz, text, toponyms, n, names, cands):
            q = None  # "Michigan, Oregon, Ohio": a list of states (round 32)
        if q is not None:
            qf = FEATURES[int(gaz.feature[q])]
            lifted = qualifiable(gaz, gaz.lookup_primary(_clean_name(t.text)), ids, exacts[k], w["famous_pop"])
            for j, i in enumerate(ids):
                inside = (qf == "admin1" and gaz.admin1[i] == gaz.admin1[q] and i != q) or (
                    qf == "country" and gaz.country[i] == gaz.country[q] and i != q
                )
                if inside and i in lifted:
                    b[j] += w["qualifier"]
                    raised[-1] = True
        base.append(b)
        quals.append(q)
    for n, j in qualifying_names(text, toponyms, names, cands, quals, raised):  # "Spokane, Washington" (round 32)
        if not _cues(text, toponyms[n])[1]:  # (not in a list of cities: "cities, including Boston, New York")
            base[n][j] += w["qualifier"]
    return cands, base, quals


def _namesakes_of_known_city(gaz: Gazetteer, k: str, ids: list[int], w: dict[str, float]) -> set[int]:
    """The small towns named like a well-known city of their own country (review 20): the story lifts them only
    when it names a place near them (:func:`_story_bonus`).

    "en route to Los Angeles from Boston" in a report that names New York had read Boston, New York (8,000
    people, 450 km from New York City) on the state's vote: a city of half a million or more under its own name,
    ``famous_ratio`` times larger than the town, is what a writer means; a qualifier ("Boston, N.Y."), a cue or
    a neighbouring place ("Henry County" beside Paris, Tennessee) still reads the town. A namesake abroad is
    :func:`_dominated`'s (the country's vote is what tells the two apart there).
    """
    towns = [i for i in ids if int(gaz.feature[i]) in TOWN_FEATURES]
    known = [i for i in towns if name_key(gaz.names[i]) == k and int(gaz.population[i]) >= w["known_city_pop"]]
    out: set[int] = set()
    for c in known:
        big = int(gaz.population[c])
        out |= {i for i in towns if i not in known and gaz.country[i] == gaz.country[c]
                and int(gaz.population[i]) * w["famous_ratio"] <= big}
    return out


def _dominated(gaz: Gazetteer, ids: list[int], w: dict[str, float]) -> set[int]:
    """The towns of a name that a world-famous namesake dominates: the story's country does not lift them.

    "Paris" in a report on a US shooting that recalls "last month's attack in Paris" is Paris, France: a
    capital or a city of a million people, fifty times larger than the namesake town, is what a writer
    means unless the text says otherwise. The text can: a qualifier ("Paris, Texas"), a cue, or other places
    in the town's own division or near it ("Dallas" in a local report) keep the story's full vote; without
    them, the vote of the country at large, which every US place of a US story casts, is taken away.
    """
    towns = [i for i in ids if int(gaz.feature[i]) in TOWN_FEATURES]
    if len(towns) < 2:
        return set()
    top = max(towns, key=lambda i: int(gaz.population[i]))
    big = int(gaz.population[top])
    if big < w["famous_pop"] and not int(gaz.flags[top]) & FLAG_CAPITAL:
        return set()
    return {i for i in towns if i != top and int(gaz.population[i]) * w["famous_ratio"] <= big}


def _add_coherence(gaz: Gazetteer, names: list[str], cands: dict[str, list[int]], base: list[list[float]],
                   w: dict[str, float], minor: dict[str, set[int]]) -> None:
    """Add, in place, the bonus for readings near or inside the plausible readings of the other names
    (none for the dominated towns of :func:`_minor_readings`)."""
    best_base: dict[str, float] = {}
    for k, b in zip(names, base, strict=True):
        if b:
            best_base[k] = max(best_base.get(k, -1e9), max(b))
    plausible = {
        k: [i for i, sc in zip(cands[k], b, strict=True) if sc >= best_base[k] - w["plausible_gap"]]
        for k, b in zip(names, base, strict=True) if b
    }
    coherence = _coherence(gaz, cands, plausible, w)
    for k, b in zip(names, base, strict=True):
        for j, bonus in enumerate(coherence[k]):
            if cands[k][j] not in minor[k]:
                b[j] += bonus


def _story_votes(
    gaz: Gazetteer, names: list[str], cands: dict[str, list[int]], base: list[list[float]], choice: list[int],
    w: dict[str, float],
) -> tuple[dict[str, dict[int, float]], dict[str, dict[int, float]], dict[str, set[int]]]:
    """The story as the current readings tell it: country and division votes per name, points per name."""
    by_name_c: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    by_name_a: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    pts: dict[str, set[int]] = defaultdict(set)
    for k, b, c in zip(names, base, choice, strict=True):
        if c < 0:
            continue
        i = cands[k][c]
        conf = _softmax_margin(b, c)
        if int(gaz.flags[i]) & FLAG_CAPITAL:
            # "Washington", "Paris": a capital names a government, the actor, more often than the
            # place where the story happens; it votes less for its country
            conf *= w["capital_vote"]
        by_name_c[k][int(gaz.country[i])] += conf
        if gaz.admin1[i] >= 0:
            by_name_a[k][int(gaz.admin1[i])] += conf
        pts[k].add(i)
    return by_name_c, by_name_a, pts


def _story_bonus(gaz: Gazetteer, k: str, ids: list[int], by_name_c: dict[str, dict[int, float]],
                 by_name_a: dict[str, dict[int, float]], pts: dict[str, set[int]], ctx: list[tuple[int, float]],
                 politics: int, names_country: bool, w: dict[str, float],
                 dominated: set[int] | None = None, namesakes: set[int] | None = None,
                 wide: bool = False) -> list[float]:
    """Per candidate of name ``k``: the bonus from the *other* names' readings and the text's countries.
    A reading of ``dominated`` (see :func:`_dominated`) takes its country's share only when the story also
    names its division or a place near it."""
    cvotes: dict[int, float] = defaultdict(float)
    avotes: dict[int, float] = defaultdict(float)
    for other, cnt in by_name_c.items():
        if other != k:
            for ci, v in cnt.items():
                cvotes[ci] += v
    for other, cnt in by_name_a.items():
        if other != k:
            for ai, v in cnt.items():
                avotes[ai] += v
    for cx, v in ctx:  # the text's countries: (entry, vote) from resolve()
        cvotes[cx] += v
    ctot = sum(cvotes.values()) + w["vote_prior"] or 1.0
    atot = sum(avotes.values()) + w["vote_prior"] or 1.0
    others = np.array(sorted({i for kk, entries in pts.items() if kk != k for i in entries}), dtype=np.int64)
    near = np.zeros(len(ids), dtype=bool)
    if len(others):
        idx = np.array(ids)
        d = distances_km(gaz.lat[idx], gaz.lon[idx], gaz.lat[others], gaz.lon[others])
        near = d.min(axis=1) < NEAR_KM
    out = []
    for j, i in enumerate(ids):
        s = w["story_country"] * cvotes.get(int(gaz.country[i]), 0.0) / ctot
        local = bool(near[j])
        if gaz.admin1[i] >= 0:
            local = local or avotes.get(int(gaz.admin1[i]), 0.0) > 0
            s += w["story_admin1"] * avotes.get(int(gaz.admin1[i]), 0.0) / atot
        if dominated and i in dominated and not local:
            s = 0.0
        held = bool(namesakes) and i in namesakes  # type: ignore[operator]
        if held and (wide or not near[j]):
            s = 0.0  # a well-known city's small namesake: only a place named near it lifts it, in a local story
        if near[j] and int(gaz.feature[i]) not in _WIDE and not wide:
            s += w["near"]
        if politics and int(gaz.flags[i]) & FLAG_CAPITAL and not names_country:
            share = cvotes.get(int(gaz.country[i]), 0.0) / ctot
            s += w["politics_capital"] * min(1.0, politics / 3) * min(1.0, 3 * share)
        out.append(s)
    return out


def resolve_name(name: str, gaz: Gazetteer, countries: Counter[str], weights: dict[str, float] | None = None,
                 primary_only: bool = True) -> int | None:
    """The best reading of a name on its own, favouring the given countries (a name inside another name)."""
    w = {**WEIGHTS, **(weights or {})}
    ids, exact = _candidates(gaz, name)
    if primary_only:
        key = name_key(_clean_name(name))
        ids = [i for i in ids if i in exact or name_key(gaz.names[i]) == key]
    if not ids:
        return None
    tot = sum(countries.values()) or 1
    best, best_s = None, -1e9
    for i, s in zip(ids, _base_scores(gaz, "", Toponym(0, 0, name), ids, exact, w), strict=True):
        s += w["story_country"] * countries.get(gaz.countries[int(gaz.country[i])], 0) / tot
        if s > best_s:
            best, best_s = i, s
    return best


def _coherence(gaz: Gazetteer, cands: dict[str, list[int]], plausible: dict[str, list[int]],
               w: dict[str, float]) -> dict[str, list[float]]:
    """Per name, per candidate: a bonus for each *other* name that has some reading nearby or in the same division.

    Only plausible readings count, on both sides (within ``plausible_gap`` of the name's best base score):
    otherwise a hamlet whose alternate name is "Moscow" would gather votes from every Ohio town nearby.
    Candidate sets, not chosen readings: "Paris" and "Henry County" in one story pick Paris, Tennessee, the
    county seat, even though each name alone would go elsewhere (Paris, France; the largest Henry County).
    """
    keys = [k for k, ids in plausible.items() if ids]
    out: dict[str, list[float]] = {k: [0.0] * len(ids) for k, ids in cands.items()}
    if len(keys) < 2:
        return out
    area = {_FIDX["country"], _FIDX["continent"], _FIDX["region"]}
    flat = [(n, i) for n, k in enumerate(keys) for i in plausible[k] if int(gaz.feature[i]) not in area]
    if not flat:
        return out
    owner = np.array([n for n, _ in flat])
    idx = np.array([i for _, i in flat])
    lat = np.radians(gaz.lat[idx])
    lon = np.radians(gaz.lon[idx])
    adm = gaz.admin1[idx]
    # pairwise great-circle distances (a few hundred candidates at most, so a dense matrix is fine)
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    dist = 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(1.0, a)))
    other = owner[:, None] != owner[None, :]
    near = (dist < NEAR_KM) & other
    same = (adm[:, None] == adm[None, :]) & (adm[:, None] >= 0) & other
    n_keys = len(keys)
    near_by = np.zeros((len(flat), n_keys), dtype=bool)
    same_by = np.zeros((len(flat), n_keys), dtype=bool)
    for n in range(n_keys):
        cols = owner == n
        near_by[:, n] = near[:, cols].any(axis=1)
        same_by[:, n] = same[:, cols].any(axis=1)
    n_near = np.minimum(near_by.sum(axis=1), 3)
    n_same = np.minimum(same_by.sum(axis=1), 3)
    pos: dict[tuple[int, int], int] = {}
    for r, (n, i) in enumerate(flat):
        pos[(n, i)] = r
    for n, k in enumerate(keys):
        for j, i in enumerate(cands[k]):
            row = pos.get((n, i))
            if row is not None:
                out[k][j] = w["co_near"] * float(n_near[row]) + w["co_admin1"] * float(n_same[row])
    return out


def _country_index(gaz: Gazetteer, iso3: str) -> int | None:
    e = gaz.country_entry.get(iso3)
    return int(gaz.country[e]) if e is not None else None
