"""Round 34 (issue 19, recall): a named party's act told as done is shown wherever it sits in the sentence.

The confidence model's ``root`` feature marks a predication the report asserts. A verb in the simple past or a
perfect, asserted, with no modal, whose doer is a named entity, is now one too (``events/done_acts.py``): "Mr.
Flynn, who resigned ...", "after talks, Moon and Abe settled on ...", "Macron told Trump ... and asked him to ...".
Sentences written here. The "shown" rows were under the default threshold on main 98bb096a; the guards stay as
they were: a doer that is a class of people, a plan, a modal, a present-tense habit, a noun.
"""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE


def _conf(enlp, text: str, word: str, typ: str) -> float | None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    return max((e["confidence"] for e in hits), default=None)


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("Senator Holt, who resigned in March, told the panel he had done nothing wrong.", "resigned", "RETREAT"),
    ("The prime minister said that Japan had installed new missiles near the border.", "installed", "MOBILIZE"),
    ("Japan said that after the talks it had settled on a plan to share the river's water.", "settled", "AGREE"),
    ("Governor Ortega, who also acknowledged his defeat, thanked his voters.", "acknowledged", "CONCEDE"),
    # a clause beside a negated one keeps its standing
    ("While Japan promised last year to move its embassy, it has not acted on that pledge.", "promised", "AGREE"),
])
def test_shown_now(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    conf = _conf(enlp, text, word, typ)
    assert conf is not None and conf >= DEFAULT_MIN_CONFIDENCE, events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # guards: shown on main already (a main-clause verb; a relative clause with a named target) and still shown
    ("Chancellor Weber called Trump on Monday and urged him to drop the tariffs.", "urged", "DEMAND"),
    ("Chancellor Merkel, who met Trump in May, said the tariffs were wrong.", "met", "CONSULT"),
])
def test_stays_shown(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    test_shown_now(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # a doer that is only a class of people: as vague as before
    ("Voters, who rejected the plan in May, will vote again.", "rejected", "REJECT"),
    # a plan or a possibility: not told as done
    ("Senator Holt, who may resign in March, told the panel he had done nothing wrong.", "resign", "RETREAT"),
    ("Senator Holt, who plans to resign in March, spoke to the panel.", "resign", "RETREAT"),
    # a denied act stays under the threshold (capped as negated)
    ("Senator Holt, who never resigned, spoke to the panel.", "resigned", "RETREAT"),
    # a complement of a negated verb is not told as done
    ("Minister Vance did not say that Japan had seized the tanker.", "seized", "COERCE"),
])
def test_still_hidden(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    conf = _conf(enlp, text, word, typ)
    assert conf is None or conf < DEFAULT_MIN_CONFIDENCE, events_at(enlp, text, word)


def test_named_done_act_unit(enlp) -> None:  # noqa: ANN001
    """The predicate itself: a past verb with a named doer is one; a noun trigger and a modal are not."""
    from newsgraph.extract.events.done_acts import named_done_act
    from newsgraph.extract.events.lexicon import TriggerRule
    from newsgraph.extract.events.parties import Party
    from newsgraph.extract.events.triggers import Found

    doc = enlp("Ruritania installed missiles and could deploy troops after the deployment.")
    rule = TriggerRule("install", "V", "MOBILIZE", "weapons", "military", ())
    named = [Party(name="Ruritania", entity="E1", start=0, end=9)]
    by = {t.text: t for t in doc}
    assert named_done_act(Found(rule, by["installed"], actors=named))
    assert not named_done_act(Found(rule, by["installed"], actors=[Party(name="rebels", start=0, end=6)]))
    assert not named_done_act(Found(rule, by["deploy"], actors=named))
    assert not named_done_act(Found(rule, by["deployment"], actors=named, nominal=True))
    assert not named_done_act(Found(rule, by["installed"], actors=named, modality="alleged"))
