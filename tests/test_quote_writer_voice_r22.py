"""Round 22 (start-of-round review, class 2): the writer's own argument and naming are no quotes
(extract/quotes/writer_voice.py). Each is stored, never listed. Sentences written here; every "changed" row was a
listed anonymous quote on main bd58f551."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote


def _quote_with(text: str, words: str) -> tuple[str, str]:
    rec = extract(text)
    hits = [q for q in rec.quotes if words in q.text]
    assert hits, [(q.kind, q.text) for q in rec.quotes]
    return hits[0].kind, hits[0].modality


@pytest.mark.parametrize(("text", "words", "kind", "modality"), [
    # changed
    ("The harbour plan has flaws. Which is not to say that the council acted in bad faith.", "the council acted",
     "indirect", "negated"),
    ("The budget looks generous, especially when you consider that fuel prices have doubled since spring.",
     "fuel prices have doubled", "indirect", "hypothetical"),
    ("As Poirot would say, \"The little grey cells must be used.\"", "little grey cells", "direct", "hypothetical"),
    ("Commonly called farmer's lung, the illness starts with a dry cough.", "farmer's lung", "stance", "asserted"),
    ("Hundreds of dockers marched through Leeds on Friday to call for a shorter working week.",
     "shorter working week", "indirect", "hypothetical"),
])
def test_writer_voice_is_stored_unlisted(text: str, words: str, kind: str, modality: str) -> None:
    got = _quote_with(text, words)
    assert got == (kind, modality)
    assert not listed_quote(*got)


@pytest.mark.parametrize(("text", "words"), [
    # guards: a speaker's own words stay listed
    ("\"That is not to say the council acted in bad faith,\" Mayor Ellen Park said.", "the council acted"),
    ("Mayor Ellen Park said that fuel prices have doubled since spring.", "fuel prices have doubled"),
    ("As Mayor Ellen Park would later say, \"The little grey cells must be used.\"", "little grey cells"),
    ("Ellen Park told reporters that the illness starts with a dry cough.", "the illness starts"),
])
def test_speakers_words_stay_listed(text: str, words: str) -> None:
    kind, modality = _quote_with(text, words)
    assert listed_quote(kind, modality), (kind, modality)
