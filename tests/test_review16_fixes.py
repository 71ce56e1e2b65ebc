"""Review 16's classes (main 226197f, findings of 8 unseen reports): a place's country on a named person, denials,
figurative verbs, orders to one's own department and stalled talks as events; bodies and units as speakers and
scenarios as quotes; enumerators, idioms and page counts as amounts; numbered names, service words, titles inside
titles and generic provinces as entities and places. Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.amounts.scan import amounts_in


def _rec(text: str, published: str | None = "2019-05-09"):
    return newsgraph.extract(text, published=published, min_confidence=0.0)


def _events_at(rec, word: str) -> list:
    i = rec.text.index(word)
    return [e for e in rec.events if e.trigger_start <= i < e.trigger_end]


# -- (1) events: a title's national modifier ends at its sentence --------------------------------------------
@pytest.mark.parametrize("text, word, who, wrong", [
    ("Thousands of troops remain in neighboring Iraq. President Donald Trump pledged on Wednesday to bring the "
     "troops home.", "pledged", "Trump", "IRQ"),
    ("The bombs remain the top killer of troops in Afghanistan, Rep. Duncan Hunter wrote, and he urged the Army "
     "to buy the software.", "urged", "Hunter", "AFG"),
    ("Allies worry about the war in Syria. Sen. Anna Reyes urged the Pentagon to send more aid.", "urged", "Reyes",
     "SYR"),
])
def test_a_place_of_another_sentence_is_no_persons_country(text, word, who, wrong):
    rec = _rec(text, published=None)
    person = next(e for e in rec.entities if who in e.name)
    assert person.country != wrong
    codes = [p.code for e in _events_at(rec, word) for p in e.actors if who in p.name]
    assert wrong not in codes


def test_a_national_title_still_codes_its_holder():
    rec = _rec("Iraqi Prime Minister Adil Mahdi urged the rebels to lay down their arms.")
    assert next(e for e in rec.entities if "Mahdi" in e.name).country == "IRQ"


# -- (1) events: denials are statements; figurative verbs; own department; stalled talks ----------------------
@pytest.mark.parametrize("text, word", [
    ("The minister refused to shoulder the blame for the breach.", "refused"),
    ("The army has dismissed credible reports of civilian deaths.", "dismissed"),
    ("The mayor denied the accusations on Monday.", "denied"),
    ("The general freed the troops to fight without limits.", "freed"),
    ("The general freed the troops from rules that had them fighting with one arm tied.", "freed"),
    ("The rebels lost the war, as demonstrated in the northern valley.", "demonstrated"),
    ("The sanctions all but destroyed the country's economy.", "destroyed"),
    ("The president ordered the Pentagon to develop a plan.", "ordered"),
    ("The envoy arrived in the capital amid stalled nuclear talks with the North.", "talks"),
])
def test_no_event(text, word):
    assert _events_at(_rec(text), word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("The judge dismissed the appeal on Monday.", "dismissed", "REJECT"),
    ("Bolivia denied the request for a visa.", "denied", "REJECT"),
    ("The governor refused to meet the strikers.", "refused", "REJECT"),
    ("Police freed the hostages on Tuesday.", "freed", "RETREAT"),
    ("The court ordered the Justice Department to release the files.", "ordered", "DEMAND"),
    ("Washington imposed secondary boycotts on firms that trade with the regime.", "boycotts", "SANCTION"),
    ("Thousands demonstrated in the capital against the tax.", "demonstrated", "PROTEST"),
    ("The army destroyed the bridge on Friday.", "destroyed", "ASSAULT"),
])
def test_the_event_stays(text, word, typ):
    assert typ in {e.type for e in _events_at(_rec(text), word)}


# -- (2) quotes: members of a body, a country's military, units by noun and number; scenarios ----------------
_UNITS = ("The 52nd Signal Brigade and the 9th Armored Division spent a year in the desert with the new radio. "
          "Soldiers with the 52nd Signal Brigade said the radio often failed in the heat. The brigade said the "
          "batteries lasted only two hours. The division said the training was too short. The 52nd said the maps "
          "were out of date. Officials at the Pentagon said the radio would be replaced. According to Japan's "
          "military, the drone flew over the islands on Monday.")


@pytest.mark.parametrize("said, speaker", [
    ("the radio often failed", "Signal Brigade"),
    ("the batteries lasted", "Signal Brigade"),
    ("the training was too short", "Armored Division"),
    ("the maps were out of date", "Signal Brigade"),
    ("the radio would be replaced", "Pentagon"),
    ("the drone flew over the islands", "Japan"),
])
def test_units_and_bodies_speak(said, speaker):
    rec = _rec(_UNITS)
    names = {e.id: e.name for e in rec.entities}
    q = next(q for q in rec.quotes if said in rec.text[q.start:q.end])
    assert speaker in (names.get(q.speaker) or "")


def test_a_single_job_noun_stays_unnamed():
    rec = _rec("A spokesman for the Army said the radio would be replaced.")
    assert all(q.speaker is None for q in rec.quotes)


@pytest.mark.parametrize("text, n", [
    ("Tehran might conclude that the strike was a bluff.", 0),
    ("Iran could concede that the talks had failed.", 0),
    ("The rebels may argue that the truce is over.", 0),
    ("The minister may have told the envoy that the deal was dead.", 1),
    ("The minister said the deal was dead.", 1),
])
def test_a_scenario_is_no_quote(text, n):
    assert len(_rec(text).quotes) == n


# -- (3) amounts: enumerators, idioms, page counts -----------------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("Two, Iran can wait. Three, Iran can escalate its military operations.", []),
    ("Three, four or five soldiers died.", [3, 4, 5]),
    ("The army fought with one arm tied behind its back.", []),
    ("The panel released a 6,000-page report on Tuesday.", [6000]),
    ("The seven-page memo says the radio failed.", [7]),
])
def test_enumerators_idioms_and_pages(text, values):
    assert [q.value for q in amounts_in(text)] == values


def test_a_page_count_has_its_document_as_object():
    rec = _rec("The panel released a 6,000-page report on Tuesday.")
    assert [(a.value, a.object) for a in rec.amounts] == [(6000, "report")]


def test_an_enumerator_with_an_object_is_no_amount_in_the_record():
    rec = _rec("Iran has options. Three, Iran can escalate its military operations.")
    assert all(a.value != 3 for a in rec.amounts)


# -- (4) entities and places --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, present, absent", [
    ("Analysts at 38 North, a website that tracks the country, said the site was active.", "38 North", "North"),
    ("The plan was opposed by retired Marine Gen. John Allen, who led the coalition.", "John Allen", "Marine"),
])
def test_numbered_names_and_service_words(text, present, absent):
    names = {e.name for e in _rec(text).entities}
    assert present in names and absent not in names


def test_the_marine_corps_keeps_its_row():
    assert "Marine Corps" in {e.name for e in _rec("The Marine Corps sent two ships to the port.").entities}


@pytest.mark.parametrize("text, who, role", [
    ("The agency's inspector general Patrick Ford warned that costs would rise.", "Patrick Ford", "Inspector General"),
    ("Assistant Attorney General Mark Dale said the ship was seized.", "Mark Dale", "Assistant Attorney General"),
    ("Deputy Attorney General Rod Stein spoke later.", "Rod Stein", "Deputy Attorney General"),
    ("Attorney General Jane Holt agreed on Monday.", "Jane Holt", "Attorney General"),
])
def test_a_title_inside_a_title(text, who, role):
    ent = next(e for e in _rec(text).entities if e.name == who)
    assert ent.roles[:1] == [role]


@pytest.mark.parametrize("text, name, country", [
    ("Prosecutors in the Southern District of New York filed the complaint.", "Southern District", None),
    ("Leaders of the Gulf nations met in Riyadh.", "Gulf", None),
])
def test_a_generic_province_abroad_is_no_place(text, name, country):
    rec = _rec(text)
    assert all(p.name != name or p.country == country for p in rec.places)


def test_a_generic_province_of_a_named_country_stays():
    rec = _rec("Rockets hit Beersheba in Israel's Southern District on Monday, Israeli police said.")
    assert any(p.name == "Southern District" and p.country == "ISR" for p in rec.places)


def test_a_memo_speaks_for_the_body_it_came_from():
    rec = _rec("An internal memo from the Allied Joint Command, obtained by reporters, surveyed four units. The "
               "seven-page memo says the radio often failed. The radio is too slow, says the memo.")
    names = {e.id: e.name for e in rec.entities}
    assert [names.get(q.speaker) for q in rec.quotes] == ["Allied Joint Command", "Allied Joint Command"]


def test_a_text_from_a_place_has_no_author():
    rec = _rec("A report from Iraq said the town fell.")
    assert [q.speaker for q in rec.quotes] == [None]


def test_a_text_from_two_bodies_has_no_one_speaker():
    rec = _rec("The Acme Bank and the Union Bank published surveys. Recent surveys from the Acme Bank and the Union "
               "Bank have indicated that prices are still rising.")
    assert all(q.speaker is None for q in rec.quotes)
