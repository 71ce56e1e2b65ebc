"""Round 13 party, time and place rules of issue 19 (docs/events_guidelines.md, round 13 parties addendum), written
from the classes of the round-13 independent review: a party named in a phrase the old rules did not read (the
holder "held by X" of people whose release is demanded, the addressee of a letter "calling on him", the other side
of a fight "in a shootout with police", a title whose phrase ends in the person's name, "the West"); a place or a
thing is never a target where the clause names another (a strike "in Yemen" that killed a person, a meeting "at" a
base, a weapon deployed); a time or place told inside another event's clause or noun modifier is that event's. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_role_lacks, events_at

# (text, trigger word, type, role, a name that must be among the role's parties)
FOUND = [
    # whom a demand about held people is made of: the holder
    ("The rebels are demanding the release of all their fighters held by the Iraqi government.", "demanding",
     "DEMAND", "targets", "Iraqi government"),
    ("Hamas demanded the release of prisoners detained by Israel.", "demanded", "DEMAND", "targets", "Israel"),
    # an object "him" of a clause the subject controls is not the subject: the addressee named before
    ("Senator Smith sent a letter to Carter urging him to resign.", "urging", "DEMAND", "targets", "Carter"),
    ("McCain and Reed co-wrote a letter to Carter last week calling on him not to demote Petraeus.", "calling",
     "DEMAND", "targets", "Carter"),
    # the other side of the fight a passive harm verb happened in
    ("The suspect was killed two days after the bombing in a shootout with police.", "killed", "ASSAULT", "actors",
     "police"),
    ("The gunman was killed in a firefight with soldiers on Tuesday.", "killed", "FIGHT", "actors", "soldiers"),
    # the one a strike killed, not the country it happened in
    ("A U.S. drone strike in Yemen killed Awlaki in 2011.", "strike", "FIGHT", "targets", "Awlaki"),
    # a title whose phrase ends in a first name and surname: the person
    ("Ambassador at Large for International Religious Freedom Sam Brownback has condemned China's actions.",
     "condemned", "DISAPPROVE", "actors", "Sam Brownback"),
    # "at" a thing of a country is no place: the country's act is the target
    ("European leaders have voiced frustration at Britain's delay in triggering article 50.", "frustration",
     "DISAPPROVE", "targets", "Britain"),
    # a plural role noun lists its members: it is no title followed by a name
    ("The U.S. was monitoring the communications of several friendly foreign leaders, including German Chancellor "
     "Angela Merkel.", "monitoring", "INVESTIGATE", "targets", "leaders"),
    # "the West" acts as one side
    ("The West responded with financial sanctions against Russian officials.", "sanctions", "SANCTION", "actors",
     "West"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FOUND)
def test_party_found(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that must NOT be among the role's parties of any event at the word)
NOT_FOUND = [
    ("A U.S. drone strike in Yemen killed Awlaki in 2011.", "strike", "targets", "Yemen"),
    ("Ambassador at Large for International Religious Freedom Sam Brownback has condemned China's actions.",
     "condemned", "actors", "Ambassador"),
    ("Pompeo will meet Baradar at Qatar's Al Udeid Air Base on Saturday.", "meet", "targets", "Air Base"),
    ("Putin said they deployed these coastal systems Bastion to protect Crimea.", "deployed", "targets", "Bastion"),
    ("McCain and Reed co-wrote a letter to Carter last week calling on him not to demote Petraeus.", "calling",
     "targets", "McCain"),
    # a fight's "with" names the harmer only for a passive harm verb with no agent
    ("The suspect was killed by soldiers in a shootout with police.", "killed", "actors", "police"),
    # a strike on a country keeps the country: it is no place after "in"
    ("An Israeli strike on Syria killed five soldiers.", "strike", "targets", "five soldiers"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)


# (text, trigger word, type, the time the event must have: None = no time)
TIMES = [
    # a time inside a noun's modifying clause is that noun's event's
    ("One of the provisions of the agreement signed in Doha on February 29 was the proposal to organise talks "
     "between the government and the Taliban.", "talks", "CONSULT", None),
    ("Ahead of the talks that will begin next week, Israel is urging the US to keep sanctions.", "urging", "DEMAND",
     None),
    ("Iran accused France of blocking agreement last week at talks in Geneva.", "accused", "DISAPPROVE", None),
    # a coordinated clause with its own subject keeps its time to itself
    ("U.S. troops withdrew in 2011, but 3,000 have returned to advise Iraqi forces battling Islamic State.",
     "battling", "FIGHT", None),
    # the event's own clause, or a clause above it, still gives the time
    ("Mr Blair held talks with Chirac in Paris on Monday.", "talks", "CONSULT", "XXXX-WXX-1"),
    ("On Monday, officials said the army attacked the rebels.", "attacked", "ASSAULT", "XXXX-WXX-1"),
    ("One of the provisions of the agreement signed in Doha on February 29 was the proposal to organise talks "
     "between the government and the Taliban.", "signed", "AGREE", "XXXX-02-29"),
]


@pytest.mark.parametrize(("text", "word", "typ", "time"), TIMES)
def test_event_time(enlp, text, word, typ, time) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    got = hits[0]["time"]
    assert (got is not None and got.startswith(time)) if time else got is None, hits[0]


# (text, trigger word, type, whether the event has a place)
PLACES = [
    ("Iran accused France of blocking agreement last week at talks in Geneva.", "accused", "DISAPPROVE", False),
    ("Mr Blair held talks with Chirac in Paris on Monday.", "talks", "CONSULT", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "placed"), PLACES)
def test_event_place(enlp, text, word, typ, placed) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert (hits[0]["place"] is not None) == placed, hits[0]
