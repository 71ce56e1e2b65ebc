"""Round 8 rules of issue 19: the actor and target of a predication as the clause names them (appositions, "known
as" names, controlled subjects, both sides of a meeting, what an act was aimed at, victims before places), and
taking hostages as an abduction (docs/events_guidelines.md, round 8 addendum). The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

# (sentence, trigger word, type, actor substring or "" for no actor, target substring or None to skip)
ROLES = [
    # a role noun with a name set off after it: the name is the party
    ("The visit to Mr. Abbas by the CIA director, Mike Pompeo, angered Israel.", "visit", "CONSULT", "Pompeo",
     "Abbas"),
    ("Peru's foreign minister, Ana Torres, condemned the attack on the embassy.", "condemned", "DISAPPROVE",
     "Ana Torres", None),
    # a description apposed to a name gives way to the name
    ("Kayla Jensen, a nurse kidnapped in Syria by ISIL, has died.", "kidnapped", "ASSAULT", "ISIL", "Kayla Jensen"),
    ("Hamas, the militant group that rules Gaza, fired rockets at Israel.", "fired", "ASSAULT", "Hamas", "Israel"),
    # a name the entity layer missed, apposed to a role: the name, with the role's country
    ("Kim Jong Un, the leader of North Korea, threatened the United States.", "threatened", "THREATEN", "Kim Jong Un",
     "United States"),
    # "known as X of Y": the whole name
    ("A coalition of Islamist militias known as Dawn of Libya captured Tripoli's airport on Sunday.", "captured",
     "FIGHT", "Dawn of Libya", "airport"),
    ("An alliance of armed groups known as Army of the South seized the port of Aden on Sunday.", "seized", "COERCE",
     "Army of the South", "Aden"),
    # the doer of an adjunct's gerund: the clause's subject (a passive's too), or a "for" gerund's object
    ("After hosting the Japanese prime minister in Washington, President Trump flew to Florida.", "hosting",
     "CONSULT", "Trump", "prime minister"),
    ("Before visiting Israel last week, Secretary of State John Kerry met King Abdullah in Amman.", "visiting",
     "CONSULT", "Kerry", "Israel"),
    ("The suspect was wounded on Friday night while battling police.", "battling", "FIGHT", "suspect", "police"),
    ("Afghan President Ashraf Ghani thanked Mullah Omar for endorsing the peace talks.", "endorsing", "SUPPORT",
     "Omar", None),
    # both sides of a meeting told as one conjoined subject: the first side meets the others
    ("Mr. Obama and Mr. Netanyahu first met in 2007.", "met", "CONSULT", "Obama", "Netanyahu"),
    ("The Taliban and the Afghan government held peace talks in Pakistan.", "talks", "CONSULT", "Taliban",
     "Afghan government"),
    # the leader of a "-led" act is its actor; what the act was aimed at is its target
    ("His alliance with Osama Bin Laden prompted the US-led invasion of Afghanistan in 2001.", "invasion", "FIGHT",
     "United States", "Afghanistan"),
    ("The Department of Homeland Security is planning raids targeting hundreds of families.", "raids", "COERCE",
     "Homeland Security", "families"),
    # the members a class noun lists
    ("Obama denounced groups like al Qaeda and the Islamic State.", "denounced", "DISAPPROVE", "Obama", "Qaeda"),
    # the people harmed, named as such, are the target (not left empty)
    ("Militants kidnapped 276 schoolgirls from their school in Chibok.", "kidnapped", "ASSAULT", "Militants",
     "schoolgirls"),
    ("Gunmen shot dozens of worshippers at a mosque in Kano.", "shot", "ASSAULT", "Gunmen", "worshippers"),
    # taking people hostage is an abduction; a phrase of time is no "seize on"
    ("Islamic extremists seized dozens of hostages at a gas plant in Algeria on Wednesday.", "seized", "ASSAULT",
     "extremists", "hostages"),
    ("Gunmen took dozens of hostages at the hotel on Friday.", "took", "ASSAULT", "Gunmen", "hostages"),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), ROLES)
def test_parties_as_the_clause_names_them(enlp, text, word, typ, actor, target) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    e = hits[0]
    actors = party_names(e["actors"])
    assert (actor in actors) if actor else actors == "", e
    if target is not None:
        assert target in party_names(e["targets"]), e


# (sentence, trigger word, party that must not be named as actor or target)
NOT_PARTIES = [
    # the one harmed fought back: two acts, not one with the suspect on both sides
    ("The suspect was wounded on Friday night while battling police.", "wounded", "suspect"),
    # a role with a name that is not set off by a comma is left as it was (no guessed apposition)
    ("Four Americans, including the ambassador, were killed in an attack on the consulate in Benghazi.", "killed",
     "ambassador"),
    # "seize on" a report is still no event; police seizing goods names no person as target
    ("Police seized weapons and drugs at the house on Monday.", "seized", "house"),
]


@pytest.mark.parametrize(("text", "word", "name"), NOT_PARTIES)
def test_no_wrong_party(enlp, text, word, name) -> None:
    for e in events_at(enlp, text, word):
        assert name not in party_names(e["actors"]), e
        if e["type"] not in {"ASSAULT", "FIGHT"} or word != "wounded":
            assert name not in party_names(e["targets"]), e


def test_seize_on_stays_no_event(enlp) -> None:
    assert events_at(enlp, "Critics seized on the report to attack the minister.", "seized") == []


def test_meeting_with_a_named_partner_keeps_both_actors_apart(enlp) -> None:
    # a target already named: nothing is split ("A and B met with C")
    (e,) = [e for e in events_at(enlp, "France and Germany met with Russia in Minsk.", "met") if e["type"] == "CONSULT"]
    assert "Russia" in party_names(e["targets"]), e
    assert "France" in party_names(e["actors"]) and "Germany" in party_names(e["actors"]), e


# (sentence, trigger word, type or None for no event, modality or None to skip) -- news pegs the tune half's gold
# had no candidate for, as general classes
PEGS = [
    # naming with a word of censure is censure; naming with any other word is no event
    ("President Trump has called the Russia investigation a witch hunt.", "called", "DISAPPROVE", "asserted"),
    ("Kirby called the hat signing \"completely inappropriate.\"", "called", "DISAPPROVE", "asserted"),
    ("He called the president a great leader.", "called", None, None),
    # force told by a noun of intervention; drills are a show of force
    ("Russia denied its military intervention in eastern Ukraine.", "intervention", "FIGHT", None),
    ("The North is angry about joint military drills between the U.S. and South Korea.", "drills", "MOBILIZE", None),
    ("The surgeon said a medical intervention was needed.", "intervention", None, None),
    # "neither ... nor" denies both verbs
    ("The rebels neither attacked the town nor withdrew.", "attacked", "ASSAULT", "negated"),
    ("The rebels neither attacked the town nor withdrew.", "withdrew", "RETREAT", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), PEGS)
def test_news_pegs(enlp, text, word, typ, modality) -> None:
    hits = events_at(enlp, text, word)
    if typ is None:
        assert hits == [], hits
        return
    hits = [e for e in hits if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    if modality:
        assert hits[0]["modality"] == modality, hits[0]


def test_two_meetings_with_different_counterparts_stay_two(enlp) -> None:
    text = ("President Obama shook hands with Cuban President Raul Castro on Tuesday. Later, Mr. Obama also shook "
            "hands with Brazilian President Dilma Rousseff.")
    events = [e for e in enlp(text)._.newsgraph_events if e["type"] == "CONSULT"]
    targets = [party_names(e["targets"]) for e in events]
    assert any("Castro" in t for t in targets) and any("Rousseff" in t for t in targets), events
