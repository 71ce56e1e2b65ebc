"""Round 32 (tidy-up): the shared helpers that replaced copies in ``extract/events``. ``Party.span``/``Party.root`` are
the one rule for a party's words (eighteen modules each wrote it: ``nonparties._span``, ``party_checks._root``,
``review27/28._root`` and inline copies); ``open_options.conditioned`` is the one "adverbial clause opened by
if/unless" test (intents, feared, senses, open_options). A refactor: no output changed (BENCHMARKS.md, round 32).
Sentences written here."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.events.open_options import conditioned
from newsgraph.extract.events.parties import Party

_TEXT = "Hello big  world today"


@pytest.mark.parametrize(("start", "end", "words"), [
    (6, 9, "big"),  # a party on one word
    (6, 16, "big  world"),  # on two, past a double space
    (7, 8, "big"),  # inside a word: widened to the whole word
    # guards: no words
    (0, 0, None),  # a party with no offsets (the dataclass default)
    (7, 7, None),  # empty offsets inside a word: ``char_span`` alone gives "big"
    (9, 10, None),  # only the space after a word
    (12, 7, None),  # offsets the wrong way round (``char_span`` alone raises)
])
def test_party_span(start: int, end: int, words: str | None) -> None:
    doc = spacy.blank("en")(_TEXT)
    p = Party(name="x", start=start, end=end)
    sp = p.span(doc)
    assert (sp.text if sp is not None else None) == words
    root = p.root(doc)
    assert (root is not None) == (words is not None)
    if sp is not None:
        assert root is not None and root.i == sp.root.i


def test_char_span_alone_takes_an_empty_offset() -> None:
    # why Party.span checks the offsets first: this is what the unguarded copies did with them
    doc = spacy.blank("en")(_TEXT)
    sp = doc.char_span(7, 7, alignment_mode="expand")
    assert sp is not None and sp.text == "big"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Iran would retaliate if the United States struck its ships.", "retaliate", True),
    ("The army will withdraw from the town unless the talks fail.", "withdraw", True),
    # guards: a clause of cause or time, and a question of "if" under a verb of asking, are no condition
    ("Iran retaliated because the United States struck its ships.", "retaliated", False),
    ("When the talks failed, the army withdrew from the town.", "withdrew", False),
    ("The reporters asked if the army would withdraw from the town.", "asked", False),
])
def test_conditioned(enlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = enlp(text)
    tok = next(t for t in doc if t.text == word)
    assert conditioned(tok) is expected
