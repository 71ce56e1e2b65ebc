"""Firing an office-holder named by a job noun the person class lacked is a dismissal, no FIGHT (round 32,
integration; review I's class "fire (dismiss) read as FIGHT"). Sentences written here."""

from __future__ import annotations

import pytest
from conftest import events_at


@pytest.mark.parametrize("text", [
    # before: FIGHT/firearms (the person class had no "counsel", "lawyer", "investigator", ...)
    "Trump has previously suggested he would fire the special counsel if the inquiry reached his business.",
    "The governor fired his lawyer after the hearing.",
    "The network fired the anchor over the remarks.",
])
def test_fired_office_holder_is_no_fight(enlp, text: str) -> None:  # noqa: ANN001
    assert "FIGHT" not in {e["type"] for e in events_at(enlp, text, "fire")}


@pytest.mark.parametrize(("text", "typ"), [
    # guards: firing at or on people, and firing weapons, stay violence
    ("Troops fired on the protesters outside the ministry.", "FIGHT"),
    ("Soldiers fired rockets at the commander's positions.", "FIGHT"),
    ("Gunmen fired at the commander's convoy near the border.", "ASSAULT"),
])
def test_firing_on_people_stays_violence(enlp, text: str, typ: str) -> None:  # noqa: ANN001
    assert typ in {e["type"] for e in events_at(enlp, text, "fire")}
