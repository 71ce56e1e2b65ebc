"""Round 30, wave 4 (issue 19 item 4): an act with no parties told inside quote marks is not folded into one the
reporter tells in narration (two acts with nothing shared but the type), and a bare order inside quote marks
("kill him", "expel them") is requested, not asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _record(text: str):
    import newsgraph

    return newsgraph.extract(text, min_confidence=0.0)


def _at(rec, text: str, word: str):
    i = text.index(word)
    return next(e for e in rec.events if (e.trigger_start or e.start) <= i < (e.trigger_end or e.end))


APART = [
    # (report, word of the first telling, number of further tellings it must keep)
    # a quoted order with no parties and a bombing the reporter tells: two acts
    ('The militant leader spoke in a recording. "Find the minister and kill him in any way you can," he said.'
     "\n\nA string of suicide bombings in northern Syria by the militants killed dozens last month.", "kill", 0),
    # guard: the same act told twice in narration, no parties named, still one event
    ("The bombing shook the capital on Monday.\n\nThe explosions wounded dozens of soldiers, officials said.",
     "bombing", 1),
]


@pytest.mark.parametrize(("text", "word", "n_spans"), APART)
def test_quoted_and_told_apart(text, word, n_spans) -> None:
    ev = _at(_record(text), text, word)
    assert len(ev.spans) == n_spans


ORDERS = [
    # (report, trigger word, modality)
    ('The militant leader spoke in a recording. "Find the minister and kill him in any way you can," he said.',
     "kill", "requested"),
    ('The preacher spoke at length. "Expel them from the country now," the cleric told supporters.', "Expel",
     "requested"),
    ('The mayor said: "Arrest every looter you find."', "Arrest", "requested"),
    # guards: a subject, "will", or "don't" inside the marks; a bare present outside them (a headline's)
    ('"We will attack them tomorrow," the general said.', "attack", "intended"),
    ('"Don\'t attack the village," he told them.', "attack", "negated"),
    ("Troops attack the base near Tarsa.", "attack", "asserted"),
    ('"The rebels attacked the base at dawn," the colonel said.', "attacked", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "modality"), ORDERS)
def test_quoted_order_is_requested(text, word, modality) -> None:
    assert _at(_record(text), text, word).modality == modality
