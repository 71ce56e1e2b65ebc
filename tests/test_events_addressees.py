"""Round 29, wave 2 (issue 19, parties left empty although the clause names them): the described addressee of a
call ("calls on all rebel groups", "urged supporters to vote"), the one a demand is made of ("demands that Turkey
must meet"), a verb of plotting that carries its noun act ("masterminded the bombing"), "the media" as a party
(extract/events/addressees.py, find.py, triggers.py, parties.py; data/event_senses.tsv ``plotting``,
event_party_words.tsv ``complying``, plover_actors.tsv). Sentences written here; each "changed" row was wrong on
main 9878a5bc, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: a described addressee of "call on" (main: empty)
    ("The government of Chile calls on all rebel groups to lay down their arms.", "calls", "DEMAND", "targets",
     "all rebel groups"),
    ("The United States calls on other nations to join us in imposing sanctions.", "calls", "DEMAND", "targets",
     "other nations"),
    # guards: a date after "called on" is no addressee; a named addressee stays
    ("The union called on Monday for a general strike.", "called", "DEMAND", "targets", ""),
    ("The governor called on Republicans to end the standoff.", "called", "DEMAND", "targets", "Republicans"),
    # changed: the object of a verb of calling with a to-infinitive, described (main: empty)
    ("Both defeated candidates urged supporters to vote for Mr Lopez.", "urged", "DEMAND", "targets",
     "supporters"),
    # guard: no act asked, no addressee
    ("The general urged calm.", "urged", "DEMAND", "targets", ""),
    # changed: the subject of a relative clause of meeting a demand (main: empty)
    ("Greece listed twelve demands that Turkey must meet.", "demands", "DEMAND", "targets", "Turkey"),
    # guard: demands met by nobody named
    ("Protesters listed demands that must be met by Friday.", "demands", "DEMAND", "targets", ""),
    # changed: a plotter is the actor of the act he plotted (main: empty)
    ("Officials said Karimov masterminded the bombing of the embassy.", "bombing", "ASSAULT", "actors", "Karimov"),
    # guard: one who witnessed a bombing did not do it
    ("Officials said Karimov witnessed the bombing of the embassy.", "bombing", "ASSAULT", "actors", ""),
    # changed: "the media" (lemma "medium") and "the press" are parties (main: empty)
    ("The president blamed the media for the confusion.", "blamed", "DISAPPROVE", "targets", "media"),
    ("The president blamed the press for the confusion.", "blamed", "DISAPPROVE", "targets", "press"),
    # guard: a named target stays
    ("Canada blamed Russia for the unrest.", "blamed", "DISAPPROVE", "targets", "Russia"),
])
def test_r29_named_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:
    assert_party(enlp, text, word, typ, role, name)
