"""Round 36 (evvocab, issue 19): headline happenings that had no trigger row, read on READ reports.

A pardon told by its noun (CAMEO 081, CONCEDE), a blacklisting (CAMEO 163, SANCTION) and a declared national
emergency (CAMEO 1723, COERCE) gave no event (data/plover_triggers.tsv, data/event_senses.tsv round 36 rows;
"grant" and "declare" carry a noun event with their subject as actor, extract/events/find.py). Each guard is the
same word in a sense that tells no such act: the pardon power, a pardon sought, hoped for or received, a list,
firms named as blacklisted, a crisis called a national emergency, a pilot's emergency.
Sentences written here; each EVENT_ROWS entry fails on fd823825, each GUARDS entry passes on both.
"""

from __future__ import annotations

import pytest
from conftest import events_at

# (text, trigger word, type, actor, target); "" is no party expected on that side
EVENT_ROWS = [
    ("Governor Lund's pardon of Tomas Brenner drew protests.", "pardon", "CONCEDE", "Lund", "Tomas Brenner"),
    ("President Obama granted a pardon to Chelsea Manning.", "pardon", "CONCEDE", "Obama", "Chelsea Manning"),
    ("The Treasury blacklisted three Chinese shipping firms on Monday.", "blacklisted", "SANCTION", "Treasury",
     "three Chinese shipping firms"),
    ("President Trump on Friday declared a national emergency to fund the wall.", "emergency", "COERCE", "Trump",
     ""),
]

# (text, trigger word, type that must not come out there)
GUARDS = [
    ("Presidents rarely use their pardon power in such cases.", "pardon", "CONCEDE"),
    ("Brenner's lawyers sought a pardon from the governor.", "pardon", "CONCEDE"),
    ("Brenner still appears to be playing for a pardon.", "pardon", "CONCEDE"),
    ("Chelsea Manning received a pardon in 2017.", "pardon", "CONCEDE"),
    ("The blacklisted firms appealed the decision on Monday.", "blacklisted", "SANCTION"),
    ("The blacklist runs to forty pages.", "blacklist", "SANCTION"),
    ("The opioid crisis is a national emergency, Senator Hale said.", "emergency", "COERCE"),
    ("The pilot declared an emergency and landed safely.", "emergency", "COERCE"),
]

# near misses that keep their event as before (the verb's row, the "state of emergency" row)
KEPT = [
    ("President Hale pardoned the former sheriff on Friday.", "pardoned", "CONCEDE"),
    ("The army imposed a state of emergency in the capital.", "state", "COERCE"),
    ("North Korea tested an intercontinental ballistic missile on Sunday.", "tested", "MOBILIZE"),
]


def _names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), EVENT_ROWS)
def test_event_row(enlp, text: str, word: str, typ: str, actor: str, target: str) -> None:  # noqa: ANN001
    found = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert found, events_at(enlp, text, word)
    assert _names(found[0]["actors"]) == ([actor] if actor else [])
    assert _names(found[0]["targets"]) == ([target] if target else [])
    assert found[0]["confidence"] >= 0.625


@pytest.mark.parametrize(("text", "word", "typ"), GUARDS)
def test_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ"), KEPT)
def test_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)
