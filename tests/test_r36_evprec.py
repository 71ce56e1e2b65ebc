"""Round 36 (r36-evprec, issue 19): shown events with no event behind them, and two types by sense.

One side talking a topic over is no meeting between parties; an act listed as an option was done by nobody; the
AGREE a future "meet" derives on its own token told one meeting twice; a forecast "warned" with its subject hung
on the verb by the parser threatens nobody; what a demand includes and an act sought of others are asked for, not
done; an act under "should", "must", "can", "could", "may" or "might" with no condition is a norm or a possibility;
these are stored and held under the default
threshold (extract/events/held_options.py, confidence.CAPPED). Firing a captain is a dismissal, a call for an end to
a measure is a DEMAND, a "visiting" participle on tourists is no visit (data/event_senses.tsv, round 36 rows);
capturing ground is FIGHT whoever takes it (extract/events/__init__.py, ``_warfare``).
Sentences written for these tests; "before" rows fail on main ace12439, guard rows keep what was right."""

from __future__ import annotations

import pytest
from conftest import assert_sense, events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE


def _shown_types(enlp, text: str, word: str) -> set[str]:  # noqa: ANN001
    return {e["type"] for e in events_at(enlp, text, word) if e["confidence"] >= EVENT_MIN_CONFIDENCE}


def _stored_types(enlp, text: str, word: str) -> set[str]:  # noqa: ANN001
    return {e["type"] for e in events_at(enlp, text, word)}


HELD = [
    # before: one side discussing a topic is shown as CONSULT
    ("The foreign minister also discussed the ongoing inquiry into the bombing.", "discussed", "CONSULT", False),
    ("The committee discussed the bill on Tuesday.", "discussed", "CONSULT", False),
    # guards: a counterpart named, two sides conjoined, a number of sides
    ("The foreign minister discussed the inquiry with his Bordurian counterpart.", "discussed", "CONSULT", True),
    ("Biden and Xi discussed trade in a phone call.", "discussed", "CONSULT", True),
    ("The two leaders will discuss the border at the summit.", "discuss", "CONSULT", True),
    # before: a forecast warned, its subject hung on "warn" by the parser, was a threat
    ("The general warned the war probably won't end any time soon.", "warned", "THREATEN", False),
    # guards: a threat on a condition; a warning to a named side of its own response
    ("Trump warned the country would face obliteration if conflict broke out.", "warned", "THREATEN", True),
    ("Iran warned Washington it would respond with force.", "warned", "THREATEN", True),
    # before: an act listed as an option is shown as done
    ("One option is withdrawing troops from Ruritania.", "withdrawing", "RETREAT", False),
    ("Another option would be pulling troops out of Germany.", "pulling", "RETREAT", False),
    # guard: an act done, then called an option
    ("The troops withdrew from Ruritania, an option the general had long favored.", "withdrew", "RETREAT", True),
    # before: what a demand includes was shown as a release made; an act sought of others as the seeker's intent
    ("The rebels' demands include the release of 500 prisoners.", "release", "RETREAT", False),
    ("Opposition leaders are seeking more U.S. airstrikes against the army.", "airstrikes", "FIGHT", False),
    # guards: a release made; talks sought by the one who would hold them
    ("Ruritania released 500 prisoners on Monday.", "released", "RETREAT", True),
    ("Iran is seeking talks with the United States.", "seeking", "CONSULT", True),
    # before: a bare possibility or a norm under a modal was shown as a deed
    ("The president could decide to withdraw from the agreement.", "withdraw", "REJECT", False),
    ("Lawmakers of both parties can either monitor the extremists in their ranks or ignore them.", "monitor",
     "INVESTIGATE", False),
    # guard: a condition keeps a hypothetical act's score (round 35's integration)
    ("The United States could cut off aid to Egypt if the army refuses to step aside.", "cut", "SANCTION", True),
    # before: one planned meeting shown as CONSULT and as AGREE
    ("Japan's prime minister will meet with the French president in Paris on Monday.", "meet", "AGREE", False),
    # guards: its CONSULT; a future visit keeps its AGREE (the PLOVER gold's coding); an intent with its own word
    ("Japan's prime minister will meet with the French president in Paris on Monday.", "meet", "CONSULT", True),
    ("Putin will visit Turkey next week.", "visit", "AGREE", True),
    ("The two leaders agreed to meet next month in Geneva.", "agreed", "AGREE", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), HELD)
def test_round36_held(enlp, text: str, word: str, typ: str, shown: bool) -> None:  # noqa: ANN001
    assert (typ in _shown_types(enlp, text, word)) == shown, events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [r[:3] for r in HELD if not r[3] and r[2] != "AGREE"])
def test_round36_held_events_stay_stored(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert typ in _stored_types(enlp, text, word), events_at(enlp, text, word)


SENSES = [
    # before: firing a captain read as firearms
    ("The navy decided to fire the ship's captain.", "fire", None),
    ("The minister fired the captain of the frigate on Thursday.", "fired", None),
    # guards: shots fired are force
    ("Soldiers fired shots at the crowd.", "fired", "FIGHT"),
    # before: a call for an end to a measure was DISAPPROVE (as a call for sanctions is)
    ("Senators called for an end to the sanctions policy on Ruritania.", "called", "DEMAND"),
    ("Activists called for lifting the embargo on Borduria.", "called", "DEMAND"),
    # guards: a call for sanctions or a boycott stays DISAPPROVE; calling off a strike stays CONCEDE
    ("Archbishop Tutu called for sanctions against Ruritania.", "called", "DISAPPROVE"),
    ("Workers called off the strike.", "called", "CONCEDE"),
    # before: a group taking ground was ASSAULT; capturing territory is combat (FIGHT) whoever does it
    ("Rebels captured the town on Sunday.", "captured", "FIGHT"),
    # guard: a group's attack on a bus stays ASSAULT
    ("Gunmen attacked a bus near the town on Sunday.", "attacked", "ASSAULT"),
    # before: tourists visiting a country make no visit
    ("Thousands of tourists visiting Egypt were stranded.", "visiting", None),
    # guards: a visit told
    ("Kerry is visiting Japan this week.", "visiting", "CONSULT"),
    ("Obama, visiting Japan, said the alliance was strong.", "visiting", "CONSULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_round36_senses(enlp, text: str, word: str, typ: str | None) -> None:  # noqa: ANN001
    assert_sense(enlp, text, word, typ)
