"""Round 33 (a person's name read as a place): a name in a bare list of names whose neighbours the entity layer
holds as persons ("Collins, Murkowski, Paul and Romney") is a person's, not Paul in Cabo Verde or Idaho; a place-
typed name that the report gives a person's title once ("Lord Palmerston") is that person in every mention, not
Palmerston, Australia. Sentences written here; rows marked "before:" failed at main 0f847a96, the others are
guards."""

from __future__ import annotations

import pytest

from newsgraph import extract


def place_names(text: str) -> list[str]:
    """The mentions' texts of every place the report is found to name."""
    return sorted(m.text for p in extract(text).places for m in p.mentions)


@pytest.mark.parametrize(("text", "want"), [
    # before: Paul, Cabo Verde, in a list of senators' surnames
    ("The letter was signed by Collins, Murkowski, Paul and Romney, aides said.", []),
    # before: the same, with the neighbour after it not a person to NER
    ("Votes from McCain, Paul, Flake and Corker decided the measure in the Senate.", []),
    # before: the bare surname after the titled mention read as Palmerston, Australia
    ("The strategy owes much to Lord Palmerston. As Palmerston put it, nations have no permanent friends.", []),
    # before: the same, with the bare surname's possessive later
    ("Britain, said Lord Palmerston, has no eternal allies. Palmerston's maxim still guides London.",
     ["Britain", "London"]),
    # guard: a list of places stays a list of places
    ("Protests spread to Lyon, Bordeaux, Toulouse and Marseille on Saturday.",
     ["Bordeaux", "Lyon", "Marseille", "Toulouse"]),
    # guard: a list of countries beside a person's name
    ("Ministers from Britain, France and Germany met Kerry in Vienna.", ["Britain", "France", "Germany", "Vienna"]),
    # guard: a town after "in" with its province's short form after it stays the town
    ("Morrison said the couple will move into a brick house in Barrie, Ont., with a fenced yard.", ["Barrie"]),
    # guard: a country after "of" before a listed person's name stays the country
    ("The president meets two leaders: Prime Minister Narendra Modi of India, and Putin of Russia.",
     ["India", "Russia"]),
    # guard: a titled person beside a place keeps the place
    ("Sen. Paul said he would oppose the nominee when he returns to Kentucky.", ["Kentucky"]),
    # guard: a well-known place after a title stays the place elsewhere in the report
    ("The governor of Texas spoke. Officials in Texas said the storm had passed.", ["Texas", "Texas"]),
])
def test_person_names_not_places(text: str, want: list[str]) -> None:
    assert place_names(text) == want
