"""Two acts are never folded into one (issue 19 item 4, round 24): a telling with no doer ("X faced criticism")
takes a later telling that names a doer only where that doer is the report's one named doer of the type; where
two named sides do it, each keeps its own event and its doer, and the nameless telling absorbs none of them;
two named doers of other sectors (the White House, the Pentagon) are two doers though they share a country code.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _record(text: str):
    import newsgraph

    return newsgraph.extract(text, min_confidence=0.0)


FOLDS = [
    # (report, type, expected events of the type, further tellings of the first, doers that must be shown)
    # two named critics after a nameless "faced criticism": three events, each critic its own doer
    ("Freedonia faced sharp criticism on Tuesday over its decision to close the border.\n\nThe Arab League "
     "condemned Freedonia for the decision.\n\nEgypt and Jordan also criticised Freedonia, with the Egyptian "
     "foreign minister warning of unrest.", "DISAPPROVE", 3, 0, ("Arab League", "Egypt", "Jordan")),
    ("The United States faced sharp criticism on Tuesday over its decision to close the embassy.\n\nEgypt and "
     "Jordan criticised the US decision, while Canada condemned the US move.", "DISAPPROVE", 3, 0,
     ("Egypt", "Canada")),
    ("Sylvania faced criticism over its new law on Monday.\n\nEgypt criticised Sylvania on Monday.\n\nJordan "
     "criticised Sylvania as well.", "DISAPPROVE", 3, 0, ("Egypt", "Jordan")),
    # guard: one named critic is the one candidate for the nameless telling: one event, told twice
    ("Freedonia faced sharp criticism on Tuesday over its decision to close the border.\n\nThe Arab League "
     "condemned Freedonia for the decision.", "DISAPPROVE", 1, 1, ()),
    # guard: the same named doer told again by a noun
    ("Senator Maria Lopez condemned Ruritania on Monday for the tariffs.\n\nLopez's condemnation of Ruritania "
     "drew praise.", "DISAPPROVE", 1, 1, ("Maria Lopez",)),
    # two bodies of one state are two doers: a shared country code does not make them one
    ("The White House condemned Russia's decision.\n\nThe Pentagon condemned Russia's decision too.",
     "DISAPPROVE", 2, 0, ("White House", "Pentagon")),
    # guard: a state told again by its organ (the state has no sector of its own) is still one act
    ("The Pentagon condemned the strike on the convoy.\n\nThe United States condemned the strike as reckless.",
     "DISAPPROVE", 1, 1, ("Pentagon",)),
    # guard: two named doers never fold
    ("Egypt condemned the strike on Gaza on Monday.\n\nJordan also condemned the strike.", "DISAPPROVE", 2, 0,
     ("Egypt", "Jordan")),
]


@pytest.mark.parametrize(("text", "typ", "n", "n_spans", "doers"), FOLDS)
def test_named_doers_are_not_folded(text, typ, n, n_spans, doers) -> None:
    rec = _record(text)
    evs = [e for e in rec.events if e.type == typ]
    assert len(evs) == n, [(e.text, e.actors, e.targets, e.spans) for e in evs]
    assert len(evs[0].spans) == n_spans
    shown = {p.name for e in evs for p in e.actors}
    for name in doers:
        assert name in shown, shown
