"""The tokens the event finder reads (issue 21): worked out once per Doc on its arrays, they are exactly the
tokens the per-token test of ``find_in_sentence`` lets through, and the events found are the same."""

from __future__ import annotations

import pytest

from newsgraph.extract.events import load_event_lexicon
from newsgraph.extract.events.find import _trigger_keys, find_in_sentence, trigger_candidates
from newsgraph.extract.events.frames import threat_words
from newsgraph.extract.events.parties import PartyResolver
from newsgraph.extract.events.senses import load_senses
from newsgraph.lexicon import load_lexicon

#: triggers by lemma ("killed", "Clashes" capitalized), by form, by a frame ("consequences"), none at all,
#: and a heading-like line without a verb
TEXTS = [
    "Clashes between police and protesters killed 14 people in Khartoum on Friday.",
    "Iran warned the U.S. would suffer consequences if it attacked, Zarif said.",
    "The ministers MET in Geneva and agreed to withdraw troops; talks resumed, officials said.",
    "Weather: sunny and warm across the region.",
    "",
]


def _passes(tok, keys: frozenset[str], frames: frozenset[str]) -> bool:  # noqa: ANN001
    lemma = tok.lemma_.lower()
    return lemma in keys or lemma in frames or tok.lower_ in keys


@pytest.mark.parametrize("text", TEXTS)
def test_the_candidates_are_the_tokens_the_finder_reads(enlp, text):
    lex, senses = load_event_lexicon(), load_senses()
    keys, frames = _trigger_keys(lex, senses), threat_words(senses)
    doc = enlp(text)
    expected = [t.i for t in doc if _passes(t, keys, frames)]
    assert trigger_candidates(doc, lex) == expected
    if text.startswith("Clashes"):
        assert {"Clashes", "killed"} <= {doc[i].text for i in expected}


@pytest.mark.parametrize("text", TEXTS[:3])
def test_the_events_are_the_same_with_the_candidates(enlp, text):
    lex = load_event_lexicon()
    doc = enlp(text)
    res = PartyResolver(doc, lex, load_lexicon(), doc.text)
    cands = trigger_candidates(doc, lex)
    for sent in doc.sents:
        every = find_in_sentence(sent, lex, res, doc.text)
        some = find_in_sentence(sent, lex, res, doc.text, candidates=cands)
        assert [(f.trigger.i, f.rule.type, f.confidence) for f in some] == \
            [(f.trigger.i, f.rule.type, f.confidence) for f in every]
    assert any(find_in_sentence(s, lex, res, doc.text, candidates=cands) for s in doc.sents)
