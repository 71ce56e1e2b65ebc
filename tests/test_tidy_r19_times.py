"""Round 19's tidying (no behaviour change): the season nouns after a holiday and the verbs of trying above a
planned event are word lists in data files (data/time_season_nouns.tsv; kind "tried" of
data/time_schedule_words.tsv), read as the code's lists were."""

from __future__ import annotations

import pytest

from newsgraph.extract.times.periods import _season_noun
from newsgraph.extract.times.schedule import _words

SEASON = [
    ("Christmas shoppers", True),
    ("Christmas shopper", True),
    ("Thanksgiving rush", True),
    ("Christmas holidays", True),
    ("Christmas\tbreak", True),
    # round 21: a tree is a thing named after the holiday, no season (data/time_holiday_things.tsv)
    ("Christmas trees", False),
    ("Christmas Day", False),  # a capital: a name, no season noun
    ("Christmas shop", False),
    ("Christmas treetop", False),  # a whole word only
    ("Christmas\nshoppers", False),  # spaces and tabs only, no line break
    ("Christmas sale", False),  # "sales" only
]


@pytest.mark.parametrize(("text", "season"), SEASON)
def test_season_noun_after_a_holiday(text: str, season: bool) -> None:
    assert bool(_season_noun().match(text, len("Christmas") if text.startswith("C") else len("Thanksgiving"))) \
        is season


def test_verbs_of_trying() -> None:
    assert _words("tried") == {"try", "attempt", "seek", "fail", "struggle"}
    assert not _words("tried") & (_words("verb") | _words("noun"))  # a kind of its own
