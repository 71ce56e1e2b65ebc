"""The event confidence model (data/event_confidence.json, fitted by benchmarks/fit_event_confidence.py on
the tune side of the real-report gold) and the default threshold the readers apply."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph.extract.events.confidence import CAPPED, FEATURES, capped, load_model
from newsgraph.record import EVENT_MIN_CONFIDENCE


def _stored() -> dict:
    return json.loads(resources.files("newsgraph.data").joinpath("event_confidence.json").read_text("utf-8"))


def test_model_file_is_complete_and_names_its_threshold() -> None:
    raw = _stored()
    assert raw["features"] and set(raw["features"]) <= set(FEATURES)
    assert len(raw["coef"]) == len(raw["features"])
    # the readers' default is the threshold chosen with the model, on the tune side only
    assert raw["threshold"] == EVENT_MIN_CONFIDENCE
    assert "tune" in raw["fitted_on"] and "check" not in raw["fitted_on"]


def _feats(**on: bool) -> dict[str, float]:
    return {n: float(on.get(n, False)) for n in FEATURES}


def test_resolved_main_clause_event_outscores_a_bare_noun_in_a_quote() -> None:
    model = load_model()
    strong = _feats(root=True, actor=True, actor_entity=True, actor_party=True, actor_code=True, target=True,
                    target_entity=True, target_party=True, type_DISAPPROVE=True)
    weak = _feats(nominal=True, definite_noun=True, loose=True, quoted=True, reported_speech=True,
                  type_AGREE=True)
    assert model.score(strong) > EVENT_MIN_CONFIDENCE > model.score(weak)
    # each piece of evidence about the parties raises the score
    bare = _feats(root=True)
    assert model.score(_feats(root=True, actor=True, actor_entity=True, actor_party=True)) > model.score(bare)
    assert model.score(_feats(root=True, target=True, target_entity=True, target_party=True)) > model.score(bare)


def test_a_generic_actor_in_a_main_clause_reaches_the_default() -> None:
    """Round 5: the model reads features of the predication: whether the actor is a party (an entity or an
    agent class of the actor table, "police", "gunmen"), not whether it is a named entity, so a main-clause
    predication by a class is shown as one by a name is."""
    model = load_model()
    named = _feats(root=True, actor=True, actor_entity=True, actor_party=True)
    generic = _feats(root=True, actor=True, actor_party=True)
    assert model.score(named) == model.score(generic) >= EVENT_MIN_CONFIDENCE > model.score(_feats(root=True))


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("Gunmen killed five villagers in Zamfara on Tuesday.", "killed", "ASSAULT"),
    ("Police arrested two men in Lagos on Sunday.", "arrested", "COERCE"),
    ("Security forces detained hundreds of opposition supporters in Minsk.", "detained", "COERCE"),
])
def test_clear_predications_by_generic_actors_are_shown(enlp, text, word, typ) -> None:
    from conftest import events_at

    evs = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert evs and evs[0]["confidence"] >= EVENT_MIN_CONFIDENCE, evs


@pytest.mark.parametrize("flag", CAPPED)
def test_negated_and_subsumed_stay_below_the_default(flag) -> None:
    feats = _feats(root=True, actor=True, actor_entity=True, target=True, target_entity=True, **{flag: True})
    assert capped(0.99, feats) < EVENT_MIN_CONFIDENCE
    assert capped(0.99, _feats(root=True)) == 0.99


def test_clear_reports_are_shown_by_default() -> None:
    import newsgraph

    for text, typ in (("Canada condemned North Korea's missile test on Friday.", "DISAPPROVE"),
                      ("Peru expelled the Chilean ambassador on Monday.", "SANCTION")):
        shown = newsgraph.extract(text).events
        assert typ in {e.type for e in shown}, newsgraph.extract(text, min_confidence=0.0).events


def test_every_feature_has_a_reader_and_run_time_reads_what_the_model_needs() -> None:
    from newsgraph.extract.events import confidence

    assert set(confidence._FEATURES) == set(FEATURES)
    names = confidence.runtime_features(load_model())
    assert set(load_model().names) <= set(names) and set(CAPPED) <= set(names)


def test_round3_features_read_the_parse() -> None:
    """background: a noun event placed in time ("after the bombing"); named_event: a noun named by a
    date or a proper noun; generic_actor: a bare plural class of people as the only actor."""
    from newsgraph import nlp as _nlp
    from newsgraph.extract.events import extract_events

    nlp = _nlp.load(components=("entities", "places", "events"))

    def feats(text: str, word: str) -> dict[str, float]:
        trace: list = []
        extract_events(nlp(text), trace=trace)
        i = text.index(word)
        return next(f for e, f in trace if e.trigger_start <= i < e.trigger_end)

    assert feats("Two men were arrested after the bombing of the mosque by militants.", "bombing")[
        "background"] == 1.0
    assert feats("Militants bombed the mosque in Kano on Friday.", "bombed")["background"] == 0.0
    assert feats("Two men were arrested after the 2015 attacks by militants on the embassy.", "attacks")[
        "named_event"] == 1.0
    assert feats("Protesters attacked the embassy in Nairobi.", "attacked")["generic_actor"] == 1.0
    assert feats("Kenya attacked the rebel base.", "attacked")["generic_actor"] == 0.0
    # round 5: a party is an entity or an agent class; realis: told as done
    assert feats("Police arrested two men in Lagos.", "arrested")["actor_party"] == 1.0
    assert feats("Police arrested two men in Lagos.", "arrested")["actor_entity"] == 0.0
    assert feats("Police arrested two men in Lagos.", "arrested")["realis"] == 1.0
    assert feats("Police will arrest the men in Lagos.", "arrest")["realis"] == 0.0
