"""Round 24 (places of a league's round-up, end review of round 23 class 5): in a report whose places, each read
alone, put well-known cities in four or more first-level divisions, nearness and shared divisions lift no reading,
so a well-known city's small namesake is not read for it ("Columbus" beside Minnesota, "Boston" beside Buffalo).
A local report keeps the namesake. Sentences written here; rows marked "before:" failed at main 3b8cfaea."""

from __future__ import annotations

import pytest

from newsgraph import extract

ROUNDUP = ("Pittsburgh lost to New York on Tuesday. Minnesota beat Buffalo at home. Columbus beat Montreal for a "
           "third win. Winnipeg defeated Nashville. Detroit lost again. Boston beat New Jersey in St. Louis.")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    (ROUNDUP, "Columbus", "Ohio"),  # before: Columbus, Minnesota
    (ROUNDUP, "Nashville", "Tennessee"),  # before: Nashville, Michigan
    (ROUNDUP, "Boston", "Massachusetts"),  # before: Boston, New York
    (ROUNDUP, "Buffalo", "New York"),
    (ROUNDUP, "Pittsburgh", "Pennsylvania"),
    # before: Columbus, Texas (beside Dallas and Houston in a report that also names Boston and Chicago)
    ("The Lakers beat Boston on Sunday. Dallas beat Houston and Columbus lost to Chicago.", "Columbus", "Ohio"),
    # guards: a local report of one or two divisions keeps the town its neighbours point to
    ("The Henry County sheriff said the fire in Paris spread to two farms.", "Paris", "Tennessee"),
    ("Volunteers drove from Dallas and Houston to Columbus to clear the flooded streets.", "Columbus", "Texas"),
])
def test_roundup_places(text: str, name: str, admin1: str) -> None:
    places = {p.name: p for p in extract(text).places}
    assert name in places, sorted(places)
    assert places[name].admin1 == admin1, (places[name].admin1, places[name].country)


@pytest.mark.parametrize(("text", "name", "placed"), [
    # before: placed (Brent, Florida or the London borough; Jupiter, Florida)
    ("Oil prices rose on Monday, with Brent up 1% in London.", "Brent", False),
    ("Analysts said Brent was trading near $70 a barrel in Singapore.", "Brent", False),
    ("NASA plans missions to the Moon and to Jupiter in the next decade.", "Jupiter", False),
    # no place before either (NER leaves them untagged as places): kept so
    ("Brent crude futures rose 50 cents to $64 a barrel.", "Brent", False),
    ("The probe will orbit Mars for two years before landing.", "Mars", False),
    # guards: the towns, where the report has no word of space or of oil
    ("A retiree in Jupiter won the lottery, police in Palm Beach County said.", "Jupiter", True),
    ("The council in Brent approved new housing.", "Brent", True),
])
def test_names_off_the_map(text: str, name: str, placed: bool) -> None:
    places = {p.name for p in extract(text).places}
    assert (name in places) == placed, sorted(places)
