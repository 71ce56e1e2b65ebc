"""Round 36 (evvocab, issue 19): headline happenings that had no trigger row, read on READ reports.

A pardon told by its noun (CAMEO 081, CONCEDE), a blacklisting (CAMEO 163, SANCTION), a declared national
emergency (CAMEO 1723, COERCE) and combating a named armed group (FIGHT) gave no event (data/plover_triggers.tsv,
data/event_senses.tsv round 36 rows). Each guard is the same word in a sense that tells no such act: the pardon
power, a pardon sought, hoped for or received, a list, firms named as blacklisted, a crisis called a national
emergency, a pilot's emergency, combating terrorism, a group's financing or fatigue.
Sentences written here; each EVENT_ROWS entry fails on fd823825, each GUARDS entry passes on both.
"""

from __future__ import annotations

import pytest
from conftest import events_at

# (text, trigger word, type, actor, target); "" is no party expected on that side
EVENT_ROWS = [
    ("Governor Lund's pardon of Tomas Brenner drew protests.", "pardon", "CONCEDE", "Lund", "Tomas Brenner"),
    ("The governor issued a pardon for the jailed activist.", "pardon", "CONCEDE", "governor", ""),
    pytest.param("President Obama granted a pardon to Chelsea Manning.", "pardon", "CONCEDE", "Obama", "Chelsea Manning",
                 marks=pytest.mark.xfail(reason="'grant' carries no noun event's actor: as a light verb it gave a "
                                         "requester's actor to a release asked for on READ text (round 36)")),
    ("The Treasury blacklisted three Chinese shipping firms on Monday.", "blacklisted", "SANCTION", "Treasury",
     "three Chinese shipping firms"),
    ("President Trump on Friday declared a national emergency to fund the wall.", "emergency", "COERCE", "Trump",
     ""),
]

# stored below the threshold where the report hedges ("struggled to"): the type and the sides are what is tested
STORED = [
    ("Egypt has struggled to combat Islamist militants in Sinai.", "combat", "FIGHT", "Egypt", "Islamist militants"),
]

# (text, trigger word, type that must not come out there)
GUARDS = [
    ("Donors pledged to combat the financing of armed militant networks.", "combat", "FIGHT"),
    ("Others said the tools were needed to combat terrorism.", "combat", "FIGHT"),
    ("Nurses combat fatigue on long shifts.", "combat", "FIGHT"),
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


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), STORED)
def test_stored(enlp, text: str, word: str, typ: str, actor: str, target: str) -> None:  # noqa: ANN001
    found = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert found, events_at(enlp, text, word)
    assert (_names(found[0]["actors"]), _names(found[0]["targets"])) == ([actor], [target])


@pytest.mark.parametrize(("text", "word", "typ"), GUARDS)
def test_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ"), KEPT)
def test_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)
