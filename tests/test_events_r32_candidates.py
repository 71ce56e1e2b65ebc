"""Round 32 (issue 19, candidates): gold events of the tune half that no candidate of their type reached.

Two general classes (BENCHMARKS.md, round 32 "evcand"): trigger senses the lexicon lacked (an "alliance with" a
partner: COOPERATE; "military action": FIGHT; "naval exercises" that are not joint: MOBILIZE), and
noun events that name nobody but are told as happenings ("peace talks began", "the bombing last night"), which the
topic rule dropped (extract/events/occurred.py). A happening that names nobody lends no confidence to an earlier
telling it is folded into. Sentences written here; each "changed" row gave no such event on main 4d783654.
"""

from __future__ import annotations

import pytest
from conftest import events_at

SHOWN = 0.625


def _types(enlp, text: str, word: str) -> set[str]:  # noqa: ANN001
    return {e["type"] for e in events_at(enlp, text, word)}


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: the lexicon had no row for these senses
    ("The rebel commander formed an alliance with the army chief.", "alliance", "COOPERATE"),
    ("His alliance with the militia alarmed Baghdad.", "alliance", "COOPERATE"),
    ("Ankara may take military action against the militia.", "action", "FIGHT"),
    ("China began naval exercises near the strait on Monday.", "exercises", "MOBILIZE"),
    # changed: a noun event naming nobody, told as a happening
    ("Fighting has increased since peace talks began in the capital.", "talks", "CONSULT"),
    ("The crackdown followed weeks of unrest.", "crackdown", "COERCE"),
    ("The mayor thanked the firefighters after the bombing last night.", "bombing", "ASSAULT"),
    ("The two leaders have not spoken since a phone call in March.", "call", "CONSULT"),
])
def test_new_candidate(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert typ in _types(enlp, text, word), events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # guards: no partner, a bare "action", a joint exercise (COOPERATE as before), a named alliance
    ("The senator worked on the bill for months.", "worked", "COOPERATE"),
    # guard: "work with" gives no event (tried in round 32 and dropped: standing arrangements read as shown acts)
    ("We work with the federal police on security.", "work", "COOPERATE"),
    ("The council called for action on housing.", "action", "FIGHT"),
    ("The United States and Japan held joint military exercises in August.", "exercises", "MOBILIZE"),
    ("The Atlantic alliance met in Brussels.", "alliance", "COOPERATE"),
    # guards: a noun naming nobody, neither told as happening nor dated, stays a topic
    ("The sanctions hurt the economy.", "sanctions", "SANCTION"),
    ("The talks are important for the region.", "talks", "CONSULT"),
    ("Sanctions are a blunt tool.", "Sanctions", "SANCTION"),
])
def test_no_candidate(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert typ not in _types(enlp, text, word), events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # the happenings name nobody: the stored model keeps them under the shown threshold
    ("The crackdown followed weeks of unrest.", "crackdown", "COERCE"),
    ("Fighting has increased since peace talks began in the capital.", "talks", "CONSULT"),
    # guard: the joint exercise stays a shown COOPERATE
    ("The United States and Japan held joint military exercises in August.", "exercises", "COOPERATE"),
])
def test_shown(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    want_shown = typ == "COOPERATE"
    assert (hits[0]["confidence"] >= SHOWN) == want_shown, hits[0]


def test_happening_lends_no_confidence(enlp) -> None:  # noqa: ANN001
    """A party-less happening folded into an earlier telling leaves that telling's confidence as it was."""
    text = ("His doubts were fanned by visiting Republican lawmakers. When they talk, and they have not spoken "
            "since a phone call in July, the talks are blunt.")
    alone = "His doubts were fanned by visiting Republican lawmakers."
    first = [e for e in events_at(enlp, text, "visiting") if e["type"] == "CONSULT"]
    before = [e for e in events_at(enlp, alone, "visiting") if e["type"] == "CONSULT"]
    assert first and before
    assert first[0]["confidence"] <= before[0]["confidence"] + 1e-9, (first[0], before[0])
