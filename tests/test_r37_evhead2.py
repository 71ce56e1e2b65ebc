"""Round 37, wave 2 (evhead2, issue 19 point 3): a decision announced as an agentless passive ("the ministry announced
that 400 soldiers would be deployed") is an event of the announcing side, intended, and shown; before it was a
doer-less hypothetical under the threshold (0.37). extract/events/announced.py (``announcer``, ``told_decision``),
told_plans.unconditioned (shared), the "root" feature in confidence.py.
Sentences written here. DECIDED rows fail on 1b9ce646; GUARDS rows (near misses: a condition, a past or perfect
passive, a forecast by nobody with a code, a harm, a denial, a "by" phrase) pass on both and must not change.
"""

from __future__ import annotations

import pytest
from conftest import events_at

# (text, trigger word, type, actor name expected) : shown, intended, with the announcer as doer
DECIDED = [
    ("The Pentagon said that 450 more troops would be sent to Iraq.", "sent", "MOBILIZE", "Pentagon"),
    ("The Pentagon announced that 1,200 marines will be deployed to Kuwait next week.", "deployed", "MOBILIZE",
     "Pentagon"),
    ("The White House announced that new sanctions would be imposed on Venezuela.", "sanctions", "SANCTION",
     "White House"),
    ("The Kremlin said that the battalions would be withdrawn from the border by Friday.", "withdrawn", "RETREAT",
     "Kremlin"),
]

# (text, trigger word, type): no shown event of that type with an actor, or not intended
GUARDS = [
    ("The Pentagon said the troops would be deployed if talks failed.", "deployed", "MOBILIZE"),
    ("The Pentagon said that 450 troops had been sent to Iraq.", "sent", "MOBILIZE"),
    ("The Pentagon said that 450 troops would have been sent to Iraq under the old plan.", "sent", "MOBILIZE"),
    ("Experts said the troops would be withdrawn by spring.", "withdrawn", "RETREAT"),
    ("Police said three people would be killed in such an attack.", "killed", "ASSAULT"),
    ("The Pentagon denied that 450 troops would be sent to Iraq.", "sent", "MOBILIZE"),
    ("The Pentagon said the troops would be deployed unless Iraq objected.", "deployed", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor"), DECIDED)
def test_announced_decision_is_the_announcers(enlp, text: str, word: str, typ: str, actor: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["modality"] == "intended"
    assert actor in [p["name"] for p in hits[0]["actors"]]


@pytest.mark.parametrize(("text", "word", "typ"), GUARDS)
def test_near_misses_get_no_announcer(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert not any(e["actors"] and e["modality"] == "intended" for e in hits), hits
