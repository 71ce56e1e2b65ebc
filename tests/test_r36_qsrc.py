"""Round 36 (issue 18, r36-qsrc): the source a roundup or press review credits on the line after an excerpt.

``quotes/roundup_credits.py`` widens ``signoffs.byline``: a short lead-in of the compiler's or an excerpt joined by
an ellipsis may stand before the quote, partial excerpts are credited too, a credit line listing several writers
credits all of them, "Editorial Board, <paper>" credits the paper, and a dash credit line ("—President X (years)")
names its author. Sentences invented here; every ``_NOW`` row had an empty or generic speaker on main ace12439;
each guard keeps what it had (mostly no speaker: an empty answer beats a wrong one)."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

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


# "it" after a sentence about an unnamed body (an army, a ministry): not the news outlet named last, which only
# carried the statement (``units._carrier_after_body``): the body's words (named where a later pass hands the body
# on), or no speaker, never the carrier (main gave both rows to Reuters).
_CARRIED = [
    ("Even as the Ruritanian army detains rivals, it vows to respect marches. Reuters reports:\n\n"
     "The Ruritanian armed forces said on Monday they would not arrest protest leaders.\n\n"
     "The army posted a statement online, promising restraint. It continued:\n\n"
     "\u201cPeaceful protest is a right guaranteed to every citizen of the republic.\u201d\n\nThe marches go on.",
     "Peaceful protest", (None, None)),
    ("Reuters reports:\n\nThe ministry said on Monday it would reopen the border crossing.\n\nIt added:\n\n"
     "\u201cThe crossing will open for trucks first and for cars a week later.\u201d\n\nTrade resumed.",
     "The crossing will open", (None, "The ministry")),
]
# guards, as on main: the outlet itself is the subject before "it"
_CARRIED_GUARDS = [
    ("Reuters ran a long report on the strike on Monday. It said the drivers would stay out until the city "
     "answered their letter.", "the drivers would stay", ("Reuters", "Reuters")),
]


@pytest.mark.parametrize(("text", "words", "who"), _CARRIED + _CARRIED_GUARDS)
def test_carried_statement(text: str, words: str, who: tuple[str | None, str | None]) -> None:
    assert quote_of(text, words) == who


def test_company_not_its_carrier() -> None:
    """"the company ... It said" after an outlet's relay: main gave the words to Reuters; the company is not named
    in that sentence, so no speaker (the indirect quote is then not kept) rather than the carrier."""
    text = ("Acme Freight cut its prices on Monday, Reuters reported. The company posted a loss. It said the second "
            "half of the year would be much stronger.")
    facts = quote_facts(text)
    assert facts and not any(said.startswith("the second half") and who == "Reuters" for _k, said, who, _n in facts)


# a paper's piece (headline, editorial) is no speaker when the paper is named with it (``quotes/outlet_pieces.py``)
_PIECES = [
    ("\u201cChaos in the capital as talks collapse,\u201d read the headline in the Daily Ledger on Tuesday.",
     "Chaos in the capital", ("Daily Ledger", "Daily Ledger")),
    ("\u201cThe mayor has lost the city,\u201d the editorial in the Harbor Times said on Sunday.",
     "The mayor has lost", ("Harbor Times", "Harbor Times")),
]
_PIECE_GUARDS = [
    # no paper named: left as it was (no entity)
    ("\u201cChaos in the capital as talks collapse,\u201d read the headline on Tuesday.", "Chaos in the capital",
     (None, "the headline")),
    # the board named with its paper keeps its own words
    ("\u201cThe mayor has lost the city,\u201d the Harbor Times editorial board wrote on Sunday.", "The mayor has lost",
     (None, "the Harbor Times editorial board")),
]


@pytest.mark.parametrize(("text", "words", "who"), _PIECES + _PIECE_GUARDS)
def test_outlet_pieces(text: str, words: str, who: tuple[str | None, str | None]) -> None:
    assert quote_of(text, words) == who
