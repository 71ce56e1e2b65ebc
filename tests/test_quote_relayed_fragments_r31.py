"""Round 31 (issue 18, relayed outlets): marked words inside what a named speaker said, in a sentence that an outlet's
cue after the closing mark relays ('Mr. Dalton said the plan had "failed badly," the Tribune reported.'), are the
speaker's words; the outlet keeps its own quote of the whole sentence (quotes/relayed_fragments.py). Sentences
written here; the "changed" rows gave the fragment to the outlet on main 0646b5ba; the guards keep their answer."""

from __future__ import annotations

import pytest
from conftest import quote_facts


def _partial_speaker(text: str, words: str) -> str | None:
    hits = [who for kind, said, who, _name in quote_facts(text) if kind == "partial" and said.startswith(words)]
    assert hits, quote_facts(text)
    return hits[0]


@pytest.mark.parametrize(("text", "words", "who"), [
    # changed: the fragment sits in the inner speaker's clause; the outlet only relays it (the parser hangs the
    # relay's clause on "said" and the fragment's clause on "reported")
    ('Mr. Dalton said the program had "failed badly," the Tribune reported.', "failed badly", "Dalton"),
    # guard: the same where the parser reads the clauses right (already the speaker's before round 31)
    ('Ms. Reyes told the Globe the deal was "dead on arrival," Reuters reported.', "dead on arrival", "Reyes"),
    ('Governor Ana Silva said the budget was "a disgrace to the state," the Herald reported on Sunday.',
     "a disgrace to the state", "Ana Silva"),
    # guard: no inner speaker, the outlet's cue attributes the fragment
    ('The program had "failed badly," the Tribune reported.', "failed badly", "Tribune"),
    # guard: the outlet's report is inside the speaker's words: the outlet said the fragment
    ('Mr. Dalton said the Tribune reported that the program had "failed badly."', "failed badly", "Tribune"),
])
def test_relayed_fragment(text: str, words: str, who: str) -> None:
    assert _partial_speaker(text, words) == who, quote_facts(text)


def test_direct_quote_after_colon_relayed() -> None:
    # changed: a colon's verb of speech before a whole quote says it, the outlet's cue after it only relays it
    text = 'Mr. Dalton said: "The program has failed badly," the Tribune reported.'
    assert [who for kind, _s, who, _n in quote_facts(text) if kind == "direct"] == ["Dalton"], quote_facts(text)
