"""Round 12 party rules of issue 19 (docs/events_guidelines.md, round 12 parties addendum): parties the events lost
or inverted. A preposition repeated in a coordination keeps its second object ("sanctions on X and on Y", "attacked
by police and by soldiers"); the possessor of a harm or custody noun is the one who underwent it when it names a
person, even one the entity layer typed ORG, or people described by a noun ("Mikhailov's arrest", "the militants'
arrest"); a harm noun's "of" phrase names the one harmed, described or named; coordinated national modifiers give one
party per country ("Russian and Syrian forces"); a pronoun is resolved where one person fits and left empty where two
do; a reflexive is no other party; the reservists a state mobilizes are its means. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

# (text, trigger word, type, role, names that must all be among the role's parties)
FOUND = [
    # a repeated preposition: the second object fills the same role
    ("The European Union imposed sanctions on Russia and on Belarus on Monday.", "sanctions", "SANCTION", "targets",
     ["Russia", "Belarus"]),
    ("Sanctions were imposed on Iran and on North Korea by the United Nations.", "Sanctions", "SANCTION", "targets",
     ["Iran", "North Korea"]),
    ("Gunmen carried out attacks on Charlie Hebdo and on Hyper Cacher last week.", "attacks", "ASSAULT", "targets",
     ["Charlie Hebdo", "Hyper Cacher"]),
    # round 13: FIGHT (rebels striking the army is armed conflict); the row tests the second target
    ("The rebels launched strikes against the army and against the police in the north.", "strikes", "FIGHT",
     "targets", ["army", "police"]),
    ("The protesters were attacked by police and by soldiers.", "attacked", "ASSAULT", "actors",
     ["police", "soldiers"]),
    # the possessor of a custody noun underwent it, when it names a person the entity layer typed ORG
    ("Police said three weeks after Mikhailov's arrest, the officer was found dead.", "arrest", "COERCE", "targets",
     ["Mikhailov"]),
    ("The militants' arrest was announced by police on Monday.", "arrest", "COERCE", "targets", ["militants"]),
    # a harm noun's "of" names the one harmed, even described
    ("The Taliban's kidnapping of the aid workers drew condemnation.", "kidnapping", "ASSAULT", "targets",
     ["workers"]),
    ("The killing of the students shocked the country.", "killing", "ASSAULT", "targets", ["students"]),
    # coordinated national modifiers: one party per country
    ("Russian and Syrian forces bombed rebel positions near Idlib.", "bombed", "FIGHT", "actors",
     ["Russian forces", "Syrian forces"]),
    ("US and Iraqi troops attacked the town.", "attacked", "FIGHT", "actors", ["US troops", "Iraqi troops"]),
    # a people named by the country it lives in ("of"), as CAMEO codes it
    ("The Kurds of Iraq demanded independence from the government.", "demanded", "DEMAND", "actors", ["Kurds"]),
    # whom a demand is made of: its object's "from" phrase
    ("Iran demanded compensation from the United States.", "demanded", "DEMAND", "targets", ["United States"]),
    # the force a state mobilizes is its means; the war's enemy is the target
    ("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "mobilized", "MOBILIZE",
     "targets", ["Iraq"]),
    # a passive "he" continues a passive subject, who underwent the act, whoever else the sentence names; since
    # round 17c the charge is the indictment told again (one family, the same named target through that "he"),
    # so it is read at the indictment, whose spans hold the charge's sentence
    ("Former campaign chairman Paul Manafort was indicted by special counsel Robert Mueller in two venues. He was "
     "charged with tax violations and bank fraud.", "indicted", "DISAPPROVE", "targets", ["Manafort"]),
    # a pronoun resolved where one person fits
    ("Prime Minister Benjamin Netanyahu faces trial this year. He has been charged with fraud and breach of trust.",
     "charged", "DISAPPROVE", "targets", ["Netanyahu"]),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "names"), FOUND)
def test_party_found(enlp, text, word, typ, role, names) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    got = party_names(hits[0][role])
    assert all(n in got for n in names), hits[0]


# (text, trigger word, type, role, a name that must NOT be among the role's parties)
NOT_FOUND = [
    # the possessor who underwent an arrest is never its actor
    ("Police said three weeks after Mikhailov's arrest, the officer was found dead.", "arrest", "COERCE", "actors",
     "Mikhailov"),
    ("The militants' arrest was announced by police on Monday.", "arrest", "COERCE", "actors", "militants"),
    # an arresting body named as possessor with an object stays the actor, not the target
    ("Hamas's arrest of the activists drew criticism.", "arrest", "COERCE", "targets", "Hamas"),
    # a preposition repeated with another word joins a place or a time, not a second party
    ("The rebels attacked the army in Mosul and on Friday.", "attacked", "FIGHT", "targets", "Friday"),
    # a reflexive stands for its clause's subject, never for the one who reports the clause
    ("Two suicide bombers killed 23 people as well as themselves in the attack, police said.", "killed", "ASSAULT",
     "targets", "police"),
    ("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "mobilized", "MOBILIZE",
     "targets", "reservists"),
    # a passive "he" opening its sentence where the sentence before names two persons: not its subject (the one
    # who acted), left empty
    ("Attorney General Avichai Mandelblit announced the indictment of Prime Minister Benjamin Netanyahu on Thursday. "
     "He has been charged with fraud and breach of trust.", "charged", "DISAPPROVE", "targets", "Mandelblit"),
    # two persons fit "him": left empty, never the wrong one
    ("Obama met Putin. He later criticized him.", "criticized", "DISAPPROVE", "targets", "Obama"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, typ, role, name) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert all(name not in party_names(h[role]) for h in hits), hits


# (text, trigger word, type, role, the code its first party must have)
CODED = [
    ("The Kurds of Iraq demanded independence from the government.", "demanded", "DEMAND", "actors", "IRQ"),
    ("The Albanians of southern Serbia are demanding autonomy.", "demanding", "DEMAND", "actors", "SRB"),
    # "in" says where one is, not where one belongs: Americans in Iraq stay American
    ("Americans in Iraq condemned the attack.", "condemned", "DISAPPROVE", "actors", "USA"),
    ("Russian and Syrian forces bombed rebel positions near Idlib.", "bombed", "FIGHT", "actors", "RUS"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "code"), CODED)
def test_party_code(enlp, text, word, typ, role, code) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits and hits[0][role] and hits[0][role][0]["code"] == code, hits


def test_possessor_actor_kept(enlp) -> None:
    """An arrest with its own "of" object keeps the possessor as the one who arrested."""
    hits = [e for e in events_at(enlp, "Hamas's arrest of the activists drew criticism.", "arrest")
            if e["type"] == "COERCE"]
    assert hits and "Hamas" in party_names(hits[0]["actors"]), hits
