"""Round 34 (evparty2, issue 19): event parties and types an independent review of real reports found wrong.

Classes read on allsides read ranks 400-499 and the review's class list: a "press release" read as a RELEASE
(data/event_senses.tsv, class ``issued_text``); the casualties of an air strike written in two words typed as a
one-sided ASSAULT (a compound joined to its head is read as a weapon clue, extract/events/__init__.py ``_joined``);
a bare count ("arrested two men") taken as the last persons named (extract/events/parties.py ``_definite_count``);
a "he" opening the sentence after "X said Y ..." taken as the teller X though Y fits as well
(extract/events/pronouns.py ``_reported_rival``). Sentences written here; each FIXED row fails on r34-int cd3b62d5,
each GUARD row passes on both.
"""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

FIXED_SIDES = [
    # a bare count brings new people in
    ("Police questioned Karl Brandt and Ivo Lenz. Later, police arrested two men in Lyon.", "arrested", "COERCE",
     "targets", "two men"),
    # "he" after a reported clause whose subject is another person: the teller or the one told of, so nobody
    ("Prosecutor Paul Marsh said Tom Hale had a long record. He shot a guard in 2001.", "shot", "FIGHT", "actors",
     ""),
    ("Prosecutor Paul Marsh said the attacker had a long record. He shot a guard in 2001.", "shot", "FIGHT",
     "actors", ""),
    # (ASSAULT on cd3b62d5: see TYPED) the country of a two-word air strike is its doer
    ("Twelve civilians were killed in a Russian air strike on a market in Idlib.", "killed", "FIGHT", "actors",
     "Russia"),
]

SIDE_GUARDS = [
    ("Police questioned Karl Brandt and Ivo Lenz. Later, police arrested the two men in Lyon.", "arrested",
     "COERCE", "targets", "Karl Brandt"),
    ("Trump and Kim met in Hanoi. Both leaders praised the talks.", "praised", "SUPPORT", "actors", "Kim"),
    ("Paul Marsh said the deal was good. He also criticized Iran.", "criticized", "DISAPPROVE", "actors",
     "Paul Marsh"),
    ("Paul Marsh praised the deal. He also criticized Iran.", "criticized", "DISAPPROVE", "actors", "Paul Marsh"),
    # the one told of, named again in the pronoun's sentence, is not "he"
    ("Tom Lind, her eldest son, said the mayor had lied.\n\nHe condemned the mayor's ruling.", "condemned",
     "DISAPPROVE", "actors", "Tom Lind"),
    ("A US air strike killed 12 civilians in Raqqa on Tuesday.", "strike", "FIGHT", "actors", "United States"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FIXED_SIDES + SIDE_GUARDS)
def test_side(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


TYPED = [
    # killed in an air strike written in two words: conventional military force, as "airstrike" is
    ("Twelve civilians were killed in an air strike on a market.", "killed", "FIGHT"),
    ("Twelve civilians were killed in a Saudi-led coalition air strike on a market.", "killed", "FIGHT"),
]

TYPE_GUARDS = [
    ("Twelve civilians were killed in an airstrike on a market.", "killed", "FIGHT"),
    ("A gunman killed three people at a mall.", "killed", "ASSAULT"),
    ("Two people were killed in a suicide bombing in Kabul.", "killed", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), TYPED + TYPE_GUARDS)
def test_type(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    types = [e["type"] for e in events_at(enlp, text, word)]
    assert types and types[0] == typ, types


NO_EVENT = [
    ("The White House said in a press release that the talks were over.", "release", "RETREAT"),
    ("Officials released a press release on Monday.", "released", "RETREAT"),
    ("The ministry released a readout of the call.", "released", "RETREAT"),
]

EVENT_GUARDS = [
    ("Iran released the British tanker on Friday.", "released", "RETREAT"),
    ("Hamas released two hostages.", "released", "RETREAT"),
    ("The court ordered the release of the journalist.", "release", "RETREAT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NO_EVENT)
def test_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ"), EVENT_GUARDS)
def test_event_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)
