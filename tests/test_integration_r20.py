"""Round 20 integration mends: facts the merged branches changed on reports no engineer read, written here as
sentences of our own (the reports are named in BENCHMARKS.md, "Integration, round 20")."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote


def _quotes(text: str) -> list[tuple[str, str, bool]]:
    rec = extract(text, published="2019-10-31")
    return [(q.text, q.kind, listed_quote(q.kind, q.modality)) for q in rec.quotes]


# "describe" with a plain object became a stored topic (review 20); with an "as" phrase it is the speaker's
# characterization, a claim an analyst wants listed (it was, before the round)
@pytest.mark.parametrize("text, words", [
    ("Biden described Vindman as a hero.", "Vindman as a hero"),
    ("Critics have described him as feckless and indecisive.", "him as feckless and indecisive"),
    ("The ministry described the protesters as rioters.", "the protesters as rioters"),
])
def test_characterization_stays_listed(text: str, words: str) -> None:
    got = _quotes(text)
    assert any(w == words and listed for w, _, listed in got), got


@pytest.mark.parametrize("text, words", [
    ("One official described some of the emails.", "some of the emails"),
    ("The senator described the nature of the talks.", "the nature of the talks"),
])
def test_described_topic_is_stored_not_listed(text: str, words: str) -> None:
    got = _quotes(text)
    assert any(w == words and kind == "stance" and not listed for w, kind, listed in got), got


def _event_types(text: str) -> list[str]:
    return [e.type for e in extract(text, published="2019-10-31", min_confidence=0).events]


# the review's Rivonia speech, once its "I" took a speaker, showed a FIGHT: a struggle against an injustice
# told in words is no use of force; fighting troops or a group stays FIGHT
@pytest.mark.parametrize("text, fight", [
    ("I have fought against white domination, and I have fought against black domination.", False),
    ("The activist fought against racism all her life.", False),
    ("Rebels fought against government troops near Aleppo on Monday.", True),
    ("The army fought the insurgents for three days.", True),
])
def test_fight_against_injustice(text: str, fight: bool) -> None:
    assert ("FIGHT" in _event_types(text)) is fight


# titled.opening_mark is read for every trigger: it is now one pass per Doc (a 3 MB one-line input had become
# quadratic); the marks it finds must be those a scan back to the paragraph's start finds
def test_opening_marks_per_paragraph() -> None:
    from newsgraph.extract.events.titled import opening_mark
    from newsgraph.nlp import load

    doc = load()('He said "a b" and “c d” then "e\n\nf" g.')
    got = {t.text: (opening_mark(t).text if opening_mark(t) is not None else None) for t in doc if t.is_alpha}
    assert got["b"] == '"' and got["d"] == "“" and got["e"] == '"'
    assert got["said"] is None and got["then"] is None and got["and"] is None
    assert got["f"] is None  # a new paragraph: the straight mark before "f" opens nothing before it
