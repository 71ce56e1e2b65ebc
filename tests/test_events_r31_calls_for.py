"""Round 31 (issue 19, wave 3): a call "for" someone to act is a demand aimed at them ("called for Kerry to
testify", "are pushing for the Egyptian government to free them"). The parser hangs "for X to V" as a clause marked
"for", so no event was found at all (the ``forto`` condition of data/event_senses.tsv, extract/events/for_to.py);
the one called on is the clause's subject (round 30's addressees.called_for, once there is an event). Sentences written here; each "changed" row gave no event on main cc53ff19, each
guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

SHOWN = 0.625


@pytest.mark.parametrize(("text", "word", "role", "name"), [
    # changed: no event before; now a DEMAND by the caller, aimed at the one called on
    ("Senator Ann Ruiz called for Tillerson to testify before the panel.", "called", "targets", "Tillerson"),
    ("Senator Ann Ruiz called for Tillerson to testify before the panel.", "called", "actors", "Ann Ruiz"),
    ("Rick Perry is calling for the West to halt arms sales to the region.", "calling", "targets", "West"),
    ("Lee said on Monday, calling for Japan to impose tougher sanctions on Iran.", "calling", "targets", "Japan"),
    # (a push names no addressee yet: "push" is no verb of the ``calling`` class round 30's called_for reads)
    ("The lawmakers are pushing for the Egyptian government to free the journalists.", "pushing", "actors",
     "lawmakers"),
    ("The opposition leader complained about the ruling and called for Spanish judges to review it.", "called",
     "targets", "Spanish judges"),
    # guards: a passive clause says what is asked for, not of whom; a call "for" a thing has no one called on;
    # "called on X to" was read before
    ("Diplomats were calling for Omar Bashir to be tried for war crimes.", "calling", "targets", ""),
    ("The minister called for calm after the clashes.", "called", "targets", ""),
    ("The European Union called on Iran to free the sailors.", "called", "targets", "Iran"),
    ("Germany urged Russia to pull back its troops.", "urged", "targets", "Russia"),
])
def test_call_for_someone_to_act(enlp, text: str, word: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, "DEMAND", role, name)


@pytest.mark.parametrize(("text", "word"), [
    # guards: a generic "people" called on is no shown target
    ("Obama condemned the shooting, calling for people of all faiths to stand together.", "calling"),
])
def test_call_for_nobody_named(enlp, text: str, word: str) -> None:  # noqa: ANN001
    for e in (e for e in events_at(enlp, text, word) if e["confidence"] >= SHOWN):
        assert "people" not in " ".join(p["name"] for p in e["targets"]), e


@pytest.mark.parametrize(("text", "word"), [
    # guards: an interviewer pressing a guest to say something is a question, not a demand; a treaty's terms are no
    # one's demand; a phone call of an hour is none
    ("The host pressed for Mattis to say whether that included cyber attacks.", "pressed"),
    ("The truce calls for Israel to stop the raids on Gaza.", "calls"),
    ("The truce took effect at noon. It also calls for Hamas to halt the rocket fire.", "calls"),
    ("The peace plan calls for Serbia to withdraw its police.", "calls"),
    ("She called him for an hour on Sunday.", "called"),
    # guard: a call for things to be done names nobody called on, and is left to the trigger rows as before
    ("The agency pushed for the files to be released.", "pushed"),
])
def test_no_shown_demand(enlp, text: str, word: str) -> None:  # noqa: ANN001
    assert not any(e["type"] == "DEMAND" and e["confidence"] >= SHOWN for e in events_at(enlp, text, word))
