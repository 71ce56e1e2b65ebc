"""Round 18 parties2 rows of issue 19 (docs/events_guidelines.md, "Round 18, parties2"): a sentence-opening "they"
continues a group name English takes as plural though the parser tags it singular ("the Taliban"), and a quoted
phrase after the "they" in the reporter's own sentence does not make the "they" a speaker's. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party

# (text, trigger word, type, role, a name that role must hold; "" = the role is empty)
HOLDS = [
    # a quoted phrase in the predicate is the reporter's sentence: the "they" continues the subject before
    ('Britain, France and Germany condemned the test. They urged Pyongyang "to take concrete steps" toward talks.',
     "urged", "DEMAND", "actors", "France"),
    ("Hamas and Islamic Jihad fired rockets at Sderot. They warned Israel of “a long war” if the raids go on.",
     "warned", "THREATEN", "actors", "Hamas"),
    # a collective group name tagged singular is plural for the "they" after it
    ("The Taliban stormed a checkpoint in Kunduz. They threatened Kabul with more attacks.", "threatened",
     "THREATEN", "actors", "Taliban"),
    # guards: a "they" inside a quote opened before it (its sentence or an earlier one of its paragraph) stays empty
    ('The rebels stormed the village. "They killed my son," she said.', "killed", "ASSAULT", "actors", ""),
    ('"The rebels stormed the village. They killed my son," she said.', "killed", "ASSAULT", "actors", ""),
    ("“The rebels stormed the village. They killed my son,” she said.", "killed", "ASSAULT", "actors", ""),
    # a name read as "it" as often as "they" is not in the collective list; a claim before still blocks
    ("ISIS captured Mosul in June. They executed hundreds of prisoners.", "executed", "ASSAULT", "actors", ""),
    ("The Taliban said on Monday that it would talk. They attacked a checkpoint in Kunduz.", "attacked", "ASSAULT",
     "actors", ""),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), HOLDS)
def test_party_held(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# a plural pronoun in a clause reported by a nearer plural subject is not the teller's (review 18: the paper that
# reported the lawyers' words became the probe's actor); (text, trigger word, type, role,
# name; "" = empty)
NEARER = [
    # round 24: passes now that "refer" is a verb of recounting (who refers to a probe does not run it); the nearer
    # subject rule of round 18 parties2 stays reverted (it lowered the PLOVER unread top source by one)
    ("The New York Times published the letter on Saturday. His lawyers left open the possibility that they were "
     "referring only to a probe into Michael Flynn, the Times said.", "probe", "INVESTIGATE", "actors", ""),
    # guards: the teller is still the antecedent where no nearer subject stands between
    ("Britain and France said they would impose sanctions on Iran.", "sanctions", "SANCTION", "actors",
     "United Kingdom"),
    ("The Taliban said they attacked the police station in Kunduz.", "attacked", "ASSAULT", "actors", "Taliban"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), NEARER)
def test_nearer_subject(enlp, text, word, typ, role, name) -> None:
    from conftest import events_at

    if name:
        assert_party(enlp, text, word, typ, role, name)
    else:  # the event may stay with no actor or be dropped (a nominal with nobody to it): never the paper
        assert all(p["name"] != "The New York Times" for e in events_at(enlp, text, word) for p in e[role])
