"""Round 28 (issue 19 item 1, the round-27 independent review's party classes): parties the sentence names but were left
empty, and parties taken from a neighbouring phrase (extract/events/review28.py; data/event_party_words.tsv kinds
``ending``, ``pledge``, ``pact``, ``made``). Sentences written here; each "changed" row was wrong on main 688f02f1,
each guard keeps a side that was right (or rightly empty)."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at, party_names


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # guards (main had them): the owner of what is backed or rejected is the target
    ("Angela Merkel lost the vote in parliament. Only four Green lawmakers backed her budget.", "backed", "SUPPORT",
     "targets", "Angela Merkel"),
    ("Emmanuel Macron spoke on Monday. The unions rejected his reform plan.", "rejected", "REJECT", "targets",
     "Emmanuel Macron"),
    # changed: the owned thing was the target itself (main: 'his leadership'); its owner is
    ("Angela Merkel met Emmanuel Macron. She praised his leadership.", "praised", "SUPPORT", "targets",
     "Emmanuel Macron"),
    # guards: the actor's own thing, and a person object (her son is the one backed, not her)
    ("Germany backed its own plan.", "backed", "SUPPORT", "targets", ""),
    ("The rebels backed her son in the election.", "backed", "SUPPORT", "targets", "her son"),
    # changed: praise for someone's fall backs nobody (main: 'Nikki Haley'); guard: praise for a speech backs her
    ("The Kremlin praised Nikki Haley's resignation.", "praised", "SUPPORT", "targets", ""),
    ("The Kremlin praised Nikki Haley's speech.", "praised", "SUPPORT", "targets", "Nikki Haley"),
    # changed: a predicate noun is not the doer; the copula's subject is (main: 'first vice president', 'senator')
    ("Joe Biden became the first vice president to visit Cuba and to meet its leader.", "meet", "CONSULT", "actors",
     "Joe Biden"),
    ("Joe Biden is the senator who met Vladimir Putin in Moscow.", "met", "CONSULT", "actors", "Joe Biden"),
    # changed: what an inquiry asks names its target (main: empty); guard: a thing asked about is no target
    ("Police are investigating whether Paul Manafort hid money from the IRS.", "investigating", "INVESTIGATE",
     "targets", "Paul Manafort"),
    ("Police are investigating whether the money came from abroad.", "investigating", "INVESTIGATE", "targets", ""),
    # changed: a pact's partner (main: empty); guard: a government formed with nobody named keeps no target
    ("Benjamin Netanyahu agreed to form a coalition with the Likud party.", "agreed", "AGREE", "targets", "Likud"),
    ("Israel agreed to form a new government.", "agreed", "AGREE", "targets", ""),
    # guard: a truce's partner was found before and stays
    ("Benjamin Netanyahu agreed to a truce with Hamas.", "agreed", "AGREE", "targets", "Hamas"),
    # changed: a weapon's maker is not its shooter (main: 'Chinese-made missile' coded CHN); guard: a side's weapon
    ("The warship was hit by a Chinese-made missile, killing 12 sailors.", "hit", "FIGHT", "actors", ""),
    ("A Ukrainian drone struck the refinery.", "struck", "FIGHT", "actors", "Ukrainian drone"),
    # changed: a clause spliced with a comma before a verb that reports nothing is no reported clause; its "they" is
    # not that verb's subject (main: 'Vladimir Putin' freed them); guard: that verb keeps its own subject
    ("They freed the two journalists, Vladimir Putin met President Erdogan and the pair signed a deal.", "freed",
     "RETREAT", "actors", ""),
    ("They freed the two journalists, Vladimir Putin met President Erdogan and the pair signed a deal.", "met",
     "CONSULT", "actors", "Vladimir Putin"),
    # guard: a fronted reported clause keeps its teller
    ("It will respond with force, Iran warned.", "warned", "THREATEN", "actors", "Iran"),
    # changed: a relative word the parser gave to "says" beside its subject: the act is the noun's (main: '20 Chinese
    # people', the main clause's subject); guards: round 27's case with no relative word, a plain relative clause
    ("In total, 20 Chinese people and entities are being sanctioned, including 9 senior officials and a state-owned "
     "shipping company that the U.S. says has aided North Korean forces in the conflict.", "aided", "AID", "actors",
     "shipping company"),
    ("The Treasury sanctioned 12 Chinese people and a firm it says supplied North Korea with fuel.", "supplied",
     "AID", "actors", ""),
    ("The US sanctioned a firm that supplied Iran with drones.", "supplied", "AID", "actors", "firm"),
])
def test_r28_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "gone", "kept"), [
    # changed: the body a title holder heads is not the one sanctioned (main: 'Gazprom' among the targets)
    ("The Treasury Department is also sanctioning the chairman of Russian energy giant Gazprom, Putin adviser "
     "Suleiman Kerimov and Kirill Shamalov, who married his daughter.", "sanctioning", "Gazprom", "Suleiman Kerimov"),
    # guard: a person the parser hung on the title's "of" phrase stays a target
    ("The European Union is sanctioning the head of the Russian oil firm Rosneft and Vladimir Putin's adviser Igor "
     "Sechin.", "sanctioning", "Rosneft", "Igor Sechin"),
    # guard: the body itself sanctioned stays
    ("The European Union sanctioned Rosneft and its chairman.", "sanctioned", "", "Rosneft"),
])
def test_r28_headed_bodies(enlp, text: str, word: str, gone: str, kept: str) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "SANCTION"]
    assert hits, events_at(enlp, text, word)
    names = party_names(hits[0]["targets"])
    assert kept in names, hits[0]
    if gone:
        assert gone not in names, hits[0]
