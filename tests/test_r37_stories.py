"""Round 37, stories: the options of the scored entity vector (issue 20). Invented sentences only.

Each row is (entities of report A, entities of report B, options, expected cosine of their scored entity
vectors). The index keys never change with the options (guard rows below)."""

from __future__ import annotations

import pytest
from kb_records import record

from newsgraph.kb.storyfeatures import Params, entity_vector, features_of, text_cosine

TEXT = "Senator Alma Quirke spoke in Brelford on Tuesday. Quirke said the vote would wait."


def _rec(ents: list[tuple[str, str]], source: str | None = "Example Wire", extra: str = ""):
    rows = [{"id": f"E{k}", "name": n, "type": ty, "mentions": [{"start": 0, "end": 1, "text": n}]}
            for k, (n, ty) in enumerate(ents)]
    return record(TEXT + extra, "2026-03-03", title="Vote waits", source=source, entities=rows)


SURNAME = Params(entity_surnames=1)
NOSELF = Params(entity_noself=1)
OFF = Params()

CASES = [
    # a bare surname meets the full name only with the surname option
    ([("Alma Quirke", "PERSON")], [("Quirke", "PERSON")], SURNAME, 1.0),
    ([("Alma Quirke", "PERSON")], [("Quirke", "PERSON")], OFF, 0.0),
    # guard: two people of one first name do not meet
    ([("Alma Quirke", "PERSON")], [("Alma Derrow", "PERSON")], SURNAME, 0.0),
    # guard: an organisation named like a person's surname stays an organisation
    ([("Quirke", "PERSON")], [("Quirke", "ORG")], SURNAME, 0.0),
    # guard: places keep their keys under the option
    ([("Brelford", "GPE")], [("Brelford", "GPE")], SURNAME, 1.0),
]


@pytest.mark.parametrize(("a", "b", "p", "expected"), CASES)
def test_scored_entity_vector(a, b, p, expected) -> None:
    va, vb = entity_vector(_rec(a), p), entity_vector(_rec(b, extra=" More."), p)
    assert text_cosine(va, vb) == pytest.approx(expected)


NOSELF_CASES = [
    # the outlet naming itself is left out of its own report's vector
    ("Fox News", [("Fox News", "ORG"), ("Brelford", "GPE")], {"place:brelford"}),
    ("The New York Times", [("New York Times", "ORG"), ("Brelford", "GPE")], {"place:brelford"}),
    # guard: another outlet named in the report stays
    ("Fox News", [("Tribune Herald", "ORG"), ("Brelford", "GPE")], {"org:tribune herald", "place:brelford"}),
    # guard: no source, nothing left out
    (None, [("Fox News", "ORG")], {"org:fox news"}),
]


@pytest.mark.parametrize(("source", "ents", "expected"), NOSELF_CASES)
def test_outlet_left_out_of_its_own_vector(source, ents, expected) -> None:
    assert set(entity_vector(_rec(ents, source=source), NOSELF)) == expected


def test_index_keys_do_not_move_with_the_options() -> None:
    rec = _rec([("Alma Quirke", "PERSON"), ("Fox News", "ORG")], source="Fox News")
    both = Params(entity_surnames=1, entity_noself=1)
    assert features_of(rec, both).entities == features_of(rec, OFF).entities
    assert set(features_of(rec, both).ents) == {"surname:quirke"}
