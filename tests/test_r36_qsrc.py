"""Round 36 (issue 18, r36-qsrc): the source a roundup or press review credits on the line after an excerpt.

``quotes/roundup_credits.py`` widens ``signoffs.byline``: a short lead-in of the compiler's or an excerpt joined by
an ellipsis may stand before the quote, partial excerpts are credited too, a credit line listing several writers
credits all of them, "Editorial Board, <paper>" credits the paper, and a dash credit line ("—President X (years)")
names its author. Sentences invented here; every ``_NOW`` row had an empty or generic speaker on main ace12439;
each guard keeps what it had (mostly no speaker: an empty answer beats a wrong one)."""

from __future__ import annotations

import pytest
from conftest import quote_of

_Q1 = "\u201cThe budget talks have stalled again and nobody in the capital expects a deal before the spring.\u201d"
_Q2 = "\u201cThe council cannot keep borrowing against next year\u2019s taxes to pay for this year\u2019s roads.\u201d"

_NOW = [
    # a short lead-in of the compiler's before the excerpt
    (f"The right is wary.\n\nRegarding the mayor\u2019s plan, {_Q1}\n\nTessa Morrow, Daily Ledger\n\nMore below.",
     "The budget talks", "Tessa Morrow"),
    (f"The left is wary.\n\nSome argue, {_Q2}\n\nOwen Pratt, Harbor Times\n\nMore below.",
     "The council cannot", "Owen Pratt"),
    (f"The left is wary.\n\nMany posit that {_Q2}\n\nOwen Pratt, Harbor Times\n\nMore below.",
     "The council cannot", "Owen Pratt"),
    # several writers listed with "and" after a comma: all of them
    (f"The left is wary.\n\n{_Q1}\n\nTessa Morrow, Owen Pratt, and Lena Fisk, Daily Ledger\n\nMore below.",
     "The budget talks", "Tessa Morrow, Owen Pratt, and Lena Fisk"),
    # an editorial board credits its paper
    (f"The left is wary.\n\n{_Q2}\n\nEditorial Board, Harbor Times\n\nMore below.",
     "The council cannot", "Harbor Times"),
    # a dash credit line with a title and the years of a life
    ("\u201cA city that will not pay for its roads will soon have no roads worth paying for.\u201d\n\n"
     "\u2014Governor Samuel Whitcombe (1801-1870)\n\nLast week the council voted to borrow again.",
     "A city that will not", "Samuel Whitcombe"),
]

_GUARDS = [
    # a dateline after a quote credits nobody
    (f"{_Q1}\n\nParis, France\n\nThe talks went on for a week.", "The budget talks", None),
    # the lead-in names its own speaker: the byline is not consulted, the mayor keeps her words
    (f"The right is wary.\n\nMayor Ann Kerr said, {_Q1}\n\nTessa Morrow, Daily Ledger\n\nMore below.",
     "The budget talks", "Ann Kerr"),
    # a lead-in too long to be a compiler's: no credit from the line after it
    (f"The right is wary of a plan that the mayor first floated at a long meeting of the council in the "
     f"autumn, {_Q1}\n\nTessa Morrow, Daily Ledger\n\nMore below.", "The budget talks", None),
    # a reporter's note after a dash is not a credit line (main already credits the reporter through the next
    # sentence's subject, not through this module: a known failure)
    pytest.param(f"{_Q2}\n\n\u2014 Owen Pratt contributed reporting from the capital.\n\nMore below.",
                 "The council cannot", None,
                 marks=pytest.mark.xfail(reason="the next sentence's subject is taken on main (not a credit line)")),
    # a dash line with no person (a section title)
    (f"{_Q2}\n\n\u2014 Harbor Roads Fund\n\nMore below.", "The council cannot", None),
]


@pytest.mark.parametrize(("text", "words", "who"), _NOW + _GUARDS)
def test_roundup_credit(text: str, words: str, who: str | None) -> None:
    name = quote_of(text, words)[1]
    if who is None:
        assert name is None
    else:
        assert name is not None and who in name
