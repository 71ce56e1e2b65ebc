"""Identity across reports (issue 16), round 11: names of a repeated word stay whole, the reference actors
are rebuilt by their script. Hand-written texts only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, need_shared

import newsgraph
from newsgraph.actors import company_actor, person_actor


def _persons(text: str, published: str = "2019-10-01") -> dict[str, list[str]]:
    rec = newsgraph.extract(text, published=published)
    return {e.name: [m.text for m in e.mentions] for e in rec.entities if e.type == "PERSON"}


# -- a name of one word written twice is a name; a headline's doubled surname is the report's person -------
@pytest.mark.parametrize("text, name, mentions", [
    ("Ashraf Ghani was named president-elect on Sunday, beating his rival, Abdullah Abdullah, who will join a "
     "unity government. Abdullah said he accepted the result.", "Abdullah Abdullah", 2),
    ("Haley then yielded the floor to Syria's Deputy UN Ambassador Mounzer Mounzer. Mounzer said Syria would "
     "never accept the plan.", "Mounzer Mounzer", 2),
    ("President Donald Trump spoke on Monday. Democrats worry they don't have the right candidate to beat "
     "Trump Trump threatening to fire Mulvaney: report. Trump said he was fine.", "Donald Trump", 4),
    # no full name in the report: the well-known holder's surname written twice is still two bare mentions
    ("President Trump spoke on Monday. Democrats worry they don't have the right candidate to beat Trump Trump "
     "threatening to fire Mulvaney: report. Trump said he was fine.", "Donald Trump", 4),
])
def test_a_doubled_name_stays_whole_unless_the_report_names_the_word_as_a_surname(text, name, mentions):
    persons = _persons(text)
    assert len(persons.get(name, [])) == mentions
    assert not any(n != name and n.split()[-1] == name.split()[-1] for n in persons)  # no second row


@pytest.mark.parametrize("name, key", [
    ("Abdullah Abdullah", "ABDULLAH_ABDULLAH"), ("Boutros Boutros Ghali", "BOUTROS_BOUTROS_GHALI"),
    ("Jennifer Louise Macklin", "JENNY_MACKLIN"), ("Barack Obama", "BARACK_OBAMA"),
])
def test_doubled_names_find_their_reference_actor(name, key):
    a = person_actor(name)
    assert a is not None and a.key == key


@pytest.mark.parametrize("name, key", [
    ("Best Buy", "BEST_BUY_CO"),  # listed among persons by Phoenix's country file
    ("Charming Shoppes", "CHARMING_SHOPPES_INC"), ("Abb", "ABB_LTD"),  # ABB Ltd: an organization of the international file
    ("Cabela", None),
])
def test_companies_are_found_whether_phoenix_lists_them_as_persons_or_organizations(name, key):
    a = company_actor(name)
    assert (a is None) if key is None else (a is not None and a.key == key)


def test_the_phoenix_table_is_what_its_script_builds(tmp_path: Path):
    actors = need_shared("data", "actors")
    out = tmp_path / "actors_phoenix.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_actors.py"), "--actors", str(actors), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "src/newsgraph/data/actors_phoenix.tsv").read_text(encoding="utf-8")


# -- entities._common_opener reads the words written inside a sentence once per Doc (one pattern) ---------
@pytest.mark.parametrize("text, word, inside", [
    ("Content created by the Foundation. Readers like the Content here.", "Content", True),
    ("Content created by the Foundation. Readers like the Contents here.", "Content", False),
    ("Content created by the Foundation.\nContent is free.", "Content", False),
    ("Sales rose; Content fell, and Content: rose.", "Content", True),
    ("It was said: Content", "Content", True),
    ("a Content2 tag.", "Content", False),
])
def test_words_inside_a_sentence(text, word, inside):
    from newsgraph.extract.entities import _inside_words
    assert (word in _inside_words(text)()) is inside


# -- a word written right before a weapon's or a vehicle's noun names that weapon (data/type_heads.tsv) ---------
@pytest.mark.parametrize("text, name, etype", [
    ("North Korea launched a Taepodong missile over Japan in 1998. The Taepodong flew 1,500 kilometers.",
     "Taepodong", "PRODUCT"),
    ("The airline ordered a Boeing jet. Boeing said the jet was safe.", "Boeing", "ORG"),  # a maker
    ("Iran flew an Iranian drone over the ship.", "Iranian", "NORP"),  # a demonym
    ("Donald Trump flew home. Aides boarded a Trump jet later.", "Donald Trump", "PERSON"),  # a person's name
    ("North Korea fired a Hwasong missile on Tuesday.", "Hwasong", "GPE"),  # a city of the gazetteer too: left
])
def test_a_name_before_a_weapons_noun_is_the_weapon(text, name, etype):
    rec = newsgraph.extract(text, published="2019-10-01")
    assert {e.name: e.type for e in rec.entities}.get(name) == etype


# -- a facility's or a force's head word inside an organization's name is no place of its own ------------
@pytest.mark.parametrize("text, name, country", [
    ("Macron met Trump in Paris on Friday. Returning from France on Air Force One, Mr Trump told reporters it was "
     "a deal.", "Air Force One", None),  # "Force" (a force's head word) was Forcé, a French village
    ("North Korea proposed closing part of its Yongbyon nuclear complex.", "Yongbyon", "PRK"),  # Yŏngbyŏn
    ("The Baghdad Operations Command said two rockets hit a base north of Baghdad in Iraq.",
     "Baghdad Operations Command", "IRQ"),  # a city of the report inside the name
])
def test_a_place_inside_a_name(text, name, country):
    rec = newsgraph.extract(text, published="2019-10-01")
    assert {e.name: e.country for e in rec.entities}.get(name, "absent") == country
