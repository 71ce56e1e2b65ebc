"""Build src/newsgraph/data/actors_phoenix.tsv: a compact table of FACTS derived from the Phoenix
actor dictionaries of PETRARCH2 (TABARI format), found at ../shared/data/actors.

    python scripts/build_actors.py [--actors ../shared/data/actors] [--out src/newsgraph/data/actors_phoenix.tsv]

Source: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt
(Open Event Data Alliance, 2014; MIT License, copyright (c) 2014 Open Event Data Alliance). Only facts
are kept: an actor key, its full names (person names of two words or more; no bare surnames, no
titles), its kind and its dated CAMEO codes. The dictionaries themselves are not copied.

TABARI blocks: a primary line ``NAME_ [CODE] # comment``, ``+ALIAS`` lines, then indented
``[CODE dates]`` lines. Dates come as YYMMDD or YYYYMMDD, ``A-B`` for a span, ``>A`` from A, ``<B``
until B. **Century rule**: the dictionaries are current to January 2014, so a six-digit date with
YY <= 14 is 20YY and YY >= 15 is 19YY. A code line whose dates have any other width, or whose
day/month is impossible, is malformed: counted and skipped (the actor keeps its other lines). A phrase
line with a space inside its phrase (TABARI joins words with "_") is malformed too: counted and skipped
with its block. Organizations: "THE_X" and "X" are one key; names are the phrase and its "+" spellings.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsgraph.names import given_key, parse_person, split_title, strip_title

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
_CODE = re.compile(r"^([A-Z]{3,15})(?:\s+([<>]?)\s*([0-9]+)(?:-([0-9]+))?)?$")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_NAME = re.compile(r"^([A-Z0-9][^\s\[#]*)")
_TITLES = re.compile(r"^(?:MR|MRS|MS|DR|PRESIDENT|PRIME|MINISTER|SENATOR|GOVERNOR|KING|QUEEN|PRINCE|GENERAL|"
                     r"SECRETARY|FORMER|THE|US|U\.S\.|AMERICAN|RUSSIAN|UNITED|SHEIKH|EMIR|SULTAN)$")


def date_of(raw: str) -> str | None:
    """ISO date of a TABARI date, with the century rule; None when malformed."""
    if len(raw) == 8:
        y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    elif len(raw) == 6:
        yy = int(raw[:2])
        y, m, d = (2000 + yy if yy <= 14 else 1900 + yy), int(raw[2:4]), int(raw[4:])
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_code(inner: str) -> tuple[str, str | None, str | None] | None:
    """(code, from, to) of the text inside one ``[...]``; None when it is malformed."""
    m = _CODE.match(inner.strip())
    if not m:
        return None
    code, op, a, b = m.groups()
    if a is None:
        return code, None, None
    da = date_of(a)
    db = date_of(b) if b else None
    if da is None or (b and db is None):
        return None
    if op == ">":
        return code, da, None
    if op == "<":
        return code, None, da
    return (code, da, db) if b else (code, da, da)


def codes_in(line: str, bad: Counter[str], fname: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for inner in _BRACKETS.findall(line.split("#")[0]):
        got = parse_code(inner)
        if got is None:
            bad[fname] += 1
        else:
            out.append(got)
    return out


def _words(name: str) -> list[str]:
    return [w for w in name.strip("_").replace("_", " ").split() if w]


_NOT_NAME = frozenset("""ADMINISTRATION GOVERNMENT STATES CAMPAIGN REGIME CABINET PARTY FORCES ARMY OFFICE
MINISTRY COUNCIL FAMILY SUPPORTERS LOYALISTS FOLLOWERS ADMINISTRATION'S STATE KINGDOM REPUBLIC
ORGANIZATION ORGANISATION ASSEMBLY COMMISSION COMMITTEE FUND BANK UNION AGENCY COURT ASSOCIATION INSTITUTE
FOUNDATION PROGRAM PROGRAMME NATIONS FEDERATION CONFERENCE CENTER CENTRE NETWORK ALLIANCE FRONT MOVEMENT
BRIGADE BRIGADES SOCIETY TRIBUNAL SECRETARIAT MISSION OFFICE COMPANY CORPORATION GROUP""".split())


_CONNECTIVES = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "&"})


def person_name(name: str) -> str | None:
    """A title-free person name of 2-5 words, title-cased ("Barack Obama"), else None."""
    words = _words(name)
    # "FRIENDS_OF_THE_UNITED_NATIONS": a connective inside makes it an organization, not a person
    if any(w in _NOT_NAME or w in _CONNECTIVES for w in words):
        return None
    while words and _TITLES.match(words[0]):
        words = words[1:]
    if not 2 <= len(words) <= 5 or not all(re.match(r"^[A-Z][A-Z.'-]*$", w) for w in words):
        return None
    toks = [w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words]
    stripped = strip_title(" ".join(toks))
    n = parse_person(stripped) if stripped else None
    if stripped is None or n is None or n.bare or len(n.given) <= 1:
        return None
    # A dictionary key is a whole name, not a span NER cut out of a page: the words the cleaning of news
    # mentions cuts off a name (a word written again: "Luis Reyes Reyes", "Salim Ahmed Salim"; a first word
    # that is also a function word or a city: "Per Stig Moller", "Irving Guerrero Cubas") stay; only a title
    # before the name goes, with the words that open it ("Defense Secretary", "House Minority Leader").
    kept = stripped.split()
    start = next((k for k in range(len(toks) - len(kept) + 1) if toks[k:k + len(kept)] == kept), 0)
    titled = any(split_title(toks[j:])[1] == toks[start:] for j in range(start))
    return " ".join(toks[start:] if titled else toks)


def read_blocks(path: Path, bad: Counter[str]) -> list[dict]:
    blocks: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("!"):
            continue
        if line.lstrip().startswith("["):
            got = codes_in(line, bad, path.name)
            if cur is not None:
                cur["codes"].extend(got)
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["aliases"].append(line[1:].split("#")[0].split("[")[0].strip())
            continue
        m = _NAME.match(line.strip())
        # a space inside the phrase ("UNITED_NATIONS COMMISSION_FOR_...") would cut it short: malformed
        head = line.strip().split("[")[0].split("#")[0].strip()
        if not m or m.group(1) != head:
            bad[f"{path.name} (phrase lines)"] += 1
            cur = None
            continue
        cur = {"key": m.group(1).strip("_").upper(), "aliases": [], "codes": codes_in(line, bad, path.name),
               "file": path.name}
        blocks.append(cur)
    return blocks


def _title_case(text: str) -> str:
    """"AARON'S INC" → "Aaron's Inc" (str.title alone writes "Aaron'S")."""
    return re.sub(r"(?<=\w)['’]S\b", lambda m: m.group(0).lower(), text.title())


def _alias_of(alias: str, full: str) -> bool:
    """Another spelling of the same person: same surname and the same (or a middle) given name."""
    a, f = parse_person(alias), parse_person(full)
    if a is None or f is None or a.surname_core != f.surname_core:
        return False
    return bool(given_key(a.given) & given_key(f.given)) or a.given in f.middle


def _recent(codes: list[tuple[str, str | None, str | None]]) -> bool:
    dated = [c for c in codes if c[1] or c[2]]
    return not dated or any(not to or to >= "1980" for _c, _fr, to in dated)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actors", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "actors")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/newsgraph/data/actors_phoenix.tsv")
    a = ap.parse_args()
    bad: Counter[str] = Counter()
    rows = []
    merged: dict[tuple[str, str], tuple[list[str], list[tuple[str, str | None, str | None]]]] = {}
    for f in FILES:
        for b in read_blocks(a.actors / f, bad):
            if not b["codes"]:
                continue
            full = person_name(b["key"])
            if full:
                if not _recent(b["codes"]):
                    continue  # people whose last dated role ended before 1980 rarely meet today's news
                names = [full] + [n for n in (person_name(x) for x in b["aliases"]) if n and n != full and _alias_of(n, full)]
                kind = "person"
            elif f != "Phoenix.Countries.actors.txt":
                # the key and its "+" spellings ("THE_EUROPEAN_UNION_", "+EUROPEAN_UNION")
                names = list(dict.fromkeys(_title_case(" ".join(_words(x))) for x in [b["key"], *b["aliases"]] if _words(x)))
                kind = "org"
            else:
                continue  # countries, cities and places: the ISO3 country field covers them
            key = re.sub(r"[^A-Z0-9]+", "_", b["key"]).strip("_")
            if kind == "org":  # "THE_UNITED_NATIONS" and "UNITED_NATIONS" are one
                key = re.sub(r"^THE_(?=.)", "", key)
            got = merged.setdefault((key, kind), ([], []))  # "BASHAR_AL-ASSAD" and "BASHAR_AL_ASSAD" are one
            got[0].extend(n for n in names if n not in got[0])
            got[1].extend(c for c in b["codes"] if c not in got[1])
    for (key, kind), (names, codes) in merged.items():
        rows.append((key, kind, "|".join(names), ";".join(f"{c}:{fr or ''}:{to or ''}" for c, fr, to in codes)))
    head = [
        "# Phoenix reference actors: facts derived by scripts/build_actors.py (do not edit by hand).",
        "# Source: PETRARCH2 Phoenix actor dictionaries (TABARI format, current to 2014), MIT License,",
        "# copyright (c) 2014 Open Event Data Alliance. Only key, kind, full names and dated CAMEO codes kept.",
        "# Century rule: YYMMDD with YY <= 14 is 20YY, else 19YY. Malformed lines skipped: "
        + ", ".join(f"{k} {v}" for k, v in sorted(bad.items())) + ".",
        "# key <TAB> kind <TAB> names (|) <TAB> codes (CODE:from:to;... ISO dates, empty = open)",
    ]
    a.out.write_text("\n".join(head + ["\t".join(r) for r in sorted(set(rows))]) + "\n", encoding="utf-8")
    print(f"{len(rows)} actors written to {a.out}; malformed lines skipped: {dict(bad)}")


if __name__ == "__main__":
    main()
