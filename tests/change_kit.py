"""Row helpers shared by the change tables (rounds 32 and 33): what each change of a text reads as."""
from __future__ import annotations

import newsgraph

PUB = "2020-09-18"  # a Friday: the publication day the change tables are written against


def change_rows(text: str, published: str = PUB) -> list[tuple]:
    """(direction, from_value, to_value, delta, pct) of each change."""
    return [(c.direction, c.from_value, c.to_value, c.delta, c.pct)
            for c in newsgraph.extract(text, published=published).changes]


def change_times(text: str, published: str = PUB) -> list[tuple]:
    """(direction, from_time, time) of each change."""
    return [(c.direction, c.from_time, c.time) for c in newsgraph.extract(text, published=published).changes]
