"""Round 22 (issue 19, precision): senses with no event in them, advice and notices, link text, a negated
adjective over the act, and a kind of doer a quoted speaker describes. Classes read on real reports (allsides
pool ranks 161-240); the sentences are written for these tests. Each block has guards that keep the event."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense, events_at, shown_by_default

SENSES = [
    # firing a name or a pronoun is a dismissal, whatever the tagger calls the name; weapons fired stay
    ("The attorney general fired Linwick on Friday, two days before his retirement.", "fired", None),
    ("Investigators questioned the mayor who fired him a year ago.", "fired", None),
    ("The militants fired rockets at the town.", "fired", "ASSAULT"),
    ("Police fired on the crowd on Sunday.", "fired", "FIGHT"),
    # called X a liar through a relative clause the parser read as the predicate's home
    ("The senator called the minister who sacked him a coward.", "called", "DISAPPROVE"),
    ("Obama called Putin on Tuesday.", "called", "CONSULT"),
    # calling someone to testify is a summons
    ("The chairman said he will call the secretary to testify next month.", "call", "DEMAND"),
    # advice to the public and notices of danger threaten and ask nothing of a party
    ("The embassy warned citizens in the capital to avoid the main square.", "warned", None),
    ("The foreign ministry urged travelers to avoid crowded places.", "urged", None),
    ("The consulate issued a security warning on Monday.", "warning", None),
    ("The embassy issued a security warning barring its staff from travel to the north.", "barring", None),
    ("The minister urged Ruritania to withdraw its troops.", "urged", "DEMAND"),
    # executing a change of course; a political battle; a reception met
    ("The general executed a sudden change of course in May.", "executed", None),
    ("The attorney general battles congressional Democrats over the report.", "battles", None),
    ("Ruritanian troops battled rebels near the border.", "battled", "FIGHT"),
    ("The plan met stiff resistance from member states.", "met", None),
    ("The envoy was met with hostile rhetoric from the regime.", "met", None),
    ("The envoy met the prime minister on Monday.", "met", "CONSULT"),
    # examples offered, oneself asked, testimony corroborated, an activity resumed
    ("An aide offered Ruritania and Freedonia as examples of states that would be affected.", "offered", None),
    ('"Today I ask myself what went wrong," the minister said.', "ask", None),
    ("Her testimony was backed up by two other officials.", "backed", None),
    ("Ruritania backed the rebels in the north.", "backed", "SUPPORT"),
    ("The militia has returned to controlling the border trade.", "returned", None),
    # a figure of speech; information supplied; a document blamed; a photograph released
    ('"This is an assault on our right to speak," the group said.', "assault", None),
    ("The newspaper published documents supplied by a former contractor.", "supplied", None),
    ("Ruritania supplied weapons to the rebels.", "supplied", "AID"),
    ("The agency blamed the classified material for the delay.", "blamed", None),
    ("Ruritania blamed Freedonia for the attack on the border post.", "blamed", "DISAPPROVE"),
    ("The police released a photograph of the suspect.", "released", None),
    ("The rebels released two hostages on Friday.", "released", "RETREAT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_senses(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


def test_a_summons_keeps_its_target(enlp) -> None:
    assert_party(enlp, "The chairman said he will call the secretary to testify next month.", "call", "DEMAND",
                 "targets", "secretary")


MODALITY = [
    # the negated copula of an adjective the act completes: not told as done or meant
    ("The delegates were not interested in meeting with Freedonian officials.", "meeting", "CONSULT", "negated"),
    ("Ruritania is not ready to withdraw its troops from the border.", "withdraw", "RETREAT", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_negated_adjective(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


LINKED = ("Senator Ann Gold Ann Marie GoldRuritania attacks border posts in new offensive Freedonia imposes sanctions "
          "on banks MORE (D-Vt.) criticized the treaty on Monday.")


@pytest.mark.parametrize("word", ["attacks", "sanctions"])
def test_link_text_yields_no_event(enlp, word) -> None:
    assert events_at(enlp, LINKED, word) == []


def test_the_sentence_after_the_link_keeps_its_event(enlp) -> None:
    assert_sense(enlp, LINKED, "criticized", "DISAPPROVE")


def test_a_kind_of_doer_in_a_quote_is_not_shown(enlp) -> None:
    text = '"We will hunt down terrorists who threaten our people," the minister said.'
    assert not shown_by_default(enlp, text, "threaten", "THREATEN")


def test_a_named_doer_in_a_quote_keeps_its_event(enlp) -> None:
    text = '"Ruritanian troops attacked our villages," the minister said.'
    assert shown_by_default(enlp, text, "attacked", "ASSAULT")


def test_a_definite_noun_told_again_is_not_shown(enlp) -> None:
    text = ("Gunmen attacked the consulate in Benghazi on Tuesday, killing the ambassador. Hours before the Benghazi "
            "attack, hundreds of protesters marched to the embassy.")
    at = text.index("attack,")
    hits = [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= at < e["trigger_end"]]
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    assert all(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in hits), hits


def test_a_first_telling_is_shown(enlp) -> None:
    assert shown_by_default(enlp, "Gunmen attacked the consulate in Ruritania on Tuesday.", "attacked", "ASSAULT")
