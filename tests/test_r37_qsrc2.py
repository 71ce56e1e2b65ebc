"""Round 37 (issue 18, r37-qsrc2): speakers carried over from a person the words name, and sources named on the
line before a quoted paragraph.

``quotes/bound_pronouns``: a "he"/"she" that is the subject of a reporting verb never stands for a person the
clause it reports names by name ("he said Hale told him ..." is not Hale's report); the pronoun mention stays, the
person and written name are left empty. ``quotes/according_lines``: a line that is only "According to X:" hands
the quoted paragraph after it to X. Sentences written here; every ``_NOW`` row was wrong or empty on 1b9ce646;
each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_of

_BOUND_NOW = [
    ("Jim Hale said on Monday that he did not recall the dinner. Another of Tom Baker's notes centered on a dinner "
     "at the club in which he said Hale told him he trusted the adviser.", "Hale told him", (None, None)),
    ("Governor Jim Hale visited the city on Monday. He said Hale was wrong about the budget.", "Hale was wrong",
     (None, None)),
]
# the person named inside is another one, or named only as the verb's hearer or before the pronoun: kept
_BOUND_GUARDS = [
    ("Tom Baker met Ann Lee in June. She said she would keep talking to Baker.", "she would keep",
     ("Ann Lee", "Ann Lee")),
    ("Senator Tom Baker spoke on Monday. He said his plan would pass.", "his plan would pass",
     ("Tom Baker", "Tom Baker")),
    ("Mayor Tom Baker has often clashed with Governor Jim Hale. Though he said on Wednesday that the talks had "
     "stalled, he said he would keep talking to Hale.", "he would keep", ("Tom Baker", "Tom Baker")),
    ("Jim Hale met the mayor on Monday. He told reporters that the budget would pass.", "the budget would pass",
     ("Jim Hale", "Jim Hale")),
    ("Jim Hale met the mayor on Monday. After the meeting, he said the budget would pass.", "the budget would pass",
     ("Jim Hale", "Jim Hale")),
]

_ACCORDING_NOW = [
    ('According to Reuters:\n\n"The minister is expected to resign within days."', "The minister is expected",
     ("Reuters", "Reuters")),
    ('The blast hit the port at dawn.\n\nAccording to the Interior Ministry:\n\n"Four people were hurt."',
     "Four people were hurt", (None, "the Interior Ministry")),
]
# a line with a clause of its own, a relative clause, "in keeping with": not read by this rule
_ACCORDING_GUARDS = [
    ('According to plan:\n\n"Four people were hurt in the blast."', "Four people", (None, None)),
    ('According to the report, which was leaked:\n\n"Four people were hurt in the blast."', "Four people",
     (None, None)),
]


@pytest.mark.parametrize(("text", "words", "who"), _BOUND_NOW + _BOUND_GUARDS)
def test_pronoun_not_the_person_its_clause_names(text: str, words: str, who: tuple[str | None, str | None]) -> None:
    assert quote_of(text, words) == who


@pytest.mark.parametrize(("text", "words", "who"), _ACCORDING_NOW + _ACCORDING_GUARDS)
def test_according_line_names_the_source(text: str, words: str, who: tuple[str | None, str | None]) -> None:
    assert quote_of(text, words) == who
