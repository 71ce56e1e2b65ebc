"""Audit of a knowledge base's entity rows for issue 16, rules 4 and 5 (used by ``eval_identity.py``).

Independent of the rules it checks (its own tests, not ``newsgraph.names``), so that a fix cannot
move its own yardstick:

* **two types** (rule 4): a one-word name held by a PERSON row and by an ORG/GPE/LOC row at once,
  and one-word ORG/GPE/LOC/NORP rows whose name is the surname of a full-name PERSON row with at
  least 20 mentions (a type flip that made a second entity: "Trump" ORG next to Donald Trump).
  Country and demonym names are left out ("Jordan", "Georgia" are places first).
* **junk full names** (rule 5): PERSON rows of two or more words with a word written twice
  ("Paul Ryan Paul Davis"), a word glued to the next (lower case then capital, or letters then digits:
  "McCain2020", "RubioGOP"), an all-capital word of three or more letters ("AFP"), a title word
  joined by a hyphen ("Then-President"), a first word that the base's own text writes in lower
  case ten times or more and five times as often as capitalized inside a sentence ("Once", "Team":
  counted over every report's text), a first word that is a
  known first name while the last word is not but is the surname of another row ("Trump Donald"),
  or more than five words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_GLUED = re.compile(r"[a-z][A-Z]|[A-Za-z]\d")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le|El|Al|Van|Von|Du|St|Fitz|Della|O['’])")
_HYPHEN_TITLE = re.compile(r"(?i)^(?:then|ex|former|now|late)-")


def word_case_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case, and capitalized not after a sentence end."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group(0)
            if w.islower():
                lower[w] += 1
            elif w[0].isupper() and w[1:].islower():
                before = text[max(0, m.start() - 2):m.start()]
                if m.start() and not re.search(r"[.!?\n\"“]\s?$", before):
                    upper[w.lower()] += 1
    return lower, upper


def _norm(name: str) -> str:
    return " ".join(name.replace(".", "").replace("’", "'").casefold().split())


def two_type_names(rows: list[Any], is_place: Callable[[str], bool]) -> dict[str, Any]:
    """rows: (name, type, mention_count); ``is_place``: a country or demonym name."""
    groups: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if len(r.name.split()) == 1:
            groups[_norm(r.name)].add(r.type)
    both = sorted(n for n, ts in groups.items() if "PERSON" in ts and ts & {"ORG", "GPE", "LOC"}
                  and not is_place(n))
    surnames = {_norm(r.name).split()[-1] for r in rows
                if r.type == "PERSON" and len(r.name.split()) >= 2 and r.mention_count >= 20}
    flips = sorted({_norm(r.name) for r in rows if r.type in ("ORG", "GPE", "LOC", "NORP")
                    and len(r.name.split()) == 1 and _norm(r.name) in surnames and not is_place(r.name)})
    return {"count": len(set(both) | set(flips)), "person_and_other": both, "surname_under_other_type": flips}


def junk_reason(name: str, lower: Counter[str], upper: Counter[str], first_names: set[str],
                famous: dict[str, Any]) -> str | None:
    """``famous``: "given" and "surname" words of full-name PERSON rows with 100 mentions or more."""
    toks = name.split()
    if len(toks) < 2:
        return None
    low = [t.casefold().strip(".,") for t in toks]
    if len(toks) > 5:
        return "long"
    if len(set(low)) < len(low):
        return "repeated"
    if any(_GLUED.search(t) and not _NAME_PREFIX.match(t) for t in toks):
        return "glued"
    if any(len(t) >= 3 and t.isupper() and t.isalpha() and t not in ("II", "III", "IV") for t in toks):
        return "caps"
    if _HYPHEN_TITLE.match(toks[0]):
        return "title"
    first = low[0]
    if not toks[0][0].isupper() or first in first_names:
        return None
    if lower[first] >= 10 and lower[first] >= 5 * upper[first]:
        return "common word"
    if low[-1] in famous["given"]:
        return "given name as surname"  # "Trump Donald", "Crooked Hillary"
    if len(toks) == 2 and famous["surname"].get(low[-1], {first}) - {first} and famous["given_rows"].get(first, 0) <= 1:
        return "unknown word before a famous surname"  # "Libra Trump", "Team Obama"
    return None


def junk_rows(rows: list[Any], lower: Counter[str], upper: Counter[str], first_names: set[str]) -> dict[str, Any]:
    persons = [r for r in rows if r.type == "PERSON" and len(r.name.split()) >= 2]
    big = [_norm(r.name).split() for r in persons if r.mention_count >= 100]
    surnames: dict[str, set[str]] = defaultdict(set)
    for w in big:
        surnames[w[-1]].add(w[0])
    famous = {"given": {w[0] for w in big}, "surname": surnames,
              "given_rows": Counter(_norm(r.name).split()[0] for r in persons if r.mention_count >= 3)}
    found = []
    for r in persons:
        why = junk_reason(r.name, lower, upper, first_names, famous)
        if why:
            found.append((r.mention_count, r.name, why))
    found.sort(reverse=True)
    by = Counter(w for _n, _name, w in found)
    return {"count": len(found), "mentions": sum(n for n, _a, _b in found), "by_reason": dict(by),
            "top": [f"{name} ({n}, {w})" for n, name, w in found[:40]],
            "all": [f"{name} ({n}, {w})" for n, name, w in found]}
