"""Round 31 (ev5, issue 19): being met by police, troops, tear gas or stiff opposition is a confrontation or a
reception, no meeting (data/event_senses.tsv, `meet` rows with pobj@by / pobj@with). Sentences written for these
tests; the guards keep real meetings, met by a person or an office, met with people, as CONSULT."""

from __future__ import annotations

import pytest
from conftest import assert_sense

MET = [
    ("The marchers were met on Sunday by riot police firing tear gas.", "met", None),
    ("The students were met by soldiers at the bridge.", "met", None),
    ("The convoy was met by gunfire near the border.", "met", None),
    ("The patrol was met with rifle shots at dawn.", "met", None),
    ("Such a move would be met by fierce opposition from Ruritania.", "met", None),
    ("The crowd was met with tear gas outside parliament.", "met", None),
    ("The villagers were met with water cannon and rubber bullets.", "met", None),
    # guards: a meeting with a person, an office or people stays a meeting
    ("The envoy was met by the prime minister at the airport.", "met", "CONSULT"),
    ("The delegation was met by Foreign Minister Anna Holm in Oslo.", "met", "CONSULT"),
    ("The president met with soldiers at the base on Thursday.", "met", "CONSULT"),
    ("The mayor met with protest leaders on Monday.", "met", "CONSULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), MET)
def test_met_by_force_is_no_meeting(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)
