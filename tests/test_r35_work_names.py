"""Round 35 (issue 18 item 5, quotes that are no statements): sentences written here. Each "before" row listed the
words in marks as a quote on main 2e9fffc0; each guard keeps what it had (quotes/work_names.py).

1. A show's name as the hearer of "told" ('told "Fox News Sunday."') is no direct quote of the one who told it.
2. A phrase in marks that the text then defines ('a "priority growth zone," which is defined as') is the term.
3. Two title-case words or more in marks, with no speaker at all, in running text, are a name ('set up a "Coastal
   Rescue Unit"').
Guards: short answers and slogans said by someone ('"No," Pratt told reporters', 'Pratt told the crowd: "Never Give
Up!"', 'Critics call the tax "Robin Hood In Reverse"'), lower-case scare quotes with a speaker.
"""

from __future__ import annotations

import pytest


def _quotes(qnlp, text: str) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001
    """Quote text (marks and end stops stripped) -> (kind, speaker_name) for every asserted quote."""
    doc = qnlp(text)
    return {q["text"].strip(" .,\"“”"): (q["kind"], q["speaker_name"]) for q in doc._.newsgraph_quotes
            if q.get("modality", "asserted") == "asserted"}


@pytest.mark.parametrize(("text", "words", "expected"), [
    # before: a show's name, a defined term and a name in marks were partial or direct quotes
    ('"We are ready for the vote," Senator Ann Lowell told "Fox News Sunday." She spoke for ten minutes.',
     "Fox News Sunday", None),
    ('The town requires a business in a "priority growth zone," which is defined as a district with high '
     "unemployment.", "priority growth zone", None),
    ('The agency will set up a "Coastal Rescue Unit" staffed by volunteers.', "Coastal Rescue Unit", None),
    # names beside a show's or a work's noun stay out
    ('She was a regular guest on "The Weekend Panel," which began on cable in 1990.', "The Weekend Panel", None),
    ('Pratt, a founder of the farm blog "Dirt And Rain," wrote that the rule was "a costly mistake."',
     "Dirt And Rain", None),
    # guards: the speech around the name keeps its speaker
    ('"We are ready for the vote," Senator Ann Lowell told "Fox News Sunday." She spoke for ten minutes.',
     "We are ready for the vote", ("direct", "Ann Lowell")),
    ('Pratt, a founder of the farm blog "Dirt And Rain," wrote that the rule was "a costly mistake."',
     "a costly mistake", ("partial", "Pratt")),
    # guards: short words said by someone, slogans and lower-case scare quotes stay quotes
    ('"No," Pratt told reporters. "We will keep going."', "No", ("direct", "Pratt")),
    ('"No," Pratt told reporters. "We will keep going."', "We will keep going", ("direct", "Pratt")),
    ('Pratt told the crowd: "Never Give Up!"', "Never Give Up!", ("direct", "Pratt")),
    ('Critics call the tax "Robin Hood In Reverse," Lowell said.', "Robin Hood In Reverse", ("partial", "Critics")),
    ('Lowell called the plan "a disaster" and said the "right to work" law was wrong.', "a disaster",
     ("partial", "Lowell")),
    ('Lowell called the plan "a disaster" and said the "right to work" law was wrong.', "right to work",
     ("partial", "Lowell")),
])
def test_work_names(qnlp, text: str, words: str, expected: tuple[str, str | None] | None) -> None:  # noqa: ANN001
    assert _quotes(qnlp, text).get(words) == expected
