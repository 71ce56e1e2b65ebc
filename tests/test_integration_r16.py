"""Round 16 integration mends, found by reading the merged change on 100 BBC reports no engineer read: a speaking
"it" is the previous sentence's subject organization when it names one, not the last firm of a list in it; "It has
to be said that ..." is the writer's impersonal phrase, nobody's statement. Every sentence here was written for
these tests; each case gives the text and its quotes as (kind, text, speaker name)."""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

SPEAKING_IT = [
    # the subject of the sentence before, not the last organization it lists
    ("Northwind Software has left the security market to firms such as Acme Corporation and Globex Corporation. "
     "It said that its new program would not stop every virus.",
     [("indirect", "its new program would not stop every virus", "Northwind Software")]),
    # no organization in that subject: the organization named last, as before
    ("Shares rose after analysts praised Acme Corporation on Monday. It said sales rose 5% in the quarter.",
     [("stance", "Acme Corporation", "analysts"), ("indirect", "sales rose 5% in the quarter", "Acme Corporation")]),
    # an impersonal "it" of a passive: the writer's phrase
    ("Acme Corporation released a new game on Monday. It has to be said that the game is short on ideas.", []),
    # (an xfail until round 29: a cue under "must" is hypothetical since r29-quotes' unperformed.py, so the
    # general indirect pass no longer keeps the clause)
    ("Acme Corporation released a new game on Monday. It must be said that the game is short on ideas.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_IT)
def test_speaking_it(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)
