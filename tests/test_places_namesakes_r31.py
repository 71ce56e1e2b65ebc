"""Round 31 (places2: a well-known city's small namesake vouches for no hamlet): "the Boston blasts" in a New York
report had read Boston, N.Y. (a village of 8,000), because that village, near the hamlet Alabama, N.Y., counted as
a small place of a local story; the hamlet then took "a former Alabama governor" from the state, and the hamlet in
turn lifted the village over Boston, Massachusetts. A small town that is plausible only because a well-known city
bears its name is no sign of a local story. A county or a small town named near the village or the hamlet, or a
qualifier, still reads them. Sentences written here; rows marked "before:" failed at main 44694485."""

from __future__ import annotations

import pytest
from place_kit import read_places

from newsgraph.extract.places import gazetteer as gz
from newsgraph.extract.places.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return load_gazetteer()




@pytest.mark.parametrize(("text", "names", "name", "feature", "admin1"), [
    # before: Boston, New York (8,049) and Alabama, New York (1,818), each lifting the other
    ("Prosecutors in New York City said the clerk, who worked in Manhattan, had cheered the Boston bombings. "
     "A New York judge and a former Alabama governor spoke.",
     ["New York City", "Manhattan", "Boston", "New York", "Alabama"], "Boston", "city", "Massachusetts"),
    ("Prosecutors in New York City said the clerk, who worked in Manhattan, had cheered the Boston bombings. "
     "A New York judge and a former Alabama governor spoke.",
     ["New York City", "Manhattan", "Boston", "New York", "Alabama"], "Alabama", "admin1", "Alabama"),
    ("Brooklyn detectives in New York said the man had filmed the Boston Marathon; he had once lived in Alabama.",
     ["Brooklyn", "New York", "Boston", "Alabama"], "Boston", "city", "Massachusetts"),
    ("Brooklyn detectives in New York said the man had filmed the Boston Marathon; he had once lived in Alabama.",
     ["Brooklyn", "New York", "Boston", "Alabama"], "Alabama", "admin1", "Alabama"),
    ("The New York senator met a former Alabama governor and a Boston banker.",
     ["New York", "Alabama", "Boston"], "Boston", "city", "Massachusetts"),
    # guards: a county and a small town near the village; qualifiers; a county and a town near the hamlet
    ("Deputies in Erie County said the barn fire in Boston spread toward Orchard Park.",
     ["Erie County", "Boston", "Orchard Park"], "Boston", "locality", "New York"),
    ("Snow closed roads in Boston, N.Y., and in Alabama, N.Y., on Monday.",
     ["Boston", "Alabama"], "Boston", "locality", "New York"),
    ("Snow closed roads in Boston, N.Y., and in Alabama, N.Y., on Monday.",
     ["Boston", "Alabama"], "Alabama", "locality", "New York"),
    ("A van slid off the road just east of Alabama on Route 77; deputies from Genesee County and Batavia came, "
     "and a tow truck from Boston.", ["Alabama", "Genesee County", "Batavia", "Boston"], "Alabama", "locality",
     "New York"),
    # round 24's guard: a namesake near a city of the report keeps the story's help
    ("Volunteers drove from Dallas and Houston to Columbus to clear the flooded streets.",
     ["Dallas", "Houston", "Columbus"], "Columbus", "locality", "Texas"),
    ("A Manhattan jury in New York heard that the Boston blasts had been planned in Ohio.",
     ["Manhattan", "New York", "Boston", "Ohio"], "Boston", "city", "Massachusetts"),
])
def test_namesake_vouches_for_no_hamlet(gaz: gz.Gazetteer, text: str, names: list[str], name: str, feature: str,
                                        admin1: str) -> None:
    p = read_places(gaz, text, names, every=True)[name]
    assert (p.feature, p.admin1, p.country) == (feature, admin1, "USA")
