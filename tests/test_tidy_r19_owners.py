"""Round 19's tidying (no behaviour change): events.owners.owners_and_objects, the one loop that collects a noun's
possessor and the objects of its "of"/"by"/"from" phrases for the atrocity, tolerance, entourage and kin rules.
The parses are built by hand (written sentences), so each case fixes the arcs it tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.events.kin import _kin_of
from newsgraph.extract.events.owners import owners_and_objects

_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps)  # an English vocab: lower_ is read


# "Russia 's interference by Moscow and of agents": owner Russia (poss), objects Moscow (by), agents (of)
_INTERFERENCE = (["Russia", "'s", "interference", "by", "Moscow", "of", "agents"],
                 [2, 0, 2, 2, 3, 2, 5], ["poss", "case", "ROOT", "prep", "pobj", "prep", "pobj"])
CASES = [
    (("of",), {}, ["Russia"], ["agents"]),
    (("by", "of"), {}, ["Russia"], ["Moscow", "agents"]),
    (("like", "from"), {}, ["Russia"], []),
    (("by",), {"owner_deps": ("compound",)}, [], ["Moscow"]),
    (("by", "of"), {"prep_deps": ("agent",)}, ["Russia"], []),
]


@pytest.mark.parametrize(("preps", "kw", "owners", "objects"), CASES)
def test_owners_and_objects(preps: tuple[str, ...], kw: dict, owners: list[str], objects: list[str]) -> None:
    doc = _doc(*_INTERFERENCE)
    got_owners, got_objects = owners_and_objects(doc[2], preps, **kw)
    assert [t.text for t in got_owners] == owners and [t.text for t in got_objects] == objects


def test_kin_reads_owners_and_of_objects_in_the_childrens_order() -> None:
    """A misparse that hangs a possessor after an "of" phrase keeps the children's order (as the loop did)."""
    doc = _doc(["son", "of", "Ruiz", "Lopez"], [0, 0, 1, 0], ["ROOT", "prep", "pobj", "poss"])
    assert [t.text for t in _kin_of(doc[0])] == ["Ruiz", "Lopez"]
    doc = _doc(["Lopez", "son", "of", "Ruiz"], [1, 1, 1, 2], ["poss", "ROOT", "prep", "pobj"])
    assert [t.text for t in _kin_of(doc[1])] == ["Lopez", "Ruiz"]
