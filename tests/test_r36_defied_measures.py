"""Integration review of round 36 (issue 19): a standing measure named as what someone defies or breaks is
background, held under the default threshold; a measure imposed is still shown. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import shown_by_default

HELD = [
    ("The envoy said the council would weigh new steps. Ministers gathering in Oslo this week plan to debate steps "
     "to restrain Iran's missile program, which it has pursued in defiance of U.N. Security Council sanctions.",
     "sanctions"),  # shown on main (0.69)
    ("Two tankers were caught violating the oil embargo off the coast on Friday.", "embargo"),
    ("The shipments went ahead in breach of the arms embargo, inspectors said.", "embargo"),
]

SHOWN = [
    # guards: the measure imposed, or proposed against someone, keeps its event
    ("The European Union imposed sanctions on the militia's leaders on Monday.", "sanctions", "SANCTION"),
    ("Washington sanctioned four shipping firms for violating the embargo.", "sanctioned", "SANCTION"),
]


@pytest.mark.parametrize(("text", "word"), HELD)
def test_defied_measure_is_held(enlp, text: str, word: str) -> None:  # noqa: ANN001
    # stored (shown_by_default fails when there is no SANCTION at the word), but held
    assert not shown_by_default(enlp, text, word, "SANCTION")


@pytest.mark.parametrize(("text", "word", "typ"), SHOWN)
def test_imposed_measure_stays_shown(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert shown_by_default(enlp, text, word, typ)
