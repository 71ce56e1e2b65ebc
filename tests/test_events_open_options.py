"""Round 30, read at the stop (issue 19 rules 2-3): "shot up" with no object is a rise (data/event_senses.tsv), and an act
named as the subject of a clause that keeps it open is
hypothetical ("a strike remains on the table", "force is still an option", "a strike will follow if ...";
extract/events/open_options.py). Sentences written here; each "changed" row was asserted on main c5bdc458, each guard
keeps its reading."""

from __future__ import annotations

import pytest
from conftest import events_at


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # changed: the subject of a kept-open option or of a clause with "if"/"unless" (main: asserted)
    ("Officials in Paris say an air strike against the militia remains on the table if the talks collapse.",
     "strike", "FIGHT", "hypothetical"),
    ("New sanctions against Iran are still an option, the envoy said.", "sanctions", "SANCTION", "hypothetical"),
    ("A ground offensive against the rebels remains on the table.", "offensive", "FIGHT", "hypothetical"),
    ("An air strike on the camp remains possible, the minister said on Tuesday.", "strike", "FIGHT", "hypothetical"),
    # guards: an act told as done, and the subject of a plain past verb, stay asserted
    ("An air strike on the camp killed four fighters on Tuesday.", "strike", "FIGHT", "asserted"),
    ("Sanctions against Iran remained in place for a decade.", "Sanctions", "SANCTION", "asserted"),
])
def test_open_option_modality(enlp, text: str, word: str, typ: str, modality: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["modality"] == modality, hits[0]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), [
    # changed: "shot up" with no object is a rise, no gunfire (main: FIGHT)
    ("The intensity of the clashes shot up last month.", "shot", "FIGHT", False),
    ("Fuel prices shot up after the blockade.", "shot", "FIGHT", False),
    # guards: with an object it is still an attack
    ("Gunmen shot up a police station in the capital.", "shot", "ASSAULT", True),
])
def test_shot_up_is_a_rise(enlp, text: str, word: str, typ: str, shown: bool) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert bool(hits) == shown, events_at(enlp, text, word)
