"""Round 35 (evtype, issue 19): the type follows the trigger's sense and arguments (data/event_senses.tsv,
data/plover_triggers.tsv).

Being against a measure or a change is disapproval, not the refusal of something asked of the one who opposes;
a wrong "committed by" someone commits nobody to anything; giving no indication, or giving someone weeks, hands
over no aid; money paid as a penalty aids nobody; a battle for confirmation, troops marching and a guard of honour
inspected are no combat, protest or inspection. A deed told by a participle hung on the reporting clause is not the
reporter's (extract/events/reported_doers.py); an opinion of a presence names no place inside it as its target.
Sentences written for these tests; "before" rows fail on the start code, guard rows keep what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense, events_at

SENSES = [
    # before: opposing a reform, a wall or a vote is DISAPPROVE (it was REJECT)
    ("The opposition party said it would oppose the pension reform in parliament.", "oppose", "DISAPPROVE"),
    ("The senator has long opposed the new border wall.", "opposed", "DISAPPROVE"),
    ("Most centrist parties oppose such a referendum.", "oppose", "DISAPPROVE"),
    # guards: opposing a demand put to one refuses it; rejecting and refusing stay REJECT
    ("The rebels opposed the government's demand that they disarm.", "opposed", "REJECT"),
    ("Iran rejected the European proposal on Tuesday.", "rejected", "REJECT"),
    ("Ruritania refused to extradite the suspect.", "refused", "REJECT"),
    # before: a wrong committed by someone is no AGREE
    ("The bombers in Ruritania, the murder in Lyon and the attack in Nice were all committed by homegrown "
     "militants.", "committed", None),
    # guard: committing to talks is AGREE
    ("The minister committed to new talks with the rebels.", "committed", "AGREE"),
    # before: no indication, no sign, weeks to act: no aid
    ("Ruritania has given no indication it is willing to go beyond statements of support for the deal.", "given",
     None),
    ("Borduria has provided no sign of support for the plan.", "provided", None),
    # guards: aid and arms given or provided
    ("The United States gave Ruritania $400 million in military aid.", "gave", "AID"),
    ("Ruritania provided the rebels with weapons and training.", "provided", "AID"),
    # before: a penalty paid aids nobody
    ("Acme also paid the US almost $900m in 2016 for the sanctions violations.", "paid", None),
    # before: a contest for office, an effort to prevent a setback, troops on parade, a guard of honour: no combat,
    # no protest, no inspection
    ("Defense Secretary Chuck Hagel met the senators on Tuesday. For his part, Hagel pledged cooperation after his "
     "grueling battle for confirmation.", "battle", None),
    ("The White House has been fighting to prevent the botched rollout from defining his second term.", "fighting",
     None),
    ("Satellite imagery captured troops marching through a mock-up of the main square.", "marching", None),
    ("President Xi inspects the honor guards of the navy before boarding the ship.", "inspects", None),
    # guards: fighting to retake a city, a battle for a city, protesters marching, experts inspecting a site
    ("Iraqi forces are fighting to retake Mosul from the militants.", "fighting", "FIGHT"),
    ("The army won the battle for Mosul after months of combat.", "battle", "FIGHT"),
    ("Thousands of protesters marched through the capital on Sunday.", "marched", "PROTEST"),
    ("UN experts inspected the nuclear site in Ruritania.", "inspected", "INVESTIGATE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_round35_senses(enlp, text: str, word: str, typ: str | None) -> None:  # noqa: ANN001
    assert_sense(enlp, text, word, typ)


def test_round35_opposed_demand_keeps_its_asker(enlp) -> None:  # noqa: ANN001
    """The refusal of a demand has the one who demanded as its target."""
    hits = [e for e in events_at(enlp, "The rebels opposed the government's demand that they disarm.", "opposed")
            if e["type"] == "REJECT"]
    assert hits and [p["name"] for p in hits[0]["targets"]] == ["government"], hits


PARTIES = [
    # before: an opinion of a presence took the place inside it as its target
    ("Trump also criticized the prolonged presence in Afghanistan, recalling his promise to bring the troops home.",
     "criticized", "DISAPPROVE", "targets", ""),
    # before: the owner of the presence is the one criticized, not the place it is in
    ("Trump also criticized the prolonged U.S. presence in Afghanistan.", "criticized", "DISAPPROVE", "targets",
     "United States"),
    # guards: a refusal keeps the place its forces were asked into; a state criticized by name stays the target
    ("The United Nations on Tuesday rejected a call for its peacekeeping forces to be deployed in Haiti.", "rejected",
     "REJECT", "targets", "Haiti"),
    ("The senator criticized Iran for the crackdown.", "criticized", "DISAPPROVE", "targets", "Iran"),
    # before: a participle hung on the reporting clause took the reporter as its doer
    ("Russian tankers have supplied fuel to North Korea three times, two Western security sources told Reuters, "
     "providing another economic lifeline to Pyongyang.", "providing", "AID", "actors", ""),
    # guards: a reported deed keeps its own doer; a speaker's own verbal act in a participle stays the speaker's
    ("Officials said the rebels shelled the town, killing five civilians.", "shelled", "ASSAULT", "actors", "rebels"),
    ("The minister spoke on Monday, condemning the attack on the embassy.", "condemning", "DISAPPROVE", "actors",
     "minister"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_round35_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)
