"""Round 28 (issue 17, item 1): amount objects left empty or cut short, from an independent review of unseen
conflict reports. Each rule has sentences that must get the right object (or lose the figure) and guard rows
that must keep what they had. Sentences written here."""

from __future__ import annotations

import pytest
from conftest import amount_read as _amount
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object

# 1. a plural head coordinated with a bare noun: the figure counts both
JOINED = [
    ("In all, 41 Iranian people and entities were sanctioned on Monday.", "41", "Iranian people and entities",
     "people_and_entities"),
    ("The ministry listed 15 firms and charities that broke the rules.", "15", "firms and charities",
     "firms_and_charities"),
    ("All 231 passengers and crew aboard the jet died.", "231", "passengers and crew killed", "deaths"),
    ("The blast killed 12 soldiers and civilians near the market.", "12", "soldiers and civilians killed", "deaths"),
]

JOINED_GUARDS = [
    # the second noun has a figure, a determiner or a possessive of its own, or is a singular thing
    ("The ferry was carrying 300 passengers and 12 crew members.", "300", "passengers"),
    ("Five soldiers and their driver were hurt in the crash.", "Five", "soldiers injured"),
    ("The rebels seized 20 tanks and equipment from the depot.", "20", "tanks"),
    ("It will sanction six oligarchs and a dozen companies they control.", "six", "oligarchs"),
    ("The delegation of 40 businessmen and women flew to Lagos.", "40", "businessmen"),  # "-women": elided
]


@pytest.mark.parametrize(("text", "figure", "obj", "canonical"), JOINED)
def test_coordinated_object(text: str, figure: str, obj: str, canonical: str) -> None:
    a = _amount(text, figure)
    assert a.object == obj
    assert canonical_object(a.object) == canonical


@pytest.mark.parametrize(("text", "figure", "obj"), JOINED_GUARDS)
def test_coordinated_object_guards(text: str, figure: str, obj: str) -> None:
    assert _amount(text, figure).object == obj


def test_joined_key_same_thing_twice() -> None:
    # two words for one thing key as that thing; an outcome after the second noun keys the outcome
    assert canonical_object("soldiers and troops") == "troops"
    assert canonical_object("passengers and crew killed") == "deaths"
    assert canonical_object("Iranian people and entities") == "people_and_entities"


# 2. "N of the X were Y": the part is counted by what the copula says it is
PARTITIVE = [
    ("Police said four of the hostages were children.", "four", "children"),
    ("Officials said two of the victims were women.", "two", "women"),
    ("Two of them were soldiers.", "Two", "troops"),
]

PARTITIVE_GUARDS = [
    # a passive or adjective after the copula, a share, or a determined predicate keep the whole's noun
    ("Police said four of the hostages were wounded.", "four", "injured"),
    ("About 40% of the voters were women.", "40%", "voters"),
    ("Three of the men were the organisers of the march.", "Three", "men"),
    ("Seven of the soldiers returned home.", "Seven", "troops"),
]


@pytest.mark.parametrize(("text", "figure", "canonical"), PARTITIVE)
def test_partitive_predicate(text: str, figure: str, canonical: str) -> None:
    assert canonical_object(_amount(text, figure).object) == canonical


@pytest.mark.parametrize(("text", "figure", "canonical"), PARTITIVE_GUARDS)
def test_partitive_predicate_guards(text: str, figure: str, canonical: str) -> None:
    assert canonical_object(_amount(text, figure).object) == canonical


# 3. "N out of M nouns": the part counts what the whole counts
OUT_OF = [
    ("The party won 160 out of 350 seats in the election.", "160", "seats"),
    ("Only 12 out of 40 schools reopened after the floods.", "12", "schools"),
]

OUT_OF_GUARDS = [
    ("The judges gave her 9 out of 10.", "9 out of 10"),  # a score, read whole by the scanner: no object
]


@pytest.mark.parametrize(("text", "figure", "canonical"), OUT_OF)
def test_out_of_object(text: str, figure: str, canonical: str) -> None:
    assert canonical_object(_amount(text, figure).object) == canonical


@pytest.mark.parametrize(("text", "figure"), OUT_OF_GUARDS)
def test_out_of_guards(text: str, figure: str) -> None:
    assert _amount(text, figure).object is None


# 4. an idiom and a designator are no counts; basis points are a unit
NOT_COUNTS = [
    "For the minister it was three strikes and out.",
    "The rule of three strikes and you're out applies to repeat offenders.",
    "The agency is helping per Annex 9 protocol.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_idiom_and_designator(text: str) -> None:
    assert _amounts(text) == [], [(a.text, a.object) for a in _amounts(text)]


def test_three_strikes_guard() -> None:
    a = _amount("Three strikes hit the town on Monday, killing 4 people.", "Three")
    assert canonical_object(a.object) == "airstrikes"


def test_basis_points_unit() -> None:
    a = _amount("Yields on Italian bonds rose 30 basis points to 3.2%.", "30 basis points")
    assert (a.kind, a.unit) == ("measure", "basis point")
    assert a.measure == "yields.basis_point:-:-"


# 5. a small spelled number enumerating an argument's parts is no amount
ENUMERATING = [
    "One reason was the cost of the war.",
    "There are two things to know about the vote.",
    "Three kinds of critics have spoken up.",
]

ENUMERATING_GUARDS = [
    ("Auditors found 12 issues in the accounts.", "12"),  # digits: a writer's count
    ("One soldier was killed in the raid.", "One"),
]


@pytest.mark.parametrize("text", ENUMERATING)
def test_enumerating_number(text: str) -> None:
    assert _amounts(text) == [], [(a.text, a.object) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "figure"), ENUMERATING_GUARDS)
def test_enumerating_guards(text: str, figure: str) -> None:
    assert _amount(text, figure)
