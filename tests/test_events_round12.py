"""Round 12 rules of issue 19: senses whose object or frame tells no act of the trigger's type (a view agreed
with, words offered, tools deployed, documents released), acts a state orders done, the force a mobilization
sends, and roles: a noun event that labels something or that a verb answers, recounts or is about is no act of
that verb's subject (docs/events_guidelines.md, round 12 addendum). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_no_party, assert_party, assert_sense, events_at

# (text, trigger word, type or None for no event at that word)
SENSES = [
    # offering a stance, words or figures commits to nothing; support offered is backing
    ("The Pentagon offered little pushback on the plan.", "offered", None),
    ("Germany offered little resistance to the proposal.", "offered", None),
    ("The Iraqi ministry offered statistics on the attacks.", "offered", None),
    ("Officials offered no specifics about the documents.", "offered", None),
    ("Obama offered a nuanced interpretation of the treaty.", "offered", None),
    ("The president offered his strong support for the nominee.", "offered", "SUPPORT"),
    ("Turkey offered to mediate between the two sides.", "offered", "AGREE"),
    # agreeing that something is so, with a view, or with nothing at all shares an opinion
    ("European leaders agreed that the willpower of the alliance was weak.", "agreed", None),
    ("The two leaders agreed that the talks had been productive.", "agreed", None),
    ("Republican lawmakers agreed with the need to keep the evidence confidential.", "agreed", None),
    ("Adam Schiff agreed.", "agreed", None),
    ("Flynn urged Russia not to retaliate over the sanctions. Russia agrees.", "agrees", "AGREE"),
    ("Israel and Hamas agreed that there would be a ceasefire on Friday.", "agreed", "AGREE"),
    ("Iran agreed to halt enrichment.", "agreed", "AGREE"),
    # a measure slapped or hit someone with is a sanction, not a blow
    ("President Trump is slapping China with tariffs on steel.", "slapping", "SANCTION"),
    ("Beijing hit Washington with retaliatory tariffs.", "hit", "SANCTION"),
    # a ban on trade is an embargo
    ("Putin issued a retaliatory ban on food imports.", "ban", "SANCTION"),
    # closing another state's consulate cuts relations; an order of one's own act is that act, no demand
    ("Washington ordered the closure of the Chinese consulate in Houston.", "closure", "SANCTION"),
    ("Washington ordered the closure of the Chinese consulate in Houston.", "ordered", None),
    ("China shut down the American consulate in Chengdu.", "shut", "SANCTION"),
    ("Erdogan ordered the arrest of 40 soldiers.", "arrest", "COERCE"),
    ("Erdogan ordered the arrest of 40 soldiers.", "ordered", None),
    ("Trump ordered Iran to release the sailors.", "ordered", "DEMAND"),
    # tools deployed, relationships reinforced, seats occupied: no force, no seizure
    ("The attacker deploys those privileges to create new accounts.", "deploys", None),
    ("The administration is reinforcing its military relationship with Saudi Arabia.", "reinforcing", None),
    ("Scottish nationalists now occupy 48 of the 59 seats.", "occupy", None),
    ("Russian troops occupied Crimea in February.", "occupied", "COERCE"),
    # documents released, handed over; a request or a name withdrawn: no concession
    ("The Obama administration released a first tranche of 17 documents.", "released", None),
    ("The Justice Department handed over the Comey memos.", "handed", None),
    ("The DEA withdrew that request.", "withdrew", None),
    ("The government released 200 prisoners on Friday.", "released", "RETREAT"),
    # a quantity, a gesture
    ("He had a great deal of time.", "deal", None),
    ("Trump slammed his hand on the table.", "slammed", None),
    ("Trump slammed the senator's remarks.", "slammed", "DISAPPROVE"),
    # the review's senses: agreeing to disagree, refusing to blame, signing an order, welcoming a renewal
    ("Iran and world powers would then agree to disagree on the treaty.", "agree", None),
    ("In 2010 Holder refused to blame radical Islam for the attacks.", "refused", None),
    ("Putin signed an order to allow the recruitment of volunteers.", "order", None),
    ("Raul Castro also welcomed the renewal of dialogue with the United States.", "welcomed", "SUPPORT"),
    ("The Cuban president welcomed the American delegation in Havana.", "welcomed", "CONSULT"),
    # beating rivals in a contest is a win; beating people is still an assault (integration, round 12)
    ("The National Front came first, beating the other parties in the European elections.", "beating", None),
    ("The National Front beat its rivals in Sunday's election.", "beat", None),
    ("Polls suggest he beats her in the next round.", "beats", None),
    ("Police beat the protesters with batons.", "beat", "ASSAULT"),
    # forces sent are a mobilization even when armed
    ("The Pentagon has sent four warships armed with cruise missiles to the region.", "sent", "MOBILIZE"),
    ("The United States sent weapons to Ukraine.", "sent", "AID"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# (text, trigger word, type, role "actors"/"targets", expected name substring or "" for an empty party)
ROLES = [
    # the force a mobilization sends is its means, no target; the place it goes to may be
    ("A group of bombers was dispatched.", "dispatched", "MOBILIZE", "targets", ""),
    ("Russia sent warships to the region.", "sent", "MOBILIZE", "targets", ""),
    ("China deployed fighter jets near Taiwan.", "deployed", "MOBILIZE", "targets", ""),
    # round 33 changed this row on purpose: the place forces go to is where, not the side the move is aimed at
    ("The United States sent 3,000 troops to Poland.", "sent", "MOBILIZE", "targets", ""),
    # the one slapped with a measure is its target
    ("President Trump is slapping China with tariffs on steel.", "slapping", "SANCTION", "targets", "China"),
    # fell victim to an attack: the subject underwent it
    ("London has again fallen victim to a terror attack.", "attack", "ASSAULT", "targets", "London"),
    ("London has again fallen victim to a terror attack.", "attack", "ASSAULT", "actors", ""),
    # held in custody: the subject is held, nobody named holds it
    ("The tanker Stena Impero remained in detention at an Iranian port.", "detention", "COERCE", "targets",
     "Stena Impero"),
    ("The tanker Stena Impero remained in detention at an Iranian port.", "detention", "COERCE", "actors", ""),
    # a participle on a decision "by" someone: that someone does it
    ("We welcome the decision by the Court denying the Government's attempt to suppress the book.", "denying",
     "REJECT", "actors", "Court"),
    # whoever claims credit for an attack is its actor
    ("ISIS has claimed credit for Tuesday's attacks in Brussels.", "attacks", "ASSAULT", "actors", "ISIS"),
    # the giver's own backing is not its target
    ("President Trump offered his strong support for the nominee.", "offered", "SUPPORT", "targets", ""),
    # "to" may lead to one's own act: the one who moves to attacks makes them
    ("The attacker then moves to more targeted phishing attacks against the agency.", "attacks", "ASSAULT",
     "actors", "attacker"),
    # a relative clause that carries the noun's act names its parties; one that judges it does not
    ("McAleenan attributed the drop in apprehensions to a deal that President Trump struck with Mexico.", "deal",
     "AGREE", "actors", "Trump"),
    ("McAleenan attributed the drop in apprehensions to a deal that President Trump struck with Mexico.", "deal",
     "AGREE", "targets", "Mexico"),
    # "General" in a civil title is no military rank
    ("Attorney General Eric Holder criticized the decision.", "criticized", "DISAPPROVE", "actors", "Holder"),
    # an order of one's own act: the orderer does it
    ("Erdogan ordered the arrest of 40 soldiers.", "arrest", "COERCE", "actors", "Erdogan"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROLES)
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "sector"), [
    ("Attorney General Eric Holder criticized the decision.", "criticized", "JUD"),
    ("General Mark Milley criticized the decision.", "criticized", "MIL"),
    # review 13: an unnamed party's title with its compound (was MIL from the head "general")
    ("The attorney general criticized the decision.", "criticized", "JUD"),
    ("The general criticized the decision.", "criticized", "MIL"),
])
def test_role_sector(enlp, text, word, sector) -> None:
    (ev,) = [e for e in events_at(enlp, text, word) if e["type"] == "DISAPPROVE"]
    assert ev["actors"] and ev["actors"][0]["sector"] == sector, ev


# (text, trigger word, name that must be in no party of the event)
NOT_PARTIES = [
    # a noun event a verb answers, refers to or recounts is another's act
    ("Iran reserves the right to retaliate with full force against any attack.", "attack", "Iran"),
    ("CBS is now reporting 77 dead in the terror attack in Nice.", "attack", "CBS"),
    ("Kerry listed the kidnappings of aid workers in Syria.", "kidnappings", "Kerry"),
    ("Senator McCain continued his criticism of the administration's handling of the attack on the embassy.",
     "attack", "McCain"),
    ("The Iraqi ministry offered statistics on the attacks.", "attacks", "Iraqi"),
    ("The Senate committee linked the video to the attack in Benghazi.", "attack", "Senate"),
    ("Islamic State said it carried out the attack, which Prime Minister Theresa May condemned as cowardly.",
     "attack", "Theresa May"),
    # an event sought is not done: who pushes for it is no party to it
    ("The Obama administration was pushing hard for a speedy agreement with Iran.", "agreement", "Obama"),
    # a phrase set before the verb is the scene; "on behalf of" names whom one speaks for
    ("At the United Nations, Russia's deputy ambassador, Vladimir Safronkov, strongly criticized the plan.",
     "criticized", "United Nations"),
    ("On behalf of the American people, I condemn the attack in Nice.", "condemn", "American people"),
]


@pytest.mark.parametrize(("text", "word", "name"), NOT_PARTIES)
def test_no_wrong_party(enlp, text, word, name) -> None:
    assert_no_party(enlp, text, word, name)


# (text, trigger word): a noun that labels something is no event of the report
LABELS = [
    ("French President Francois Hollande declared it a terrorist attack.", "attack"),
    ("Police are treating the incident as an attack.", "attack"),
    ("Ukrainian officials called the convoy an invasion of the country.", "invasion"),
    ("The senator refused to label it torture.", "torture"),
    ("Trump has described the plan as the deal of the century.", "deal"),
]


@pytest.mark.parametrize(("text", "word"), LABELS)
def test_a_label_is_no_event(enlp, text, word) -> None:
    assert events_at(enlp, text, word) == []


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # a verb and its particle can refuse the act it governs
    ("A White House official ruled out sending ground troops to Syria.", "sending", "MOBILIZE", "negated"),
    ("The United States will order the closure of the Russian consulate.", "closure", "SANCTION", "intended"),
])
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)
