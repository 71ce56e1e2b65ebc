"""benchmarks/stories_happenings.py: the lead's figures, the quoted speakers and their agreement (records built
here from sentences written for the test; no data needed)."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_happenings as H  # noqa: E402

TEXT = "Floods shut the valley road. Twelve people died and 300 homes were lost. " + "Crews dug on. " * 80


def _amt(start, value, kind="count", obj=None, added=None, running=None):
    return SimpleNamespace(start=start, value=value, kind=kind, object=obj, added=added, running_total=running)


@pytest.mark.parametrize(("amounts", "expected"), [
    ([_amt(29, 12, obj="people"), _amt(52, 300, obj="homes")], {"people": {12.0}, "homes": {300.0}}),
    ([_amt(29, 12, obj="People")], {"people": {12.0}}),  # objects compared lower-cased
    ([_amt(29, 12)], {"": {12.0}}),  # a figure of no object
    ([_amt(29, 12, added=True)], {}),  # "two more": an addition is no level
    ([_amt(29, 12, running=True)], {}),  # "so far this year"
    ([_amt(29, 4.5, kind="percent")], {}),
    ([_amt(900, 12, obj="people")], {}),  # past the lead
])
def test_lead_figures(amounts, expected) -> None:
    rec = SimpleNamespace(title=None, text=TEXT, amounts=amounts)
    assert H.lead_figures(rec, n_words=20) == expected


@pytest.mark.parametrize(("a", "b", "by_object", "expected"), [
    ({"dead": {12.0}}, {"dead": {12.0}}, True, 1.0),
    ({"dead": {12.0}}, {"dead": {14.0}}, True, -1.0),  # a toll that differs
    ({"dead": {12.0}}, {"homes": {14.0}}, True, 0.0),  # nothing both count
    ({"": {12.0}}, {"": {14.0}}, True, 0.0),  # no object: not compared by object
    ({"": {12.0}}, {"homes": {12.0}}, False, 1.0),
    ({"dead": {12.0}}, {"homes": {14.0}}, False, -1.0),
    ({}, {"homes": {14.0}}, False, 0.0),
])
def test_figure_agreement(a, b, by_object, expected) -> None:
    assert H.figure_agreement(a, b, by_object) == expected


def _q(start, speaker, kind="direct", modality="asserted"):
    return SimpleNamespace(start=start, speaker=speaker, kind=kind, modality=modality)


ENTS = [SimpleNamespace(id="E1", name="Maria Quellbrunn", type="PERSON", country=None),
        SimpleNamespace(id="E2", name="Tobias Aarvik", type="PERSON", country=None),
        SimpleNamespace(id="E3", name="Harbour Board", type="ORG", country=None)]


@pytest.mark.parametrize(("quotes", "first", "expected"), [
    ([_q(50, "E1"), _q(10, "E2"), _q(90, "E3")], None, {"quellbrunn", "aarvik", "harbour board"}),
    ([_q(50, "E1"), _q(10, "E2"), _q(90, "E3")], 2, {"quellbrunn", "aarvik"}),  # the first two to speak
    ([_q(10, "E1", kind="stance"), _q(20, "E2")], 1, {"aarvik"}),  # a stance holds no words said
    ([_q(10, "E1", modality="negated"), _q(20, None)], None, set()),
])
def test_speakers(quotes, first, expected) -> None:
    rec = SimpleNamespace(entities=ENTS, quotes=quotes)
    assert H.speakers(rec, first) == expected


def _told(published, *days):
    times = [SimpleNamespace(type="DATE", value=d, start=5) for d in days]
    return SimpleNamespace(published=published, times=times)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (_told("2024-03-07", "2024-03-05"), _told("2024-03-06", "2024-03-05"), 1.0),  # one happening, told twice
    (_told("2024-03-07", "2024-03-05"), _told("2024-03-07", "2024-03-07"), -1.0),  # a past happening and today's
    (_told("2024-03-06", "2024-03-06"), _told("2024-03-07", "2024-03-07"), 0.0),  # each its own day: the gap only
    (_told("2024-03-07", "2024-W10"), _told("2024-03-07", "2024-03-05"), 0.0),  # a week names no day
    (_told("2024-03-07"), _told("2024-03-07", "2024-03-05"), 0.0),
])
def test_told_past(a, b, expected) -> None:
    assert H.told_past(a, b) == expected
