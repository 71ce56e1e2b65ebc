"""A person's international affiliation is read from the words of the name's own phrase only (round 32).

An organization named before the person in another clause or a heading ("UN not reaching its potential, Trump
says") is no title of theirs; "U.N. Secretary-General Kofi Annan" keeps IGO. Sentences written here.
"""

from __future__ import annotations

import pytest

from newsgraph import extract

ROWS = [
    # before: IGO, from the "UN" of the heading line six tokens before the name
    ('UN not reaching its potential, Trump says\n\nHe told the leaders that the situation in Venezuela was '
     '"totally unacceptable".', "Trump", "USA"),
    # guards: titles inside the name's phrase
    ("U.N. Secretary-General Kofi Annan condemned the attack on the convoy.", "Kofi Annan", "IGO"),
    ("NATO Secretary General Jens Stoltenberg condemned the attack on the convoy.", "Jens Stoltenberg", "IGO"),
    ("At the UN summit on Monday, President Donald Trump condemned the attack on the convoy.", "Donald Trump", "USA"),
]


@pytest.mark.parametrize(("text", "actor", "code"), ROWS)
def test_affiliation_from_the_names_phrase(text: str, actor: str, code: str) -> None:
    rec = extract(text, published="2018-09-25", min_confidence=0)
    found = [(a.name, a.code) for e in rec.events if e.type == "DISAPPROVE" for a in e.actors]
    assert (actor, code) in found, found
