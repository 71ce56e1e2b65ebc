"""Round 37 (evtype, issue 19 point 2: sense before type): senses review S found typed by the word alone.

"wound down" is the past of "wind" (an ending), no wounding; a pledge or a promise to destroy a foe is a threat of
violence, no AGREE; sanctions relief handed over is an easing of sanctions (RETREAT ease, as "eased sanctions"), no
AID; a reporter or a news outlet speaking with someone is a media interview, no CONSULT; armed men taking over a town
or taking control of a city is its capture (FIGHT, as "captured the town"). Rows in data/event_senses.tsv (round 37
evtype), ``recall._press_speaker`` and ``_warfare`` in extract/events/__init__.py.
Sentences written here. Each FIXED row fails on main 556e0fe1; each KEPT row passes on both (near misses that must
not change).
"""

from __future__ import annotations

import pytest
from conftest import events_at

# (text, trigger word, type that must come out there, or None: no event there)
FIXED = [
    ("The coalition wound down its air campaign after the city fell.", "wound", None),
    ("The talks wound up on Friday without a deal.", "wound", None),
    ("The general pledged to wipe out the insurgents before winter.", "pledged", "THREATEN"),
    ("He promised to destroy the cartel and its allies.", "promised", "THREATEN"),
    ("The accord would provide sanctions relief to Tehran in exchange for curbs on enrichment.", "provide", "RETREAT"),
    ("Washington gave Iran sanctions relief under the accord.", "gave", "RETREAT"),
    ("Journalists spoke with the parents of the missing girl.", "spoke", None),
    ("CNN spoke with several Canadian diplomats for the story.", "spoke", None),
    ("The newspaper spoke with three diplomats on condition of anonymity.", "spoke", None),
    ("Islamic State fighters took over the town of Palmyra.", "took", "FIGHT"),
    ("The rebels took control of the provincial capital on Sunday.", "took", "FIGHT"),
    ("The Houthis took over the capital in September.", "took", "FIGHT"),
    pytest.param("The deal would provide Cuba with $2 billion in sanctions relief if it frees the prisoners.",
                 "provide", "RETREAT", marks=pytest.mark.xfail(
                     reason="the relief is a phrase under the amount, which no sense condition reads yet")),
]

KEPT = [
    ("Gunmen wounded three villagers at the market on Tuesday.", "wounded", "ASSAULT"),
    ("The minister vowed to crush the rebels in the east.", "vowed", "THREATEN"),
    ("The governor promised to help the flooded towns.", "promised", "AGREE"),
    ("The chancellor promised to eliminate the deficit within four years.", "promised", "AGREE"),
    ("The candidate pledged to wipe out student debt.", "pledged", "AGREE"),
    ("The charity delivered relief supplies to the flooded towns.", "delivered", "AID"),
    ("The agency provided disaster relief to the villages.", "provided", "AID"),
    ("The foreign minister spoke with his Russian counterpart by phone.", "spoke", "CONSULT"),
    ("The envoy spoke with the rebel commanders on Monday.", "spoke", "CONSULT"),
    ("Rebels captured the town of Sirte on Tuesday.", "captured", "FIGHT"),
    ("Gunmen took three aid workers hostage.", "took", "ASSAULT"),
    ("The investor took over the company last year.", "took", None),
    ("Democrats took control of the House in the election.", "took", None),
    ("The mayor took control of the city budget.", "took", None),
    ("China has curbed residents' liberties after it took control of the city in 1997.", "took", None),
]


def _types(enlp, text: str, word: str) -> list[str]:  # noqa: ANN001
    return [e["type"] for e in events_at(enlp, text, word)]


@pytest.mark.parametrize(("text", "word", "expected"), FIXED + KEPT)
def test_sense_types(enlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    types = _types(enlp, text, word)
    if expected is None:
        assert types == [], types
    else:
        assert types and types[0] == expected, types
