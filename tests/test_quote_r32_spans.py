"""Round 32 (issue 18, spans read on PolNeAR train and the dev tune half): what a describing verb calls its object,
and what a stance is for, go with the object ("pitched the plan as a way to create jobs", "mocked Rubio for losing";
quotes/as_complements.py). Sentences written here; each "changed" row kept only the object on main 4d783654, each
guard is as it was there."""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

CHANGED = [
    # an indirect quote's "as" phrase: the name given
    ('Clinton described the emotional impact as "horrendous."',
     ("indirect", 'the emotional impact as "horrendous."', "Clinton")),
    ("The senator pitched her infrastructure plan as a way to create good jobs.",
     ("indirect", "her infrastructure plan as a way to create good jobs", "The senator")),
    # a stance's "for" phrase: the reason or the office it is for
    ("Trump mocked Rubio for not having won a single state.",
     ("stance", "Rubio for not having won a single state", "Trump")),
    ("The candidate thanked his supporters for delivering a commanding win.",
     ("stance", "his supporters for delivering a commanding win", "The candidate")),
    ("The union endorsed Bush for president.", ("stance", "Bush for president", "The union")),
]

GUARDS = [
    # a stance's "as" phrase stays out (a first version ran it on: too many of its words lay outside PolNeAR's
    # contents, and the dev check half's token F1 fell)
    ("Sanders dismissed the plan as a gimmick.", ("stance", "the plan", "Sanders")),
    ("The mayor praised the budget as a model for other cities.", ("stance", "the budget", "The mayor")),
    # a stretch of time after "for" is the writer's
    ("Senator Ruiz supported the cuts for years.", ("stance", "the cuts", "Ruiz")),
    ("Senator Ruiz backed the plan for three decades.", ("stance", "the plan", "Ruiz")),
    # fixed phrases ("as part of") name nothing; "as" opening a clause of the writer's is no preposition
    ("The senator pitched her infrastructure plan as part of a package of bills.",
     ("indirect", "her infrastructure plan", "The senator")),
    ("The senator pitched her infrastructure plan as the crowd cheered.",
     ("indirect", "her infrastructure plan", "The senator")),
    # already whole on main: the parser hung "as" inside the object
    ("The ad portrays the governor as a friend of the banks.",
     ("indirect", "the governor as a friend of the banks", "The ad")),
]


def _row(qnlp, text: str, words: str) -> tuple[str, str, str | None] | None:  # noqa: ANN001
    rows = quote_rows(qnlp, text, stances=True)
    return next((r for r in rows if r[1].startswith(words)), None)


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_phrase_goes_with_object(qnlp, text: str, expected: tuple[str, str, str]) -> None:  # noqa: ANN001
    head = expected[1].split(" as ")[0].split(" for ")[0]
    assert _row(qnlp, text, head) == expected, quote_rows(qnlp, text, stances=True)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_phrase_guards(qnlp, text: str, expected: tuple[str, str, str]) -> None:  # noqa: ANN001
    assert _row(qnlp, text, expected[1]) == expected, quote_rows(qnlp, text, stances=True)
