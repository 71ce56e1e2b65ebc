"""Round 30, read at the stop (issue 19 rule 3): an act named as the subject of a clause that keeps it open is
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
