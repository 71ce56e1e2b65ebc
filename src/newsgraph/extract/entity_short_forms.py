"""Short forms of a longer name in the same report (review 18): "the Mediterranean" beside "the Mediterranean
Sea", "ABC" beside "ABC News", "the House" beside "the House of Commons", "Mideast" beside "the Middle East" are
one entity each, not a row apart. The heads are data/entity_short_form_heads.tsv, the variants
data/entity_name_variants.tsv. An empty join beats a wrong one: a short form with two candidate long forms in
the report ("the House of Commons" and "the House of Lords") stays a row of its own."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import Lexicon, norm_name, read_tsv
from .entity_base import _Cand

__all__ = ["join_department_tails", "join_short_forms"]

# the types a short form of a longer name of each type may carry
# (not GPE: a country or a state is no short form of its river, "Jordan" of "the Jordan River", "Ohio" of "the
# Ohio River")
_SHORT_LABELS = {"LOC": frozenset({"LOC"}), "ORG": frozenset({"ORG"})}


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("entity_short_form_heads.tsv")}


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {row[0].lower(): row[1].lower() for row in read_tsv("entity_name_variants.tsv")}


def _short_of(words: list[str], label: str) -> str | None:
    """The short form a longer name has: its first word before a head of its type ("Mediterranean Sea"), or
    the words before "of" in a body's name ("House of Commons": "House")."""
    if len(words) == 2 and _heads().get(words[1].lower()) == label:
        return words[0]
    if label == "ORG" and len(words) >= 3 and words[1] == "of" and words[0][:1].isupper():
        return words[0]
    return None


def _long_forms(cands: list[_Cand]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(short form lower, type of the long form) → the keys of the long forms having it. A word that also ends
    another name of that type ("House" of "the White House") could shorten either: it gets a second key, so
    it joins none."""
    longs: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for c in cands:
        words = norm_name(c.text).split()
        if c.key is None or c.label not in _SHORT_LABELS or len(words) < 2:
            continue
        short = _short_of(words, c.label)
        if short is not None:
            longs.setdefault((short.lower(), c.label), set()).add(c.key)
        elif words[-1][:1].isupper():
            longs.setdefault((words[-1].lower(), c.label), set()).add(("", ""))
    return longs


def join_short_forms(cands: list[_Cand], lex: Lexicon) -> None:
    """Give a one-word short form the key of the one long form of the report it shortens."""
    longs = _long_forms(cands)
    by_name = {norm_name(c.text).lower(): c for c in cands if c.key is not None}
    # the long form names the joined row ("Mediterranean Sea", not the more frequent "Mediterranean")
    names = {c.key: norm_name(c.text) for c in cands if c.key is not None and " " in norm_name(c.text)}
    for c in cands:
        n = norm_name(c.text)
        if c.key is None or c.canonical is not None or " " in n or lex.country_of(n):
            continue
        full = by_name.get(_variants().get(n.lower(), ""))
        if full is not None and full.key is not None:  # (the row is named in full: "Middle East")
            c.label, c.key, c.canonical = full.label, full.key, norm_name(full.text)
            continue
        for label, ok in _SHORT_LABELS.items():
            keys = longs.get((n.lower(), label))
            key = next(iter(keys)) if keys and len(keys) == 1 else ("", "")
            if c.label in ok and key != ("", "") and c.key != key:
                c.label, c.key, c.canonical = label, key, names[key]
                break


# the heads of a government body named "<head> of <field>"; the field alone names the same body in the report
# that gives the whole name ("Homeland Security officials" after "the Department of Homeland Security")
_BODY_HEADS = frozenset({"department", "ministry", "office", "bureau"})


def join_department_tails(cands: list[_Cand]) -> None:
    """Give an organization named by the field of a body's name ("Homeland Security", "Foreign Affairs") the key of
    the one body of the report whose name ends with it ("Department of Homeland Security"; round 24 start review:
    three rows for one department). Two bodies with that field ("Office of X" and "Department of X") join none;
    one-word fields are join_short_forms' (their heads are data files)."""
    tails: dict[str, set[tuple[str, str]]] = {}
    names: dict[tuple[str, str], str] = {}
    for c in cands:
        words = norm_name(c.text).split()
        if c.key is None or c.label != "ORG" or len(words) < 4 or words[0].lower() not in _BODY_HEADS \
                or words[1] != "of":
            continue
        tails.setdefault(" ".join(words[2:]).lower(), set()).add(c.key)
        names[c.key] = norm_name(c.text)
    for c in cands:
        n = norm_name(c.text)
        keys = tails.get(n.lower())
        if c.key is None or c.label != "ORG" or " " not in n or not keys or len(keys) != 1 \
                or c.canonical not in (None, n):
            continue  # (a name the tables already canonicalise elsewhere keeps it)
        key = next(iter(keys))
        if c.key != key:
            c.key, c.canonical = key, names[key]
