"""Shared by the round-31 place tests: resolve the named mentions of a sentence and give each name's reading."""

from __future__ import annotations

import re

from newsgraph.extract.places import gazetteer as gz
from newsgraph.extract.places.resolve import Toponym, resolve


def read_places(gaz: gz.Gazetteer, text: str, names: list[str], every: bool = False) -> dict[str, gz.Place]:
    """Each name's place (its last mention's when ``every``); ``every`` reads every mention of each name, with a
    bare "New York" not the start of "New York City", else only the first mention of each."""
    if every:
        tops = sorted((Toponym(m.start(), m.end(), n) for n in names
                       for m in re.finditer(re.escape(n) + (r"(?! City)" if n == "New York" else ""), text)),
                      key=lambda t: t.start)
    else:
        tops = [Toponym(text.index(n), text.index(n) + len(n), n) for n in names]
    out = {}
    for t, r in zip(tops, resolve(text, tops, gaz), strict=True):
        assert r.entry is not None, t.text
        out[t.text] = gaz.get(r.entry)
    return out
