"""A count of people "killed or wounded" is a count of casualties, not of deaths (review 6, item 11)."""

from __future__ import annotations

import pytest

import newsgraph


@pytest.mark.parametrize(
    "text, expected",
    [
        ("More than 100,000 Afghans have been killed or wounded since 2009, the UN said.",
         [(100000, "casualties:AFG:-")]),
        ("The blast left 14 people dead or injured, police said.", [(14, "casualties:-:-")]),
        ("Some 40 protesters were wounded or injured in the clashes.", [(40, "injured:-:-")]),
        ("At least 30 soldiers were killed in the attack on Monday.", [(30, "deaths:-:-")]),
        # each verb counts its own object
        ("The attack killed 12 people and wounded 30 others.", [(12, "deaths:-:-"), (30, "injured:-:-")]),
        ("The bombing left 16 dead and wounded more than 50, officials said.", [(16, "deaths:-:-"), (50, "injured:-:-")]),
        ("The letter asked for the 45 people killed and wounded in the shooting to be honoured.",
         [(45, "casualties:-:-")]),
    ],
)
def test_killed_or_wounded_counts_casualties(nlp, text: str, expected: list[tuple[int, str]]) -> None:  # noqa: ANN001
    rec = newsgraph.extract(text, published="2020-02-29")
    assert [(a.value, a.measure) for a in rec.amounts] == expected
