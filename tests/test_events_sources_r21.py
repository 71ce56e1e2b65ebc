"""Round 21 source actors of issue 19: a non-state group the report ties to no country is coded by the police or
court it faces, or by the government that acts on it with a state's domestic powers, and an "ethnic" people's
adjective on a group noun gives way to the group's country of residence (extract/events/home_side.py); "troops" or
"police" in a clause a state's side reports are that state's (own_forces.py); a listed leader's bare surname with no
title codes the one country it can mean (bare_heads.py); a force owned by "its"/"their" is the owner's, before the
place codes it (possessed.py); "Philippine" and a few other national adjectives
(data/demonyms.tsv). Rows marked "before:" failed at main cbd91c30; the guards passed before and still do. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, events_at

# (text, trigger word, role, the code one party of that role must have)
PLACED = [
    # police and courts act at home (before: the group uncoded)
    ("Greek police detained twelve suspected militants after the raids.", "detained", "targets", "GRC"),
    ("Opposition supporters clashed with Ugandan police near the stadium.", "clashed", "actors", "UGA"),
    ("A Turkish court sentenced three rebels to life in prison.", "sentenced", "targets", "TUR"),
    ("Bahraini police arrested scores of Shiite protesters.", "arrested", "targets", "BHR"),
    ("Serbian police detained four ethnic Albanians on Friday.", "detained", "targets", "SRB"),
    # a government acting on a group with domestic powers: a ban, a release (before: uncoded)
    ("The Egyptian government banned the opposition movement in 2013.", "banned", "targets", "EGY"),
    ("The Chinese government freed the dissident last week.", "freed", "targets", "CHN"),
    # rebels acting on a government named as such (before: uncoded)
    ("The rebel group accused the government of Sudan of breaking the truce.", "accused", "actors", "SDN"),
    # an ethnic people's adjective with a place of residence (before: ALB, the adjective's country)
    ("Ethnic Albanian rebels in Macedonia signed a ceasefire.", "signed", "actors", "MKD"),
    # guards: a coded party keeps its code; a national adjective without "ethnic" keeps its own country
    ("Iranian police arrested two British women.", "arrested", "targets", "GBR"),
    ("Russian troops in Syria attacked the rebels.", "attacked", "actors", "RUS"),
]

# (text, trigger word, role): guards, that role stays uncoded (an empty code beats a wrong one)
UNPLACED = [
    # a government's support, talks and words reach groups abroad; a capital stands for a foreign power (the first
    # version coded "Washington ... supporting the moderate opposition" USA on a real report)
    ("Washington has long supported the moderate opposition.", "supported", "targets"),
    ("The American government condemned the protesters.", "condemned", "targets"),
    ("Protesters denounced the British government.", "denounced", "actors"),
    # a government's words on rebels, an embassy attacked, a government's backing: perhaps a foreign power
    ("The British government condemned the rebels.", "condemned", "targets"),
    ("Rebels attacked the French embassy on Friday.", "attacked", "actors"),
    ("The Saudi government supported the rebels.", "supported", "targets"),
    # armed forces fight abroad
    ("American drones killed five militants on Monday.", "killed", "targets"),
    # a side of two countries names no one home
    ("French and Malian police arrested the militants.", "arrested", "targets"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), PLACED)
def test_group_placed(enlp, text: str, word: str, role: str, code: str) -> None:
    assert_code(enlp, text, word, role, code)


@pytest.mark.parametrize(("text", "word", "role"), UNPLACED)
def test_group_not_placed(enlp, text: str, word: str, role: str) -> None:
    assert_no_code(enlp, text, word, role)


# "officials said troops ...": the reporting state's own forces (before: the forces uncoded)
REPORTED = [
    ("Nigerien officials said soldiers attacked a rebel camp on Sunday.", "attacked", "actors", "NER"),
    ("Indian officials said police arrested two suspects in the capital.", "arrested", "actors", "IND"),
    # the group the police face is then coded by the police (home_side runs after)
    ("Indian officials said police arrested two suspects in the capital.", "arrested", "targets", "IND"),
    ("The Thai army said troops killed three insurgents overnight.", "killed", "actors", "THA"),
]
# guards: a speaker that is no state's side codes nothing; a group the officials tell of is left alone
UNREPORTED = [
    ("The UN mission said troops had opened fire on the crowd.", "opened", "actors"),
    ("Witnesses said soldiers fired on the protesters.", "fired", "actors"),
    ("Israeli officials said militants fired rockets overnight.", "fired", "actors"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), REPORTED)
def test_reported_forces(enlp, text: str, word: str, role: str, code: str) -> None:
    assert_code(enlp, text, word, role, code)


@pytest.mark.parametrize(("text", "word", "role"), UNREPORTED)
def test_reported_forces_guard(enlp, text: str, word: str, role: str) -> None:
    assert_no_code(enlp, text, word, role)


# a listed leader's bare surname, no title, no date (before: uncoded)
BARE = [
    ("Mugabe accused the British government of meddling.", "accused", "ZWE"),
    ("Karzai rejected the proposal on Monday.", "rejected", "AFG"),
    ("Netanyahu criticized the agreement.", "criticized", "ISR"),
]
# guards: a surname whose reference ministers are of several countries stays uncoded
BARE_GUARDS = [
    ("Johnson criticized the agreement.", "criticized"),
    ("Chavez rejected the proposal on Monday.", "rejected"),
]


@pytest.mark.parametrize(("text", "word", "code"), BARE)
def test_bare_head(enlp, text: str, word: str, code: str) -> None:
    assert_code(enlp, text, word, "actors", code)


@pytest.mark.parametrize(("text", "word"), BARE_GUARDS)
def test_bare_head_guard(enlp, text: str, word: str) -> None:
    assert_no_code(enlp, text, word, "actors")


@pytest.mark.parametrize(("published", "code"), [("2003-05-01", "ISR"), ("2019-05-01", None)])
def test_bare_head_dated(enlp, published: str, code: str | None) -> None:
    """On a dated report the surname codes only while its bearer held the office: "Sharon" in 2019 is no prime
    minister of Israel (before: uncoded on both dates)."""
    text = "Sharon rejected the proposal on Monday."
    doc = enlp.make_doc(text)
    doc._.newsgraph_meta = {"published": published}
    doc = enlp(doc)
    hits = [e for e in doc._.newsgraph_events if e["trigger_start"] <= text.index("rejected") < e["trigger_end"]]
    assert hits
    assert {p["code"] for p in hits[0]["actors"]} == {code}


# national adjectives the demonym table lacked (before: the title's holder uncoded)
@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Philippine president criticized the ambassador.", "criticized", "PHL"),
    ("Bosniak leaders rejected the proposal.", "rejected", "BIH"),
])
def test_demonyms(enlp, text: str, word: str, code: str) -> None:
    assert_code(enlp, text, word, "actors", code)
    assert events_at(enlp, text, word)


# a force owned by a pronoun is its owner's (before: coded by the place fired at, ISR / KOR)
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Hamas said its gunmen had fired rockets at Israel overnight.", "fired", "PSE"),
    ("North Korea said its troops had shelled an island of South Korea.", "shelled", "PRK"),
])
def test_possessed_force(enlp, text: str, word: str, code: str) -> None:
    assert_code(enlp, text, word, "actors", code)
