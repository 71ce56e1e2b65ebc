"""Round 34 (times, issue #17 item 5): a duration keeps the half it states.

"2½ hours", "one-and-a-half years", "a 3½-year sentence", "half an hour" and "an hour and a half later" each
lost their half (or were not tagged). Sentences written here; rows marked "before:" failed at cd3b62d5, the others
are guards that must stay as they were."""

from __future__ import annotations

import pytest

from newsgraph.extract.times import find_times

PUB = "2019-03-13"  # a Wednesday


def tagged(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: untagged
    ("The crossing took 2½ hours in the storm.", [("2½ hours", "DURATION", "PT2H30M")]),
    ("She kept the shop 1½ years.", [("1½ years", "DURATION", "P1Y6M")]),
    ("He drew a 3½-year term for fraud.", [("3½-year", "DURATION", "P3Y6M")]),
    ("The mayor served one-and-a-half years before quitting.",
     [("one-and-a-half years", "DURATION", "P1Y6M")]),
    # before: ("an hour", DURATION, PT1H)
    ("The crew waited half an hour for the ferry.", [("half an hour", "DURATION", "PT30M")]),
    ("They will vote in half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("An hour and a half later the guards came back.", [("An hour and a half", "DURATION", "PT1H30M")]),
    # before: ("A year", DURATION, P1Y)
    ("A year and a half earlier the plant had closed.", [("A year and a half", "DURATION", "P1Y6M")]),
    # before: ("an hour ago", ...): the half belongs to the span; the day is still the report's
    ("Half an hour ago the lights went out.", [("Half an hour ago", "DATE", "2019-03-13")]),
    ("2½ hours ago the lights went out.", [("2½ hours ago", "DATE", "2019-03-13")]),
    # guards
    ("An hour ago the lights went out.", [("An hour ago", "DATE", "2019-03-13")]),
    ("The talks lasted two and a half hours.", [("two and a half hours", "DURATION", "PT2H30M")]),
    ("He served 3 1/2 years.", [("3 1/2 years", "DURATION", "P3Y6M")]),
    ("She got a 3 1/2-year sentence.", [("3 1/2-year", "DURATION", "P3Y6M")]),
    ("They stayed 1.5 years.", [("1.5 years", "DURATION", "P1Y6M")]),
    ("He spent a year and a half in jail.", [("a year and a half", "DURATION", "P1Y6M")]),
    ("A year and a half ago the plant closed.", [("A year and a half ago", "DATE", "2017-09")]),
    ("It took half a year.", [("half a year", "DURATION", "P6M")]),
    ("Two hours later the guards came back.", [("Two hours", "DURATION", "PT2H")]),
    ("A half-hour show aired.", [("A half-hour", "DURATION", "PT30M")]),
    ("The firm grew 5½ percent last year.", [("last year", "DATE", "2018")]),
])
def test_duration_keeps_its_half(text: str, expected: list) -> None:
    assert tagged(text) == expected
