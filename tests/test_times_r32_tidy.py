"""Round 32 (r32-tidyt): the helpers a refactor of the times rules made shared, each on a small table.

The weekday names of ``patterns``, the frame walk ``frame_year.quoted_in_earlier_frames`` (frame_year and
frame_week), ``frame_week.week_opened`` (frame_week and frame_document) and ``component._up_to`` (three head
climbs). The rules' own behaviour is tested in test_times_r31_frames.py and the other times tests; these rows pin
the helpers themselves. Sentences written for this file.
"""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract.times import patterns as P
from newsgraph.extract.times.component import _clause_verb, _up_to, _verbal
from newsgraph.extract.times.core import Timex
from newsgraph.extract.times.frame_week import week_opened
from newsgraph.extract.times.frame_year import quoted_in_earlier_frames


@pytest.mark.parametrize(("word", "any_case", "capitalized"), [
    ("Monday", True, True),
    ("SUNDAY", True, False),
    ("wednesday", True, False),
    ("Saturday", True, True),
    ("Sat", False, False),  # abbreviations are not read by these rules
    ("Thurs", False, False),
    ("Sundays", False, False),
    ("day", False, False),
])
def test_weekday_names(word: str, any_case: bool, capitalized: bool) -> None:
    assert bool(re.fullmatch(rf"(?i){P.WEEKDAY_NAME}", word)) is any_case
    assert bool(re.fullmatch(P.CAPITAL_WEEKDAY, word)) is capitalized
    assert P.FULL_WEEKDAYS[0] == "monday" and P.WEEKDAYS[P.FULL_WEEKDAYS[6]] == 7


def _tx(text: str, phrase: str, typ: str, value: str, anchor: str | None) -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, typ, value, anchor=anchor)  # type: ignore[arg-type]


@pytest.mark.parametrize(("phrase", "typ", "value", "anchor", "expected"), [
    ("Friday", "DATE", "2026-12-04", "published", (2026, "XXXX-WXX-5")),
    ("Friday night", "TIME", "2026-12-04TNI", "published", (2026, "XXXX-WXX-5TNI")),
    ("3 p.m.", "TIME", "2026-12-07T15:00", "published", (2026, "XXXX-XX-XXT15:00")),
    ("Friday", "DATE", "2026-12-04", "absolute", None),  # not resolved from the report
    ("Dec. 4", "DATE", "2026-12-04", "published", None),  # neither a weekday nor a clock
    ("Friday", "DURATION", "P1D", "published", None),
])
def test_week_opened(phrase: str, typ: str, value: str, anchor: str, expected: tuple[int, str] | None) -> None:
    assert week_opened(Timex(0, len(phrase), phrase, typ, value, anchor=anchor)) == expected  # type: ignore[arg-type]


_QUOTED = 'The memo said in April 2013, "We met on Friday and meet again on Monday."'


@pytest.mark.parametrize(("text", "frame_value", "opened"), [
    (_QUOTED, "2013-04", ["XXXX-WXX-5"]),
    # guards: no quotation, a frame of a later year, a paragraph break between
    ("The memo said in April 2013 that staff met on Friday.", "2013-04", []),
    ('The memo said in April 2027, "We met on Friday."', "2027-04", []),
    ('The memo said in April 2013.\n\n"We met on Friday."', "2013-04", []),
])
def test_quoted_in_earlier_frames(text: str, frame_value: str, opened: list[str]) -> None:
    phrase = re.search(r"April \d{4}", text)
    assert phrase is not None
    frame = _tx(text, phrase.group(), "DATE", frame_value, "absolute")
    times = [frame, _tx(text, "Friday", "DATE", "2026-12-04", "published")]
    found = list(quoted_in_earlier_frames(times, text, week_opened))
    assert [value for _, value, _ in found] == opened
    assert all(end == frame.end for _, _, end in found)


@pytest.mark.parametrize(("open_them", "expected"), [
    # a caller that opens each time as it comes sees the next one's frame past it, as the one loop did
    (True, ["XXXX-WXX-5", "XXXX-WXX-1"]),
    # one that opens nothing: the Friday, still the report's, cuts the Monday off from the frame
    (False, ["2026-12-04", "2026-12-07"]),
])
def test_quoted_in_earlier_frames_is_lazy(open_them: bool, expected: list[str]) -> None:
    frame = _tx(_QUOTED, "April 2013", "DATE", "2013-04", "absolute")
    times = [frame, _tx(_QUOTED, "Friday", "DATE", "2026-12-04", "published"),
             _tx(_QUOTED, "Monday", "DATE", "2026-12-07", "published")]
    for tx, value, _ in quoted_in_earlier_frames(times, _QUOTED, week_opened):
        if open_them:
            tx.value, tx.anchor = value, None
    assert [t.value for t in times[1:]] == expected


def _doc(words: list[str], heads: list[int], pos: list[str], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, pos=pos, deps=deps)


# "officials said the talks of peace in May", parsed by hand: heads are indices into the words
_WORDS = ["officials", "said", "the", "talks", "of", "peace", "in", "May"]
_HEADS = [1, 1, 3, 1, 3, 4, 5, 6]
_POS = ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"]
_DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"]


@pytest.mark.parametrize(("start", "steps", "found", "expected"), [
    (3, 3, "verbal", "said"),  # one step up
    (1, 3, "verbal", "said"),  # already a verb
    (7, 3, "verbal", "of"),  # three steps and no verb yet: where the climb stopped
    (7, 8, "verbal", "said"),
    (7, 8, "clause", "said"),
    (2, 0, "verbal", "the"),  # no step allowed
])
def test_up_to(start: int, steps: int, found: str, expected: str) -> None:
    doc = _doc(_WORDS, _HEADS, _POS, _DEPS)
    test = _verbal if found == "verbal" else _clause_verb
    assert _up_to(doc[start], test, steps=steps).text == expected
