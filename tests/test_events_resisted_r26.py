"""Round 25's stop read, mended in round 26: a measure named as an example of what a party resists ("has resisted
tougher measures, such as ... bans") was not taken, so it is no event (events/resisted.py). The parser's reading
of such a list varies with the sentence, so the rule is tested on hand-made parses (both readings) and on the
real report where it was read."""

from __future__ import annotations

import pytest
from conftest import allsides_report
from spacy.tokens import Doc

from newsgraph.extract.events.resisted import _example_of, _resisted
from newsgraph.nlp import load


def _parse(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    # the pipeline's vocabulary: its lexical attributes (lower case) are what the rule reads
    return Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


# "Rome has resisted new steps, such as a ban on fishing." : the ban an example of the steps resisted
_WORDS = ["Rome", "has", "resist", "new", "steps", ",", "such", "as", "a", "ban", "on", "fishing", "."]
_POS = ["PROPN", "AUX", "VERB", "ADJ", "NOUN", "PUNCT", "ADJ", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]


def test_example_of_the_object_of_a_verb_of_resisting() -> None:
    doc = _parse(_WORDS, [2, 2, 2, 4, 2, 4, 7, 4, 9, 7, 9, 10, 2],
                 ["nsubj", "aux", "ROOT", "amod", "dobj", "punct", "amod", "prep", "det", "pobj", "prep", "pobj",
                  "punct"], _POS)
    whole = _example_of(doc[9])
    assert whole is not None and whole.i == 4 and _resisted(whole)


def test_a_list_item_hung_on_the_main_verb_reads_the_item_before_its_comma() -> None:
    # "... such as a levy, bans on fishing": the parser hung "bans" on the verb as its conjunct
    words = ["Rome", "resist", "steps", "such", "as", "a", "levy", ",", "bans", "on", "fishing", "."]
    pos = ["PROPN", "VERB", "NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _parse(words, [1, 1, 1, 4, 2, 6, 4, 8, 1, 8, 9, 1],
                 ["nsubj", "ROOT", "dobj", "amod", "prep", "det", "pobj", "punct", "conj", "prep", "pobj", "punct"],
                 pos)
    whole = _example_of(doc[8])
    assert whole is not None and whole.i == 2 and _resisted(whole)


@pytest.mark.parametrize(("verb", "resisted"), [("resist", True), ("oppose", True), ("approve", False),
                                                ("impose", False)])
def test_only_verbs_of_resisting(verb: str, resisted: bool) -> None:
    words = [*_WORDS[:2], verb, *_WORDS[3:]]
    doc = _parse(words, [2, 2, 2, 4, 2, 4, 7, 4, 9, 7, 9, 10, 2],
                 ["nsubj", "aux", "ROOT", "amod", "dobj", "punct", "amod", "prep", "det", "pobj", "prep", "pobj",
                  "punct"], _POS)
    whole = _example_of(doc[9])
    assert whole is not None and _resisted(whole) is resisted


def test_as_alone_is_no_example() -> None:
    # "He served as a mediator": no "such" before "as"
    doc = _parse(["He", "served", "as", "a", "mediator", "."], [1, 1, 1, 4, 2, 1],
                 ["nsubj", "ROOT", "prep", "det", "pobj", "punct"], ["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    assert _example_of(doc[4]) is None


def test_real_report_bans_resisted_are_no_event() -> None:
    """wgWMTIphRfi5Qxsl: the diplomats' account of what Beijing resisted gave a COERCE/ban to the diplomats."""
    from newsgraph import extract

    d = allsides_report("wgWMTIphRfi5Qxsl")
    rec = extract(d["text"], title=d.get("title") or "", min_confidence=0)
    bans = [e for e in rec.events if rec.text[e.trigger_start or 0:e.trigger_end or 0] == "bans"]
    assert not bans
    assert any(e.type == "DEMAND" for e in rec.events)  # the report's other events are still read
