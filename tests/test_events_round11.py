"""Round 11 rules of issue 19, parties right: a person possessor of an arrest or a killing underwent it, "from"
names who complains or criticises, pronouns that cannot be told apart stay empty, an "it" opening its sentence
goes on with the last sentence's state; a narrator's future is the action, not a promise; news pegs told by
dispatching forces or opening with "More than" (docs/events_guidelines.md, round 11 addendum). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_no_party, assert_party, events_at

# (text, trigger word, type, role "actors"/"targets", expected name substring or "" for an empty party)
ROLES = [
    # a person's arrest, killing or release happened to that person: the target, never the actor
    ("The Justice Department announced Maria Butina's arrest on Monday.", "arrest", "COERCE", "targets", "Butina"),
    ("The Justice Department announced Maria Butina's arrest on Monday.", "arrest", "COERCE", "actors", ""),
    ("Qassem Soleimani's killing in a drone strike has escalated the crisis.", "killing", "FIGHT", "actors", ""),
    # a state's arrest of someone named by "of" is the state's
    ("The report described Iran's arrest of the sailors.", "arrest", "COERCE", "actors", "Iran"),
    # "from" names the doer of a complaint or criticism; the one receiving it is the target
    ("The White House received complaints directly from Defense Secretary Jim Mattis about the plan.",
     "complaints", "DISAPPROVE", "actors", "Mattis"),
    ("The White House received complaints directly from Defense Secretary Jim Mattis about the plan.",
     "complaints", "DISAPPROVE", "targets", "White House"),
    ("Turkey faced sharp criticism from the United States over the purchase.", "criticism", "DISAPPROVE",
     "actors", "United States"),
    # a withdrawal "from" a place keeps the place as the target
    ("Britain announced its withdrawal from the European Union.", "withdrawal", "RETREAT", "targets",
     "European Union"),
    # an "it" that opens its sentence goes on with the last sentence's state subject
    ("North Korea fired two missiles on Tuesday. It also threatened the United States with a nuclear strike.",
     "threatened", "THREATEN", "actors", "North Korea"),
    # a conjunct naming another state before the pronoun: which one "it" is cannot be told
    ("South Korea said North Korea fired two missiles and it also threatened the United States.", "threatened",
     "THREATEN", "actors", ""),
    # a chain of "he" that cannot be resolved stays empty: the man named in passing is not he
    ("He praised the deal. He tacitly endorsed Obama's approach to Ukraine. And he called for talks with China.",
     "called", "DEMAND", "actors", ""),
    # a verb with no subject that tells a person: "he" may be either man
    ("John Solomon quotes Viktor Shokin, telling him that he was leading a probe into Burisma.", "probe",
     "INVESTIGATE", "actors", ""),
    # a plural subject no entity names may be what "they" stands for
    ("States pushed back when Clapper told Congress about the plan, and they rejected the offer.", "rejected",
     "REJECT", "actors", ""),
    # a gathering is where a meeting is held, never whom it is with
    ("EU leaders will meet on April 29 at an extraordinary European Council summit.", "meet", "CONSULT", "targets",
     ""),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROLES)
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, name that must be in no party of the event)
NOT_PARTIES = [
    # an event only dated by a noun of time lends nothing of the clause it hangs on
    ("Benjamin said he was out of the country on official travel at the time of the attack.", "attack",
     "Benjamin"),
    ("Moussaoui was incarcerated at the time of the attacks.", "attacks", "Moussaoui"),
    # after a sentence reporting a claim, a sentence-opening "it" is a thing of the claim, not its teller
    ("The US insists the Russians have developed a new medium-range missile. It would enable Russia to launch a "
     "nuclear strike at Nato countries at very short notice.", "strike", "United States"),
]


@pytest.mark.parametrize(("text", "word", "name"), NOT_PARTIES)
def test_no_wrong_party(enlp, text, word, name) -> None:
    assert_no_party(enlp, text, word, name)


# (text, trigger word, type or None for no event, shown at the default threshold)
SHOWN = [
    # a future told by the narrator with no counterpart abroad keeps the action; its AGREE is not shown
    ("Mr. Obama will also visit the National Counterterrorism Center on Thursday.", "visit", "AGREE", False),
    # a stated future cooperation with another state is AGREE, as the codebook codes it
    ("Portugal will support Turkey's bid to join the European Community, its president said on Tuesday.",
     "support", "AGREE", True),
    # dispatching or scrambling forces and aircraft is a mobilization
    ("Japan dispatched two fighter jets to intercept the bombers.", "dispatched", "MOBILIZE", True),
    ("China scrambled fighter jets after the flight.", "scrambled", "MOBILIZE", True),
    ("The Pentagon is deploying missile interceptors to Guam.", "deploying", "MOBILIZE", True),
    # a sentence that begins with "More than" is report text, not a "MORE:" promo label
    ("More than 76,000 migrants were apprehended at the border in February.", "apprehended", "COERCE", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), SHOWN)
def test_shown_by_default(enlp, text, word, typ, shown) -> None:
    from newsgraph.record import EVENT_MIN_CONFIDENCE

    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    if shown:
        assert hits and max(e["confidence"] for e in hits) >= EVENT_MIN_CONFIDENCE, events_at(enlp, text, word)
    else:
        assert all(e["confidence"] < EVENT_MIN_CONFIDENCE for e in hits), hits


# (round 11's sense rows are in test_events_round10.py's SENSES table: one test of senses)


@pytest.mark.parametrize(("text", "promo"), [
    ("More than 76,000 migrants were apprehended.", False),
    ("Video shows police beating a man.", False),
    ("READ MORE: Iran seizes a tanker", True),
    ("Related: Iran seizes a tanker", True),
    ("More from Reuters:", True),
    ("Watch: Trump speaks in Ohio", True),
])
def test_promo_labels(text, promo) -> None:
    from newsgraph.extract.events.report import is_promo

    assert is_promo(text) is promo
