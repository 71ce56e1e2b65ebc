"""Round 17, modality: a subject denied as a whole ("Neither Kenya nor Uganda attacked", "no soldier") and an act
counted as zero ("provided zero cooperation") are negated (standing.py ``_negated_here``). Sentences written here;
the rows marked "new" are asserted on main 427ad72."""

from __future__ import annotations

import pytest
from conftest import events_at


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    ("Neither Kenya nor Uganda attacked the rebel camp.", "attacked", "FIGHT", "negated"),  # new
    ("Neither the army nor the police detained any protesters.", "detained", "COERCE", "negated"),  # new
    ("The ministry said that neither the president nor his aides met the envoy.", "met", "CONSULT",
     "negated"),  # new
    ("Neither side has attacked the town since Monday.", "attacked", "ASSAULT", "negated"),  # new
    ("The lawyer said the prince has provided zero cooperation to the police.", "cooperation", "COOPERATE",
     "negated"),  # new
    ("Police made zero arrests overnight.", "arrests", "COERCE", "negated"),  # new
    # guards: what stays asserted
    ("No soldier attacked the village.", "attacked", "ASSAULT", "negated"),
    ("Kenya, not Uganda, attacked the camp.", "attacked", "FIGHT", "asserted"),
    ("Kenya and Uganda attacked the rebel camp.", "attacked", "FIGHT", "asserted"),
    ("Zero tolerance policies led police to arrest 40 students.", "arrest", "COERCE", "asserted"),
])
def test_denied_subjects_and_zero_counts(enlp, text: str, word: str, typ: str, modality: str) -> None:  # noqa: ANN001
    evs = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert evs, events_at(enlp, text, word)
    assert evs[0]["modality"] == modality, evs
