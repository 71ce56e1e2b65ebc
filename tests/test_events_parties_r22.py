"""Round 22 (wave 2) parties and senses of issue 19, from the classes round 22's readers named: a country's name on
"the <noun>" of one known act is where it happened, a meeting participle's "in" phrase is the venue, a US state is
no country namesake, and a few senses ("demanded how", "sweet-talk", "fired teargas"). Rows marked "before:" failed
at main 133cbdfd; the guards passed before and still do. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_party, assert_party, events_at

# (text, trigger word, type, role, a name that role must hold; "" = the role is empty)
PARTIES = [
    # before: Libya as the attacker
    ("After the Libya attack, the State Department reviewed embassy security.", "attack", "FIGHT", "actors", ""),
    # guards: a plural, a target phrase or a people's word keeps the country as the actor
    ("U.S. airstrikes killed ten militants near the border.", "airstrikes", "FIGHT", "actors", "United States"),
    ("The U.S. attack on the base killed four guards.", "attack", "FIGHT", "actors", "United States"),
    ("The Hamas attack killed ten soldiers.", "attack", "ASSAULT", "actors", "Hamas"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_parties_r22(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, code)
CODES = [
    # before: MEX (the state's name holds its country namesake)
    ("Bill Harmon, a former governor of New Mexico, met North Korean officials in Pyongyang on Tuesday.", "met",
     "actors", "USA"),
    # before: JEY
    ("Tom Kessler, a senator from New Jersey, met the Irish finance minister in Dublin.", "met", "actors", "USA"),
    # guard: a country named in a role still codes its person
    ("Ana Lopez, a former president of Mexico, met the Irish finance minister in Dublin.", "met", "actors", "MEX"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODES)
def test_codes_r22(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


def test_meeting_venue_codes_nobody(enlp) -> None:
    """The city a body meets in is no party's country (before: the ministers coded BEL)."""
    text = "Euro zone ministers, meeting in Brussels, agreed to lend Greece more money."
    assert all(p["code"] != "BEL" for e in events_at(enlp, text, "agreed") for p in e["actors"])


def test_resident_still_coded(enlp) -> None:
    """Guard: a body placed by "in" (no meeting participle) still takes that place's country."""
    assert_code(enlp, "Palestinian police in Jericho arrested two men.", "arrested", "actors", "PSE")


# (text, trigger word, the type that must not be there)
NOT_EVENTS = [
    ("Maitlis repeatedly demanded how Andrew could be so sure of the date.", "demanded", "DEMAND"),  # before: DEMAND
    ("The president tried to sweet-talk the Chinese leader during the summit.", "talk", "CONSULT"),  # before: CONSULT
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_EVENTS)
def test_not_events_r22(enlp, text, word, typ) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word"), [
    ("The union demanded that the company raise wages.", "demanded"),
    ("Peace talks between Israel and Hamas resumed in Cairo.", "talks"),
])
def test_sense_guards_r22(enlp, text, word) -> None:
    """Guards: a demand with a "that" clause and talks between two sides stay events."""
    assert events_at(enlp, text, word)


# (text, trigger word, mode)
MODES = [
    ("Police fired teargas at the protesters on Sunday.", "fired", None),  # before: firearms
    ("Officers fired water cannon at the crowd.", "fired", None),  # before: firearms
    ("Soldiers fired shots at the crowd.", "fired", "firearms"),  # guard
]


@pytest.mark.parametrize(("text", "word", "mode"), MODES)
def test_fire_modes_r22(enlp, text, word, mode) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "FIGHT"]
    assert hits and hits[0]["mode"] == mode, events_at(enlp, text, word)


def test_town_compound_still_gone(enlp) -> None:
    """Guard of round 20: the town named on the attack is no party."""
    assert_no_party(enlp, "Four years after the Benghazi attack, only one man was tried.", "attack", "Benghazi")


# (text, trigger word, type, role, name; "" = the role is empty)
LAWS_AND_CLASHES = [
    # before: COERCE with the Act as its actor
    ("The Harbor Freedom Act would impose economic sanctions and a travel ban on officials.", "impose", "SANCTION",
     "actors", ""),
    ("The bill would impose a travel ban on officials.", "impose", "COERCE", "actors", ""),  # (held before too)
    # before: COERCE; a state imposing keeps its actor
    ("Washington imposed sanctions and a visa ban on ten officials.", "imposed", "SANCTION", "actors", "Washington"),
    # guard: a ban alone stays COERCE
    ("The government imposed a curfew on the city.", "imposed", "COERCE", "actors", "government"),
    # before: the police dropped (only the ones hurt as target)
    ("Clashes between protesters and police left 20 injured.", "Clashes", "FIGHT", "targets", "police"),
    ("Clashes between police and protesters killed 14 people in Khartoum.", "Clashes", "FIGHT", "targets",
     "protesters"),
    # guard: the ones killed stay targets too
    ("Clashes between police and protesters killed 14 people in Khartoum.", "Clashes", "FIGHT", "targets",
     "14 people"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), LAWS_AND_CLASHES)
def test_laws_and_clashes_r22(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


def test_clash_sides_once(enlp) -> None:
    """The second side is not listed twice where the clause names it too."""
    hits = [e for e in events_at(enlp, "Clashes between Hamas and Fatah erupted in Gaza.", "Clashes")
            if e["type"] == "FIGHT"]
    assert hits and [p["name"] for p in hits[0]["targets"]] == ["Fatah"], hits


@pytest.mark.parametrize(("text", "code"), [
    ("Finance ministers met in Luxembourg on Friday.", None),  # before: LUX
    ("Diplomats met in Vienna on Monday.", None),  # before: AUT
    ("Rebels held talks in Khartoum on Monday.", "SDN"),  # guard: a local group is still coded by the place
])
def test_meeting_place_codes_no_envoy(enlp, text, code) -> None:
    hits = [e for e in enlp(text)._.newsgraph_events if e["type"] == "CONSULT"]
    assert hits and [p["code"] for p in hits[0]["actors"]] == [code], hits
