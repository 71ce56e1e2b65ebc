"""One event told twice is one event (issue 19 item 4, round 17): a later event of the same type told with a
verb of the same family ("charges" ... "is accused of"; an attack ... "seven were injured") folds into the
earlier one's ``spans`` where the parties make it one act; a new act ("again", "another"), another day or
another person stays apart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.events.tellings import count_only, same_family, told_anew


def _record(text: str):
    import newsgraph

    return newsgraph.extract(text, min_confidence=0.0)


TELLINGS = [
    # (two-sentence report, type, expected number of such events, further tellings of the first)
    # a charge, then the accusation of the same person: one act
    ("Prosecutors in Ohio charged Daniel Brook with fraud on Monday.\n\nBrook is accused of stealing "
     "pension funds from a union.", "DISAPPROVE", 1, 1),
    # the accusation, then the indictment's allegation about the same person
    ("Marta Velez is accused of selling secrets to a rival firm.\n\nThe indictment alleges that Velez met "
     "the buyers twice.", "DISAPPROVE", 1, 1),
    # an attack, then its casualties told as a bare count: the count names nobody
    ("The attack on the consulate in Basra on Friday shocked the city.\n\nA local official said seven were "
     "injured.", "ASSAULT", 1, 1),
    # the attackers named in both tellings, the casualties a count
    ("Gunmen attacked the consulate in Basra on Friday.\n\nThe gunmen wounded seven, a local official said.",
     "ASSAULT", 1, 1),
    # two verbs of one family and nobody named in the later one: no evidence of one act
    ("Gunmen attacked the consulate in Basra on Friday.\n\nA local official said seven were injured.",
     "ASSAULT", 2, 0),
    # guard: two different people charged
    ("Prosecutors in Ohio charged Daniel Brook with fraud on Monday.\n\nMarta Velez is accused of stealing "
     "pension funds from a union.", "DISAPPROVE", 2, 0),
    # guard: two different attacks on two days
    ("Gunmen attacked the consulate in Basra on Friday.\n\nGunmen attacked a market in Mosul on Sunday.",
     "ASSAULT", 2, 0),
    # guard: a second attack told as such
    ("Gunmen attacked the consulate in Basra on Friday.\n\nThe gunmen attacked the consulate again, "
     "officials said.", "ASSAULT", 2, 0),
    # guard: a count folds only into the one earlier act of its type, not where two attacks were told
    ("Gunmen attacked the consulate in Basra on Friday.\n\nA suicide bomber attacked a market in Mosul on Friday.\n\n"
     "Police said twelve were injured.", "ASSAULT", 3, 0),
    # "yet another attack" is the report's attack told as one of a series
    ("The attack on the consulate in Basra on Friday shocked the city.\n\nResidents mourned yet another "
     "attack in Basra.", "ASSAULT", 1, 1),
    # an earlier act whose only target is a count does not absorb a later act on someone named
    ("The bombing at the stadium killed three people on Monday.\n\nThe suspect was wounded by police.",
     "ASSAULT", 2, 0),
    # guard: a charge whose person was not found is no evidence that a later accusation is the same act
    ("The indictment charges that the scheme ran for years.\n\nFour bankers are accused of hiding the losses.",
     "DISAPPROVE", 2, 0),
]


@pytest.mark.parametrize(("text", "typ", "n", "n_spans"), TELLINGS)
def test_second_telling_folds(text, typ, n, n_spans) -> None:
    rec = _record(text)
    evs = [e for e in rec.events if e.type == typ]
    assert len(evs) == n, [(e.text, e.actors, e.targets, e.time) for e in evs]
    assert len(evs[0].spans) == n_spans
    for s in evs[0].spans:
        assert rec.text[s.start:s.end] and s.start > evs[0].start


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("charge", "accuse", True), ("allege", "indict", True), ("attack", "injure", True),
    ("charge", "attack", False), ("meet", "visit", False), ("sanction", "sanction", False),
])
def test_same_family(a, b, expected) -> None:
    assert same_family(a, b) is expected


@pytest.mark.parametrize(("name", "entity", "expected"), [
    ("seven", None, True), ("at least 30", None, True), ("dozens of people", None, True), ("12", None, True),
    ("Benghazi", None, False), ("people", None, False), ("seven Americans", None, False),
    ("Seven", "Q1", False),
])
def test_count_only(name, entity, expected) -> None:
    assert count_only(name, entity, None) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The rebels attacked the town again.", "attacked", True),
    ("The rebels attacked the town anew.", "attacked", True),
    ("Another attack hit the town.", "attack", False),
    ("A third attack hit the town.", "attack", False),
    ("The rebels attacked the town.", "attacked", False),
    ("The attack hit the town.", "attack", False),
])
def test_told_anew(enlp, text, word, expected) -> None:
    doc = enlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert told_anew(tok, tok.head if tok.dep_ != "ROOT" else None) is expected
