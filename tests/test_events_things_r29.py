"""Round 29, wave 3 (issue 19, ranks 137-216 judged by hand): a thing named where a side should be
(extract/events/things.py, ``thing`` and ``site`` in data/event_party_words.tsv), a call's "on" parsed as a
particle (extract/events/triggers.py) and three words read in a sense that is no event (data/event_senses.tsv: "cardiac
arrests", "fire someone", "threatening to"). Sentences written here; each "changed" row was wrong on main 1059123e,
each guard keeps what was right there."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE


def _shown(enlp, text: str, word: str, typ: str) -> list[dict]:  # noqa: ANN001
    return [e for e in events_at(enlp, text, word)
            if e["type"] == typ and e["confidence"] >= EVENT_MIN_CONFIDENCE]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: a thing or a law is what the act is about, no side of it (main: the thing as target)
    ("Besides, Caracas wants EU sanctions lifted at once.", "wants", "DEMAND", "targets", ""),
    ("Farmers were protesting against the Land Reform Act in Chennai.", "protesting", "PROTEST", "targets", ""),
    ("The senator called for an end to broad FBI surveillance.", "called", "DEMAND", "targets", ""),
    # guards: a person, a state or a body stays the side; a committee named after sanctions is a body
    ("Farmers were protesting against the governor in Chennai.", "protesting", "PROTEST", "targets", "governor"),
    ("Besides, Caracas wants Spain to lift its sanctions.", "wants", "DEMAND", "targets", "Spain"),
    ("The Sanctions Committee of the council criticized Iran on Monday.", "criticized", "DISAPPROVE", "targets",
     "Iran"),
    # changed: a part of a town does not act (main: the suburbs as actor); guard: a place hit stays the target
    ("Another attack was an August car bombing in the northern Kabul suburbs that killed 19 people and wounded 200.",
     "killed", "ASSAULT", "actors", ""),
    ("Rebels launched a rocket attack on a Damascus suburb, killing 30 people.", "attack", "ASSAULT", "targets",
     "suburb"),
    # changed: a call's "on" read as a particle with its object, before a date's "on" (main: target empty)
    ("Canada, Mexico and Japan had called on Trump on Thursday to drop the tariffs.", "called", "DEMAND", "targets",
     "Trump"),
    # guard: the same call with the parser's preposition
    ("Italy, Spain and Greece had called on Obama on Thursday to keep the pact.", "called", "DEMAND", "targets",
     "Obama"),
])
def test_r29w3_thing_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: dismissing an employee is no attack; a state said of a thing threatens no one (main: ASSAULT,
    # THREATEN)
    ("But many thought Mr. Carter would fire someone who works in the White House, such as his adviser.", "fire",
     "*"),
    ("By no reasonable standard was this threatening to Russia.", "threatening", "THREATEN"),
    # a failing heart is no arrest (not shown on main for this sentence alone; it was in a report that told of arrests)
    ("Doctors said Mr. Soto had to be resuscitated three times after suffering cardiac arrests.", "arrests", "*"),
])
def test_r29w3_not_shown(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word)
            if typ in {"*", e["type"]} and e["confidence"] >= EVENT_MIN_CONFIDENCE]
    assert not hits, hits


@pytest.mark.parametrize(("text", "word", "typ"), [
    # guards: an arrest, a shot and a threat stay
    ("Police arrested the judge in Lagos on Monday.", "arrested", "COERCE"),
    ("Soldiers fired on the crowd in the square.", "fired", "FIGHT"),
    ("Tehran is threatening to close the strait.", "threatening", "THREATEN"),
])
def test_r29w3_shown(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert _shown(enlp, text, word, typ), events_at(enlp, text, word)
