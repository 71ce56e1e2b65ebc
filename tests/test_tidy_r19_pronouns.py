"""Round 19's tidying (no behaviour change): the person pronouns of the quote rules come from one data file,
data/quote_person_pronouns.tsv; each rule's set is the one it wrote out before (round 18)."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes.person_pronouns import person_pronouns

CASES = [
    # para_carry: a person's pronoun in the narration between two quotes
    ((), {"person": "3"}, {"he", "she", "him", "her", "they", "them", "his", "hers", "their"}),
    # cue_clauses: a subject that may introduce words with a colon
    (("subject",), {}, {"he", "she", "they", "we", "i"}),
    # person_acts: one person who acts, is attacked, owns what is attacked
    (("subject",), {"person": "3", "number": "sg"}, {"he", "she"}),
    (("object",), {"person": "3", "number": "sg"}, {"him", "her"}),
    (("determiner",), {"person": "3", "number": "sg"}, {"his", "her"}),
    (("object", "determiner"), {"number": "pl"}, {"them", "their"}),
]


@pytest.mark.parametrize(("cases", "features", "expected"), CASES)
def test_person_pronouns_give_each_rule_its_set(cases: tuple[str, ...], features: dict[str, str],
                                                 expected: set[str]) -> None:
    assert person_pronouns(*cases, **features) == expected


def test_the_rules_read_the_one_definition() -> None:
    from newsgraph.extract.quotes import cue_clauses, para_carry, person_acts

    assert para_carry._PERSON_PRONOUNS == person_pronouns(person="3")
    assert cue_clauses._PERSON_PRONOUNS == person_pronouns("subject")
    assert person_acts._PERSON_OWNERS == person_pronouns("determiner", person="3", number="sg")
