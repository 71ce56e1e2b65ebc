"""Quotes, issue 18 round 18 (carry): a direct quote standing alone as the paragraph after a person's quote.

'Mayor Ruiz said the bridge would reopen.' then '"We have waited long enough."' as its own paragraph: the lone
quote had no speaker (the hand-on convention read only quotes in marks); now it is the earlier person's, unless
the narration between names someone or asks, the quote names that person, it is a transcript line, or the earlier
speaker is no person (``quotes/para_carry.py``). Every sentence was written for these tests (invented people).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

# (text, the lone quote's words, its expected speaker)
LONE = [
    # carried: after an indirect quote of a named person
    ("Mayor Tom Ruiz said on Monday that the bridge over the river would reopen in May.\n\n"
     '"We have waited long enough for this and the town deserves it."',
     "We have waited long enough for this and the town deserves it.", "Tom Ruiz"),
    ("Coach Anna Berg told reporters her side had played its best match of the season.\n\n"
     '"The players gave everything from the first minute to the last."',
     "The players gave everything from the first minute to the last.", "Anna Berg"),
    # not carried: a new person named in the narration between
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May, a plan Carla Mendes opposes.\n\n"
     '"We have waited long enough for this and the town deserves it."',
     "We have waited long enough for this and the town deserves it.", None),
    # not carried: a question put in the narration between
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May. But why so late?\n\n"
     '"We have waited long enough for this and the town deserves it."',
     "We have waited long enough for this and the town deserves it.", None),
    # not carried: the quote speaks of the earlier speaker in the third person
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May.\n\n"
     '"Ruiz has promised this three times before and nothing has happened."',
     "Ruiz has promised this three times before and nothing has happened.", None),
    # not carried: a transcript line
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May.\n\n"
     '"Host: So when exactly will the first cars cross the river again?"',
     "Host: So when exactly will the first cars cross the river again?", None),
    # not carried: another's words about the person just quoted, opening with "he"
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May.\n\n"
     '"He has always kept his word to this town and its people."',
     "He has always kept his word to this town and its people.", None),
    # not carried: three words, a chant more often than anyone's words
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May.\n\n"
     '"Open it now!"',
     "Open it now!", None),
    # not carried: two paragraphs of narration between
    ("Mayor Tom Ruiz said on Monday that the bridge would reopen in May.\n\n"
     "The bridge was closed after the floods of last winter.\n\n"
     '"We have waited long enough for this and the town deserves it."',
     "We have waited long enough for this and the town deserves it.", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LONE)
def test_lone_quote_after_a_persons_quote(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    rows = [r for r in quote_rows(qnlp, text) if r[1] == words]
    assert len(rows) == 1, quote_rows(qnlp, text)
    assert rows[0][0] == "direct"
    assert rows[0][2] == speaker
