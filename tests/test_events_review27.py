"""Round 27 (issue 19, review of ten unseen reports): sides that are no party to the act and acts that are no event
(extract/events/review27.py, alleged.py; data/event_senses.tsv rows marked round 27). Sentences written here; each
"changed" row was wrong on main 873a51e5, each guard keeps an event or a side that was right."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_modality, assert_party, assert_sense, events_at, party_names


@pytest.mark.parametrize(("text", "word", "place"), [
    # changed: the place of an arrest or a jailing is not the one held (main: 'Ohio', 'Lisbon')
    ("Mendes has been jailed in Ohio for the past year after refusing to testify.", "jailed", "Ohio"),
    ("Mendes was detained in Lisbon on Monday.", "detained", "Lisbon"),
    # changed: nor the place of a visit
    ("The minister was visiting troops in Basra when the blast hit.", "visiting", "Basra"),
    # changed: nor a place a protest names, after any preposition (a protest obstructing an airport)
    ("On Tuesday, demonstrators shut down operations at Lima's airport for the second day in a row.", "shut",
     "Lima"),
])
def test_place_no_target(enlp, text: str, word: str, place: str) -> None:
    hits = events_at(enlp, text, word)
    assert hits, text
    for e in hits:
        assert place not in party_names(e["targets"]), e


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # guards: the one arrested or met stays the target; a strike "in" a place keeps its target
    ("Police arrested the protesters in Lima.", "arrested", "COERCE", "targets", "protesters"),
    ("The minister met the king in Amman.", "met", "CONSULT", "targets", "king"),
    ("Troops opened fire on protesters in Baghdad.", "opened", "FIGHT", "targets", "protesters"),
    ("Russia returned the territory to Ukraine.", "returned", "RETREAT", "targets", "Ukraine"),
    ("The court barred the senator from leaving the country.", "barred", "COERCE", "targets", "senator"),
    ("In 1999, gunmen took dozens of pupils hostage at a school in Kursk.", "took", "ASSAULT", "targets", "pupils"),
    # guards: captives named by the role word itself
    ("Pirates took three American hostages off the coast.", "took", "ASSAULT", "targets", "hostages"),
    ("The militants seized the hostage in Kabul.", "seized", "ASSAULT", "targets", "hostage"),
    # changed: protesters who shut down or occupy: a protest by obstruction (main: none; COERCE seize)
    ("On Tuesday, demonstrators shut down operations at Lima's airport for the second day in a row.", "shut",
     "PROTEST", "actors", "demonstrators"),
    ("Protesters occupied the parliament building.", "occupied", "PROTEST", "actors", "Protesters"),
    # guard: a state that shuts its consulate still sanctions
    ("China shut its consulate in Houston.", "shut", "SANCTION", "actors", "China"),
    # changed: the act in a relative clause of speech with no relative word is the noun's, not the sayer's
    # (main: 'Treasury'); with two nouns coordinated nobody can tell whose: no actor
    ("The measures hit 38 Russian people, including a company the US says aided the Syrian government.", "aided",
     "AID", "actors", "company"),
    ("The Treasury sanctioned 12 Chinese people and a firm it says supplied North Korea with fuel.", "supplied",
     "AID", "actors", ""),
    # changed: the foe an "against" phrase of the forces names is the target (main: the hackers)
    ("Iran has trained more than 300 computer hackers capable of launching cyber attacks against Israel, an Israeli "
     "general said Monday.", "trained", "MOBILIZE", "targets", "Israel"),
    # guard: a plain report keeps the doer of the reported clause
    ("Officials say the firm supplied North Korea with fuel.", "supplied", "AID", "actors", "firm"),
])
def test_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "wrong"), [
    # changed: the force a government sends is the means, never the target (main: 'its military')
    ("On Tuesday, President Biden said that he had learned the Bolivian government was sending its military to "
     "the Peru border amid the mounting clashes between riot police and miners.", "sending", "military"),
    ("The Treasury sanctioned 12 Chinese people and a firm it says supplied North Korea with fuel.", "supplied",
     "Treasury"),
    # changed: the captives, not their role (main: 'pupils hostage')
    ("In 1999, gunmen took dozens of pupils hostage at a school in Kursk.", "took", "hostage"),
])
def test_not_a_side(enlp, text: str, word: str, wrong: str) -> None:
    for e in events_at(enlp, text, word):
        assert wrong not in party_names(e["actors"]) + party_names(e["targets"]), e


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: a visit to one's own family is private (main: CONSULT)
    ("The teacher was visiting her parents in Leeds when the bus stopped.", "visiting", None),
    ("The nurse flew home to visit his children in Oslo.", "visit", None),
    # guard: a leader's visit to the families of victims stays a meeting
    ("Obama visited the families of the victims.", "visited", "CONSULT"),
    # changed: a password handed over: no retreat (main: RETREAT return)
    ("Instead, John Podesta unwittingly handed over his email password when he answered a fake message.",
     "handed", None),
    # changed: documents given back, in a relative clause with "that" or "which" (main: RETREAT return)
    ("The clerks have read about 15 percent of the 20,000 emails that Senator Ruiz returned to the ministry, which "
     "means that if the share of secret data remains steady, more files must be checked.", "returned", None),
    ("The clerks have read about 15 percent of the 20,000 emails which Senator Ruiz returned to the ministry, which "
     "means that if the share of secret data remains steady, more files must be checked.", "returned", None),
    # guard (no event on main either): documents given back
    ("Senator Hale returned the 300 files to the archive on Monday.", "returned", None),
    # guards: land, control or the dead handed over or given back are
    ("The Taliban handed over control of the base to the army.", "handed", "RETREAT"),
    ("Israel returned the bodies of two soldiers to Hamas.", "returned", "RETREAT"),
    # changed: an agency's own guidelines that bar its staff are a norm, no act (main: COERCE restrict)
    ("Current guidelines bar investigators from using the Internet for anything other than checking addresses.",
     "bar", None),
])
def test_senses(enlp, text: str, word: str, typ: str | None) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # changed: "was allegedly behind an attack" tells the doer as alleged (main: asserted)
    ("Cozy Bear was also allegedly behind a similar attack on the party last summer.", "attack", "ASSAULT",
     "alleged"),
    ("The same group was reportedly behind the bombing of the embassy.", "bombing", "ASSAULT", "alleged"),
    # guard: with no such adverb the act stays asserted
    ("The same group was behind the bombing of the embassy.", "bombing", "ASSAULT", "asserted"),
])
def test_alleged_behind(enlp, text: str, word: str, typ: str, modality: str) -> None:
    assert_modality(enlp, text, word, typ, modality)


@pytest.mark.parametrize(("text", "word", "role", "code"), [
    # guard: a state's officials who tell what "troops" did speak of their own
    ("Pakistani officials said troops had attacked a hideout.", "attacked", "actors", "PAK"),
])
def test_own_forces_kept(enlp, text: str, word: str, role: str, code: str) -> None:
    assert_code(enlp, text, word, role, code)


@pytest.mark.parametrize(("text", "word", "code"), [
    # changed: a leader who tells of another state's affairs does not make its riot police (or the protesters they
    # face) his own (main: both USA)
    ("On Tuesday, President Biden said that he had learned the Bolivian government was sending its military to the "
     "Peru border amid the mounting clashes between riot police and pro-democracy protesters.", "clashes", "USA"),
])
def test_own_forces_other_state(enlp, text: str, word: str, code: str) -> None:
    for e in events_at(enlp, text, word):
        assert code not in {p["code"] for p in e["actors"] + e["targets"]}, e
