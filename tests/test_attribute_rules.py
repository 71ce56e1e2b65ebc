"""The attribute_ruler's fast matcher (newsgraph.attribute_rules, issue 21) finds exactly the matches of
spaCy's own Matcher, so tokens and records come out the same: checked on real reports and on the words the
model's multi-token and dependency rules are about."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest
from conftest import doc_before, need_shared

import newsgraph
from newsgraph.attribute_rules import FastMatch, speed_up

#: reports of the allsides dev file past the first 250 (the ones the matcher was checked on while written)
FIRST, COUNT = 300, 6
#: the model's rules beyond the tag map: "gonna", "y'all", "ain't", "let's", "c'mon", "nothin'", "there is",
#: pronouns by their dependency, "but" as an adverb, whitespace tokens
TRICKY = ("I'm gonna say it: y'all ain't ready, let's go. C'mon, there is nothin' left and there were "
          "two.\n\nYou told me I saw it, but it gets worse  and he got   it. They gave it to you and me. "
          "Do you have it? I did, but then what? That is all; those who did won't.")


def _reports() -> list[str]:
    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = (json.loads(line).get("text") for line in fh)
        return [t for t in itertools.islice((t for t in texts if isinstance(t, str) and t.strip()), FIRST,
                                            FIRST + COUNT)]



def _both(nlp, text: str) -> tuple[list, list]:  # noqa: ANN001
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, FastMatch)  # newsgraph's pipeline carries the fast matcher
    doc = doc_before(nlp, text, "attribute_ruler")
    return ruler.match(doc), type(ruler).match(ruler, doc)  # the class's own: spaCy's Matcher


def test_the_fast_matcher_finds_the_rulers_own_matches_on_tricky_words(nlp):
    fast, spacy_own = _both(nlp, TRICKY)
    assert fast == spacy_own
    longer = {(s, e) for _i, _m, s, e in fast if e - s > 1}
    assert len(longer) >= 3  # "gon na", "y' all", "let 's" and "there is" are two-token rules
    doc = nlp(TRICKY)
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_the_fast_matcher_pickles_as_plain_data(nlp):
    """A pipeline sent to a spawned process (spaCy's own n_process where fork is missing) takes it along."""
    import pickle

    ruler = nlp.get_pipe("attribute_ruler")
    again = pickle.loads(pickle.dumps(ruler.match))
    doc = doc_before(nlp, TRICKY, "attribute_ruler")
    assert isinstance(again, FastMatch) and again(doc) == ruler.match(doc)


def test_the_fast_matcher_finds_the_rulers_own_matches_on_real_reports(nlp):
    reports = _reports()
    assert len(reports) == COUNT
    for text in reports:
        fast, spacy_own = _both(nlp, text)
        assert fast == spacy_own
        assert len(fast) > len(text.split())  # every token gets its tag's rule, some a second one


def test_records_of_real_reports_are_the_same_with_spacys_matcher(nlp):
    """What is stored cannot change: the records extracted with spaCy's own matcher and with the fast one
    are equal, field by field."""
    reports = _reports()[:3]
    fast = [newsgraph.extract(t, published="2021-01-01").model_dump() for t in reports]
    ruler = nlp.get_pipe("attribute_ruler")
    del ruler.match  # spaCy's Matcher again, for this comparison only
    try:
        assert not isinstance(ruler.match, FastMatch)
        own = [newsgraph.extract(t, published="2021-01-01").model_dump() for t in reports]
    finally:
        assert speed_up(nlp)
    assert fast == own


def test_a_ruler_with_a_pattern_beyond_the_fast_matcher_is_left_alone():
    spacy = pytest.importorskip("spacy")
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"IS_DIGIT": True, "OP": "+"}]], {"LEMMA": "x"})
    assert not speed_up(blank)
    assert "match" not in vars(ruler)
    simple = spacy.blank("en")
    simple.add_pipe("attribute_ruler").add([[{"LOWER": {"IN": ["a", "b"]}}, {"LOWER": {"REGEX": "^c+$"}}]],
                                           {"LEMMA": "x"}, index=1)
    assert speed_up(simple)
    doc = simple("a cc b c d")
    assert [t.lemma_ for t in doc] == ["", "x", "", "x", ""]


def test_a_rule_added_later_is_not_ignored():
    """A rule added after the fast matcher was built is not in its index: spaCy's Matcher answers again."""
    spacy = pytest.importorskip("spacy")
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}]], {"LEMMA": "x"})
    assert speed_up(blank)
    ruler.add([[{"LOWER": "b"}]], {"LEMMA": "y"})
    assert [t.lemma_ for t in blank("a b c")] == ["x", "y", ""]
    assert "match" not in vars(ruler)  # the class's own match from now on


def test_an_untested_spacy_keeps_its_own_matcher(monkeypatch):
    spacy = pytest.importorskip("spacy")
    simple = spacy.blank("en")
    simple.add_pipe("attribute_ruler").add([[{"LOWER": "a"}]], {"LEMMA": "x"})
    monkeypatch.setattr(spacy, "__version__", "4.0.0")
    assert not speed_up(simple)
    assert "match" not in vars(simple.get_pipe("attribute_ruler"))
