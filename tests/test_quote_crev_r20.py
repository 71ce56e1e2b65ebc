"""Review of round 20's quote change (r20-crev-quotes): rows that failed at main 68608738 and the guards beside them.

- a fronted clause's subject described by a gendered noun ("When the queen arrived ..., he said") is no antecedent
  of a pronoun of the other gender (extract/quotes/fronted.py, ``_role_gender``): before, "the queen" took "he";
- the terms of speaking anonymously are read within the verb's own sentence (extract/quotes/thing_objects.py,
  ``_anonymous``): before, "anonymity" at the end of the sentence before dropped the next sentence's stance;
- "seek" with a person for its object is a search, not an aim held (data/quote_thing_objects.tsv).

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name), stances included.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

CASES = [
    # before: ('indirect', 'the talks had failed', 'the queen')
    ("Senator Tom Hale met the queen on Monday. When the queen arrived at the hall, he said the talks had failed.",
     [("indirect", "the talks had failed", "Tom Hale")]),
    ("Governor Ann Cole met the king in Oslo. After the king left the palace, she said the deal was done.",
     [("indirect", "the deal was done", "Ann Cole")]),
    # guards: a pronoun of the noun's own gender, or a noun of no gender, takes the fronted subject (passed before)
    ("Senator Tom Hale met the queen on Monday. When the queen arrived at the hall, she said the talks had failed.",
     [("indirect", "the talks had failed", "the queen")]),
    ("Senator Tom Hale met the king on Monday. When the king arrived at the hall, he said the talks had failed.",
     [("indirect", "the talks had failed", "the king")]),
    # before: no stance (the anonymity of the sentence before)
    ("An aide spoke on condition of anonymity. The minister discussed the plan with farmers on Monday.",
     [("topic", "the plan with farmers", "The minister")]),
    # guards: the terms named in the verb's own sentence still drop it (passed before)
    ("The minister, who spoke on condition of anonymity, discussed the plan.", []),
    # before: ('stance', 'a suspect in the shooting', 'Police'): seeking a person is a search, no aim held
    ("Police are seeking a suspect in the shooting.", []),
    ("Detectives sought a witness to the crash on Monday.", []),
    # guard: an aim sought stays a stance (passed before)
    ("The governor sought a ban on assault weapons.", [("stance", "a ban on assault weapons", "The governor")]),
    ("Officials speaking on condition of anonymity to discuss the talks said nothing was agreed.",
     [("indirect", "nothing was agreed", "Officials")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crev_round20_quotes(qnlp, text, expected) -> None:  # noqa: ANN001
    assert quote_rows(qnlp, text, stances=True) == expected
