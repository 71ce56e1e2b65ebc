"""Round 37 (evhead, issue 19): event types the round-36 review found wrong, read again on READ reports.

A holiday greeting offered commits to nothing (was AGREE); warning an addressee about something threatens the
addressee with nothing (was THREATEN on the addressee); a population accepting an election's outcome agrees to no
cooperation (was AGREE); a harm told with no doer and an "after" clause that tells the act with its doer is one event
(a second, doer-less ASSAULT was shown). Rows in data/event_senses.tsv (round 37 evhead), the ``pcompobj`` condition
(extract/events/senses.py) and ``one_act._told_cause``.
Withdrawn: security forces firing on protesters as ASSAULT (CAMEO 175), which the review asked for; the project codes
it FIGHT in 14 tests of rounds 6-36 and the PLOVER GSR codes "police opened fire to disperse demonstrators" FIGHT, so
those rows are xfail here (a coding decision left to the integrator).
Sentences written here. Each GUARDS / FOLDED row fails on main 57b52624; each KEPT / APART row passes on both (near
misses that must not change).
"""

from __future__ import annotations

import pytest
from conftest import events_at

_REPRESSION = pytest.mark.xfail(reason="withdrawn: the project and the PLOVER GSR code police fire on protesters "
                                 "FIGHT (rounds 6-36 tests); the review asked for ASSAULT (CAMEO 175)")

# (text, trigger word, type the event would have under the withdrawn rows)
TYPED = [
    pytest.param("Riot police fired gas canisters and bullets to break up the marchers by the bridge.",
                 "fired", "ASSAULT", marks=_REPRESSION),
    pytest.param("The soldiers fired rubber bullets and tear gas to quell the protests in the old town.",
                 "fired", "ASSAULT", marks=_REPRESSION),
    pytest.param("Guards fired buckshot to scatter the marchers outside the ministry.",
                 "fired", "ASSAULT", marks=_REPRESSION),
    pytest.param("Police fired live ammunition at the demonstrators on Friday.",
                 "fired", "ASSAULT", marks=_REPRESSION),
    pytest.param("Troops on the roof fired teargas canisters into the crowd.",
                 "fired", "ASSAULT", marks=_REPRESSION),
]

# (text, trigger word, type that must not come out there)
GUARDS = [
    pytest.param("Riot police fired gas canisters and bullets to break up the marchers by the bridge.",
                 "fired", "FIGHT", marks=_REPRESSION),
    pytest.param("Police fired live ammunition at the demonstrators on Friday.",
                 "fired", "FIGHT", marks=_REPRESSION),
    ("Chancellor Brandt offered her Easter greetings to the nation on Sunday.", "offered", "AGREE"),
    ("The king offered his best wishes to the newly elected president.", "offered", "AGREE"),
    ("The general warned senators about Chinese espionage in the Pacific.", "warned", "THREATEN"),
    ("Minister Okafor warned Ghana about the smuggling networks along the border.", "warned", "THREATEN"),
    ("Most Peruvians accepted the outcome of the runoff.", "accepted", "AGREE"),
    ("The opposition accepted the results of the referendum.", "accepted", "AGREE"),
]

# near misses: the rows above must not reach them
KEPT = [
    ("Police opened fire to disperse the demonstrators.", "opened", "FIGHT"),  # the PLOVER GSR's FIGHT
    ("Soldiers fired live rounds to disperse the rebels in the hills.", "fired", "FIGHT"),
    ("Police fired teargas at the protesters in the square.", "fired", "FIGHT"),  # the project's convention
    ("The army fired rockets at the militants' positions.", "fired", "FIGHT"),
    ("The president offered his condolences to the victims' families.", "offered", "SUPPORT"),
    ("Tehran offered to mediate between the two sides.", "offered", "AGREE"),
    ("President Mora warned Colombia about the consequences of closing the border.", "warned", "THREATEN"),
    ("Moscow warned Washington about taking unilateral military action.", "warned", "THREATEN"),
    ("The militia warned the army about crossing the river again.", "warned", "THREATEN"),
    ("Iran accepted the proposal on Monday.", "accepted", "AGREE"),
    ("The rebels accepted the ceasefire terms.", "accepted", "AGREE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), TYPED)
def test_typed(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    found = events_at(enlp, text, word)
    assert [e for e in found if e["type"] == typ], found


@pytest.mark.parametrize(("text", "word", "typ"), GUARDS)
def test_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ"), KEPT)
def test_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


# A harm told with no doer and an "after" clause that tells the act with its doer: one event, the doer's
# (text, harm word, act word, actor of the one event). Fails on main: the harm was a second, doer-less event.
FOLDED = [
    ("Two villagers were killed after police fired on the crowd.", "killed", "fired", "police"),
    ("Three civilians were killed after Saudi jets bombed a market in Saada.", "killed", "bombed", "Saudi jets"),
    ("One marcher was killed and four wounded after soldiers fired on the crowd in the square.", "killed", "fired",
     "soldiers"),
]

# near misses: a harm with a doer of its own, a cause with no doer, a clause of time: both events stay apart
APART = [
    ("Four people were killed after a bomb exploded in the market.", "killed"),
    ("One marcher was killed after soldiers fired live rounds in the square.", "killed"),  # no party hit on either side
    ("Rebels killed two guards after troops shelled the village.", "killed"),
    ("Two people were arrested after police raided the house.", "arrested"),
]


@pytest.mark.parametrize(("text", "harm", "act", "actor"), FOLDED)
def test_folded(enlp, text: str, harm: str, act: str, actor: str) -> None:  # noqa: ANN001
    events = enlp(text)._.newsgraph_events
    at_act = events_at(enlp, text, act)
    assert not events_at(enlp, text, harm), events
    assert len(at_act) == 1 and [p["name"] for p in at_act[0]["actors"]] == [actor], events
    assert at_act[0]["confidence"] >= 0.6


@pytest.mark.parametrize(("text", "harm"), APART)
def test_apart(enlp, text: str, harm: str) -> None:  # noqa: ANN001
    assert events_at(enlp, text, harm), enlp(text)._.newsgraph_events
