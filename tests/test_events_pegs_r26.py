"""Round 26 (issue 19; the round-25 end review's false violent types and the tune half's missed events): firing one
of a report's people is a dismissal, setting oneself on fire is a protest, a fire or a flood that destroys is no
assault, a verb the parser conjoins to a reported "there is" clause is done by the one who reports it, and a party
confronted over a matter is rebuked (data/event_senses.tsv and data/plover_triggers.tsv, the round 26 rows;
extract/events/expletive.py; docs/events_guidelines.md, the round 26 addendum). Rows marked "before:" held the named type at main f02b7ef7; the
guards keep the violent senses of the same words. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

# (text, trigger word, the type that must not be there)
NOT_EVENTS = [
    # before: FIGHT/firearms (a bare pronoun of number stands for one of the people the report named)
    ("The minister could not make his two deputies work together, so he fired one.", "fired", "FIGHT"),
    ("The minister could not make his two deputies work together, so he fired one.", "fired", "ASSAULT"),
    ("Growing protests may force him to fire the other.", "fire", "FIGHT"),
    # before: ASSAULT/destroy (a self-immolation is no assault on anyone)
    ("The airman set himself on fire outside the embassy to protest the war.", "set", "ASSAULT"),
    ("A monk set himself on fire in western China on Monday.", "set", "ASSAULT"),
    # before: ASSAULT/destroy (a disaster has no doer)
    ("Floods destroyed hundreds of homes in the north.", "destroyed", "ASSAULT"),
    ("The wildfire tore through the park, destroying roughly a third of the town.", "destroying", "ASSAULT"),
    ("A hurricane destroyed the harbour last autumn.", "destroyed", "ASSAULT"),
    # before: ASSAULT/destroy (the parser hangs the participle on the main verb, not on the fire's relative clause)
    ("The lodge reopened after the wildfire that tore through the park, destroying a third of the town.",
     "destroying", "ASSAULT"),
    ("The resort was rebuilt after the blaze that swept the valley, destroying dozens of cabins.", "destroying",
     "ASSAULT"),
    # guards of the new trigger: confronting a threat or a crowd is no rebuke
    ("The allies must confront the threat across the region.", "confront", "DISAPPROVE"),
    ("A policeman confronts protesters outside the court.", "confronts", "DISAPPROVE"),
    ("The issue that confronts us today is simple.", "confronts", "DISAPPROVE"),
]

# (text, trigger word, the type that must be there)
EVENTS = [
    # the new type: a self-immolation told by its verb
    ("The airman set himself on fire outside the embassy to protest the war.", "set", "PROTEST"),
    ("Two students immolated themselves in front of parliament on Friday.", "immolated", "PROTEST"),
    # guards: the violent senses of the same words
    ("Rebels set the village on fire.", "set", "ASSAULT"),
    ("The mob set him on fire in the street.", "set", "ASSAULT"),
    ("Militants set fire to a school in the province.", "set", "ASSAULT"),
    ("Troops destroyed the village on Tuesday.", "destroyed", "ASSAULT"),
    ("Israeli jets destroyed a weapons depot near Damascus.", "destroyed", "ASSAULT"),
    ("The soldiers fired on the crowd.", "fired", "FIGHT"),
    ("The gunmen fired one at the police car.", "fired", "ASSAULT"),
    ("The militia that stormed the town, destroying dozens of homes, withdrew on Friday.", "stormed", "ASSAULT"),
    ("Police fired at protesters who blocked the road, killing two.", "fired", "FIGHT"),
    ("North Korea fired two missiles into the sea.", "fired", "MOBILIZE"),
    # before: no event (a rebuke told by "confront ... over/about")
    ("The president confronted the NATO chief on Wednesday over the pipeline deal.", "confronted", "DISAPPROVE"),
    ("The senator confronted the minister about the missing funds.", "confronted", "DISAPPROVE"),
    # the doer of a verb conjoined to a reported "there is" clause
    ("Pence said there is a crisis at the border, and called on Democrats to end the impasse.", "called", "DEMAND"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_EVENTS)
def test_not_violent_r26(enlp, text, word, typ) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), EVENTS)
def test_events_r26(enlp, text, word, typ) -> None:
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


# (text, trigger word, type, role, name): "" = that role stays empty
PARTIES = [
    # before: no actor (the parser hangs "called" on the "there is" clause, which has no doer)
    ("Pence said there is a crisis at the border, and called on Democrats to end the impasse.", "called", "DEMAND",
     "actors", "Pence"),
    # the conjunct goes with the verb of its own tense form ("called" with "said", not with "explain")
    ("Pence also said the president will explain to voters that there is a crisis, and called on Democrats to end "
     "the impasse.", "called", "DEMAND", "actors", "Pence"),
    # guards: a clause with a subject of its own keeps it; a pronoun with nobody before it stays empty
    ("The official said there were clashes overnight and rebels seized the airport.", "seized", "COERCE", "actors",
     "rebels"),
    ("The senator criticized the plan and urged the president to withdraw it.", "urged", "DEMAND", "actors",
     "senator"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_parties_r26(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)
