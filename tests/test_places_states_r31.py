"""Round 31 (places: a division's own name and its homonyms): "Alabama" in a report that names towns of New York
state is the state, not the hamlet of that state that shares its name, unless a qualifier, a cue or a county or
small town named near the hamlet says so; "New York" beside words of a city ("the New York police", "a news
conference in New York", "based in New York") is the city, and alone it stays the state. Sentences written here;
rows marked "before:" failed at main 498bea55."""

from __future__ import annotations

import pytest
from place_kit import read_places

from newsgraph.extract.places import gazetteer as gz
from newsgraph.extract.places.gazetteer import load_gazetteer
from newsgraph.extract.places.states import city_words


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return load_gazetteer()




@pytest.mark.parametrize(("text", "names", "name", "feature", "admin1"), [
    # before: Alabama, New York (a hamlet of 1,800 between the state's cities)
    ("Rochester and Syracuse in New York sued; a former Alabama judge wrote the brief.",
     ["Rochester", "Syracuse", "New York", "Alabama"], "Alabama", "admin1", "Alabama"),
    ("Police in Buffalo, New York, said a driver from Alabama had been held overnight.",
     ["Buffalo", "New York", "Alabama"], "Alabama", "admin1", "Alabama"),
    # guards: the state already; a qualifier names the hamlet; a county and a small town beside it make it local
    ("Albany lawmakers in New York copied a bill from Alabama and Ohio.",
     ["Albany", "New York", "Alabama", "Ohio"], "Alabama", "admin1", "Alabama"),
    ("Voters in Alabama, N.Y., kept their town hall open.", ["Alabama", "N.Y."], "Alabama", "locality", "New York"),
    ("A truck overturned just east of Alabama on Route 77; deputies from Genesee County and Batavia came.",
     ["Alabama", "Genesee County", "Batavia"], "Alabama", "locality", "New York"),
    ("Lawmakers in New York and Ohio passed the bill; Georgia is next.", ["New York", "Ohio", "Georgia"],
     "Georgia", "admin1", "Georgia"),
])
def test_division_name_over_its_hamlets(gaz: gz.Gazetteer, text: str, names: list[str], name: str, feature: str,
                                        admin1: str) -> None:
    p = read_places(gaz, text, names)[name]
    assert (p.feature, p.admin1, p.country) == (feature, admin1, "USA")


@pytest.mark.parametrize(("text", "names", "feature"), [
    # before: the state, each of them
    ("The New York police said the suspect had lived in Chicago.", ["New York", "Chicago"], "city"),
    ("The New York mayor rode the subway to Brooklyn.", ["New York", "Brooklyn"], "city"),
    ("At a news conference in New York, the senator from Texas defended the plan.", ["New York", "Texas"], "city"),
    ("The General Assembly in New York heard the Chilean president on Tuesday.", ["New York"], "city"),
    ("The charity, based in New York, also runs clinics in Texas and Ohio.", ["New York", "Texas", "Ohio"], "city"),
    ("A New York-based fund bought the Ohio plant.", ["New York", "Ohio"], "city"),
    ("Some 90 mayors will gather in New York next week, and a few from Ohio will speak.", ["New York", "Ohio"],
     "city"),
    # guards: the state where nothing says city
    ("New York Gov. Ann Rowe met the Florida delegation.", ["New York", "Florida"], "admin1"),
    ("Lawmakers in New York and Ohio passed the bill.", ["New York", "Ohio"], "admin1"),
    ("In Rochester and Syracuse, snow piled up across New York.", ["Rochester", "Syracuse", "New York"], "admin1"),
    ("He flew from Boston to New York for the talks.", ["Boston", "New York"], "admin1"),
    ("Trucks crossed the New York border at dawn.", ["New York"], "admin1"),
])
def test_city_words_read_the_city(gaz: gz.Gazetteer, text: str, names: list[str], feature: str) -> None:
    p = read_places(gaz, text, names)["New York"]
    assert (p.feature, p.admin1) == (feature, "New York")


@pytest.mark.parametrize(("text", "name", "city"), [
    ("the Dayton police chief", "Dayton", True),
    ("a rally in Dayton", "Dayton", True),
    ("a Dayton-based firm", "Dayton", True),
    ("a Dayton-area firm", "Dayton", False),
    ("he lives in Dayton", "Dayton", False),
    ("the Dayton policies", "Dayton", False),
])
def test_city_words(text: str, name: str, city: bool) -> None:
    s = text.index(name)
    assert city_words(text, s, s + len(name)) is city
