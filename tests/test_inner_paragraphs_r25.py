"""Round 25: prose paragraphs that precision mode dropped from inside an article come back in place; the edges
(navigation, related links) and short link lines never do. Texts written here."""

from __future__ import annotations

import pytest

from newsgraph.ingest.inner_paragraphs import restore_inner_paragraphs

P1 = "The alliance was founded in 1949 by twelve countries."
P2 = "Its main purpose was to deter an attack by its eastern neighbour."
P3 = "It also aimed to bind the members' armies to one command."
P4 = "Sweden joined the alliance in March of last year."
NAV = "Home News Sport Weather"
LINK = "Read more: what the alliance does"
RELATED = "More on this story: the summit in five charts and three maps."


@pytest.mark.parametrize(("precise", "default", "expected"), [
    # a prose paragraph between two kept ones comes back in place
    ("\n".join([P1, P3, P4]), "\n".join([NAV, P1, P2, P3, P4, RELATED]), "\n".join([P1, P2, P3, P4])),
    # nothing before the first or after the last kept paragraph comes back, prose or not
    ("\n".join([P2, P3]), "\n".join([P1, P2, P3, P4]), "\n".join([P2, P3])),
    # a short or unpunctuated line inside stays out
    ("\n".join([P1, P4]), "\n".join([P1, NAV, LINK, P4]), "\n".join([P1, P4])),
    # the two modes disagree on a paragraph's text: precision's text is kept as it is
    ("\n".join([P1, "A line only precision mode has, cut its own way.", P4]), "\n".join([P1, P2, P4]),
     "\n".join([P1, "A line only precision mode has, cut its own way.", P4])),
    # one kept paragraph: no inside to fill
    (P1, "\n".join([P1, P2, P3]), P1),
])
def test_restore_inner_paragraphs(precise: str, default: str, expected: str) -> None:
    assert restore_inner_paragraphs(precise, default) == expected
