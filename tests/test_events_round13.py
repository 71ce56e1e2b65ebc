"""Round 13 rules of issue 19 (precision): senses that are statements, opinions or perpetrations, not acts of the
trigger's type; the own side taken out of a deal; goods that stand for their country; armed clashes kept FIGHT
(docs/events_guidelines.md, round 13 addendum). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_no_party, assert_party, assert_sense

# (text, trigger word, type or None for no event at that word)
SENSES = [
    # leaving an agreement rejects it; leaving a race concedes; troops pulled out are a withdrawal
    ("President Trump is pulling the U.S. out of the nuclear deal with Iran.", "pulling", "REJECT"),
    ("Trump pulled out of the nuclear deal.", "pulled", "REJECT"),
    ("Russia pulled its troops out of Syria.", "pulled", "RETREAT"),
    # a pledge to deny or cut commits to no cooperation; a pledge to talk does
    ("The senator pledged to deny benefits to the migrants.", "pledged", None),
    ("Erdogan pledged to rally other Muslim countries.", "pledged", "AGREE"),
    # a first person agreeing with someone shares a view
    ("\"I agree with Senator Graham there,\" Trump said.", "agree", None),
    ("\"We agree with the senator on this,\" the spokesman said.", "agree", None),
    # one's own side's doing called a mistake owns an error; another's is censured
    ("Putin called the downing of the jet by his own forces a tragic mistake.", "called", None),
    ("Putin called his own decision a mistake.", "called", None),
    ("Putin called the downing of the jet by Turkish forces a tragic mistake.", "called", "DISAPPROVE"),
    # hijacking is violence only when a vehicle is hijacked
    ("Activists vowed to hijack the Games.", "hijack", None),
    ("Critics said the group hijacked the debate.", "hijacked", None),
    ("Gunmen hijacked a bus near the border.", "hijacked", "ASSAULT"),
    ("The plane was hijacked by four men.", "hijacked", "ASSAULT"),
    # conceding that something is so is a statement; conceding defeat is a concession
    ("The minister concedes that dangers remain.", "concedes", None),
    ("The president conceded defeat.", "conceded", "CONCEDE"),
    # beating a field of rivals, hyphen split or not
    ("Sanders is beating the standard-bearers of both parties.", "beating", None),
    # committing a campaign or a coup perpetrates it; committing to talks agrees
    ("Myanmar committed a brutal campaign of ethnic cleansing against its minority.", "committed", None),
    ("The generals committed a coup in 2014.", "committed", None),
    ("Iran committed to talks with the European powers.", "committed", "AGREE"),
    # an order to one's own forces is no demand; an order to another state is
    ("Putin ordered the Northern Fleet and other military units to be placed on full combat alert.", "ordered", None),
    ("Trump ordered Iran to release the sailors.", "ordered", "DEMAND"),
    # wanting someone to win is a preference; wanting a state to act asks it to
    ("Putin admitted for the first time that he wanted Trump to win the election.", "wanted", None),
    ("Kim wants the United States to lift the sanctions.", "wants", "DEMAND"),
    # a social occasion hosted is no meeting; a protest made to counterparts is no demonstration
    ("He attended a party hosted by Queen Elizabeth at Windsor Castle.", "hosted", None),
    ("There were protests by Canadian and European leaders to U.S. counterparts.", "protests", None),
    ("Thousands joined protests in Paris against the law.", "protests", "PROTEST"),
    # force met by a state's force, or used by a person the text gives no country, is FIGHT
    ("The troops have been effectively surrounded by Russian-backed militias for days.", "surrounded", "FIGHT"),
    ("Putin intervened in Syria in 2015.", "intervened", "FIGHT"),
    ("East Jerusalem was captured by Israel after Arab nations launched an all-out attack against the state.",
     "attack", "FIGHT"),
    # violence by a group that is no state against no force stays ASSAULT
    ("Islamic State fighters attacked the town.", "attacked", "ASSAULT"),
    ("Omar Mateen fired on clubgoers.", "fired", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# (text, trigger word, type, role, name in that role; "" = the role is empty)
ROLES = [
    ("President Trump is pulling the U.S. out of the nuclear deal with Iran.", "pulling", "REJECT", "targets", ""),
    ("Russia pulled its troops out of Syria.", "pulled", "RETREAT", "targets", "Syria"),
    ("Trump withdrew the US from the Paris climate agreement in 2017.", "withdrew", "REJECT", "targets", ""),
    ("Turkey said its fighters withdrew from the key border town of Ras al-Ain.", "withdrew", "RETREAT", "targets",
     "Ras al-Ain"),
    ("Trump slapped tariffs on Chinese products.", "slapped", "SANCTION", "targets", "China"),
    ("Trump announced new tariffs on Chinese goods.", "tariffs", "SANCTION", "targets", "China"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROLES)
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


NOT_PARTIES = [
    ("Trump slapped tariffs on Chinese products.", "slapped", "products"),
    ("\"We deployed these coastal systems Bastion to protect Crimea,\" Putin said.", "deployed", "Bastion"),
]


@pytest.mark.parametrize(("text", "word", "name"), NOT_PARTIES)
def test_no_wrong_party(enlp, text, word, name) -> None:
    assert_no_party(enlp, text, word, name)
