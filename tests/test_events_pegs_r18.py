"""Round 18 rules of issue 19 (review 18's news pegs and wrong types): legislative and procedural acts (a hostage
taking, a defection, a legislature suspended, going to court, ratifying, ruling out an extension, a legislature's
vote) and five words that told another act (docs/events_guidelines.md, "round 18" addendum). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_sense, events_at

# (text, trigger word, type or None for no event at that word)
HOSTAGES = [
    # taking or holding people hostage is an abduction (CAMEO 181), whatever the parser makes of "hostage"
    ("A gunman took eleven customers hostage in a bakery.", "took", "ASSAULT"),
    ("Militants took two aid workers hostage near the border.", "took", "ASSAULT"),
    ("The rebels held forty tourists hostage for a week.", "held", "ASSAULT"),
    ("Armed officers stormed the cafe shortly after two in the morning.", "stormed", "ASSAULT"),
    # guards: every other "take" is no event, but protests in the streets and suits in court keep their rows
    # round 37 (r37-evtype): armed men taking control of a town is its capture, FIGHT like "captured the town"
    # (round 36); this row was a no-event guard before
    ("Rebels took control of the northern town.", "took", "FIGHT"),
    ("The minister took questions from reporters.", "took", None),
    ("Thousands of farmers took to the streets of the capital.", "took", "PROTEST"),
    ("The union took the ministry to court over the pay freeze.", "took", "DISAPPROVE"),
    ("The prison held the inmates in solitary confinement.", "held", None),
]

LEGISLATIVE = [
    # leaving one's party is a withdrawal, coded as a resignation (RETREAT)
    ("Two Labour members defected to the Greens on Monday.", "defected", "RETREAT"),
    ("Lee's defection from the ruling party cost it its majority.", "defection", "RETREAT"),
    # suspending or proroguing a legislature restricts it (COERCE)
    ("The president suspended parliament for three months.", "suspended", "COERCE"),
    ("The governor prorogued the assembly until the spring.", "prorogued", "COERCE"),
    # ratifying or approving a treaty or a sale agrees (AGREE)
    ("The Ruritanian parliament ratified the border treaty with Moldova.", "ratified", "AGREE"),
    ("The senate approved the arms sale to Ruritania.", "approved", "AGREE"),
    # a legislature's vote for or against something; voters' and bare votes are none
    ("The Senate voted against the trade pact with Ruritania.", "voted", "REJECT"),
    ("Parliament voted for the resolution on Tuesday.", "voted", "SUPPORT"),
    ("Millions of citizens voted in the first round.", "voted", None),
    ("Young voters voted against the governing party.", "voted", None),
    # going to court or challenging in court is a legal action (the fine set's DISAPPROVE "allege")
    ("The company said it would go to court to stop the ban.", "go", "DISAPPROVE"),
    ("The mayor challenged the ruling in court.", "challenged", "DISAPPROVE"),
    # ruling out an extension or talks declines to yield (REJECT); a court's ruling is none
    ("The ministry ruled out extending the deadline for bids.", "ruled", "REJECT"),
    ("The court ruled that the tax was lawful.", "ruled", None),
    ("The coach ruled out the striker for the final.", "ruled", None),
]

WRONG_TYPES = [
    # an act compared with is not told: "similar hallmarks to recent attacks"
    ("The analyst said the siege bore similar hallmarks to recent attacks in Ruritania.", "attacks", None),
    ("The raid was similar to the bombing in the capital last year.", "bombing", None),
    ("Gunmen carried out attacks in the capital on Sunday.", "attacks", "ASSAULT"),
    # wrecking a bid or an effort is no destruction
    ("An official said the draft would destroy the regional bid for a truce.", "destroy", None),
    ("Soldiers destroyed the bridge over the river.", "destroyed", "ASSAULT"),
    # ending or obstructing an investigation is no investigation
    ("The lawyers argued that he had the power to end an investigation at any time.", "investigation", None),
    ("Prosecutors opened an investigation into the mayor.", "investigation", "INVESTIGATE"),
    # a request for comment is the press's routine
    ("The ministry did not respond to a request for comment.", "request", None),
    ("Moldova sent a request for the extradition of the banker.", "request", "DEMAND"),
    # fighting a subpoena is a legal refusal, not force
    ("His lawyers vowed to fight the subpoena.", "fight", "REJECT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), HOSTAGES + LEGISLATIVE + WRONG_TYPES)
def test_round18_classes(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


def test_the_party_left_is_not_the_only_reading(enlp) -> None:
    """A defection's actor is the one who leaves."""
    hits = [e for e in events_at(enlp, "Phillip Smith defected from the Tories to the Greens.", "defected")
            if e["type"] == "RETREAT"]
    assert hits and "Smith" in " ".join(a["name"] for a in hits[0]["actors"]), hits


@pytest.mark.parametrize(("text", "word", "types"), [
    # one meeting told by its noun, one event: the intended CONSULT (the own gold's "hold a round of talks")
    ("Kenyan President Ana Molnar will hold talks next week with the leaders of Uganda and Tanzania.", "talks",
     {"CONSULT"}),
    ("Obama will hold bilateral meetings next week with the leaders of Nigeria and Lebanon.", "meetings", {"CONSULT"}),
    # a plan's weak AGREE candidate on the meeting's own verb goes (round 18); since round 23 a centre, firm or
    # office visited is no meeting of parties either (r23-evprec, data/event_senses.tsv `visited_site`: the own
    # gold's tune half codes no event for a leader touring a site), so no type stays
    ("Mr. Obama will also visit the new counterterrorism centre on Thursday.", "visit", set()),
    # known and left (the two golds disagree): a coded future visit to a foreign state keeps CONSULT and AGREE
    pytest.param("Kenyan President Ana Molnar will visit Uganda and Tanzania next month.", "visit", {"CONSULT"},
                 marks=pytest.mark.xfail(strict=True, reason="PLOVER gold codes a future visit AGREE, the "
                                                             "guidelines' table CONSULT: not chosen in round 18")),
])
def test_one_meeting_one_event(enlp, text, word, types) -> None:
    assert {e["type"] for e in events_at(enlp, text, word)} == types


@pytest.mark.parametrize(("name", "kept"), [
    ("its headquarters", False),  # listed whole in the premises class: "headquarters" is no plural of a building word
    ("their respective embassies", False),  # a plural of a listed word
    ("the Foreign Ministry officials", True),  # no building at the end: a party
])
def test_premises_words_whole_or_plural(name, kept) -> None:
    from newsgraph.extract.events.parties import Party
    from newsgraph.extract.events.pegs import no_premises
    from newsgraph.extract.events.senses import load_senses

    assert bool(no_premises([Party(name=name)], load_senses())) is kept
