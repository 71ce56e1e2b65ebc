"""Issue 17, item 4 (round 15): a figure takes only the time expression that governs it.

A time in the figure's sentence is the figure's when it modifies the figure's clause (or a clause told at the same
moment: a participle, what was said, a "when" clause, a verb joined without its own subject) or the noun the
figure's relative clause describes; not a time of a relative clause of another noun, of a clause joined with its
own subject, or of the main clause when the figure sits in an "after"/"before" clause. A figure told in the past
whose sentence has times that are not its own has no date (``PAST_REF``: the knowledge base gives it no day and
compares it with nothing). A change's from-figure owns a time in its own phrase, and the change's other side does
not take it.

Every sentence is written for these tests; none is taken from an article.
"""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.kb.measures import _resolve_day
from newsgraph.pipeline import extract

PUBLISHED = "2020-06-03"  # a Wednesday


def _time_of(text: str, value: float) -> str | None:
    rec = extract(text, published=PUBLISHED)
    found = [a for a in rec.amounts if a.value == value]
    assert found, f"no amount {value} in {[a.value for a in rec.amounts]}"
    return found[0].time


@pytest.mark.parametrize("text, value, expected", [
    # the time of the figure's own clause, or of a clause told at the same moment
    ("On Sunday, a bomb exploded at a bus stop, killing 14 people.", 14, "2020-05-31"),
    ("The storm killed 12 people on Tuesday and forced hundreds from their homes.", 12, "2020-06-02"),
    ("At least 30 people were killed on Monday when a car bomb exploded in the capital.", 30, "2020-06-01"),
    ("Officials said on Tuesday that 300 militants were killed.", 300, "2020-06-02"),
    ("14 people were killed after a bomb exploded on Sunday.", 14, "2020-05-31"),
    ("The rebels, who killed 23 villagers in May, were driven out on Thursday.", 23, "2020-05"),
    ("Some 200,000 villagers joined the 1.5 million people already displaced by the fighting this year.", 1500000,
     "2020"),  # a clause of the noun the figure counts
    ("A spokesman said on Monday that the army was not alone, and there were reports of about 20 strikes.", 20,
     "2020-06-01"),  # a clause joined with its own subject still shares what both hang on
    ("The quota would rise to 85,000 in 2021, then to 100,000 in 2022, the minister said.", 100000, "2022"),
    ("At least 42 people died in Tuesday's attack and at least 239 people were injured.", 239, "2020-06-02"),
    ("Officials spoke to reporters on Monday just after two blasts hit the crowd, killing three.", 3, "2020-06-01"),
    ("The group used poison gas on May 21 in an attack that killed 1,400 civilians.", 1400, "2020-05-21"),
    # the noun a relative clause of the figure describes
    ("An attack on Monday that killed 14 people was claimed by the group.", 14, "2020-06-01"),
    ("Monday's attack, which killed 14 people, was claimed by the group.", 14, "2020-06-01"),
    # a time of another event's noun, of a clause with its own subject, of the clause an "after" clause hangs on
    ("Patrols grew after a gunman attacked a market, killing nine people in an assault that mirrored "
     "yesterday's shooting.", 9, "PAST_REF"),
    ("Rebels stormed a depot and killed 40 soldiers, and on Friday the army launched a counteroffensive.", 40,
     "PAST_REF"),
    ("Officials held a meeting on Sunday, before a second attacker killed eight people in the town.", 8,
     "PAST_REF"),
    ("The flight returned to the gate on Tuesday after passengers saw two men with a wire.", 2, "2020-06-02"),
    ("A driver accused of ramming a crowd, killing five people, told police he had begun planning the attack two "
     "years ago.", 5, "PAST_REF"),
    # not told in the past: the publication day (no time)
    ("Rebels hold 40 soldiers, and on Friday the army launched a counteroffensive.", 40, None),
])
def test_the_time_that_governs_a_figure(text: str, value: float, expected: str | None) -> None:
    assert _time_of(text, value) == expected


@pytest.mark.parametrize("text, to_value, to_time, from_time", [
    # "last year" is said of the compared figure: the other side keeps none of it
    ("Some 120 soldiers were killed in the first half, compared with 180 in the same period last year.",
     120, None, "2019"),
    ("The number of troops fell to 5,200 by September, down from 150,000 in the mid-2000s.", 5200, "2019-09",
     "200X"),
])
def test_a_change_side_at_its_own_time(text: str, to_value: float, to_time: str | None, from_time: str) -> None:
    rec = extract(text, published=PUBLISHED)
    ch = [c for c in rec.changes if c.to_value == to_value]
    assert ch, [c.to_value for c in rec.changes]
    assert (ch[0].time, ch[0].from_time) == (to_time, from_time)


@pytest.mark.parametrize("time, expected", [
    ("PAST_REF", (None, None, False)),  # told in the past, no date of its own: no day, compared with nothing
    (None, (PUBLISHED, PUBLISHED, True)),  # no time: as of the publication
    ("PRESENT_REF", (PUBLISHED, PUBLISHED, True)),
    ("2020-05", ("2020-05-01", "2020-05-31", False)),
])
def test_a_figure_without_a_date_has_no_day(time: str | None, expected: Any) -> None:
    assert _resolve_day(time, PUBLISHED) == expected


def _toll(value: int, text: str, ident: str, time: str | None) -> Any:
    a = _at(text, str(value))
    return record(text, PUBLISHED, title=f"Toll {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": str(value), "kind": "count", "object": "people killed",
        "measure": "deaths:-:ABC", "owner": None, "location": "ABC", "time": time}]).model_copy(
        update={"id": ident * 16})


@pytest.mark.parametrize("time_a, expected", [
    ("PAST_REF", 0),  # an undated past toll is no figure of the report's day
    (None, 1),  # as of the publication: compared with that day's figures
])
def test_an_undated_past_figure_is_compared_with_nothing(kb_store: Any, time_a: str | None, expected: int) -> None:
    a = _toll(6, "A bomber killed 6 people in an earlier attack.", "a", time_a)
    b = _toll(14, "A bomber killed 14 people on Wednesday.", "b", PUBLISHED)
    kb.ingest([a, b], db=kb_store)
    assert len(kb.conflicts(db=kb_store)) == expected
    assert sorted(kb.timeline("deaths:-:ABC", db=kb_store).values) == [6, 14]
