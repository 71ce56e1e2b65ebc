"""Round 17b party rules of issue 19 (docs/events_guidelines.md, "Round 17b, parties"; review 17's "Events" part 3):
a definite description of a party member ("the Iowa Republican") or of a government body ("the department") stands
for the one person or body of that kind named just before, else nobody; premises told with an "of" phrase stand for
their owner, never the city of a modifier; a legal paper that charges someone keeps the accused as target; persons
listed after "including" act. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_role_lacks

# (text, trigger word, type, role, a name that role must hold; "" = the role is empty)
HOLDS = [
    # a party member's description: the person named before it
    ("Senator Chuck Grassley spoke on Tuesday. The Iowa Republican also urged sanctions against Russia.", "urged",
     "DEMAND", "actors", "Chuck Grassley"),
    ("Nancy Pelosi met reporters. The California Democrat criticised Trump on Friday.", "criticised",
     "DISAPPROVE", "actors", "Nancy Pelosi"),
    # two persons named before it: nobody (a wrong person is worse than none)
    ("Senator John McCain met King Abdullah. The Arizona Republican criticised Russia on Friday.", "criticised",
     "DISAPPROVE", "actors", ""),
    # a body's description: the one body of that head noun named before it
    ("The Treasury Department said it was acting against Iran. The department also unveiled sanctions on Hezbollah.",
     "sanctions", "SANCTION", "actors", "Treasury Department"),
    ("The State Department criticised Russia on Monday. The department also condemned Iran for the attack.",
     "condemned", "DISAPPROVE", "actors", "State Department"),
    # premises with an "of" phrase: their owner; where it names none, nobody rather than the city
    ("Gunmen stormed the Paris offices of Le Canard on Wednesday.", "stormed", "ASSAULT", "targets", "Le Canard"),
    ("Rebels shelled the compound of the United Nations mission in Goma.", "shelled", "ASSAULT", "targets",
     "United Nations"),
    ("Armed men attacked the embassy of France in Tripoli.", "attacked", "ASSAULT", "targets", "France"),
    ("Gunmen stormed the Paris offices of the weekly on Wednesday.", "stormed", "ASSAULT", "targets", ""),
    # premises with no "of" phrase keep their state ("the US consulate")
    ("Militants attacked the US consulate in Benghazi.", "attacked", "ASSAULT", "targets", "US consulate"),
    # a legal paper as subject: the accused is the target, the accuser (not named) nobody
    ("The indictment charges Karen Lowe with spying for Iran.", "charges", "DISAPPROVE", "targets", "Karen Lowe"),
    ("The indictment charges Karen Lowe with spying for Iran.", "charges", "DISAPPROVE", "actors", ""),
    ("The lawsuit accuses Daniel Ross of leaking secrets to China.", "accuses", "DISAPPROVE", "targets",
     "Daniel Ross"),
    # persons listed after "including" act
    ("World leaders including Angela Merkel and Emmanuel Macron condemned the attack on the newspaper.",
     "condemned", "DISAPPROVE", "actors", "Angela Merkel"),
    ("World leaders including Angela Merkel and Emmanuel Macron condemned the attack on the newspaper.",
     "condemned", "DISAPPROVE", "actors", "Emmanuel Macron"),
    ("Rights groups including Amnesty International condemned Israel.", "condemned", "DISAPPROVE", "actors",
     "Amnesty International"),
    # what must stay: a person named as a name is that person; "like" persons are examples of the class
    ("Prosecutors charged Karen Lowe with spying for Iran.", "charged", "DISAPPROVE", "actors", "Prosecutors"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), HOLDS)
def test_party_held(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that role must not hold)
LACKS = [
    ("Senator Chuck Grassley spoke on Tuesday. The Iowa Republican also urged sanctions against Russia.", "urged",
     "actors", "Republican |"),
    ("Senator John McCain met King Abdullah. The Arizona Republican criticised Russia on Friday.", "criticised",
     "actors", "Republican"),
    ("Gunmen stormed the Paris offices of Le Canard on Wednesday.", "stormed", "targets", "Paris"),
    ("Rebels shelled the compound of the United Nations mission in Goma.", "shelled", "targets", "Goma"),
    ("World leaders including Angela Merkel and Emmanuel Macron condemned the attack on the newspaper.",
     "condemned", "actors", "World leaders"),
    # persons listed after "like" are examples of a class, no actors (round 13's rule holds)
    ("Senators like Rob Portman condemned the deal.", "condemned", "actors", "Rob Portman"),
    # a body named by "the department" owns no person's orders ("his") in a clause of "be"
    ("The Treasury Department said it was acting. The department is currently in violation of his orders.", "orders",
     "actors", "Treasury Department"),
    # a department named with another head noun is not "the department"
    ("The Justice Ministry said it was acting against Iran. The department also condemned Iran.", "condemned",
     "actors", "Justice Ministry"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), LACKS)
def test_party_lacked(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)
