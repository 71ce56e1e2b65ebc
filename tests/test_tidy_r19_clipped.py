"""Round 19's tidying: the clipped-year rule ("in ’16", "the class of '98") is one function,
times.patterns.clipped_year, that the time tagger and the amount scanner both call (each had its own copy).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.times.patterns import clipped_year

CASES = [
    ("She backed him in ’16 and again later.", True),
    ("He was in the class of '98.", True),
    ("Prices have climbed since '09, the board said.", True),
    ("The reunion ('98) drew a crowd.", True),
    ("The 2015-'16 season was long.", True),
    ("'16 people were hurt.", False),  # a count in single quotes
    ("About '16 soldiers' were seen.", False),  # a lower-case plural after it
    ("He won in '16 as a newcomer.", True),  # "as" is no plural noun
    ("The rock'16 tour.", False),  # the apostrophe inside a word
    ("It rose ''16 times.", False),  # another apostrophe before it
    ("The model '165 was sold.", False),  # three digits
    ("The '16x chip.", False),  # a letter right after the digits
]


@pytest.mark.parametrize(("text", "year"), CASES)
def test_clipped_year(text: str, year: bool) -> None:
    quote = next(i for i, ch in enumerate(text) if ch in "'’" and text[i + 1 : i + 2].isdigit())
    end = quote + 1
    while end < len(text) and text[end].isdigit():
        end += 1
    assert clipped_year(text, quote + 1, end) is year


@pytest.mark.parametrize(("text", "value"), [("She backed him in ’16 and again later.", "2016"),
                                             ("He was in the class of '98.", "1998")])
def test_the_tagger_and_the_scanner_read_it(text: str, value: str) -> None:
    """A clipped year is a time of that year and no amount."""
    import newsgraph

    rec = newsgraph.extract(text, published="2019-05-01")
    assert [t.value for t in rec.times] == [value]
    assert rec.amounts == []
