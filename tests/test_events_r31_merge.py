"""Round 31 (issue 19 item 4, found on a wave's check report): a doubtful reading inside quote marks (under the
shown threshold) does not take in a confident act the reporter tells, nor the reverse: the speaker's general
"our fight is with ..." had become the head of a narrated shoot-down, shown with the speaker as its actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.record import EVENT_MIN_CONFIDENCE


def _record(text: str):
    import newsgraph

    return newsgraph.extract(text, min_confidence=0.0)


def _at(rec, text: str, word: str):
    i = text.index(word)
    return next(e for e in rec.events if (e.trigger_start or e.start) <= i < (e.trigger_end or e.end))


SHOOT = ('Secretary of State John Kerry spoke in Geneva. "Our fight is with the insurgents," Kerry said.\n\n'
         "In one case, the U.S. shot down a Syrian government aircraft.")

ROWS = [
    # (report, word of the event, its actors, number of further tellings, shown)
    # the narrated act keeps its own doer and is shown; the quoted reading stays apart and hidden
    (SHOOT, "shot", ["United States"], 0, True),
    (SHOOT, "fight", ["John Kerry"], 0, False),
    # guard: two narrated tellings of one act with no parties stay one event (round 30, wave 4)
    ("The bombing shook the capital on Monday.\n\nThe explosions wounded dozens of soldiers, officials said.",
     "bombing", [], 1, True),
]


@pytest.mark.parametrize(("text", "word", "actors", "n_spans", "shown"), ROWS)
def test_doubtful_quote_takes_in_no_told_act(text, word, actors, n_spans, shown) -> None:
    ev = _at(_record(text), text, word)
    assert [p.name for p in ev.actors] == actors
    assert len(ev.spans) == n_spans
    assert ((ev.confidence or 0.0) >= EVENT_MIN_CONFIDENCE) is shown


COORDINATED = [
    # (sentence, trigger word, modality): a second verb after "and" that the parser hangs on a verb of denial as an
    # adverbial clause is not under the denial (round 31, read of a whole record); sentences written here
    ('The senator has repeatedly denied any wrongdoing and on Monday called the inquiry a "partisan witch hunt".',
     "called", "asserted"),
    # guards: what is denied stays negated; a clause with its own mark keeps its rule
    ("The ministry denied attacking the convoy.", "attacking", "negated"),
]


@pytest.mark.parametrize(("text", "word", "modality"), COORDINATED)
def test_second_verb_after_and_is_not_denied(text, word, modality) -> None:
    assert _at(_record(text), text, word).modality == modality
