"""Round 34 (issue 18, attributions found and their spans; errors read on PolNeAR train and the dev tune half only):
a phrase fronted before a cue whose content follows the cue is no content of it (quotes/fronted_spans.py); "X was
quick / careful to <say> ..." is X's (cues._prompt, data/quote_prompt_adjectives.tsv); a speech participle on an
occasion of speech ("said at a news conference announcing that ...") is the speaker's (cue_clauses.issuer, kind
``occasion`` of data/quote_statement_nouns.tsv). Sentences written here; each "before" row fails on main 98bb096a
and passes here (so does the first guard), each other guard passes on both."""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

Row = tuple[str, str, str | None]

BEFORE: list[tuple[str, Row]] = [
    # an adjective of "be" that tells the speech was made
    ("Sexton was quick to point out that not all of the supporters held such views.",
     ("indirect", "not all of the supporters held such views", "Sexton")),
    ("The minister was careful to stress that no decision had been made.",
     ("indirect", "no decision had been made", "The minister")),
    ("Mayor Jane Smith was quick to add that the city would pay for the repairs.",
     ("indirect", "the city would pay for the repairs", "Jane Smith")),
    # a speech participle on the occasion where the subject spoke
    ("Attorney General Loretta Lynch said at a recent news conference announcing that her department was suing "
     "the state.",
     ("indirect", "her department was suing the state", "Loretta Lynch")),
    ("Smith spoke at a press briefing saying that the talks had failed.",
     ("indirect", "the talks had failed", "Smith")),
]

# (text, what must not be there: a row, or None for no row at all)
GUARDS: list[tuple[str, Row | None]] = [
    # the fronted phrase (a preposition first) was read as the cue's content beside its real one
    ("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at the things on your "
     "card statement.",
     ("indirect", "In his 2002 book, ''Make Your Kid a Millionaire,''", "McKinley")),
    # adjectives of readiness or chance tell no saying
    ("The senator was eager to say that the bill had passed.",
     ("indirect", "the bill had passed", "The senator")),
    ("Voters were more likely to say that the economy mattered most.",
     ("indirect", "the economy mattered most", "Voters")),
    # the adjective's own infinitive of saying only: "keen on telling" is a habit, "quick to condemn" an act whose
    # quoted fragment stays the words of the one who reports it
    ("Critics have been quick to condemn the deal for having \u201cgiven away the store,\u201d Mr. Heilbrunn says.",
     ("partial", "given away the store", "Critics")),
    ("People are especially keen on telling women to stop moaning when women speak up about injustice.",
     ("indirect", "to stop moaning when women speak up about injustice", "People")),
    # a participle on an occasion that is no speech of the subject's
    ("The leaders were quick to offer condolences on Monday.", ("indirect", "condolences on Monday", "The leaders")),
    ("The protesters gathered at a rally denouncing the policy.", ("indirect", "the policy", "The protesters")),
]

# right facts that must stay: a fronted clause whose cue has no content after it, a clause after a fronted phrase
KEEP: list[tuple[str, Row]] = [
    ("The economy is strong, she said, adding that jobs were growing.",
     ("indirect", "The economy is strong", None)),
    ("In her new book, the senator argued that the tax code favors the rich.",
     ("indirect", "the tax code favors the rich", "the senator")),
    ("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at the things on your "
     "card statement.",
     ("indirect", "looking at the things on your card statement", "McKinley")),
    ("Despite the rain, the mayor said the parade would go on.", ("indirect", "the parade would go on", "the mayor")),
    ("Sexton pointed out that not all of the supporters held such views.",
     ("indirect", "not all of the supporters held such views", "Sexton")),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE)
def test_found(qnlp, text: str, expected: Row) -> None:  # noqa: ANN001
    rows = quote_rows(qnlp, text, stances=True)
    assert expected in rows, rows


@pytest.mark.parametrize(("text", "unwanted"), GUARDS)
def test_guards(qnlp, text: str, unwanted: Row | None) -> None:  # noqa: ANN001
    rows = quote_rows(qnlp, text, stances=True)
    if unwanted is None:
        assert rows == [], rows
    else:
        assert unwanted not in rows, rows


@pytest.mark.parametrize(("text", "expected"), KEEP)
def test_kept(qnlp, text: str, expected: Row) -> None:  # noqa: ANN001
    assert expected in quote_rows(qnlp, text, stances=True), quote_rows(qnlp, text, stances=True)
