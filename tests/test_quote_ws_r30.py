"""Round 30 (q4, issue 18, wrong speakers on real reports): a one-word surname that is a reporting verb's subject
where the entity layer tagged no mention ("Townsend said", read as a common noun) is that person's mention when a
later "he"/"she" looks back (quotes/named_again.py ``unlinked_reporters``): the "she said" after it went to a man
named before, whose gender the wrong "she" then fixed for the rest of the report. Sentences written here; each
"changed" row had another speaker on main 50bde5b5, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import quote_of

_GENERAL = "Maj. Gen. Alice Townsend commands the mission in the north.\n\n"
_CLINIC = "Dr. Alice Townsend runs the clinic in the north.\n\n"
_PRESIDENT = "President Okello told reporters on Friday that aides would draft a plan. "


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: the surname missed by the entity layer spoke right before the pronoun
    (_GENERAL + _PRESIDENT + 'Townsend said the plan would take months.\n\n"We will keep at it," she said.',
     "We will keep at it", "Alice Townsend"),
    (_CLINIC + _PRESIDENT + 'Townsend worries that the plan will take months.\n\n"We will keep at it," she says.',
     "We will keep at it", "Alice Townsend"),
])
def test_unlinked_surname_is_antecedent(text: str, words: str, name: str) -> None:
    assert quote_of(text, words)[0] == name


@pytest.mark.parametrize(("text", "words", "name"), [
    # guard: a pronoun of the other gender passes the surname over
    (_GENERAL + _PRESIDENT + 'Townsend warned that the plan would take months.\n\n"We will keep at it," he said.',
     "We will keep at it", "Okello"),
    # guard: the surname's own words keep their speaker
    (_GENERAL + _PRESIDENT + 'Townsend said the plan would take months.', "the plan would take months",
     "Alice Townsend"),
])
def test_unlinked_surname_guards(text: str, words: str, name: str) -> None:
    who = quote_of(text, words)[0]
    assert who is not None and name in who
