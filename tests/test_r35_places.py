"""Round 35 (places precision): names that look like a place's and are something else. A news agency's name
("Xinhua", "the Fars news agency"), an idiom's place word ("met his Waterloo", "a Mecca for"), a "Little <city>"
neighbourhood ("Little Havana" in Miami is not Havana), a word of a person's name ("the Bush administration",
"Theresa" of "Theresa May"). Sentences written here; rows marked "before:" failed at main 2e9fffc0, the others
are guards (near misses that must keep their places)."""

from __future__ import annotations

import pytest

from newsgraph import extract


def place_names(text: str) -> list[str]:
    """The mentions' texts of every place the report is found to name."""
    return sorted(m.text for p in extract(text).places for m in p.mentions)


def place_readings(text: str) -> dict[str, str | None]:
    """Each place's name (as the gazetteer writes it) and its country."""
    return {p.name: p.country for p in extract(text).places}


@pytest.mark.parametrize(("text", "want"), [
    # before: a news agency's name read as a Chinese village
    ("The deal was signed on Monday, Xinhua reported, citing officials in Beijing.", ["Beijing"]),
    # guard (held at main too): an agency named beside its words, not the Iranian province
    ("The semi-official Fars news agency said the tanker had been seized off the coast of Oman.", ["Oman"]),
    # guard (held at main too): an agency's name that is a Jordanian ruin, with "reported" after it
    ("Petra reported that the king would travel to Washington next week.", ["Washington"]),
    # guard: the province itself keeps its place
    ("Farmers in Fars province have lost half their wheat to the drought.", ["Fars"]),
    # guard: the ruins keep their place
    ("The ancient city of Petra drew few tourists to Jordan this year.", ["Jordan", "Petra"]),
    # guard: the Canadian city named as a city keeps its place
    ("The mayor of Waterloo, Ontario, said the plant would close.", ["Ontario", "Waterloo"]),
    # before: an idiom holding a town's name
    ("The senator finally met his Waterloo in the primary in Ohio.", ["Ohio"]),
    # before: "a Mecca for" is a figure of speech
    ("The valley has become a Mecca for cyclists from across Europe.", ["Europe"]),
    # guard: the pilgrimage city keeps its place
    ("Millions of pilgrims travelled to Mecca for the hajj this week.", ["Mecca"]),
    # before: a named thing holding a capital's name
    ("Diplomats in Vienna reported symptoms of the Havana syndrome last year.", ["Vienna"]),
    # guard: the capital itself keeps its place
    ("The minister flew to Havana on Tuesday for talks on trade.", ["Havana"]),
])
def test_agencies_idioms_things(text: str, want: list[str]) -> None:
    assert place_names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # before: a neighbourhood of Miami read as the Cuban capital
    ("Crowds gathered outside a cafe in Little Havana, in Miami, to celebrate.", {"Miami": "USA"}),
    # guard: a city whose own name opens with "Little" stays that city
    ("The governor spoke in Little Rock, Arkansas, on Friday.", {"Little Rock": "USA", "Arkansas": "USA"}),
])
def test_little_namesakes(text: str, want: dict[str, str]) -> None:
    assert place_readings(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # guard (held at main too): a former president's surname before "administration" (Būsh, Egypt)
    ("The program began under the Bush administration and grew under its successors in Iraq.", ["Iraq"]),
    # guard (held at main too): the surname after a given name and an initial
    ("The policy dates back to George W. Bush, who launched the war in Iraq.", ["Iraq"]),
    # guard (held at main too): a given name that opens a person the report names in full
    ("Rebels want to topple Theresa May this winter. Theresa May said she would fight on in London.",
     ["London"]),
    # guard: a state after a given name's look-alike stays the state
    ("Voters in Georgia and Virginia went to the polls on Tuesday.", ["Georgia", "Virginia"]),
    # guard: a country right after another country's name stays a country
    ("Talks between Israel and Jordan resumed in Amman on Sunday.", ["Amman", "Israel", "Jordan"]),
    # guard: a city after a locative preposition keeps its place
    ("She moved to Austin after college and later to Denver.", ["Austin", "Denver"]),
])
def test_person_name_parts(text: str, want: list[str]) -> None:
    assert place_names(text) == want


# The rules themselves, on the mention's offsets: NER tags these sentences unlike the reports where the errors
# were read, so the sentence rows above held at main for persons' names; these rows fail at main (no rule).
@pytest.fixture(scope="module")
def gaz():  # noqa: ANN201 (the gazetteer's type is imported lazily with the rules)
    from newsgraph.extract.places.gazetteer import load_gazetteer
    return load_gazetteer()


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


@pytest.mark.parametrize(("text", "name", "want"), [
    # the surname of a reference person before "administration", NER having tagged nothing
    ("The rule is an extension of a 2006 Bush Administration-era policy.", "Bush", True),
    ("The program began under the Bush administration.", "Bush", True),
    # after a capital initial
    ("The George W. Bush years ended in a financial crisis.", "Bush", True),
    # after a given name that is no well-known place
    ("Defense Secretary Lloyd Austin visited the base.", "Austin", True),
    # a given name before a surname the report gives a person
    ("Rebels plotted to topple Theresa May in the spring.", "Theresa", True),
    # guards: a state, a country after a country, a city after a preposition, a city and its state
    ("Voters in Georgia went to the polls.", "Georgia", False),
    ("Talks between Israel Jordan and Egypt resumed.", "Jordan", False),
    ("She moved to Austin after college.", "Austin", False),
    ("The mayor of Charlotte Monday said the roads were open.", "Charlotte", False),
])
def test_person_name_part(gaz, text: str, name: str, want: bool) -> None:  # noqa: ANN001
    from newsgraph.extract.places.namesakes import person_name_part
    start, end = _at(text, name)
    assert person_name_part(gaz, text, start, end, ["May"]) is want


@pytest.mark.parametrize(("text", "name", "starts", "want"), [
    # a full name NER typed PERSON
    ("It was Barack Obama who spoke.", "Barack Obama", [7], True),
    # one given name, no well-known place's, not after a locative preposition in some mention
    ("The President and Theresa loved it. They were friends to Theresa and me.", "Theresa", [18, 54], True),
    # known failure: a well-known city's name as a given name stays (Nancy, France), so "Jackson police" does
    pytest.param("The President and Nancy loved it. They were friends to Nancy and me.", "Nancy", [18, 52], True,
                 marks=pytest.mark.xfail(reason="a well-known city's name is left to the other rules", strict=True)),
    # guard: a city NER typed PERSON before a noun
    ("Jackson police reported a shooting.", "Jackson", [0], False),
    # the last word of a longer name
    ("NPR's Soraya Sarhaddi Nelson said so.", "Nelson", [22], True),
    # guards: a country, a place after a locative preposition in every mention, a place's own two-word name
    ("Officials in Jordan said so.", "Jordan", [13], False),
    ("He flew to Nancy on Monday.", "Nancy", [11], False),
    ("It happened in Sri Lanka.", "Sri Lanka", [15], False),
])
def test_persons_entity(gaz, text: str, name: str, starts: list[int], want: bool) -> None:  # noqa: ANN001
    from newsgraph.extract.places.namesakes import persons_entity
    assert persons_entity(gaz, text, name, starts) is want


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Xinhua said the talks would resume.", "Xinhua", True),
    ("The Fars news agency said so.", "Fars", True),
    ("Officials told Mehr the ship was seized.", "Mehr", True),
    ("The state news agency SANA said the strike killed five.", "SANA", True),
    ("Drought struck Fars province again.", "Fars", False),  # guard: the province
    ("The ruins of Petra drew tourists.", "Petra", False),  # guard: the ruins
])
def test_agency_name(text: str, name: str, want: bool) -> None:
    from newsgraph.extract.places.namesakes import agency_name
    assert agency_name(text, *_at(text, name)) is want


@pytest.mark.parametrize(("text", "name", "want"), [
    ("He finally met his Waterloo in the primary.", "Waterloo", True),
    ("The town is a Mecca for cyclists.", "Mecca", True),
    ("Rome wasn't built in a day, she said.", "Rome", True),
    ("They crossed the Rubicon last week.", "Rubicon", True),
    ("The mayor of Waterloo resigned.", "Waterloo", False),  # guard
    ("Pilgrims travelled to Mecca for the hajj.", "Mecca", False),  # guard
    ("Talks in Rome resumed while Paris waited.", "Rome", False),  # guard
])
def test_idiom_place(text: str, name: str, want: bool) -> None:
    from newsgraph.extract.places.namesakes import idiom_place
    assert idiom_place(text, *_at(text, name)) is want


@pytest.mark.parametrize(("text", "name", "want"), [
    ("A cafe in Little Havana was full.", "Havana", True),
    ("Shops in Little Saigon reopened.", "Saigon", True),
    ("The governor spoke in Little Rock on Friday.", "Little Rock", False),  # guard: a city's own name
    ("She flew to Havana on Friday.", "Havana", False),  # guard
])
def test_little_namesake(gaz, text: str, name: str, want: bool) -> None:  # noqa: ANN001
    from newsgraph.extract.places.namesakes import little_namesake
    assert little_namesake(gaz, text, *_at(text, name)) is want
