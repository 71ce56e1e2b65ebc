"""Round 22 tidying: the helpers and tables that the mends of round 21's named code debts made public or changed.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.extract._doc import sentence_around
from newsgraph.extract.amounts.objects import OUTCOME_OBJECTS, OUTCOME_WORDS


# the subject of a text whose holder does not speak is matched by its lemma, so the table holds the singular only
# (round 21 listed "documents", "files", "records" and "cables" too, which no lemma is)
@pytest.mark.parametrize(("text", "plural"), [
    ("Smith's documents showed the agency had access to the calls.", "documents"),
    ("The files show that the mayor knew about the leak.", "files"),
    ("Court records say the plant was closed in May.", "records"),
    ("The cables said the embassy was worried about the vote.", "cables"),
])
def test_plural_texts_are_read_by_their_lemma(qnlp, text: str, plural: str) -> None:
    from newsgraph.extract.quotes.words_owners import _UNAUTHORED

    subj = next(t for t in qnlp(text) if t.lower_ == plural)
    assert subj.pos_ == "NOUN" and subj.lemma_.lower() in _UNAUTHORED
    assert plural not in _UNAUTHORED


@pytest.mark.parametrize(("word", "expected"), [
    ("killed", True), ("wounded", True), ("injured", True), ("arrested", True), ("detained", True),
    ("displaced", True), ("dead", False), ("hurt", False), ("evacuated", False), ("diagnosed", False),
])
def test_outcome_objects(word: str, expected: bool) -> None:
    assert (word in OUTCOME_OBJECTS) is expected


def test_outcome_objects_hold_every_outcome_read_after_a_figure() -> None:
    assert set(OUTCOME_WORDS.values()) <= OUTCOME_OBJECTS


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("The poll fell. Support rose 8 points in May. Then it slid.", 27, "Support rose 8 points in May. "),
    ("Support rose 8 points in May", 13, "Support rose 8 points in May"),
    ("It rose! Then it fell 3 points? Yes.", 22, "Then it fell 3 points? "),
    ("No stop here " + "x" * 500, 450, ("No stop here " + "x" * 500)[50:]),
])
def test_sentence_around(text: str, at: int, expected: str) -> None:
    assert sentence_around(text, at) == expected


@pytest.mark.parametrize(("verb", "expected"), [
    ("say", True), ("declare", True), ("write", True), ("warn", True), ("acknowledge", True),
    ("hope", False), ("continue", False), ("want", False),
])
def test_reporting_verbs_are_cue_verbs(verb: str, expected: bool) -> None:
    from newsgraph.extract.quotes.cue_table import load_cues, reporting_verbs

    assert (verb in reporting_verbs()) is expected
    assert reporting_verbs() <= load_cues().verbs


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The minister said that the rebels attacked the town.", "attacked", True),
    ("The minister hoped that the rebels attacked the town.", "attacked", False),
    ("The rebels attacked the town on Monday.", "attacked", False),
    ("The report wrote that troops had shelled the port.", "shelled", True),
])
def test_in_reported_speech(qnlp, text: str, word: str, expected: bool) -> None:
    from newsgraph.extract.events.speech_acts import in_reported_speech
    from newsgraph.extract.events.triggers import in_reported_speech as exported

    tok = next(t for t in qnlp(text) if t.text == word)
    assert in_reported_speech(tok) is expected
    assert exported is in_reported_speech


def test_speech_act_tables() -> None:
    from newsgraph.extract.events.speech_acts import SPEECH, VERBAL

    assert {"say", "tell", "write", "declare"} <= SPEECH and "attack" not in SPEECH
    assert {"CONSULT", "DEMAND", "THREATEN"} <= VERBAL and "ASSAULT" not in VERBAL


@pytest.mark.parametrize(("text", "expected"), [
    (" dead in the attack", "killed"),
    (" were killed on Monday", "killed"),
    (" injured", "injured"),
    (" dead or wounded", "killed or wounded"),
    (" dead and wounded 40 others", "killed"),
    (" displaced", None),
    (" who left early", None),
])
def test_outcome_after(text: str, expected: str | None) -> None:
    from newsgraph.extract.amounts.outcomes import outcome_after

    assert outcome_after("14 people" + text, len("14 people")) == expected


@pytest.mark.parametrize(("role", "expected"), [
    ("founder and chief executive of Acme", {"founder", "executive"}),
    ("spokeswoman for the DNC war room", {"spokeswoman"}),
    ("Secretary of State", {"secretary"}),
    ("a trade expert at CFR", {"expert"}),
])
def test_role_heads(role: str, expected: set[str]) -> None:
    from newsgraph.extract.quotes.speaker_names import role_heads

    assert role_heads(role) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jones, Smith, et al. wrote that the study was flawed.", "Jones, Smith, et al."),
    ("The study by et al. was flawed.", None),
    ("Jones wrote that the study was flawed.", None),
])
def test_et_al_list(qnlp, text: str, expected: str | None) -> None:
    from newsgraph.extract.quotes.speaker_names import et_al_list

    doc = qnlp(text)
    got = et_al_list(doc[:])
    assert (got.text if got is not None else None) == expected


@pytest.mark.parametrize(("r", "expected"), [
    ((10.0, 12.0), "10–12"),
    ((1500.0, float("inf")), "1,500 or more"),
    ((float("-inf"), 3.5), "3.5 or less"),
])
def test_range_text(r: tuple[float, float], expected: str) -> None:
    from newsgraph.kb.conflict_text import range_text

    assert range_text(r) == expected
