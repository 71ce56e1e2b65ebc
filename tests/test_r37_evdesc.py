"""Round 37 wave 3 (issue 19, review S): a bare office description ("the president") as an event side, though the
report names the one person who holds that office.

Rule (extract/events/office_fallback.py, read by described_roles.office_described after its window rule): the one
holder named earlier in the description's own sentence, or the report's only holder when the report's title names
that person. Sentences and titles written here. Each row is (title, text, trigger word, type, side, expected name
or None); guard rows are near misses whose side must not get a person (an empty side beats a wrong one).
"""

from __future__ import annotations

import pytest
from conftest import titled_events_at

_FAR = ("\n\nThe debate in the chamber went on for hours.\n\nCommittee staff gathered papers.\n\n"
        "Outside, the weather turned cold and wet.\n\nReporters waited in the hall.\n\n")


@pytest.mark.parametrize(("title", "text", "word", "typ", "side", "expected"), [
    # the report's one president, named in its title, many paragraphs before the description
    ("Senators praise Garcia's border plan",
     "President Maria Garcia unveiled a border plan on Monday." + _FAR
     + "However, the senators did praise the president for her candor.",
     "praise", "SUPPORT", "targets", "Garcia"),
    # the one holder named earlier in the same sentence, though the report names a second president elsewhere
    (None,
     "President Juan Ortega of Peru arrived on Monday.\n\nPresident Ana Ruiz spoke at the summit, in which the "
     "president urged the world's leaders to end the embargo.",
     "urged", "DEMAND", "actors", "Ruiz"),
    # guard: the title names nobody; the holder was named too far back (the window rule decides: empty)
    ("A long day in the chamber",
     "President Maria Garcia unveiled a border plan on Monday." + _FAR
     + "However, the senators did praise the president for her candor.",
     "praise", "SUPPORT", "targets", None),
    # guard: two presidents in the report, none in the sentence
    ("Garcia and Ortega meet",
     "President Maria Garcia met President Juan Ortega on Monday." + _FAR
     + "However, the senators did praise the president for her candor.",
     "praise", "SUPPORT", "targets", None),
    # guard: two presidents in the sentence
    (None,
     "President Juan Ortega and President Ana Ruiz met on Monday, after which the president urged the leaders to "
     "end the embargo.",
     "urged", "DEMAND", "actors", None),
])
def test_r37_evdesc(enlp, title: str | None, text: str, word: str, typ: str, side: str,  # noqa: ANN001
                    expected: str | None) -> None:
    evs = titled_events_at(enlp, title, text, word, typ)
    assert evs, (title, text)
    names = [p["name"] for p in evs[0][side]]
    if expected is None:
        assert not any("Garcia" in n or "Ortega" in n or "Ruiz" in n for n in names), names
    else:
        assert any(expected in n for n in names), names
