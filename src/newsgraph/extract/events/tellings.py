"""Whether a later event is a second telling of an earlier one (issue 19 item 4; docs/events_guidelines.md,
section 6): the word families that tell one act (a charge and an accusation, an attack and its casualties),
the words that mark a new act of the same kind ("again", "anew"), and a count of people as target, which
names nobody. ``report.merge_duplicates`` decides with the parties and times; this module only reads words.
The lists are data (``data/event_tellings.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["same_family", "told_anew", "count_only"]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, str], frozenset[str], dict[str, frozenset[str]]]:
    family: dict[str, str] = {}
    anew: set[str] = set()
    count: dict[str, frozenset[str]] = {}
    for kind, name, words in read_tsv("event_tellings.tsv"):
        if kind == "family":
            family.update((w, name) for w in words.split())
        elif kind == "anew":
            anew.update(words.split())
        elif kind == "count":
            count[name] = frozenset(words.split())
        else:
            raise ValueError(f"event_tellings.tsv: unknown row kind {kind!r}")
    return family, frozenset(anew), count


def same_family(a: str, b: str) -> bool:
    """Two trigger lemmas of one family ("charge" and "accuse"): the same act may be told with either."""
    family = _load()[0]
    return a in family and family.get(a) == family.get(b)


def told_anew(trigger: Token, head: Token | None = None) -> bool:
    """The trigger (or the verb it hangs on) is marked as a new act of its kind: "attacked again", "condemned
    it anew" ("another attack" is left out: "yet another attack" is often the report's own event, one of a series)."""
    anew = _load()[1]
    for tok in {trigger, head or trigger}:
        if any(c.lower_ in anew and c.dep_ in {"advmod", "amod", "det", "npadvmod"} for c in tok.children):
            return True
    return False


_DIGITS = re.compile(r"^[\d,.]+$")


def count_only(name: str, entity: str | None, code: str | None) -> bool:
    """A party that is only a count of people ("seven", "at least 30", "dozens of people"): it names nobody."""
    if entity or code:
        return False
    words = name.lower().replace("-", " ").split()
    count = _load()[2]
    numbers = [w for w in words if _DIGITS.match(w) or w in count["number"]]
    return bool(numbers) and all(w in numbers or w in count["filler"] for w in words)
