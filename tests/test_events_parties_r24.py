"""Round 24 (issue 19): parties of shown events. Classes from the round-23 end review of unseen reports and allsides
ranks 601-640 (read in earlier rounds); every sentence is written for these tests. A party left empty beats a wrong
one; each block has guards that keep the readings that were right."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_modality, assert_party, events_at

# an envoy "to" an international body acts for the side that sent him, not for the body he is posted to
ENVOY_CODES = [
    ("Maria Lund, the Swedish ambassador to the United Nations, condemned the Russian proposal.", "condemned",
     "actors", "SWE"),
    ("The Kenyan envoy to the African Union condemned the coup in Mali.", "condemned", "actors", "KEN"),
    # guard: a body named before the envoy noun sent him
    ("The UN envoy to Yemen, Peter Holm, condemned the attack on the port.", "condemned", "actors", "IGO"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), ENVOY_CODES)
def test_envoy_codes(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


def test_envoy_to_a_body_is_not_coded_by_it(enlp) -> None:
    text = ("Ambassador Carl Dorn has said he spoke with the president twice. Dorn, the Canadian ambassador to the "
            "European Union, criticised the Chinese tariffs.")
    hits = [e for e in events_at(enlp, text, "criticised") if e["type"] == "DISAPPROVE"]
    assert hits and all(p["code"] != "IGO" for p in hits[0]["actors"]), hits


# the doer of a warned clause's act is not the one threatened
WARNED = [
    ("The Austrian chancellor warned that the Austrian government will not stand idle if the dispute escalates.",
     "warned", "THREATEN", "targets", ""),
    ("The minister warned that Pakistan would respond with force if India attacked again.", "warned", "THREATEN",
     "targets", ""),
    # guards: a side that undergoes ("will pay", "will face"), or one warned by name, stays the target
    ("The Turkish president warned that Syria would pay a heavy price.", "price", "THREATEN", "targets", "Syria"),
    ("The Turkish president threatened that Syria would face serious consequences.", "threatened", "THREATEN",
     "targets", "Syria"),
    ("Erdogan warned Syria that it would pay a heavy price.", "warned", "THREATEN", "targets", "Syria"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), WARNED)
def test_warned_side(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# a clause joined by "while", "after" ... tells its own fact: its head's negation is not its own
OWN_CLAUSE = [
    ("The UN said the decision would not alter the status of the outposts, while the Arab League condemned the "
     "move.", "condemned", "DISAPPROVE", "asserted"),
    ("The ministers did not sign the accord, while Egypt condemned the raid.", "condemned", "DISAPPROVE",
     "asserted"),
    # guards: a bare conjunct and a refusal keep their negation
    ("Egypt did not condemn the raid.", "condemn", "DISAPPROVE", "negated"),
    ("Egypt refused to condemn the raid.", "condemn", "DISAPPROVE", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), OWN_CLAUSE)
def test_own_clause_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# the subject of "faced criticism" is its target, named or not who criticised
RECEIVED = [
    ("France faced harsh international criticism on Friday after it closed the border.", "criticism", "DISAPPROVE",
     "targets", "France"),
    ("France faced harsh international criticism on Friday after it closed the border.", "criticism", "DISAPPROVE",
     "actors", ""),
    # guard: a source named by "from" is the actor
    ("Israel faced strong criticism from the European Union over the demolitions.", "criticism", "DISAPPROVE",
     "actors", "European Union"),
    ("Israel faced strong criticism from the European Union over the demolitions.", "criticism", "DISAPPROVE",
     "targets", "Israel"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), RECEIVED)
def test_received_criticism(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# a counted plural named by a set-off list: the listed entities act
COUNTED = [
    ("The only two Gulf states that have embassies in Israel, Bahrain and Oman, criticised the decision.",
     "criticised", "Bahrain"),
    ("The only two Gulf states that have embassies in Israel, Bahrain and Oman, criticised the decision.",
     "criticised", "Oman"),
    ("The two neighbours - Chile and Peru - condemned the coup.", "condemned", "Peru"),
    # the parser hangs "states to have opened ..." on the verb as a clause of its own: its subject still acts
    ("The only two Gulf states to have opened embassies in Israel - Bahrain and Oman - also sharply criticised the "
     "US decision.", "criticised", "Bahrain"),
]


@pytest.mark.parametrize(("text", "word", "name"), COUNTED)
def test_counted_list(enlp, text, word, name) -> None:
    assert_party(enlp, text, word, "DISAPPROVE", "actors", name)


def test_counted_list_must_match_the_count(enlp) -> None:
    # guard: three names for "two" states is no list of those states
    text = "The two Gulf states, Bahrain, Oman and Qatar, criticised the decision."
    hits = [e for e in events_at(enlp, text, "criticised") if e["type"] == "DISAPPROVE"]
    assert hits and not any(p["name"] == "Qatar" for p in hits[0]["actors"]), hits


# who refers to an act names it; he does not do it
def test_referring_is_not_doing(enlp) -> None:
    text = "The envoy referred to investigations into the Smiths and the company in 2016, the aide testified."
    hits = [e for e in events_at(enlp, text, "investigations") if e["type"] == "INVESTIGATE"]
    assert all(not any("envoy" in p["name"] for p in e["actors"]) for e in hits), hits


# backing stated by a verb of saying: the noun's "for" phrase is backed, its possessor is the backer's side
BACKING = [
    ("Angela Merkel reaffirmed her support for Macron.", "reaffirmed", "targets", "Macron"),
    ("The US reiterated its support for Ukraine.", "reiterated", "targets", "Ukraine"),
    ("Merkel expressed Germany's support for NATO.", "expressed", "targets", "NATO"),
    ("Merkel expressed Germany's support for NATO.", "expressed", "actors", "Germany"),
    # guards: a backed plan is no party; a subject stays the actor
    ("Japan reaffirmed its support for the plan.", "reaffirmed", "targets", ""),
    ("Russia expressed support for the Syrian government.", "expressed", "actors", "Russia"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), BACKING)
def test_stated_backing(enlp, text, word, role, name) -> None:
    assert_party(enlp, text, word, "SUPPORT", role, name)


def test_backer_is_not_the_backed(enlp) -> None:
    text = "Merkel expressed Germany's support for NATO."
    hits = [e for e in events_at(enlp, text, "expressed") if e["type"] == "SUPPORT"]
    assert hits and not any(p["name"] == "Germany" for p in hits[0]["targets"]), hits
