"""Round 37 (issue 18 item 3; r37-qovl): clauses of positing, restating and forecasting, and the bare complement
of "described X as Y".

"posited that turnout would fall", "reaffirmed that the inquiry was closed", "had forecast
that volumes would shrink" report the subject's words (data/attribution_frames.tsv, round 37 rows); "described the
standoff as hopeless" and "described the fair as Denver celebrating itself" keep the portrayal whole
(quotes/described_as.py), where the parser hangs the complement with no object of "as". Rows marked "before:" gave
nothing on main 57b52624; the others are guards that must keep their reading. Every sentence here was written for
these tests (invented people).
"""

from __future__ import annotations

import pytest
from quote_kit import modal_rows

ROWS = [
    # before: nothing (the verb took no clause)
    ("A pollster for the league posited that turnout would fall among young voters.",
     [("indirect", "asserted", "that turnout would fall among young voters", "A pollster")]),
    ("The mayor reaffirmed that the inquiry was closed.",
     [("indirect", "asserted", "the inquiry was closed", "The mayor")]),
    ("Attorney General Mara Wells is reaffirming that the inquiry into the contracts is closed.",
     [("indirect", "asserted", "the inquiry into the contracts is closed", "Mara Wells")]),
    ("Port economists had forecast that cargo volumes would shrink this winter.",
     [("indirect", "asserted", "cargo volumes would shrink this winter", "Port economists")]),
    # before: nothing (the object alone too short, the complement not read)
    ("The minister described the talks as productive.",
     [("indirect", "asserted", "the talks as productive", "The minister")]),
    ("The tenants described the standoff as hopeless.",
     [("indirect", "asserted", "the standoff as hopeless", "The tenants")]),
    ("The governor has described the fair as Denver celebrating itself.",
     [("indirect", "asserted", "the fair as Denver celebrating itself", "The governor")]),
    # guards: what the frames read already stays as it was
    ("Mayor Ortiz has described the parade as a town celebrating itself.",
     [("indirect", "asserted", "the parade as a town celebrating itself", "Ortiz")]),
    ("The minister described the talks as a productive step.",
     [("indirect", "asserted", "the talks as a productive step", "The minister")]),
    ("The senator hinted at a run for governor.", [("indirect", "asserted", "a run for governor", "The senator")]),
    # guards: a time clause after "as", a passive with no agent, verbs left out on purpose
    ("The minister described the scene as he drove home.", []),
    ("The standoff was described as hopeless.", []),
    ("The driver noticed that a tyre was flat.", []),
    ("The senator hinted she might run for governor next year.", []),
    ("The decree affirmed what was already plain.", []),
    ("The campaign anticipates them and the crowds are told how to handle them.", []),
    ("It was unclear whether the court would rule that the levy was lawful.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_clause_frames(qnlp, text, expected) -> None:  # noqa: ANN001
    assert modal_rows(qnlp, text) == sorted(expected, key=str)
