"""Round 14 party rules of issue 19 (docs/events_guidelines.md, "Round 14, parties"), written from the tune half's
party errors by class and the classes of the round-13 independent review: a conjunct with a tense of its own
shares a passive's subject, not its "by" agent; the clause of an accusation names the accused and a threat's
clause the one harm is aimed at; the maker of a statement judged; who resigned; a subject that names its own object
is a misreading; what an object is "against"; "pro-"/"anti-" words are no nationality; "X was behind Y" said by a
named speaker is an accusation; an undated telling with another doer is no repeat. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_role_lacks, events_at, party_names

# (text, trigger word, type, role, a name that must be among the role's parties)
FOUND = [
    # a conjunct with its own tense shares the passive's subject, not the "by" agent
    ("Hezbollah was listed as a terrorist group by the European Union and has since been behind several attacks on "
     "soldiers.", "attacks", "ASSAULT", "actors", "Hezbollah"),
    # the subject of an accusation's that-clause is the accused
    ("The senator issued a statement charging that Michael Flynn lied to investigators.", "charging", "DISAPPROVE",
     "targets", "Michael Flynn"),
    ("Prosecutors alleged that Paul Manafort hid millions of dollars abroad.", "alleged", "DISAPPROVE", "targets",
     "Paul Manafort"),
    # a threat whose clause is the threatener's own: the one the harm is aimed at
    ("The North Korean army warned on Friday that it had been authorized to attack South Korea.", "warned", "THREATEN",
     "targets", "South Korea"),
    # the maker of a statement judged, told by a relative clause
    ("Pence defended a remark Trump made on Monday.", "defended", "SUPPORT", "targets", "Trump"),
    ("The opposition rejected the plan that Netanyahu announced last week.", "rejected", "REJECT", "targets",
     "Netanyahu"),
    # the "of" phrase of a resignation is the one who resigned
    ("The scandal forced the resignation of Defense Minister Ehud Barak.", "resignation", "RETREAT", "actors",
     "Ehud Barak"),
    ("Senator Graham slammed President Barack Obama on Monday over his remarks.", "slammed", "DISAPPROVE",
     "targets", "Barack Obama"),
    # what the object is "against"
    ("The foreign ministry threatened countermeasures against Washington.", "threatened", "THREATEN", "targets",
     "Washington"),
    # an insurgent group and its state's forces are two sides under one country code (the reference tables code
    # the Taliban AFG): the state's forces stay the target (round-14 integration)
    ("The Taliban attacked Afghan government forces in Kunduz on Sunday.", "attacked", "ASSAULT", "targets",
     "Afghan government forces"),
    # "X was behind Y" in what a named speaker says or believes: an accusation
    ("Maduro said he was convinced Colombia was behind the plot.", "said", "DISAPPROVE", "targets", "Colombia"),
    ("Maduro said he was convinced Colombia was behind the plot.", "said", "DISAPPROVE", "actors", "Maduro"),
    ("Israeli officials believe Iran was behind the attack on the tanker.", "believe", "DISAPPROVE", "targets", "Iran"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FOUND)
def test_party_found(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that must NOT be among the role's parties of any event at the word)
NOT_FOUND = [
    ("Hezbollah was listed as a terrorist group by the European Union and has since been behind several attacks on "
     "soldiers.", "attacks", "actors", "European Union"),
    # a bare participle shares the passive, "by" phrase and all: the subject was arrested, not arresting
    ("Sanders was arrested by police and charged with assault.", "charged", "actors", "Sanders"),
    # the subject that names the object is the parser's misreading: empty, not the one urged
    ("Cummings's letter, addressed to the chairman of the committee, Jason Chaffetz, urged Chaffetz to act.",
     "urged", "actors", "Chaffetz"),
    # a capitalized title the parser set apart from the name after it is no party of its own
    ("Senator Graham slammed President Barack Obama on Monday over his remarks.", "slammed", "targets",
     "President"),
    # the one who resigned is no target
    ("The scandal forced the resignation of Defense Minister Ehud Barak.", "resignation", "targets", "Ehud Barak"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)


# "X was behind Y" accuses nobody unless a named speaker says or believes it, unnegated
NO_ACCUSATION = [
    ("Russia was behind the hacking of the committee's servers.", "behind"),
    ("Officials said they were not sure Iran was behind the attack.", "said"),
    ("It is unclear who was behind the bombing, police said.", "said"),
    ("Trump said he did not believe Saudi Arabia was behind the killing.", "said"),
    ("Moscow denied that it was behind the poisoning.", "denied"),
]


@pytest.mark.parametrize(("text", "word"), NO_ACCUSATION)
def test_no_behind_accusation(enlp, text, word) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "DISAPPROVE" and e["mode"] == "allege"]
    assert not hits, hits


# (text, trigger word, role, a country code no party of the role may have): a side taken is no nationality
SIDED = [
    ("Anti-American protesters attacked the embassy on Friday.", "attacked", "actors", "USA"),
    ("Pro-Iranian militias fired rockets at the base.", "fired", "actors", "IRN"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), SIDED)
def test_sided_modifier_no_country(enlp, text, word, role, code) -> None:
    hits = events_at(enlp, text, word)
    assert hits, text
    assert all(code not in {p["code"], p["country"]} for h in hits for p in h[role]), hits


# (text, type, the actor names the report's events of that type must have, in order): one telling dated and
# the other not, with two different doers of one country, are two events, not a repeat
TELLINGS = [
    ("The German foreign minister condemned the strike on Monday. The German defense minister also condemned the "
     "strike.", "DISAPPROVE", ["foreign minister", "defense minister"]),
    # the same doer told again without a time is one event
    ("The German foreign minister condemned the strike on Monday. The German foreign minister condemned the "
     "strike.", "DISAPPROVE", ["foreign minister"]),
    # "again" tells a second act, not the first one again (round 17c, events/tellings.py)
    ("The German foreign minister condemned the strike on Monday. The German foreign minister condemned the strike "
     "again.", "DISAPPROVE", ["foreign minister", "foreign minister"]),
]


@pytest.mark.parametrize(("text", "typ", "actors"), TELLINGS)
def test_undated_telling(enlp, text, typ, actors) -> None:
    evs = [e for e in enlp(text)._.newsgraph_events if e["type"] == typ]
    got = [party_names(e["actors"]) for e in evs]
    assert len(got) == len(actors) and all(a in g for a, g in zip(actors, got, strict=True)), evs


# (text, trigger word, role, the code a party of the role must have): where the entity layer gives no country, the
# reference actor tables code the party; never the nearest country word
REFERENCE = [
    ("Hamas threatened on Monday to resume its attacks.", "threatened", "actors", "PSE"),
    ("Amnesty International condemned the executions.", "condemned", "actors", "NGO"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), REFERENCE)
def test_reference_actor_code(enlp, text, word, role, code) -> None:
    hits = events_at(enlp, text, word)
    assert hits, text
    assert code in {p["code"] for p in hits[0][role]}, hits[0]
