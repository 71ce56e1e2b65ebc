"""Round 30, second events helper (issue 19, parties left empty although named): a partner described by its sector
alone ("met with opposition leaders", "pleaded with the police", "aid to the rebels") is the target (triggers.py
``_described_partner``); a threat's target is the named object of the threatened act when that act is no trigger
("threatened to erase Jordan", threatened.py); a concession's measure "on" a party names it ("eased restrictions on
Cuba on Friday": the object's "on" is read beside the verb's); the named group before an attack that a passive harm
verb names did it ("killed in a Taliban attack", violence.py; data/event_party_words.tsv class ``force``); a
feeling's "that" clause of state or on a condition names no target (feared.py). Sentences written here; each
"changed" row was wrong on r30-ev 330a3bdc, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: a described partner "with" is the target (before: target empty, the partner had no country)
    ("The Kenyan government met with opposition leaders on Monday.", "met", "CONSULT", "targets",
     "opposition leaders"),
    ("A woman in a green coat pleaded with the police for help.", "pleaded", "DEMAND", "targets", "police"),
    ("The Kenyan government met with mining companies on Monday.", "met", "CONSULT", "targets", "mining companies"),
    ("France provides logistical support to the rebels.", "provides", "AID", "targets", "rebels"),
    # guards: named partners stay; the press and a word of no sector are no partner; "to" of a meeting is no partner
    ("The Kenyan government met with Uganda on Monday.", "met", "CONSULT", "targets", "Uganda"),
    ("Germany agreed with the other members on the budget.", "agreed", "AGREE", "targets", ""),
    ("The minister met with journalists on Friday.", "met", "CONSULT", "targets", ""),
    ("The army fought with rebels near the border.", "fought", "FIGHT", "targets", "rebels"),
    ("The cartel members defend their turf with force.", "defend", "SUPPORT", "targets", ""),  # a means
    # changed: a threat's target is the named object of a threatened act that is no trigger (before: empty)
    ("Syria threatened to erase Jordan from the map.", "threatened", "THREATEN", "targets", "Jordan"),
    ("Last month Syria threatened (once more) to erase Jordan from the map.", "threatened", "THREATEN", "targets",
     "Jordan"),  # the parenthesis makes the parser hang the infinitive as an adverbial clause
    ("Washington threatened to block Huawei from its networks.", "threatened", "THREATEN", "targets", "Huawei"),
    # guards: an object that names no party, a pronoun object, a harm's own target
    ("Poland has threatened to leave the agreement.", "threatened", "THREATEN", "targets", ""),
    ("The senator threatened to strip former officials of their clearances.", "threatened", "THREATEN", "targets",
     ""),
    ("The Chinese government threatened to punish it.", "threatened", "THREATEN", "targets", ""),
    ("Russia threatened to cut gas supplies to Ukraine.", "threatened", "THREATEN", "targets", "Ukraine"),
    # changed: a feared state or an act on a condition names no target (before: the clause's subject)
    ("Asian diplomats voiced concern that if the accord fails, Asia could again become a battleground.", "concern",
     "DISAPPROVE", "targets", ""),
    ("The ministers voiced concern that Japan is isolated.", "concern", "DISAPPROVE", "targets", ""),
    # changed: a concession's measure "on" a party names the target, beside a day's "on" (before: empty)
    ("Canada eased restrictions on Cuba on Friday.", "eased", "CONCEDE", "targets", "Cuba"),
    # guards: a measure on a matter or on a class of no country names nobody; the object's "on" of force stays
    ("Canada eased restrictions on travel on Friday.", "eased", "CONCEDE", "targets", ""),
    ("The government eased restrictions on protesters on Monday.", "eased", "CONCEDE", "targets", ""),
    ("Gunmen opened fire on worshippers on Friday.", "opened", "ASSAULT", "targets", "worshippers"),
    # changed: the named group or people before an attack a passive harm verb names is the actor (before: empty)
    ("Ten soldiers were killed in a Taliban attack.", "killed", "ASSAULT", "actors", "Taliban"),
    ("Two guards were wounded in a Russian offensive near the river.", "wounded", "ASSAULT", "actors", "Russian"),
    # guards: a city or a description before the attack names no doer; a force's own act keeps its modifier
    ("Eighty people were killed in the Nice attack.", "killed", "ASSAULT", "actors", ""),
    ("Eighty people were killed in the Manchester attack.", "killed", "ASSAULT", "actors", ""),
    ("Eighty people were killed in a terrorist attack.", "killed", "ASSAULT", "actors", ""),
    ("Four people were killed in a US drone strike.", "killed", "FIGHT", "actors", "United States"),
    # guard: a feared deed keeps its doer
    ("The German government voiced concern that Russia was building new bases.", "concern", "DISAPPROVE", "targets",
     "Russia"),
])
def test_r30_parties2(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)
