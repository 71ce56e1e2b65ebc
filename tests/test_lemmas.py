"""The fast lemmatizer (newsgraph.lemmas, issue 21) gives exactly the lemmas of spaCy's English rule
lemmatizer: compared token by token on awkward words and on real reports, through newsgraph's pipeline."""

from __future__ import annotations

import gzip
import itertools
import json
import pickle

import pytest
from conftest import doc_before, need_shared

from newsgraph import lemmas as lemmas_mod
from newsgraph.lemmas import FastLemmatizer, speed_up_lemmas

#: reports of the allsides dev file read while the component was written were the first 40; these are others
FIRST, COUNT = 500, 6

#: sentences whose words go through every path of spaCy's rule lemmatizer: irregular forms (exceptions),
#: suffix rules, base forms left alone (is_base_form), proper nouns kept as written, punctuation, numbers,
#: contractions, the attribute_ruler's own lemmas ("gonna"), whitespace tokens, non-ASCII words
AWKWARD = [
    "The children went to the geese and saw that the men were lying and dying.",
    "She was better than the best, but the worst was yet to come; they'd've known.",
    "Leaves fell as the axes were sharpened; the analyses' data were bigger than the mice's.",
    "The Clintons, the U.S. and the Taliban's fighters said they aren't gonna stop, ain't they?",
    "I'm sure he's been told: 3,000 troops withdrew on 12 March 2020, 45% fewer than in 2019.",
    "Well-known Brexiteers re-elected the naïve protégés, who flew drones over Kyiv\u2019s suburbs.",
    "  Saw the saw?\n\nHe'll saw it!  Running, ran, runs; quickest, quicker, quick.  ",
    "Ugh... #ceasefire @UN 🙂 -- e-mails (emails) were sent; U.N.-brokered talks.",
    "",
]

#: a few lemmas pinned, so the table also fails if both lemmatizers went wrong the same way
PINNED = [("went", "go"), ("children", "child"), ("men", "man"), ("were", "be"), ("lying", "lie"),
          ("better", "well"), ("Clintons", "Clintons"), ("gon", "go"), ("withdrew", "withdraw")]



def _both(nlp, text: str) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """Lemmas of the fast lemmatizer and of spaCy's own, each on its own copy of the same Doc."""
    lem = nlp.get_pipe("lemmatizer")
    assert isinstance(lem, FastLemmatizer)  # newsgraph's pipeline carries the fast one
    doc = doc_before(nlp, text, "lemmatizer")
    again = type(doc)(doc.vocab).from_bytes(doc.to_bytes())
    fast = lem(doc)
    own = type(lem).__mro__[1].__call__(lem, again)  # EnglishLemmatizer's own __call__, same tables
    return [t.lemma_ for t in fast], [t.lemma_ for t in own]


@pytest.mark.parametrize("text", AWKWARD)
def test_the_lemmas_are_spacys_on_awkward_words(nlp, text):
    fast, own = _both(nlp, text)
    assert fast == own
    assert len(fast) == len(nlp.make_doc(text))


@pytest.mark.parametrize("word, lemma", PINNED)
def test_pinned_lemmas(nlp, word, lemma):
    found = {t.text: t.lemma_ for text in AWKWARD for t in nlp(text)}
    assert found[word] == lemma


def test_the_lemmas_are_spacys_on_real_reports(nlp):
    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = (json.loads(line).get("text") for line in fh)
        reports = list(itertools.islice((t for t in texts if isinstance(t, str) and t.strip()), FIRST, FIRST + COUNT))
    assert len(reports) == COUNT
    for text in reports:
        fast, own = _both(nlp, text)
        assert fast == own
        assert len(set(fast)) > 50


def test_mixed_keys_that_collide_fall_back_to_every_token(nlp, monkeypatch):
    """Distinct combinations are told apart by a mixed number; were two to get the same one, the lemmas
    would still be spaCy's (here every combination collides)."""
    monkeypatch.setattr(lemmas_mod, "_MIX", lemmas_mod._MIX * 0)
    fast, own = _both(nlp, AWKWARD[0] + " " + AWKWARD[2])
    assert fast == own


def test_overwrite_is_respected(nlp):
    """Preset lemmas ("gonna" -> "go", "to" from the attribute_ruler) are kept, as spaCy's keeps them,
    and replaced when the lemmatizer overwrites."""
    lem = nlp.get_pipe("lemmatizer")
    doc = doc_before(nlp, "They're gonna say it.", "lemmatizer")
    preset = {t.i: t.lemma_ for t in doc if t.lemma}
    assert [preset.get(2), preset.get(3)] == ["go", "to"]
    after = lem(doc)
    assert {i: after[i].lemma_ for i in preset} == preset
    lem.overwrite = True
    try:
        fast, own = _both(nlp, "They're gonna say it.")
    finally:
        lem.overwrite = False
    assert fast == own


def test_the_fast_lemmatizer_pickles_and_remembers_nothing_wrong(nlp):
    lem = nlp.get_pipe("lemmatizer")
    again = pickle.loads(pickle.dumps(lem))
    assert isinstance(again, FastLemmatizer)
    doc = doc_before(nlp, AWKWARD[1], "lemmatizer")
    assert [t.lemma_ for t in again(doc)] == _both(nlp, AWKWARD[1])[1]


def test_other_lemmatizers_are_left_alone(monkeypatch):
    spacy = pytest.importorskip("spacy")
    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up_lemmas(blank)
    assert not speed_up_lemmas(spacy.blank("en"))
    ruled = spacy.blank("en")
    ruled.add_pipe("lemmatizer", config={"mode": "rule"})
    monkeypatch.setattr(spacy, "__version__", "4.0.0")
    assert not speed_up_lemmas(ruled)
    assert type(ruled.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"


def test_a_new_combination_is_lemmatized_as_spacys_rule_lemmatize(nlp):
    """The steps newsgraph repeats for a combination not seen before (the index read as a set) give
    ``rule_lemmatize``'s first lemma for every token, the suffix rules' out-of-index forms included."""
    lem = nlp.get_pipe("lemmatizer")
    doc = doc_before(nlp, " ".join(AWKWARD) + " The quizzes' oxen outran the fisheries; she'd bussed.", "lemmatizer")
    tokens = [t for t in doc if t.pos]
    assert len(tokens) > 150
    assert [lem._rule_lemma(t) for t in tokens] == [lem.rule_lemmatize(t)[0] for t in tokens]
