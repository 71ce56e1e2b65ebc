"""Round 17b rules of issue 19 (review 17's news pegs): an embassy opened, a vote blocked, a document that accuses,
and an order told by what it "would" do (docs/events_guidelines.md, "round 17b" addendum). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_sense, events_at

# (text, trigger word, type or None for no event at that word)
EMBASSIES = [
    # opening, reopening or moving an embassy or a consulate is the opener's diplomatic act (CAMEO 05)
    ("Brazil opened its embassy in Ramallah on Tuesday.", "opened", "SUPPORT"),
    ("Norway reopened its consulate in Basra after five years.", "reopened", "SUPPORT"),
    ("The opening of the Danish embassy in Kigali drew a crowd.", "opening", "SUPPORT"),
    ("Guatemala relocated its embassy to the new capital.", "relocated", "SUPPORT"),
    # guards: opening anything else is no event; opening fire stays violence
    ("The mayor opened a new library in the suburb.", "opened", None),
    ("The shop opened its doors at nine.", "opened", None),
    ("Soldiers opened fire on the crowd.", "opened", "FIGHT"),
]

BLOCKS = [
    # blocking or filibustering a vote, a nomination or a bill refuses it (CAMEO 12, a veto's kin)
    ("Republicans blocked a vote on the nominee for defence secretary.", "blocked", "REJECT"),
    ("The opposition blocked the confirmation of the new judge.", "blocked", "REJECT"),
    ("Russia blocked the resolution at the Security Council.", "blocked", "REJECT"),
    ("Two senators filibustered the spending bill for a day.", "filibustered", "REJECT"),
    ("The filibuster by the minority party delayed the budget.", "filibuster", "REJECT"),
    # guards: blocking a road stays a protest's obstruction; blocking a shot or a view is no event
    ("Farmers blocked the main road with tractors.", "blocked", "PROTEST"),
    ("The goalkeeper blocked the shot with his legs.", "blocked", None),
    ("A tall fence blocked the view of the lake.", "blocked", None),
]

DOCUMENTS = [
    # a report, a study or an inquiry that accuses speaks for its writers: the accusation is an event
    ("The report blamed Ruritania for the power cuts.", "blamed", "DISAPPROVE"),
    ("The study accuses Moldova of hiding the figures.", "accuses", "DISAPPROVE"),
    ("An inquiry criticised the ministry for its delays.", "criticised", "DISAPPROVE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), EMBASSIES + BLOCKS + DOCUMENTS)
def test_peg_classes(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word"), [
    ("Brazil opened an embassy.", "opened"),
    ("The two governments reopened their respective embassies.", "reopened"),
])
def test_the_embassy_is_no_target(enlp, text, word) -> None:
    """The building is the means: a target that is a building of no state is dropped (plurals too)."""
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "SUPPORT"]
    assert hits and not [t for t in hits[0]["targets"] if "embass" in t["name"].lower()], hits


# (text, trigger, type, modality): "would" under a definite order or decision tells what the order does
ORDERS = [
    ("The withdrawal order would reduce the troops in Ruritania by 4,000.", "reduce", "RETREAT", "intended"),
    ("The decision would cut the number of soldiers in Iraq by half.", "cut", "RETREAT", "intended"),
    # guards: an indefinite order, a plan, or a condition stays hypothetical
    ("An order would cut the number of soldiers in Iraq by half.", "cut", "RETREAT", "hypothetical"),
    ("The plan would cut the number of soldiers in Iraq by half.", "cut", "RETREAT", "hypothetical"),
    ("If signed, the order would cut the number of soldiers in Iraq.", "cut", "RETREAT", "hypothetical"),
    ("Officials said the army would withdraw from the town.", "withdraw", "RETREAT", "hypothetical"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), ORDERS)
def test_an_order_told_by_would(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)
