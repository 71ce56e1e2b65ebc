"""Round 22 (start-of-round review, class 6): an institution or a column named like a person is no PERSON
(data/entity_named_things.tsv, extract/entity_named_things.py). Sentences written here; each name was a PERSON on
main bd58f551 in the first two rows."""

from __future__ import annotations

import pytest

from newsgraph import extract


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("The governor made an unscheduled visit to Walter Reed on Sunday.", "Walter Reed", "ORG"),
    ("The mayor has made 900 false claims, according to The Boston Globe's Fact Checker.", "Fact Checker", "ORG"),
    # guards: a person's name that is not in the table stays a person
    ("The governor met Walter Reeves on Sunday.", "Walter Reeves", "PERSON"),
])
def test_named_things(text: str, name: str, typ: str) -> None:
    ents = {e.name: e.type for e in extract(text).entities}
    assert ents.get(name) == typ, ents
