"""Round 26, every attribution (issue 18): the "that"-clause of an owned noun of words or of a view.

"his belief that ...", "Trump's suggestion that ...": the clause is what the owner holds or put forward, kept as a
stored stance of the owner (``quotes/noun_contents.py``; never listed as words said). Nouns of a fact or a
prospect, an unowned noun (the holder is left open), and a relative "that" are left out. Sentences written here.
"""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote


def _noun_stances(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker, cue) of the stances whose cue is a noun's (this rule's)."""
    return [(q.text, q.speaker_name, q.cue) for q in extract(text).quotes
            if q.kind == "stance" and q.cue is not None and " " not in q.cue]


@pytest.mark.parametrize(("text", "words", "cue", "speaker"), [
    ("The senator's belief that the tax cut will pay for itself was shaken by the report.",
     "that the tax cut will pay for itself", "belief", "senator"),
    ("Mayor Tom Hale's hope that the stadium would be finished by May faded last week.",
     "that the stadium would be finished by May", "hope", "Tom Hale"),
    ("Governor Ann Lowe's suggestion that the bridge should be closed angered the council.",
     "that the bridge should be closed", "suggestion", "Ann Lowe"),
    ("Judge Rosa Kent's doubt that the river had changed its course was shared by the clerk.",
     "that the river had changed its course", "doubt", "Rosa Kent"),
])
def test_owned_noun_clause_is_owner_stance(text: str, words: str, cue: str, speaker: str) -> None:
    got = _noun_stances(text)
    hits = [(s, c) for t, s, c in got if words in t]
    assert hits == [(hits[0][0], cue)] and hits[0][0] is not None and speaker in hits[0][0], got
    assert not [q.text for q in extract(text).quotes if listed_quote(q.kind, q.modality) and words in q.text]


@pytest.mark.parametrize(("text", "words"), [
    # a fact or a prospect is nobody's view
    ("The senator's fact that the tax cut will cost billions was wrong.", "the tax cut will cost billions"),
    ("Mayor Tom Hale's chance that the stadium would be finished by May was slim.", "the stadium would be finished"),
    # no owner: the holder is left open (PolNeAR gives the answering subject); round 33 keeps the clause of an
    # unowned noun after "despite" / "amid" / "because of" as a stance with no holder (no one answers it there:
    # quotes/open_holders.py, tests/test_quote_r33_spans.py), so "Despite complaints that the line was too long,
    # the park stayed open." left this table
    ("The suggestion that the bridge was unsafe angered the council.", "the bridge was unsafe"),
    # a relative "that": the idea is what the aides floated, not its content
    ("Senator Paul Dunn's idea that his aides had floated was dropped.", "his aides had floated"),
])
def test_no_noun_stance(text: str, words: str) -> None:
    got = _noun_stances(text)
    assert not [t for t, _s, _c in got if words in t], got
