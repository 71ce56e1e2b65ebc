"""Round 25 (start-of-round review, event classes 2 and 3): a legal appeal, a venue hosting a show, ordering a
service, paid trips, a wish about customers, a weapon as actor, an endorsement gained and an act told in a
participle after its verb (data/event_senses.tsv round-25 block, extract/events/review25.py, confidence
``_accompanying``). Sentences written here; each "changed" row was wrong on main fd65c8e7, each guard keeps an
event that was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense, events_at

from newsgraph import extract

SENSES = [
    # changed: a party's appeal of a ruling is a legal step, no demand
    ("The judges ruled on the governor's appeal of a lower-court ruling from Ohio that struck down the law.",
     "appeal", None),
    # changed: a venue hosting games, an event or ceremonies stages a show, no consultation
    ("The arena became the first venue in the country to host the Winter Games twice.", "host", None),
    ("The Coliseum becomes the only stadium to host the Olympic Games twice.", "host", None),
    # guard: a state hosting talks stays CONSULT
    ("Qatar hosted talks between the United States and the Taliban.", "hosted", "CONSULT"),
    # changed: companies funding their own delegation's trip give no aid
    ("The business delegation that joined the trip was fully funded by their respective companies.", "funded",
     None),
    # guard: a court ordering a party to act stays DEMAND
    ("The judge ordered the company to pay the fine.", "ordered", "DEMAND"),
    # guard: wanting a party to use or do something stays DEMAND (tune half: "wants President Obama to use ...")
    ("The United States wants Iran to halt its nuclear program.", "wants", "DEMAND"),
    ("The senator wants the president to use his speech to outline a plan.", "wants", "DEMAND"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_senses(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word"), [
    # changed: ordering a ride buys a service; wanting customers to trust or love something asks nothing
    ("An agent could order the least expensive ride-hailing service to a hotel by comparing prices across apps.",
     "order"),
    ('"We want customers to trust us," he said.', "want"),
    ('"We want our users to love the product," the chief executive said.', "want"),
])
def test_no_demand(enlp, text, word) -> None:
    assert "DEMAND" not in {e["type"] for e in events_at(enlp, text, word)}


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: a weapon is never the actor (left empty rather than wrong)
    ("The Kinzhal missile struck the city of Odesa, the army said.", "struck", "FIGHT", "actors", ""),
    ("Russia fired an Oreshnik missile at the region overnight. The Oreshnik, which can carry nuclear warheads, "
     "struck the city of Bila Tserkva, the president said.", "struck", "FIGHT", "actors", ""),
    # guards: a country that fires rockets stays the actor
    ("North Korea launches rocket. North Korea has sentenced an American student to 15 years of hard labor.",
     "sentenced", "COERCE", "actors", "North Korea"),
    ("Ruritanian troops shelled the town of Ostrava on Monday.", "shelled", "FIGHT", "actors", "Ruritanian"),
    # guard: a weapon with a side's adjective stands for that side (coded; the end of the review's rank 3)
    ("Elsewhere, a Ukrainian drone killed a civilian in the Russian town of Shebekino, officials said.", "killed",
     "FIGHT", "actors", "Ukrainian drone"),
    # changed: the one whose endorsement is gained endorses
    ("The spending plan gained the endorsement of Ohio Gov. Jane Smith on Monday.", "endorsement", "SUPPORT",
     "actors", "Jane Smith"),
    ("The spending plan gained the endorsement of Ohio Gov. Jane Smith on Monday.", "endorsement", "SUPPORT",
     "targets", ""),
])
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: a court's rejection told in a participle after its verb, inside a time clause, is shown
    ("The governor has lashed out after a divided state court upheld a broad reading of the voting law, rejecting "
     "the governor's executive order declaring that mail ballots are invalid.", "rejecting", "REJECT"),
    # guard: the same act in a main clause stays shown
    ("The state court rejected the governor's executive order on mail ballots.", "rejected", "REJECT"),
])
def test_shown(text, word, typ) -> None:
    rec = extract(text, published="2025-04-01")
    i = text.index(word)
    assert typ in {e.type for e in rec.events if (e.trigger_start or 0) <= i < (e.trigger_end or 0)}, rec.events
