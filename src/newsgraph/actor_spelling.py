"""A reference person named with one letter wrong ("Francois Mitterand" for Francois Mitterrand): the one actor of
the same given name whose surname is one edit away (round 20 parties, issue 19: a party's code from the reference
actor).

Only long surnames (7 letters or more) are read this way, only where the exact lookup found no one, and only when a
single actor fits: a short surname one letter from another ("Kerr", "Kerry") is as likely another person.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .actors import Actor, _fits, _index, _table
from .names import parse_person

__all__ = ["near_spelling_person"]

#: the shortest surname read with one letter wrong
MIN_SURNAME = 7


@lru_cache(maxsize=1)
def _by_start() -> dict[tuple[str, int], tuple[str, ...]]:
    """Long reference surname keys by their first two letters and length (a slip is rarely in the first two)."""
    out: dict[tuple[str, int], list[str]] = {}
    for key in _index()[0]:
        if len(key) >= MIN_SURNAME - 1:
            out.setdefault((key[:2], len(key)), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=20_000)
def near_spelling_person(name: str) -> Actor | None:
    """The one reference person whose name is ``name`` with one letter of the surname wrong, or None."""
    n = parse_person(name)
    if n is None or n.bare or len(n.surname_core) < MIN_SURNAME or "-" in n.surname or " " in n.surname:
        return None
    core, index, near = n.surname_core, _index()[0], _by_start()
    keys = {k for size in (len(core) - 1, len(core), len(core) + 1) for k in near.get((core[:2], size), ())
            if _one_edit(k, core)}
    found: set[str] = set()
    for key in keys:
        for text, actor_key in index.get(key, []):
            p = parse_person(text)
            if p is not None and not p.bare and p.surname_core == key and _fits(p, replace(n, surname=p.surname)):
                found.add(actor_key)
    return _table()[next(iter(found))] if len(found) == 1 else None
