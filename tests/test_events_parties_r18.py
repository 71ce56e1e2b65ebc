"""Round 18 party rules of issue 19 (docs/events_guidelines.md, "Round 18, parties"): relatives and friends are
civilian parties coded by whose kin they are, never by the place; a sentence-opening "they" continues the sentence
before's plural subject; "the leader of X" is X's side; a text with a possessor stands for its author. The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, assert_party, assert_role_lacks

# (text, trigger word, type, role, a name that role must hold; "" = the role is empty)
HOLDS = [
    # kin nouns act (before: no party word, so the act was dropped or had no actor)
    ("The relatives of the hostages met Netanyahu on Monday.", "met", "CONSULT", "actors", "relatives"),
    ("Family and friends of the jailed reporter urged Putin to free him.", "urged", "DEMAND", "actors", "Family"),
    ("Parents of the kidnapped girls protested outside the parliament in Abuja.", "protested", "PROTEST", "actors",
     "Parents"),
    ("His widow accused the police of covering up the killing.", "accused", "DISAPPROVE", "actors", "His widow"),
    ("The gunmen killed his wife and two sons.", "killed", "ASSAULT", "targets", "his wife"),
    # a name apposed to the kin noun is the party
    ("The company's parent, Alphabet, sued Uber.", "sued", "DISAPPROVE", "actors", "Alphabet"),
    # a kin noun the parser made the subject of a passive told without "was" underwent the act: no doer
    ("The general was hanged and his sons hunted down and killed.", "killed", "ASSAULT", "actors", ""),
    # "they" opening its sentence continues the plural subject before
    ("Britain, France and Germany condemned the test. They urged Pyongyang to return to talks.", "urged", "DEMAND",
     "actors", "France"),
    ("Hamas and Islamic Jihad fired rockets at Sderot. They also threatened Israel with more attacks.", "threatened",
     "THREATEN", "actors", "Hamas"),
    # ... but not after a sentence reporting a claim, not beside a rival plural party, not a singular subject
    ("Officials said the rebels attacked the village. They killed twelve villagers.", "killed", "ASSAULT", "actors",
     ""),
    ("Protesters clashed with police in Cairo. They stormed the ministry.", "stormed", "ASSAULT", "actors", ""),
    ("Protesters marched to the ministry in Cairo. They stormed the building.", "stormed", "ASSAULT", "actors",
     "Protesters"),
    ("Senator Smith met the president in Washington. They discussed the sanctions against Iran.", "discussed",
     "CONSULT", "actors", ""),
    # the leader of a coded body is that body's side
    ("The leaders of Hamas condemned Israel.", "condemned", "DISAPPROVE", "actors", "leaders of Hamas"),
    # a text with a possessor: its author
    ("Smith's letter urged Johnson to release the files.", "urged", "DEMAND", "actors", "Smith"),
    ("The foreign minister's letter urged Iran to halt enrichment.", "urged", "DEMAND", "actors", "foreign minister"),
    ("Washington rejected Iran's proposal.", "rejected", "REJECT", "targets", "Iran"),
    # people a body sends are its side, not the place's
    ("The president met a delegation from the European Union in Kiev.", "met", "CONSULT", "targets", "delegation"),
    ("Rebels met a mission of observers from the OSCE in Bishkek.", "met", "CONSULT", "targets", "mission"),
    ("A team of inspectors from the IAEA visited the plant in Iran.", "visited", "CONSULT", "actors", "inspectors"),
    # what stays: a text with no possessor is no party
    ("Amnesty International's report accused Israel of war crimes.", "accused", "DISAPPROVE", "actors",
     "Amnesty International"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), HOLDS)
def test_party_held(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that role must not hold)
LACKS = [
    ("Smith's letter urged Johnson to release the files.", "urged", "actors", "Smith's letter"),
    ("Amnesty International's report accused Israel of war crimes.", "accused", "actors", "report"),
    ("The rebels attacked the village. \"They killed my son,\" she said.", "killed", "actors", "rebels"),
    ("Rebels met a mission of observers from the OSCE in Bishkek.", "met", "targets", "Bishkek"),
    # a text is its author's only in an event verb's own clause: a clause of "comes" tells nothing, and the urging
    # of a deadline inside it does not inherit the statement's author
    ("Jane Smith's statement comes on the same day that a congressional deadline urging the White House to make its "
     "own decision was set to expire.", "urging", "actors", "Jane Smith"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), LACKS)
def test_party_lacked(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)


# (text, trigger word, role, code): kin take the code of whose kin they are, a leader the code of the body, people
# sent the sender's
CODED = [
    ("Family and friends of the jailed American reporter urged Putin to free him.", "urged", "actors", "USA"),
    ("American families of the hostages met Erdogan in Ankara.", "met", "actors", "USA"),
    ("The leader of Hamas met Erdogan in Ankara.", "met", "actors", "PSE"),
    ("Britain, France and Germany condemned the test. They urged Pyongyang to return to talks.", "urged", "actors",
     "DEU"),
    ("The president met a delegation from the European Union in Kiev.", "met", "targets", "IGO"),
    ("Officials from the State Department met Taliban negotiators in Doha.", "met", "actors", "USA"),
    # a backer's country word codes nobody: the event's place or the party's own nationality does
    ("US-trained Afghan commandos raided a Taliban prison.", "raided", "actors", "AFG"),
    ("Russian-backed separatists shelled the airport in Donetsk.", "shelled", "actors", "UKR"),
    # what stays: the leader of a coalition is coded by the leader
    ("The Saudi-led coalition bombed a market in northern Yemen.", "bombed", "actors", "SAU"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODED)
def test_party_code(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


# kin with no coded owner stay uncoded: never the place's code (before, "Parents ... in Abuja" would be NGA only as
# a nameless class placed by the event)
UNCODED = [
    ("Parents of the kidnapped girls protested outside the parliament in Abuja.", "protested", "actors"),
    ("The relatives of the hostages met Erdogan in Ankara.", "met", "actors"),
    ("The troops have been surrounded by Russian-backed militias for days.", "surrounded", "actors"),
]


@pytest.mark.parametrize(("text", "word", "role"), UNCODED)
def test_party_uncoded(enlp, text, word, role) -> None:
    assert_no_code(enlp, text, word, role)
