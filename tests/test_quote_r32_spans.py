"""Round 32 (issue 18, spans read on PolNeAR train and the dev tune half): what a characterizing verb calls its
object, and what a stance is for, go with the object ("dismissed the plan as a gimmick", "mocked Rubio for losing";
quotes/as_complements.py). Sentences written here;
each "changed" row kept only the object on main 4d783654, each guard is as it was there."""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

CHANGED = [
    ("Sanders dismissed the plan as a gimmick.", ("stance", "the plan as a gimmick", "Sanders")),
    ("Rubio slammed the proposal as reprehensible, prejudiced and divisive.",
     ("stance", "the proposal as reprehensible, prejudiced and divisive", "Rubio")),
    ("The senator criticized the governor as a weak leader who is more focused on politics.",
     ("stance", "the governor as a weak leader who is more focused on politics", "The senator")),
    ("The mayor praised the budget as a model for other cities.",
     ("stance", "the budget as a model for other cities", "The mayor")),
    # a stance's "for" phrase: the reason or the office it is for
    ("Trump mocked Rubio for not having won a single state.",
     ("stance", "Rubio for not having won a single state", "Trump")),
    ("The candidate thanked his supporters for delivering a commanding win.",
     ("stance", "his supporters for delivering a commanding win", "The candidate")),
    ("The union endorsed Bush for president.", ("stance", "Bush for president", "The union")),
]

GUARDS = [
    # "as" opening a clause of the writer's: no preposition, the stance keeps its object only
    ("The minister condemned the launch as the army fired three more missiles into the sea.",
     ("stance", "the launch", "The minister")),
    # fixed phrases ("as part of") name nothing; a stretch of time after "for" is the writer's
    ("Senator Ruiz championed the bill as part of a group of eight senators.", ("stance", "the bill", "Ruiz")),
    ("Senator Ruiz supported the cuts for years.", ("stance", "the cuts", "Ruiz")),
    ("Senator Ruiz backed the plan for three decades.", ("stance", "the plan", "Ruiz")),
    # a comma before "as": the writer's aside
    ("The mayor praised the budget, as she did last year.", ("stance", "the budget", "The mayor")),
    # seeing: the parser hangs "as" inside the object, the stance was whole on main and stays so (this pass leaves
    # verbs of seeing and regarding alone)
    ("The mayor sees the budget as a model for other cities.",
     ("stance", "the budget as a model for other cities", "The mayor")),
]


def _row(qnlp, text: str, words: str) -> tuple[str, str, str | None] | None:  # noqa: ANN001
    rows = quote_rows(qnlp, text, stances=True)
    return next((r for r in rows if r[1].startswith(words)), None)


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_as_phrase_goes_with_object(qnlp, text: str, expected: tuple[str, str, str]) -> None:  # noqa: ANN001
    assert _row(qnlp, text, expected[1].split(" as ")[0]) == expected, quote_rows(qnlp, text, stances=True)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_as_phrase_guards(qnlp, text: str, expected: tuple[str, str, str]) -> None:  # noqa: ANN001
    assert _row(qnlp, text, expected[1]) == expected, quote_rows(qnlp, text, stances=True)
