"""Round 18 (retold): a war's, an era's or a plague's toll is no act of a party (issue 19; the tune half's shown
events in sentences its gold leaves empty). Told by name or by a subject "it" that stands for the war; an "it" for
an army or a group keeps its act. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_sense

# (text, trigger word, type or None for no event at that word)
TOLLS = [
    # the war told, then its toll through "it": no ASSAULT at the toll
    ("The civil war began in 1991. First off, the war itself. It killed about 200,000 people.", "killed", None),
    ("The famine lasted two years and it killed a million people.", "killed", None),
    ("The occupation ended in 1989. It had wounded thousands of villagers.", "wounded", None),
    # the war as the subject
    ("The conflict has killed hundreds of people since March.", "killed", None),
    ("The epidemic killed 300 people in the province.", "killed", None),
    ("The civil war has killed thousands of people and destroyed much of the country.", "destroyed", None),
    # guards: "it" for an army, a group or a bomb's user keeps the act
    ("The army said it had killed three militants near the border.", "killed", "ASSAULT"),
    ("The rebel group claimed the raid. It killed two soldiers at the checkpoint.", "killed", "ASSAULT"),
    ("Gunmen killed four guards at the hotel on Monday.", "killed", "ASSAULT"),
    # a war named in another clause's object is no antecedent of a doer subject
    ("The militia joined the war last year. The militia killed six farmers.", "killed", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), TOLLS)
def test_tolls_of_wars_and_periods(enlp, text: str, word: str, typ: str | None) -> None:  # noqa: ANN001
    assert_sense(enlp, text, word, typ)


NORMS = [
    # talks as the means a dispute must or should be settled by: a norm, no CONSULT
    ("The minister said the border dispute must be resolved through negotiations between the two states.",
     "negotiations", None),
    ("Both sides should be reconciled through dialogue, the envoy said.", "dialogue", None),
    ("The envoy said the status of the city should be settled via talks with the neighbours.", "talks", None),
    # guards: talks that settled it, and talks held, stay events
    ("The border dispute was resolved through negotiations between Peru and Ecuador in 1998.", "negotiations",
     "CONSULT"),
    ("Peru and Ecuador held negotiations on the border on Monday.", "negotiations", "CONSULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NORMS)
def test_norms_of_talks(enlp, text: str, word: str, typ: str | None) -> None:  # noqa: ANN001
    assert_sense(enlp, text, word, typ)
