"""Round 19 (issue 19): event verbs the English model lemmatizes as other words ("staged" as "stag", "waged" as
"wag", "raped" as "rap", "lambasted" as "lambast") are read with their right lemma while the events are read
(data/event_lemma_slips.tsv), a state of emergency is a trigger, a simulated attack is a show of force, and "declare" carries a noun event with its subject as the actor ("declared martial
law", "declared a truce"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense

from newsgraph.extract.events import extract_events

# (text, trigger word, type or None for no event at that word)
SLIPPED = [
    ("Soldiers raped women in the village, the report said.", "raped", "ASSAULT"),
    ("The militia is accused of raping dozens of girls.", "raping", "ASSAULT"),
    ("Senator Lee lambasted the president over the deal.", "lambasted", "DISAPPROVE"),
    ("Ruritania installed missiles near the border.", "installed", "MOBILIZE"),
    # guards: a play staged, a wage, a verb of another sense with the same form
    ("The play was staged in London last year.", "staged", None),
    ("Workers demanded higher wages from the mine owners.", "wages", None),
]

# (text, trigger word, type, actor): a noun event carried by the slipped or the declaring verb keeps its doer
CARRIED = [
    ("The army staged a coup in the capital last week.", "coup", "COERCE", "army"),
    ("The opposition staged a protest outside parliament.", "protest", "PROTEST", "opposition"),
    ("China is staging military drills near Taiwan.", "drills", "MOBILIZE", "China"),
    ("The military declared martial law across the country.", "law", "COERCE", "military"),
    ("The rebels declared a ceasefire on Sunday.", "ceasefire", "RETREAT", "rebels"),
    ("Hamas declared a unilateral truce with Israel.", "truce", "RETREAT", "Hamas"),
    ("The union declared a general strike.", "strike", "PROTEST", "union"),
]

# a state of emergency (or of siege) declared or imposed restricts rights (CAMEO 17, COERCE); the parser hangs
# "emergency" under "state", so "state" is the trigger (data/plover_triggers.tsv)
EMERGENCY = [
    ("The government declared a state of emergency in the capital.", "state", "COERCE", "government"),
    ("Parliament extended the state of emergency by three months.", "state", "COERCE", "Parliament"),
]
NO_EMERGENCY = [
    # guards: a state that is no emergency, an emergency service, an emergency lifted (CONCEDE at "lifted")
    ("The state of the economy is an emergency, the senator said.", "state", None),
    ("The state's emergency services were stretched.", "state", None),
    ("The president lifted the state of emergency on Friday.", "state", None),
    ("The president lifted the state of emergency on Friday.", "lifted", "CONCEDE"),
]

# a simulated or mock attack is a show of force in an exercise (MOBILIZE), not violence
SIMULATED = [
    ("The Iranian military staged a simulated assault on a replica aircraft carrier.", "assault", "MOBILIZE"),
    ("The navy carried out a mock attack on a target ship during the drills.", "attack", "MOBILIZE"),
    # guard: a staged attack that is real stays violence
    ("Militants staged an attack on a police post.", "attack", "ASSAULT"),
]

# guards: a declaring verb with a noun it only judges ("declared the protest illegal") or names ("declared
# genocide": violence is never declared into being, an accusation) is not its doer
JUDGED = [
    ("The State Department declared genocide against the villagers.", "genocide"),
    ("The army declared the protest illegal.", "protest"),
    ("Police declared the demonstration an unlawful assembly.", "demonstration"),
    ("Obama declared the bombing an act of terrorism.", "bombing"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SLIPPED + NO_EMERGENCY + SIMULATED)
def test_slipped_lemmas(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ", "actor"), CARRIED + EMERGENCY)
def test_carried_noun_keeps_its_doer(enlp, text, word, typ, actor) -> None:
    assert_party(enlp, text, word, typ, "actors", actor)


@pytest.mark.parametrize(("text", "word"), JUDGED)
def test_judged_noun_has_no_doer(enlp, text, word) -> None:
    subject = text.split(" declared")[0].split()[-1]
    i = text.index(word)
    hits = [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"]]
    assert all(subject not in " ".join(p["name"] for p in e["actors"]) for e in hits), hits


def test_lemmas_handed_back(enlp) -> None:
    # the repair lasts only while the events are read: other extractors see the model's own lemmas
    text = "The opposition staged a protest outside parliament."
    with enlp.select_pipes(disable=[p for p in enlp.pipe_names if "event" in p]):
        before = [t.lemma_ for t in enlp(text)]  # the model's own lemmas, never touched by the events step
    doc = enlp(text)
    assert [t.lemma_ for t in doc] == before  # the pipeline's events step handed them back
    extract_events(doc)
    assert [t.lemma_ for t in doc] == before
    assert extract_events(doc)  # and the events are read with the repair each time
