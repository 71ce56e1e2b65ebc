"""Round 22 (start-of-round review, class 1): an act told as someone's allegation has modality ``alleged``, not
``asserted`` (docs/events_guidelines.md section 4; extract/events/alleged.py, data/event_allegations.tsv).
Sentences written here; every "alleged" row was ``asserted`` on main bd58f551."""

from __future__ import annotations

import pytest
from conftest import events_at


def _modality(enlp, text: str, word: str) -> str:  # noqa: ANN001
    # the event whose trigger is the word itself ("attack"), not one derived over it ("plans to attack")
    evs = [e for e in events_at(enlp, text, word) if e["trigger_start"] == text.index(word)]
    assert evs, f"no event at {word!r}"
    return str(evs[0]["modality"])


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("The trip to Paris, during which he allegedly raped a young woman, was never investigated.", "raped",
     "alleged"),
    ("Charles allegedly assaulted a waiter at the hotel, police said.", "assaulted", "alleged"),
    ("Police said the soldiers reportedly fired on protesters in the square.", "fired", "alleged"),
    ("The gang purportedly kidnapped two engineers near the border.", "kidnapped", "alleged"),
    ("The guards allegedly detained and beat the prisoners.", "beat", "alleged"),  # a bare conjunct
    ("The general was accused of attacking a journalist last year.", "attacking", "alleged"),
    ("The former mayor was charged with murdering his business partner.", "murdering", "alleged"),
    ("The colonel is alleged to have ordered the killing of three villagers.", "killing", "alleged"),
    ("Rebels allegedly launched an attack on the base.", "attack", "alleged"),  # a verb that carries the noun
    # guards: what stays as it was
    # a noun another alleged act only mentions: the attack is not what is alleged
    ("He was accused by South Korea of masterminding deadly attacks on a navy ship in 2010.", "attacks",
     "asserted"),
    ("Senators accused her of having misled the nation about the attack on the consulate.", "attack", "asserted"),
    # "charged with" a task is no charge: only violent acts under it are alleged
    ("The envoy was charged with negotiating a ceasefire with the rebels.", "negotiating", "asserted"),
    ("Charles assaulted a waiter at the hotel, police said.", "assaulted", "asserted"),
    ("Israel attacked the convoy, officials said.", "attacked", "asserted"),
    ("The man was convicted of attacking a journalist.", "attacking", "asserted"),
    ("Iran denied allegations that it attacked the tanker.", "attacked", "negated"),
    ("Russia allegedly plans to attack the port next week.", "attack", "intended"),
    ("The rebels did not allegedly attack the base.", "attack", "negated"),
])
def test_alleged_acts(enlp, text: str, word: str, modality: str) -> None:  # noqa: ANN001
    assert _modality(enlp, text, word) == modality


def test_alleged_keeps_the_asserted_confidence_and_no_flag(enlp) -> None:  # noqa: ANN001
    """The allegation changes how the act is told, not how sure the extraction is; neither boolean is set."""
    told = events_at(enlp, "Charles allegedly assaulted a waiter at the hotel.", "assaulted")[0]
    plain = events_at(enlp, "Charles assaulted a waiter at the hotel.", "assaulted")[0]
    assert told["modality"] == "alleged" and plain["modality"] == "asserted"
    assert told["confidence"] == pytest.approx(plain["confidence"])
    assert not told["negated"] and not told["hypothetical"]


def test_alleged_is_shown_at_the_default_threshold_with_its_modality() -> None:
    import io

    from rich.console import Console

    from newsgraph import extract
    from newsgraph.pretty import render

    rec = extract("Police said Charles allegedly assaulted a waiter at the Ritz hotel in London on Friday.")
    assert [e.modality for e in rec.events if e.type == "ASSAULT"] == ["alleged"]
    out = io.StringIO()
    render(rec, Console(file=out, width=200))
    assert "(alleged)" in out.getvalue()


def test_an_allegation_told_again_is_one_event(enlp) -> None:  # noqa: ANN001
    """An act asserted, then told again as alleged, stays one event with the first telling's modality (before the
    merge learnt this, the alleged telling was a second event and the news gold tune half lost precision)."""
    text = "Ruiz discussed the budget with Lopez at a dinner in May. At that dinner, Ruiz and Lopez allegedly " \
           "discussed the budget."
    evs = [e for e in enlp(text)._.newsgraph_events if e["type"] == "CONSULT"]
    assert len(evs) == 1 and evs[0]["modality"] == "asserted" and len(evs[0]["spans"]) == 1, evs
