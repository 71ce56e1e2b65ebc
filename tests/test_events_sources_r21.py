"""Round 21 source actors of issue 19 (extract/events/home_side.py): a non-state group the report ties to no country
is coded by the police or court it faces, or by the government that acts on it with a state's domestic powers; an
"ethnic" people's adjective on a group noun gives way to the group's country of residence. Rows marked "before:"
failed at main cbd91c30; the guards passed before and still do. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code

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
