"""Round 22, issue #17's last gaps: a plain rate's object, ceilings defined once, keys that count only who, and a
part of a toll against its whole. Every sentence is written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest
from kb_records import _at, record
from typer.testing import CliRunner

import newsgraph
from newsgraph import kb
from newsgraph.kb.conflicts import group_of, groups_apart
from newsgraph.kb.measures import value_range
from newsgraph.record import counts_who_only, is_series
from newsgraph.scope import names_combatants, subset_part
from newsgraph.web.charts import hedge_range


def _keys(text: str) -> dict[str, str | None]:
    rec = newsgraph.extract(text, published="2021-06-10", title="Test")
    return {a.text: a.measure for a in rec.amounts}


# 1. a plain rate measures what its rate noun names; its base stays out of the object
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Brazil had a murder rate of 12 per 100,000 residents last year.", "12", "deaths.per100k:BRA:-"),
    ("Brazil's infant mortality rate was 5.6 per 1,000 live births.", "5.6", "mortality.per1k:BRA:-"),
    ("The Spanish unemployment rate was 3.5% in May.", "3.5%", "unemployment.pct:ESP:-"),
    ("Germany's unemployment rate stood at 5.2 percent.", "5.2 percent", "unemployment.pct:DEU:-"),
    ("Mexico's homicide rate stood at 29 per 100,000 people in 2019.", "29", "deaths.per100k:MEX:-"),
    ("Britain has a 4% unemployment rate.", "4%", "unemployment.pct:GBR:-"),
    ("The rate of unemployment in Spain was 14 percent.", "14 percent", "unemployment.pct:-:ESP"),
    ("The jobless rate in Spain was 14 percent.", "14 percent", "unemployment.pct:-:ESP"),
    ("The murder rate in Mexico was 29 per 100,000 people last year.", "29", "deaths.per100k:-:MEX"),
    # a bare rate names nothing; a rate of money measures no thing counted
    ("In Spain the rate was 4 percent.", "4 percent", None),
    ("The Brazilian interest rate was 6.5 percent.", "6.5 percent", None),
    ("Inflation in Japan ran at an annual rate of 3.5%.", "3.5%", None),
    ("The annual rate was 3 percent in France.", "3 percent", None),
])
def test_a_plain_rate_measures_what_its_noun_names(text: str, figure: str, key: str | None) -> None:
    assert _keys(text).get(figure, "missing") == key


# 2. ceilings and "nearly" bound the same in the table, conflicts, the chart and as the extractor stores them
@pytest.mark.parametrize(("text", "figure", "approx", "expected"), [
    ("Up to 900 people died in the floods in Nepal.", "900", "up to", (450, 900)),
    ("As many as 900 people died in the floods in Nepal.", "900", "up to", (450, 900)),
    ("As much as 900 tonnes of grain was lost in Nepal.", "900", "up to", (450, 900)),
    ("Nearly 900 people died in the floods in Nepal.", "900", "nearly", (810, 900)),
    ("Almost 900 people died in the floods in Nepal.", "900", "nearly", (810, 900)),
    ("Close to 900 people died in the floods in Nepal.", "900", "nearly", (810, 900)),
])
def test_ceilings_read_the_same_everywhere(text: str, figure: str, approx: str, expected: tuple[int, int]) -> None:
    rec = newsgraph.extract(text, published="2021-06-10", title="Test")
    am = next(a for a in rec.amounts if a.value == 900)
    assert (am.approx, am.high, am.low) == (approx, 900, None)
    assert value_range(am.value, am.approx, am.low, am.high, tolerance=0.0) == pytest.approx(expected)
    assert hedge_range(am.value, am.approx, am.low, am.high) == pytest.approx(expected)
    written = text.split(" 900")[0].lower()  # the words as written read as their row
    assert value_range(900, written, tolerance=0.0) == pytest.approx(expected)


# 3. a key whose object says only who is counted is no series
@pytest.mark.parametrize(("key", "who", "series"), [
    ("americans:USA:-", True, False),  # two killed, 300 fighting, 13 indicted: one key, three roles
    ("americans.pct:USA:-", True, False),  # 34% approve, 0.1% hold the wealth: two questions
    ("israelis.pct:ISR:-", True, False),
    ("koreans:KOR:-", True, False),
    ("germans:DEU:-", True, False),
    ("frenchmen:FRA:-", True, False),
    ("children:-:SYR", True, False),
    ("states:-:USA", True, False),
    ("deaths:USA:NER", False, True),  # "two Americans were killed in Niger": a toll, owned by the USA
    ("troops:USA:IRQ", False, True),
    ("unemployment.pct:ESP:-", False, True),
    ("people:-:-", True, False),
    ("-:USA:-", False, False),
])
def test_who_only_keys_are_no_series(key: str, who: bool, series: bool) -> None:
    assert counts_who_only(key) is who
    assert is_series(key) is series


@pytest.mark.parametrize(("text", "key"), [
    ("Sixty percent of Americans support the plan, a poll found.", "americans.pct:USA:-"),
    ("Two Americans were killed in Niger on Tuesday.", "deaths:USA:NER"),
])
def test_demonym_figures_keep_their_keys(text: str, key: str) -> None:
    assert key in _keys(text).values()


def _figure(text: str, figure: str, value: int, obj: str, key: str, **kw: Any) -> dict[str, Any]:
    s, e = _at(text, figure)
    return {"start": s, "end": e, "value": value, "text": figure, "kind": "count", "object": obj, "measure": key,
            **kw}


def test_who_only_points_are_stored_but_never_listed(kb_url) -> None:
    from newsgraph.cli import app

    a = "Officials said 300 Americans were fighting with the group in Freedonia."
    b = "Thirteen Americans were indicted in Freedonia on Monday."
    kb.ingest([record(a, "2021-06-10", amounts=[_figure(a, "300", 300, "Americans", "americans:USA:-")]),
               record(b, "2021-06-11", amounts=[_figure(b, "Thirteen", 13, "Americans", "americans:USA:-")])],
              db=kb_url)
    assert kb.measures(db=kb_url) == []
    counts = kb.stats(db=kb_url)["measures"]
    assert (counts["series"], counts["points_in_series"], counts["keyless_points"]) == (0, 0, 2)
    r = CliRunner().invoke(app, ["timeline", "americans:USA:-", "--db", kb_url])
    assert r.exit_code == 1 and "not a series" in r.output


# 4. a part of a toll against its whole
@pytest.mark.parametrize(("text", "figure", "part"), [
    ("Three civilians were among the dead in Freedonia.", "Three", True),
    ("Doctors said three hospitals received 3,600 patients. Of those, 355 died.", "355", True),
    ("Of those killed, 12 were children.", "12", True),
    ("Twelve of the dead were police officers.", "Twelve", True),
    ("Among the dead, three were police officers.", "three", True),
    # the whole: a part named after a comma, a breakdown's total, a plain toll
    ("The blast killed 14 people, among the dead the bomber.", "14", False),
    ("Of the 22 people killed Friday, 12 died in Northvale.", "22", False),
    ("At least 40 people were killed in the attack.", "40", False),
])
def test_a_subset_phrase_marks_a_part(text: str, figure: str, part: bool) -> None:
    s, e = _at(text, figure)
    assert subset_part(text, s, e) is part


@pytest.mark.parametrize(("text", "combatant"), [
    ("A soldier was killed today, bringing to at least four the number of people killed in Northvale.", True),
    ("Four civilians and a soldier have been killed by rocket fire in Northvale.", True),
    ("Two police officers were among those shot dead in Northvale.", True),
    # combatants who are not among the dead
    ("Shelling killed more than 300 civilians, which the rebels said showed chemical arms were used.", False),
    ("Rebels fought government troops on Saturday, while doctors counted 355 deaths.", False),
])
def test_a_combatant_among_the_dead(text: str, combatant: bool) -> None:
    assert names_combatants(text, 0, 3) is combatant


@pytest.mark.parametrize(("a", "b", "apart"), [
    (group_of("civilians killed"), "", False),  # civilians are anyone's toll unless a combatant is named
    ("", "child", True),
    ("fighter", "child", True),
    ("", "", False),
    (None, "child", False),  # a change's figure names no group
])
def test_groups(a, b, apart) -> None:
    assert groups_apart(a, b) is apart


def _toll(text: str, figure: str, value: int, obj: str, approx: str | None = None) -> Any:
    day = _at(text, "on Tuesday")
    return record(text, "2021-06-10", title="Shelling in Northvale", amounts=[
        _figure(text, figure, value, obj, "deaths:-:SYR", location="SYR", approx=approx,
                low=value if approx in ("at least", "more than") else None, time="2021-06-08")],
        times=[{"start": day[0], "end": day[1], "text": "on Tuesday", "type": "DATE", "value": "2021-06-08"}])


@pytest.mark.parametrize(("part", "whole", "conflict"), [
    # civilians of a toll that also counts a soldier: a part, no conflict
    (("Shelling killed three civilians in Northvale on Tuesday, a monitor said.", "three", 3, "civilians killed"),
     ("A soldier was killed in Northvale on Tuesday, bringing to at least 40 the number of people killed.", "40",
      40, "people killed", "at least"), False),
    # civilians as the whole toll: rival figures still conflict
    (("Shelling killed three civilians in Northvale on Tuesday, a monitor said.", "three", 3, "civilians killed"),
     ("Shelling killed at least 40 people in Northvale on Tuesday, officials said.", "40", 40, "people killed",
      "at least"), True),
    # a subset phrase's part the whole reaches: no conflict
    (("Doctors said 50 patients came in on Tuesday. Of those, 12 died in Northvale, a monitor said.", "12", 12,
      "died"),
     ("Shelling killed 40 people in Northvale on Tuesday, officials said.", "40", 40, "people killed", None), False),
    # a part larger than its whole can be still conflicts
    (("Doctors said 90 patients came in on Tuesday. Of those, 60 died in Northvale, a monitor said.", "60", 60,
      "died"),
     ("Shelling killed 40 people in Northvale on Tuesday, officials said.", "40", 40, "people killed", None), True),
    # two plain tolls of anyone still conflict
    (("Shelling killed 90 people in Northvale on Tuesday, a monitor said.", "90", 90, "people killed"),
     ("Shelling killed 40 people in Northvale on Tuesday, officials said.", "40", 40, "people killed", None), True),
])
def test_a_part_is_held_by_its_whole(kb_url, part, whole, conflict) -> None:
    from newsgraph.cli import app

    kb.ingest([_toll(*part), _toll(*whole)], db=kb_url)
    r = CliRunner().invoke(app, ["conflicts", "--db", kb_url, "--all", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert bool(json.loads(r.output)) is conflict
