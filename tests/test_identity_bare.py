"""Identity across reports (issue 16), rule 2 within one report: which person a bare surname names
(newsgraph.person_bare). News introduces a person in full and then writes the surname alone, so a bare
surname goes to a holder the report introduced before it, as the context selects; a holder introduced only
later is set aside when another came first, and a sole holder introduced later does not take it when the
report presents him as someone's relative, as a Jr., or as a namesake of a well-known person. Equal support
leaves it unresolved (the knowledge base then decides by its evidence across reports). Hand-written texts."""

from __future__ import annotations

import re

import pytest
from kb_records import record

from newsgraph.persons import repair_record


def _spans(text: str, needle: str, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    for m in re.finditer(rf"(?<![\w]){re.escape(needle)}(?![\w])", text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append({"start": m.start(), "end": m.end(), "text": needle})
            taken.append((m.start(), m.end()))
    return out


def _bare_owners(text: str, date: str | None, full: list[str], bare: list[str],
                 places: dict[str, str] | None = None) -> list[str]:
    """The entity name holding each bare mention, in text order, after the repair: every full name is an
    entity of its own and all bare mentions sit in one extra entity (as NER may leave them)."""
    taken: list[tuple[int, int]] = []
    ents = []
    for i, name in enumerate(full):
        ents.append({"id": f"E{i + 1}", "name": name, "type": "PERSON", "mentions": _spans(text, name, taken)})
    bare_spans = [s for b in bare for s in _spans(text, b, taken)]
    ents.append({"id": "EB", "name": bare[-1], "type": "PERSON", "mentions": sorted(bare_spans, key=lambda s: s["start"])})
    paras, at = [], 0
    for part in text.split("\n\n"):
        paras.append({"start": at, "end": at + len(part), "kind": "body"})
        at += len(part) + 2
    pls = [{"id": f"P{i + 1}", "name": name, "country": iso, "mentions": _spans(text, name, [])}
           for i, (name, iso) in enumerate((places or {}).items())]
    fixed = repair_record(record(text, date, entities=ents, paragraphs=paras, places=pls))
    assert repair_record(fixed) == fixed  # idempotent
    owner = {m.start: e.name for e in fixed.entities for m in e.mentions}
    return [owner[s["start"]] for s in sorted(bare_spans, key=lambda s: s["start"])]


CASES = [
    # two Bidens: the one introduced first takes the bare surname, not the son named later
    ("Joe Biden spoke in Iowa.\n\nRussia went after Biden aggressively.\n\nHunter Biden, his son, sat on the board.",
     "2019-09-30", ["Joe Biden", "Hunter Biden"], ["Biden"], ["Joe Biden"]),
    # one Biden named, only after the bare surname, and the well-known Biden is someone else: unresolved
    ("Russian media tore down the leading Democrats, then Clinton, now Biden and Bloomberg. Russia went after Biden "
     "aggressively, hacking the company whose connection to Hunter Biden drew scrutiny.",
     None, ["Hunter Biden"], ["Biden"], ["Biden", "Biden"]),
    ("Hunter Biden testified.\n\nJill Biden visited a school.\n\nBiden declined to comment.",
     "2020-01-01", ["Hunter Biden", "Jill Biden"], ["Biden"], ["Biden"]),              # equal support
    # two Trumps
    ("Donald Trump spoke at the rally. Trump said he would win.\n\nMelania Trump smiled. Trump said she was proud.",
     "2018-05-01", ["Donald Trump", "Melania Trump"], ["Trump"], ["Donald Trump", "Melania Trump"]),
    ("Trump's son-in-law Jared Kushner met the lawyer. Later his daughter Ivanka Trump joined them.",
     "2017-07-10", ["Ivanka Trump"], ["Trump"], ["Trump"]),                              # a relative named later
    ("Melania Trump visited the school. Mr. Trump stayed in Washington.",
     "2018-05-01", ["Melania Trump"], ["Trump"], ["Trump"]),                             # "Mr." is not she
    ("Donald Trump Jr. met the lawyer in June. The Trump campaign denied it. Donald Trump dictated a statement.",
     "2017-07-10", ["Donald Trump Jr.", "Donald Trump"], ["Trump"], ["Donald Trump"]),   # plain name, plain holder
    ("Donald Trump Jr. met the lawyer in June. Donald Trump dictated a statement. Trump Jr. said it was short.",
     "2017-07-10", ["Donald Trump Jr.", "Donald Trump"], ["Trump Jr."], ["Donald Trump Jr."]),
    # two Bushes
    ("Bush defended the war in a speech. His brother Jeb Bush later agreed.",
     "2015-05-12", ["Jeb Bush"], ["Bush"], ["Bush"]),
    # round 15 (issue 18): one introduced as a relative ("his brother") no longer takes the bare surname from a
    # holder who is no relative, even as the nearest full name in the paragraph (was Jeb Bush: "Cruz said"
    # after "his wife, Heidi Cruz" is this same shape, and hers was the wrong speaker)
    ("Former President George W. Bush spoke in Dallas.\n\nJeb Bush, his brother, listened. Bush said it was good.",
     "2015-05-12", ["George W. Bush", "Jeb Bush"], ["Bush"], ["George W. Bush"]),       # not the relative
    ("Former President George W. Bush spoke in Dallas.\n\nJeb Bush, the former governor, listened. Bush said it "
     "was good.", "2015-05-12", ["George W. Bush", "Jeb Bush"], ["Bush"], ["Jeb Bush"]),  # nearest in its paragraph
    # round 15: the report called someone "Scott" before it named the second Scott: the bare surname stays the
    # first one's, though the second is nearer in the paragraph (was: Tim Scott, the nearest)
    ("Rep. Bobby Scott spoke on Monday.\n\nScott said the vote was close. Sen. Tim Scott agreed. Scott left early.",
     "2016-09-08", ["Bobby Scott", "Tim Scott"], ["Scott"], ["Bobby Scott", "Bobby Scott"]),
    ("Rep. Bobby Scott spoke on Monday.\n\nSen. Tim Scott agreed. Scott left early.",
     "2016-09-08", ["Bobby Scott", "Tim Scott"], ["Scott"], ["Tim Scott"]),                # no bare before: nearest
    # round 15: NER split a holder's full name ("Ivanka" + "Trump"): hers, though Donald is nearer and established
    ("Donald Trump spoke on Monday. Trump said the plan was fair.\n\nIvanka Trump wrote an essay.\n\nDonald Trump "
     "praised it, and the essay by Ivanka  Trump was short.",
     "2016-09-21", ["Donald Trump", "Ivanka Trump"], ["Trump"], ["Donald Trump", "Ivanka Trump"]),
    # Pompeo (the case): the wife named later does not take "Pompeo"; the secretary does
    ("Pompeo flew to Kansas on Friday. His wife, Susan Pompeo, ran the event.",
     "2019-10-04", ["Susan Pompeo"], ["Pompeo"], ["Pompeo"]),
    ("Pompeo thanked the staff. Susan Pompeo, his wife, said the trip was private.",
     "2019-10-04", ["Susan Pompeo"], ["Pompeo"], ["Pompeo"]),
    ("Pompeo flew to Riyadh on Monday. Secretary of State Mike Pompeo met the king.",
     "2019-09-18", ["Mike Pompeo"], ["Pompeo"], ["Mike Pompeo"]),
    ("Secretary of State Mike Pompeo arrived in Cairo.\n\nHis wife Susan Pompeo visited a school. Pompeo said he was "
     "pleased.", "2019-01-10", ["Mike Pompeo", "Susan Pompeo"], ["Pompeo"], ["Mike Pompeo"]),
    # a surname no well-known person carries: the headline style "Zorblatt ... Anna Zorblatt" joins
    ("Zorblatt opened the session. Council member Anna Zorblatt read the motion.",
     "2019-01-10", ["Anna Zorblatt"], ["Zorblatt"], ["Anna Zorblatt"]),
    ("Zorblatt opened the session. His daughter Anna Zorblatt read the motion.",
     "2019-01-10", ["Anna Zorblatt"], ["Zorblatt"], ["Zorblatt"]),
    # a surname under a title is the report's own office holder, whoever the well-known holder is
    ("As Secretary Johnson has said, the border is not open. Homeland Security Secretary Jeh Johnson spoke.",
     "2015-06-01", ["Jeh Johnson"], ["Johnson"], ["Jeh Johnson"]),
    ("A spokesperson for Mrs. Pence declined to comment. Karen Pence taught art for 12 years.",
     "2019-01-16", ["Karen Pence"], ["Pence"], ["Karen Pence"]),
    ("A spokesperson for Mr. Pence declined to comment. Karen Pence taught art for 12 years.",
     "2019-01-16", ["Karen Pence"], ["Pence"], ["Pence"]),
    # a namesake of the well-known holder introduced under an office, on a date when the well-known one held none
    ("Late Monday, Johnson issued a statement. Homeland Security Secretary Jeh Johnson said the border was closed.",
     "2015-06-01", ["Jeh Johnson"], ["Johnson"], ["Jeh Johnson"]),
    ("Late Monday, Johnson issued a statement. Homeland Security Secretary Jeh Johnson said the border was closed.",
     "2017-06-01", ["Jeh Johnson"], ["Johnson"], ["Johnson"]),                      # Boris Johnson then in office
    ("Late Monday, Johnson issued a statement. Jeh Johnson said the border was closed.",
     "2015-06-01", ["Jeh Johnson"], ["Johnson"], ["Johnson"]),                       # no office: the caution holds
    # a given name alone is the one person of the report with it, whatever the family rules say of surnames
    ("Michelle waved to the crowd. First lady Michelle Obama spoke next.",
     "2016-07-25", ["Michelle Obama"], ["Michelle"], ["Michelle Obama"]),
    # "the grandson of X" makes someone else the relative, not X
    ("Churchill's grandson spoke. Nicholas Soames, the grandson of Winston Churchill, voted against.",
     "2019-09-03", ["Nicholas Soames", "Winston Churchill"], ["Churchill"], ["Winston Churchill"]),
]


@pytest.mark.parametrize("text, date, full, bare, expected", CASES)
def test_a_bare_surname_goes_to_the_holder_the_context_supports(text, date, full, bare, expected):
    assert _bare_owners(text, date, full, bare) == expected


# A surname for a family is no one person: an entity "<Surname> family" of its own (newsgraph.person_eponyms)
FAMILIES = [
    ("Kim Jong Un met the envoy.\n\nThe Kim family dynasty has ruled the country since 1948.",
     "2018-05-01", ["Kim Jong Un"], ["Kim"], ["Kim family"]),
    ("Kim Jong Un met the envoy. The Kim family's success rests on fear. Kim said he was ready.",
     "2018-05-01", ["Kim Jong Un"], ["Kim"], ["Kim family", "Kim Jong Un"]),
    ("Donald Trump spoke in Ohio. The Trumps flew home on Sunday.",
     "2018-05-01", ["Donald Trump"], ["Trumps"], ["Trump family"]),
    ("Bill Clinton and Hillary Clinton arrived. The Clintons left early.",
     "2018-05-01", ["Bill Clinton", "Hillary Clinton"], ["Clintons"], ["Clinton family"]),
    ("George W. Bush spoke in Dallas. The Bush family gathered in Maine. The Bush brothers golfed.",
     "2018-05-01", ["George W. Bush"], ["Bush"], ["Bush family", "Bush family"]),
    # a possessive names one person's family: the surname is his
    ("Donald Trump spoke in Ohio. Trump's family flew home on Sunday.",
     "2018-05-01", ["Donald Trump"], ["Trump"], ["Donald Trump"]),
]


@pytest.mark.parametrize("text, date, full, bare, expected", FAMILIES)
def test_a_surname_for_a_family_names_no_one_person(text, date, full, bare, expected):
    assert _bare_owners(text, date, full, bare) == expected


# "the X administration / X White House / X-era / X government" names the holder of a head's office: the one the
# report (a head's title) or the reference (data/executive_heads.tsv, dated government codes) knows as such, whoever
# came first; none or several: unresolved; no head of that surname known anywhere: the usual rules.
OFFICES = [
    # round 9's strict xfail: Jeb came first, but the administration is the president's
    ("Jeb Bush spoke in Miami.\n\nThe Bush administration created the alert system.\n\nGeorge W. Bush agreed.",
     "2015-05-12", ["Jeb Bush", "George W. Bush"], ["Bush"], ["George W. Bush"]),
    ("Jeb Bush spoke in Miami. The Bush administration created the alert system. Bush said it worked.",
     "2015-05-12", ["Jeb Bush"], ["Bush"], ["Bush", "Jeb Bush"]),
    ("Ivanka Trump visited Seoul. The Trump administration imposed new sanctions.",
     "2018-02-23", ["Ivanka Trump"], ["Trump"], ["Donald Trump"]),                 # the head on the report's date
    ("Michelle Obama spoke in Chicago. The Obama White House wrote the rule.",
     "2014-06-01", ["Michelle Obama"], ["Obama"], ["Barack Obama"]),
    ("Anna Zorblatt spoke first.\n\nPresident Peter Zorblatt followed. The Zorblatt government fell in May.",
     "2019-01-10", ["Anna Zorblatt", "Peter Zorblatt"], ["Zorblatt"], ["Peter Zorblatt"]),  # the report's title
    ("Anna Zorblatt spoke first. Peter Zorblatt followed. The Zorblatt-era rule fell in May.",
     "2019-01-10", ["Anna Zorblatt", "Peter Zorblatt"], ["Zorblatt"], ["Peter Zorblatt"]),  # no head: the nearest
    ("Council member Anna Zorblatt spoke. The Zorblatt government fell in May.",
     "2019-01-10", ["Anna Zorblatt"], ["Zorblatt"], ["Anna Zorblatt"]),
]


@pytest.mark.parametrize("text, date, full, bare, expected", OFFICES)
def test_an_office_named_by_a_surname_goes_to_its_holder(text, date, full, bare, expected):
    assert _bare_owners(text, date, full, bare) == expected


def _one_entity_report(text: str, name: str, needle: str, date: str = "2018-05-01"):
    ms = [{"start": m.start(), "end": m.end(), "text": needle} for m in re.finditer(rf"\b{needle}\b", text)]
    return record(text, date, entities=[{"id": "E1", "name": name, "type": "PERSON", "mentions": ms}])


def test_a_family_stays_apart_from_its_members_across_reports(kb_store):
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.kb.rebuild import rebuild
    from newsgraph.store import schema as t

    recs = [_one_entity_report(f"Report {i}. Donald Trump spoke in Ohio.", "Donald Trump", "Donald Trump")
            for i in range(3)]
    recs.append(_one_entity_report("The Trump family gathered in Florida on Sunday.", "Trump", "Trump"))
    recs.append(_one_entity_report("Trump said the talks went well.", "Trump", "Trump"))
    kb.ingest(recs, db=kb_store)
    for step in ("ingest", "rebuild"):
        with kb_store.connect() as conn:
            rows = {(r.name, r.type): r.mention_count for r in conn.execute(
                sa.select(t.entities.c.name, t.entities.c.type, t.entities.c.mention_count))}
        # the bare "Trump" of a report joins the dominant Donald Trump; the family's does not
        assert rows.get(("Donald Trump", "PERSON")) == 4 and rows.get(("Trump family", "NORP")) == 1, (step, rows)
        rebuild(kb_store)


# A bare surname before the report's only holder, introduced under an office: a well-known holder of the surname
# active that day makes him a namesake (unresolved), unless the office is of a country where no well-known holder
# held a code that day (the title's place, the report's place or a nationality: London's mayor is no Pakistani
# office, Imran Khan's codes are). Round 9's strict xfail, fixed in review 12 (the first row).
OFFICE_COUNTRIES = [
    ("Khan said the city would not be cowed. London Mayor Sadiq Khan spoke on Monday.", "2017-06-04",
     ["Sadiq Khan"], ["Khan"], {"London": "GBR"}, ["Sadiq Khan"]),
    ("Khan said the city would not be cowed. British Minister Sadiq Khan spoke on Monday.", "2017-06-04",
     ["Sadiq Khan"], ["Khan"], {}, ["Sadiq Khan"]),
    # an office of the well-known holder's own country: he may be meant, unresolved
    ("Khan said the city would not be cowed. Lahore Mayor Ali Khan spoke on Monday.", "2017-06-04",
     ["Ali Khan"], ["Khan"], {"Lahore": "PAK"}, ["Khan"]),
    # no country written with the office: as before, unresolved while the well-known holder is active
    ("Khan said the city would not be cowed. Mayor Sadiq Khan spoke on Monday.", "2017-06-04",
     ["Sadiq Khan"], ["Khan"], {}, ["Khan"]),
]


@pytest.mark.parametrize("text, date, full, bare, places, expected", OFFICE_COUNTRIES)
def test_a_titled_namesake_of_an_always_active_well_known_holder(text, date, full, bare, places, expected):
    assert _bare_owners(text, date, full, bare, places) == expected


# Two spellings of one full name in one report should be one person, so that its bare surname has one holder
# (review 11: "Qassem Soleimani" and "Qasem Soleimani" were two persons and "Soleimani" a third entity). Joining them
# in the per-report repair (variants.variant_person) was tried in round 12 and withdrawn: the joined person took the
# first spelling met ("Anzor Tsarnaeov", "George Papadopolous", "Mohammad Morsi"), which the base then kept apart
# from the established row (identity benchmark base: 3, 2 and 1 mentions moved to a misspelled row). Names that
# only look alike stay apart.
SPELLINGS = [
    pytest.param("Qassem Soleimani was killed. The killing of Qasem Soleimani was illegal. Soleimani led the force.",
                 ["Qassem Soleimani", "Qasem Soleimani"], ["Soleimani"], 1, ["Qassem Soleimani"],
                 marks=pytest.mark.xfail(reason="two spellings in one report stay two persons: the join needs the "
                                                "established spelling, which the per-report repair does not know "
                                                "(round 12)", strict=True)),
    ("Jacky Rosen spoke. Jacky Risen replied. Rosen left.", ["Jacky Rosen", "Jacky Risen"], ["Rosen"], 2,
     ["Jacky Rosen"]),
    ("Marion Marechal spoke. Marine Marechal replied.", ["Marion Marechal", "Marine Marechal"], [], 2, []),
]


@pytest.mark.parametrize("text, full, bare, persons, expected", SPELLINGS)
def test_two_spellings_of_one_name_are_one_person(text, full, bare, persons, expected):
    taken: list[tuple[int, int]] = []
    ents = [{"id": f"E{i + 1}", "name": n, "type": "PERSON", "mentions": _spans(text, n, taken)}
            for i, n in enumerate(full)]
    if bare:
        ents.append({"id": "EB", "name": bare[0], "type": "PERSON", "mentions": _spans(text, bare[0], taken)})
    fixed = repair_record(record(text, "2020-01-10", entities=ents))
    assert len([e for e in fixed.entities if e.type == "PERSON"]) == persons
    if bare:
        assert _bare_owners(text, "2020-01-10", full, bare) == expected
