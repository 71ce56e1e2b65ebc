"""GDELT Global Knowledge Graph 2.1 rows from article records, and a parser for them.

One tab-separated row per article with the 27 fields of the GKG 2.1 codebook, in its order. The fields
newsgraph fills follow the codebook's field syntax:

- ``V1PERSONS`` / ``V1ORGANIZATIONS``: names separated by ``;``;
- ``V2ENHANCEDPERSONS`` / ``V2ENHANCEDORGANIZATIONS`` / ``V2.1ALLNAMES``: ``Name,Offset`` blocks separated
  by ``;``, one per mention;
- ``V1LOCATIONS``: ``Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID`` blocks separated by ``;``;
- ``V2ENHANCEDLOCATIONS``: ``Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#Offset``;
  Type is 1 country, 2 US state, 3 US city, 4 world city, 5 world state;
- ``V2.1ENHANCEDDATES``: ``Resolution#Month#Day#Year#Offset`` blocks separated by ``;``; Resolution is
  4 a full date, 3 month and day without a year, 2 month and year, 1 a year;
- ``V2.1QUOTATIONS``: ``Offset|Length|Verb|Quote`` blocks separated by ``#``;
- ``V2.1AMOUNTS``: ``Amount,Object,Offset`` blocks separated by ``;``.

Offsets are character offsets into the article text, as in the record. Two deliberate differences from
GDELT's own files: country codes are ISO 3166-1 alpha-2 (GDELT uses FIPS 10-4, which differs for some
countries) and FeatureID is the GeoNames id. Delimiter characters inside names and quotes are replaced
by spaces. ``V2EXTRASXML`` carries ``<NEWSGRAPH_ID>`` so a row leads back to its record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..record import Article, listed_quote

__all__ = ["GKG_FIELDS", "gkg_row", "parse_gkg_row", "GkgRow"]

GKG_FIELDS = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)

_NAME_BAD = re.compile(r"[,;#|\t\r\n]+")
_FIELD_BAD = re.compile(r"[\t\r\n]+")  # tabs and newlines would break the tab-separated row
_QUOTE_BAD = re.compile(r"[#|\t\r\n]+")
_TIMEX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$|^XXXX-(\d{2})-(\d{2})$")


def _clean(s: str | None, bad: re.Pattern[str] = _NAME_BAD) -> str:
    return " ".join(bad.sub(" ", s or "").split())


@lru_cache(maxsize=512)
def _alpha2(iso3: str | None) -> str:
    if not iso3:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return c.alpha_2 if c is not None else ""


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _loc_type(feature: str | None, country: str | None) -> int:
    f = (feature or "").upper()
    if f.startswith("PCL"):
        return 1
    if f == "ADM1":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def _names(rec: Article, types: set[str]) -> tuple[str, str]:
    ents = [e for e in rec.entities if e.type in types]
    v1 = ";".join(dict.fromkeys(_clean(e.name) for e in ents))
    v2 = ";".join(f"{_clean(e.name)},{m.start}" for e in ents for m in e.mentions)
    return v1, v2


def gkg_row(rec: Article, seq: int = 1) -> list[str]:
    """The 27 GKG 2.1 fields of one article, as strings (join with tabs for a GKG file)."""
    day = (rec.published or "").replace("-", "")
    stamp = (day + "000000") if day else "00000000000000"
    persons1, persons2 = _names(rec, {"PERSON"})
    orgs1, orgs2 = _names(rec, {"ORG"})
    locs1, locs2 = [], []
    for p in rec.places:
        typ = _loc_type(p.feature, p.country)
        cc = _alpha2(p.country)
        adm1 = f"{cc}{p.admin1}" if p.admin1 and cc else ""
        lat = "" if p.lat is None else repr(p.lat)
        lon = "" if p.lon is None else repr(p.lon)
        fid = "" if p.geonames_id is None else str(p.geonames_id)
        name = _clean(p.name)
        locs1.append(f"{typ}#{name}#{cc}#{adm1}#{lat}#{lon}#{fid}")
        for m in p.mentions:
            locs2.append(f"{typ}#{name}#{cc}#{adm1}##{lat}#{lon}#{fid}#{m.start}")
    dates = []
    for tm in rec.times:
        tx = _TIMEX.match(tm.value or "")
        if not tx:
            continue
        if tx.group(4):
            dates.append(f"3#{int(tx.group(4))}#{int(tx.group(5))}#0#{tm.start}")
            continue
        y, mo, d = tx.group(1), tx.group(2), tx.group(3)
        res = 4 if d else 2 if mo else 1
        dates.append(f"{res}#{int(mo or 0)}#{int(d or 0)}#{int(y)}#{tm.start}")
    # a stance ("condemned the launch") is no quotation: its text is an aim, not words said
    quotes = [f"{q.start}|{q.end - q.start}|{_clean(q.cue, _QUOTE_BAD)}|{_clean(q.text, _QUOTE_BAD)}"
              for q in rec.quotes if listed_quote(q.kind, q.modality)]
    amounts = [f"{_num(a.value)},{_clean(a.object)},{a.start}" for a in rec.amounts]
    allnames = ";".join(f"{_clean(e.name)},{m.start}" for e in rec.entities for m in e.mentions)
    row = {
        "GKGRECORDID": f"{stamp}-{seq}", "V2.1DATE": stamp, "V2SOURCECOLLECTIONIDENTIFIER": "1",
        "V2SOURCECOMMONNAME": _clean(rec.source, _FIELD_BAD),
        "V2DOCUMENTIDENTIFIER": rec.url or "",
        "V1LOCATIONS": ";".join(dict.fromkeys(locs1)), "V2ENHANCEDLOCATIONS": ";".join(locs2),
        "V1PERSONS": persons1, "V2ENHANCEDPERSONS": persons2,
        "V1ORGANIZATIONS": orgs1, "V2ENHANCEDORGANIZATIONS": orgs2,
        "V2.1ENHANCEDDATES": ";".join(dates), "V2.1QUOTATIONS": "#".join(quotes),
        "V2.1ALLNAMES": allnames, "V2.1AMOUNTS": ";".join(amounts),
        "V2EXTRASXML": f"<NEWSGRAPH_ID>{rec.id}</NEWSGRAPH_ID>",
    }
    return [row.get(f, "") for f in GKG_FIELDS]


@dataclass
class GkgRow:
    """A parsed GKG 2.1 row (the fields newsgraph writes)."""

    record_id: str
    date: str
    source: str
    url: str
    persons: list[tuple[str, int]] = field(default_factory=list)
    organizations: list[tuple[str, int]] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    dates: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    quotations: list[tuple[int, int, str, str]] = field(default_factory=list)
    amounts: list[tuple[float, str, int]] = field(default_factory=list)
    all_names: list[tuple[str, int]] = field(default_factory=list)
    newsgraph_id: str | None = None


def _name_offsets(v: str) -> list[tuple[str, int]]:
    out = []
    for block in filter(None, v.split(";")):
        name, _, off = block.rpartition(",")
        out.append((name, int(off)))
    return out


def parse_gkg_row(line: str | list[str]) -> GkgRow:
    """Parse one GKG 2.1 row (a tab-separated line or its fields) into :class:`GkgRow`."""
    cols = line.rstrip("\n").split("\t") if isinstance(line, str) else line
    if len(cols) != len(GKG_FIELDS):
        raise ValueError(f"a GKG 2.1 row has {len(GKG_FIELDS)} fields, got {len(cols)}")
    f = dict(zip(GKG_FIELDS, cols, strict=True))
    row = GkgRow(record_id=f["GKGRECORDID"], date=f["V2.1DATE"], source=f["V2SOURCECOMMONNAME"],
                 url=f["V2DOCUMENTIDENTIFIER"])
    row.persons = _name_offsets(f["V2ENHANCEDPERSONS"])
    row.organizations = _name_offsets(f["V2ENHANCEDORGANIZATIONS"])
    row.all_names = _name_offsets(f["V2.1ALLNAMES"])
    for block in filter(None, f["V2ENHANCEDLOCATIONS"].split(";")):
        typ, name, cc, adm1, adm2, lat, lon, fid, off = block.split("#")
        row.locations.append({"type": int(typ), "name": name, "country": cc, "adm1": adm1, "adm2": adm2,
                              "lat": float(lat) if lat else None, "lon": float(lon) if lon else None,
                              "feature_id": fid, "offset": int(off)})
    for block in filter(None, f["V2.1ENHANCEDDATES"].split(";")):
        r5 = [int(x) for x in block.split("#")]
        row.dates.append((r5[0], r5[1], r5[2], r5[3], r5[4]))
    for block in filter(None, f["V2.1QUOTATIONS"].split("#")):
        off, length, verb, quote = block.split("|", 3)
        row.quotations.append((int(off), int(length), verb, quote))
    for block in filter(None, f["V2.1AMOUNTS"].split(";")):
        amount, obj, off = block.split(",")
        row.amounts.append((float(amount), obj, int(off)))
    m = re.search(r"<NEWSGRAPH_ID>([^<]*)</NEWSGRAPH_ID>", f["V2EXTRASXML"])
    row.newsgraph_id = m.group(1) if m else None
    return row
