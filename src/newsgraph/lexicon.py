"""Country, demonym, title and organization lexicons (data files under ``newsgraph/data``).

The tables are plain data, loaded once and cached; components copy them into their own state in
``initialize`` so that a saved pipeline (``to_disk``) carries the lexicon it was built with.
Country names come from pycountry plus our alias files. ``pycountry.countries.search_fuzzy`` is
never used: it reads "Taji" as Tajikistan and "U.S." as the US Virgin Islands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = ["Lexicon", "load_lexicon", "read_tsv", "norm_name", "hedge_bounds", "hedge_reach", "hedge_names",
           "hedge_suffixes", "outlet_of",
           "historical_state", "city_districts", "us_state_names", "words_by_kind", "first_words"]


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file shipped in ``newsgraph/data`` (comments and blanks skipped)."""
    raw = resources.files("newsgraph").joinpath(f"data/{name}").read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def first_words(name: str) -> frozenset[str]:
    """The first column of a one-word-per-row data file, lower case, read once (a word list of a rule)."""
    return frozenset(r[0].lower() for r in read_tsv(name) if r and r[0])


@cache
def words_by_kind(name: str) -> dict[str, frozenset[str]]:
    """A two-column data file of ``kind<TAB>word`` rows as kind -> its words (lower case), read once."""
    kinds: dict[str, set[str]] = {}
    for kind, word in read_tsv(name):
        kinds.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in kinds.items()}


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """The dotted words of data/titles.tsv ("Sgt.", "Lt.", "Col.", "Rev."): each one stands before a name."""
    return frozenset(w for row in read_tsv("titles.tsv") for w in row[0].split() if w.endswith(".") and len(w) > 2)


@lru_cache(maxsize=1)
def hedge_bounds() -> dict[str, str]:
    """Normalized hedge → its bound: "low" (the figure is a floor), "high" (a ceiling), "" (an estimate).
    The one table of data/amount_hedges.tsv that amounts, measures, conflicts and the chart all read."""
    return {row[0].lower(): (row[1] if len(row) > 1 else "") for row in read_tsv("amount_hedges.tsv")}


@lru_cache(maxsize=1)
def hedge_reach() -> dict[str, float]:
    """Normalized hedge → how far its figure may lie from the true value, as a factor: a floor ("more than 300")
    tells a value up to the factor times the figure, a ceiling ("up to 900") one down to the figure over it
    (data/amount_hedges.tsv, fifth column, where the reason for 2 is written); hedges without a reach lie within
    a hedge's width of the figure."""
    return {row[0].lower(): float(row[4]) for row in read_tsv("amount_hedges.tsv") if len(row) > 4 and row[4]}


@lru_cache(maxsize=1)
def hedge_names() -> dict[str, str]:
    """Every hedge phrase of data/amount_hedges.tsv, written before or after a number ("as many as", "almost",
    "or more") or normalized ("up to"), → its normalized hedge: a caller holding the words as written reads the
    same bound and reach as one holding the extractor's normalized hedge (round 22)."""
    rows = read_tsv("amount_hedges.tsv")
    out = {row[0].lower(): row[0].lower() for row in rows}
    for row in rows:
        for col in (2, 3):
            for w in (row[col].split("|") if len(row) > col else ()):
                out.setdefault(" ".join(w.strip().lower().split()), row[0].lower())
    out.pop("", None)
    return out


@lru_cache(maxsize=1)
def hedge_suffixes() -> dict[str, str]:
    """A hedge written after the number ("or more", "plus", "+", "or so") → its normalized hedge."""
    return {w.strip().lower(): row[0] for row in read_tsv("amount_hedges.tsv") if len(row) > 3
            for w in row[3].split("|") if w.strip()}


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


# Words written between a country and its office ("former Iraqi Prime Minister", "Iraq's then prime minister")
TITLE_MODIFIERS = frozenset({"former", "then", "acting", "interim", "deputy", "top"})
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_POSSESSIVE_S = re.compile(r"['’]s$")


def country_in_text(text: str, lex: Lexicon) -> str | None:
    """A country named inside a longer name or role ("the Government of Iraq", "US Army", "Iraqi Security
    Forces", "Iraq's ambassador"): the longest run of capitalized words that is a country or a demonym."""
    for chunk in _CAPITALIZED_RUN.findall(text):
        toks = chunk.split()
        for n in range(len(toks), 0, -1):
            for i in range(len(toks) - n + 1):
                piece = _POSSESSIVE_S.sub("", " ".join(toks[i:i + n]))
                if n > 1 and piece in us_state_names():
                    return "USA"  # "governor of New Mexico": the state, not its shorter namesake Mexico (round 22)
                iso = lex.country_of(piece) or lex.demonym_of(piece)
                if iso:
                    return iso
    return None


# pure and called for the same few thousand strings again and again (about 2,000 calls an article, in the
# extractors and in the parent's entity resolution): remembered
@lru_cache(maxsize=100_000)
def norm_name(text: str) -> str:
    """Strip a leading "the", a trailing possessive and surrounding punctuation; collapse spaces."""
    t = " ".join(text.replace("’", "'").split())
    t = _LEADING_THE.sub("", t)
    t = _POSSESSIVE.sub("", t)
    return t.strip(" ,;:!?\"“”()[]-")


@dataclass
class Lexicon:
    """Lookup tables; all keys are stored in the normalized forms that the ``*_of`` methods use."""

    country_alias: dict[str, str] = field(default_factory=dict)  # exact alias -> ISO3
    country_alias_ci: dict[str, str] = field(default_factory=dict)  # lowercased (only names > 3 chars)
    country_name: dict[str, str] = field(default_factory=dict)  # ISO3 -> canonical short name
    demonyms: dict[str, str] = field(default_factory=dict)  # lowercased demonym or plural -> ISO3
    bodies: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # name -> (ISO3, type, sector)
    orgs: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias -> (canonical, code)
    titles: dict[str, tuple[str, bool]] = field(default_factory=dict)  # lowercased title -> (role, office)
    max_title_tokens: int = 3

    # -- lookups -------------------------------------------------------------------------------
    def country_of(self, text: str) -> str | None:
        """ISO3 of a country name or alias ("U.S.", "the United States", "Iraq's"), else None."""
        t = norm_name(text)
        if t in self.country_alias:
            return self.country_alias[t]
        if t.endswith(".") and t[:-1] in self.country_alias:
            return self.country_alias[t[:-1]]
        if len(t) > 3:
            return self.country_alias_ci.get(t.lower())
        return None

    def demonym_of(self, text: str) -> str | None:
        """ISO3 of a demonym or national adjective ("Iraqi", "Americans"), else None."""
        return self.demonyms.get(norm_name(text).lower())

    def body_of(self, text: str) -> tuple[str, str, str] | None:
        return self.bodies.get(norm_name(text))

    def org_of(self, text: str) -> tuple[str, str] | None:
        return self.orgs.get(norm_name(text))

    def outlet_of(self, text: str) -> str | None:
        """The one name of a news outlet ("Fox Online News" -> "Fox News"), else None."""
        return outlet_of(text)

    def title_of(self, words: list[str]) -> tuple[str, bool] | None:
        return self.titles.get(" ".join(words).lower())

    def name_of_country(self, iso3: str) -> str:
        return self.country_name.get(iso3, iso3)

    # -- (de)serialization for to_disk/from_disk ------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "country_alias": self.country_alias,
            "country_alias_ci": self.country_alias_ci,
            "country_name": self.country_name,
            "demonyms": self.demonyms,
            "bodies": {k: list(v) for k, v in self.bodies.items()},
            "orgs": {k: list(v) for k, v in self.orgs.items()},
            "titles": {k: list(v) for k, v in self.titles.items()},
            "max_title_tokens": self.max_title_tokens,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Lexicon:
        return cls(
            country_alias=dict(d["country_alias"]),
            country_alias_ci=dict(d["country_alias_ci"]),
            country_name=dict(d["country_name"]),
            demonyms=dict(d["demonyms"]),
            bodies={k: (v[0], v[1], v[2]) for k, v in d["bodies"].items()},
            orgs={k: (v[0], v[1]) for k, v in d["orgs"].items()},
            titles={k: (v[0], bool(v[1])) for k, v in d["titles"].items()},
            max_title_tokens=int(d["max_title_tokens"]),
        )


def _plurals(word: str) -> list[str]:
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith(("ese", "ss", "sh", "ch", "i")) and not word.endswith(("Iraqi", "Israeli", "Saudi")):
        return [] if not word.endswith("i") else [word + "s"]
    return [word + "s"]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build the lexicon from pycountry and the data files (cached; ~10 ms)."""
    import pycountry

    lex = Lexicon()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                lex.country_alias.setdefault(v, c.alpha_3)
        lex.country_name[c.alpha_3] = getattr(c, "common_name", None) or c.name
    for alias, iso3 in read_tsv("country_aliases.tsv"):
        lex.country_alias[norm_name(alias)] = iso3
    for iso3, name in read_tsv("country_names.tsv"):
        lex.country_name[iso3] = name
    for alias, iso3 in lex.country_alias.items():
        if len(alias) > 3:
            lex.country_alias_ci.setdefault(alias.lower(), iso3)
    for dem, iso3 in read_tsv("demonyms.tsv"):
        lex.demonyms[dem.lower()] = iso3
        for p in _plurals(dem):
            lex.demonyms.setdefault(p.lower(), iso3)
    for name, iso3, typ, sector in read_tsv("national_bodies.tsv"):
        lex.bodies[norm_name(name)] = (iso3, typ, sector)
    for alias, canon, code in read_tsv("org_aliases.tsv"):
        lex.orgs[norm_name(alias)] = (canon, code)
    for title, role, office in read_tsv("titles.tsv"):
        lex.titles[title.lower()] = (role, office == "1")
        lex.max_title_tokens = max(lex.max_title_tokens, len(title.split()))
    return lex


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The names of the US states, districts and territories (pycountry): "New Mexico", "New Jersey"."""
    import pycountry

    return frozenset(sub.name for sub in pycountry.subdivisions.get(country_code="US") or [])


@lru_cache(maxsize=1)
def city_districts() -> dict[str, str]:
    """data/place_city_districts.tsv: a name of a district that is its city ("D.C.", "Washington, D.C.") -> the
    city ("Washington")."""
    out: dict[str, str] = {}
    for row in read_tsv("place_city_districts.tsv"):
        for name in row[1].split("|"):
            out[name] = row[0]
    return out


@lru_cache(maxsize=64)
def historical_state(iso3: str | None) -> bool:
    """A code of a state that no longer exists (pycountry's ISO 3166-3 table: SUN, the Soviet Union), which the
    lexicon names as an entity of its own. A living person's nationality is never one ("Putin, a former Soviet
    spy" is Russian): the person's country comes from other evidence or stays empty."""
    if not iso3:
        return False
    import pycountry

    return pycountry.countries.get(alpha_3=iso3) is None and pycountry.historic_countries.get(alpha_3=iso3) is not None


def _outlet_key(text: str) -> str:
    """Case, punctuation, spaces, a leading "the" and a possessive ignored: "Fox News's" = "fox news"."""
    return " ".join(re.sub(r"[^\w]+", " ", norm_name(text).lower()).split())


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """data/outlets.tsv: every name and variant of an outlet → its one name (the stories group reports by it,
    the entities type it as an organization)."""
    table: dict[str, str] = {}
    for row in read_tsv("outlets.tsv"):
        for name in [row[0], *(row[1].split("|") if len(row) > 1 else [])]:
            if name.strip():
                table[_outlet_key(name)] = row[0]
    return table


def outlet_of(text: str) -> str | None:
    """The one name of a news outlet ("Fox Online News" -> "Fox News"), else None."""
    return _outlets().get(_outlet_key(text))
