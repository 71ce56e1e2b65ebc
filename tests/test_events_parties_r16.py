"""Round 16 party rules of issue 19 (docs/events_guidelines.md, "Round 16, parties"), written from the classes of
the PLOVER read half's source and target errors and sized on the real-report tune half: a bare surname under a
head's office takes the reference holder's country; forces moved in the passive with no "by" phrase, or named by a
movement noun's "of", are their own side's act; a nation's adjective on a judged thing names whose it is; "the
government of President X" is X's side; talks told in a verb's time or setting phrase are held by the verb's
subject; a country's society and its state's bodies are two sides under one code; an ethnic people is coded by
the place it lives in, or not at all; one who speaks for a body has the body's code; a subject the parser hung on a fronted
phrase is the verb's. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, assert_party, assert_role_lacks

# (text, trigger word, type, role, a name that must be among the role's parties; "" = the role is empty)
FOUND = [
    # moved forces act; a "by" phrase still names the mover
    ("About 2,000 US troops were deployed to Poland on Monday.", "deployed", "MOBILIZE", "actors", "US troops"),
    ("Eighty UN peacekeepers were pulled out of the town on Friday.", "pulled", "RETREAT", "actors",
     "UN peacekeepers"),
    ("Troops were sent to the border by the Turkish government on Monday.", "sent", "MOBILIZE", "actors",
     "Turkish government"),
    ("Troops were deployed to the border on Monday.", "deployed", "MOBILIZE", "actors", ""),
    ("The withdrawal of Soviet troops from Afghanistan ended in February.", "withdrawal", "RETREAT", "actors",
     "Soviet troops"),
    # a clause's subject who announced it stays the actor
    ("President Smith announced the withdrawal of American troops from Syria on Wednesday.", "withdrawal", "RETREAT",
     "actors", "Smith"),
    # talks in a verb's adjunct are the verb's subject's
    ("The teachers' union called off its strike after deliberations with the government.", "deliberations",
     "CONSULT", "actors", "union"),
    # one country's society and state: two sides
    ("Iraqi forces killed ten Iraqi civilians on Monday.", "killed", "ASSAULT", "targets", "Iraqi civilians"),
    ("The Egyptian government arrested Egyptian journalists on Sunday.", "arrested", "COERCE", "targets",
     "Egyptian journalists"),
    # coordinated actors the parser hung on a fronted phrase, after its comma
    ("With the signing of a Memorandum of Understanding (MOU) on Border Security, the Ugandan government and LRA/M "
     "have agreed to open the roads.", "agreed", "AGREE", "actors", "Ugandan government"),
    ("With the signing of a Memorandum of Understanding (MOU) on Border Security, the Ugandan government and LRA/M "
     "have agreed to open the roads.", "agreed", "AGREE", "actors", "LRA/M"),
    # a parse that already names the subject is kept
    ("With the signing of the accord on the border, the Ugandan government and the rebels have agreed to stop "
     "fighting.", "agreed", "AGREE", "actors", "rebels"),
    ("After months of talks, France and Germany agreed to cut tariffs.", "agreed", "AGREE", "actors", "Germany"),
    # a named person is a party of their own as actor too: a body of the person's country stays the target
    ("Senator John McCain called on Congress to pass the bill.", "called", "DEMAND", "targets", "Congress"),
    ("President Obama called on Congress to pass the bill.", "called", "DEMAND", "targets", "Congress"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FOUND)
def test_party_found(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that must NOT be among the role's parties of any event at the word)
NOT_FOUND = [
    ("About 2,000 US troops were deployed to Poland on Monday.", "deployed", "targets", "US troops"),
    ("Eighty UN peacekeepers were pulled out of the town on Friday.", "pulled", "targets", "peacekeepers"),
    # who ordered it is the clause's business: the forces are not made its actor
    ("President Smith ordered the withdrawal of US troops from Syria.", "withdrawal", "actors", "US troops"),
    # the own side stays no target where both are the state's
    ("US commanders reduced the number of US troops in Iraq.", "reduced", "targets", "US troops"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)


# (text, trigger word, role, the code a party of the role must have)
CODED = [
    # a head the project lists, by the surname under the office
    ("President Mugabe rejected the demands of the opposition.", "rejected", "actors", "ZWE"),
    ("Prime Minister Blair rejected the plan on Friday.", "rejected", "actors", "GBR"),
    ("Critics said former President Carter had praised the deal.", "praised", "actors", "USA"),
    # a reference minister's surname, the country confirmed by the report
    ("Rwandan officials said President Kagame rejected the plan.", "rejected", "actors", "RWA"),
    # moved forces and a movement noun's forces
    ("About 2,000 US troops were deployed to Poland on Monday.", "deployed", "actors", "USA"),
    ("Eighty UN peacekeepers were pulled out of the town on Friday.", "pulled", "actors", "IGO"),
    ("The withdrawal of Soviet troops from Afghanistan ended in February.", "withdrawal", "actors", "SUN"),
    # a nation's adjective on the judged thing
    ("Bangladesh rejected an Indian proposal for a trade pact.", "rejected", "targets", "IND"),
    ("Germany welcomed the Chinese offer on Tuesday.", "welcomed", "targets", "CHN"),
    # the government of a person
    ("The government of President Mugabe expelled two British diplomats.", "expelled", "actors", "ZWE"),
    # society and state under one code
    ("Iraqi forces killed ten Iraqi civilians on Monday.", "killed", "targets", "IRQ"),
    ("The Kenyan teachers union criticised the Kenyan government.", "criticised", "targets", "KEN"),
    # one who speaks for a body has its code
    ("A spokesman for the Iranian foreign ministry condemned the attack.", "condemned", "actors", "IRN"),
    ("An envoy for the United Nations met the rebel leaders on Monday.", "met", "actors", "IGO"),
    # an ethnic people by the place it lives in; a nation's rebels keep the nation's code
    ("Ethnic Albanians in Macedonia attacked a police station.", "attacked", "actors", "MKD"),
    ("Albanian rebels attacked a police station.", "attacked", "actors", "ALB"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODED)
def test_party_code(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


# (text, trigger word, role): no code where the surname does not tell one country
NO_CODE = [
    # a minister of another state carries the surname, and the report names no country: empty, not Croatia
    ("President Milosevic rejected the plan.", "rejected", "actors"),
    # leaders of several states carry it
    ("President Lee rejected the plan on Monday.", "rejected", "actors"),
    # no head's office
    ("Vice President Mugabe rejected the plan.", "rejected", "actors"),
    # a body with no code gives its speaker none
    ("A spokesman for the company condemned the attack.", "condemned", "actors"),
    # an ethnic people no place phrase locates: not the nation the word names
    ("Serb forces killed three ethnic Albanians in a gunbattle.", "killed", "targets"),
    # a nation's word on a judged thing that is no nation's
    ("Bangladesh rejected a proposal for an Indian Ocean pact.", "rejected", "targets"),
]


@pytest.mark.parametrize(("text", "word", "role"), NO_CODE)
def test_no_code_guessed(enlp, text, word, role) -> None:
    assert_no_code(enlp, text, word, role)
