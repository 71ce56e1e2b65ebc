"""Quotes, issue 18 round 16b: nested sources. An outer attribution that relays another's report ("..., the
broadcaster reported", "..., according to a newspaper", "According to the agency, X said ...") is a quote of its own
beside the inner one: its text is the whole relayed clause (the inner source and cue included), its speaker the
outer source; the inner quote keeps its own clause and speaker. A phrase that relays nothing ("according to
plan") or a clause with no report inside stays as before; a relay by a text ("according to the report") is kind
``document``. Every sentence here was written for these tests; each case
gives the text and its quotes as (kind, text, speaker_name), sorted by start.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

from newsgraph.extract.quotes.relays import relays

RELAYS = [
    # an outer verb that closes the sentence
    ("Officials told reporters the border would stay closed, the state broadcaster reported on Monday.",
     [("indirect", "Officials told reporters the border would stay closed", "the state broadcaster"),
      ("indirect", "the border would stay closed", "Officials")]),
    ("The minister said the plant will close next year, the Financial Times reported.",
     [("indirect", "The minister said the plant will close next year", "Financial Times"),
      ("indirect", "the plant will close next year", "The minister")]),
    # "according to" after the clause: cut from the inner clause, a quote of its own
    ("The mayor warned that the bridge was unsafe, according to a local newspaper.",
     [("indirect", "The mayor warned that the bridge was unsafe", "a local newspaper"),
      ("indirect", "the bridge was unsafe", "The mayor")]),
    ("Lars Ekholm told colleagues that the deal was off, according to two people familiar with the talks.",
     [("indirect", "Lars Ekholm told colleagues that the deal was off", "two people"),
      ("indirect", "the deal was off", "Lars Ekholm")]),
    # the writer's introduction before a colon is no one's report, the relay's either
    ("We have been here before: the group declared war on the country, the senator said.",
     [("indirect", "the group declared war on the country", "the senator"),
      ("indirect", "war on the country", "the group")]),
    # "according to" before the clause
    ("According to the Interfax news agency, Sergei Lavrov said the talks had failed.",
     [("indirect", "Sergei Lavrov said the talks had failed", "the Interfax news agency"),
      ("indirect", "the talks had failed", "Sergei Lavrov")]),
    # no report inside: one quote, as before
    ("The deal was off, according to two people familiar with the talks.",
     [("indirect", "The deal was off", "two people")]),
    ("Lars Ekholm said the deal was off.", [("indirect", "the deal was off", "Lars Ekholm")]),
    # a text or the words that carried the report: the relay is kind "document", the text named (round 35)
    ("A clerk told investigators that the files were burned, according to the report.",
     [("document", "A clerk told investigators that the files were burned", "the report"),
      ("indirect", "the files were burned", "A clerk")]),
    ("The fleet claimed the other ship started the incident, according to comments carried by the news agency.",
     [("document", "The fleet claimed the other ship started the incident", None),
      ("indirect", "the other ship started the incident", "The fleet")]),
    # an "according to" inside the sentence attributes what follows it, and relays nothing before it
    ("It has been a year since the president announced a deal with Iran, but according to the magazine's Ann "
     "Berg, Iran is threatening to walk away.",
     [("indirect", "a deal with Iran", "the president"), ("indirect", "to walk away", "Iran")]),
    # a phrase that relays nothing
    ("The vote went ahead, according to plan.", []),
    # the outer report first: its clause holds the inner one, which stays inside it (as before)
    ("Tom Walsh said Mary Hale told him the bridge was unsafe.",
     [("indirect", "Mary Hale told him the bridge was unsafe", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), RELAYS)
def test_relays(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert sorted(quote_rows(qnlp, text), key=lambda r: text.index(r[1])) == expected


# review 16's things as speakers: the object of a verb of means or sending is no speaker of the clause after it
# ("used the stage to assure ...": the user speaks), while an object that is led to speak does ("led the mayor to declare")
MEANS = [
    ("The governor used the convention stage to assure voters that she is serious about the budget.",
     [("indirect", "she is serious about the budget", "The governor")]),
    ("Mayor Lena Ortiz used her budget speech to warn that the city would run out of money.",
     [("indirect", "the city would run out of money", "Lena Ortiz")]),
    ("The mayor emailed supporters to say that the vote was rigged.",
     [("indirect", "the vote was rigged", "The mayor")]),
    ("The scandal led the mayor to declare that the vote was fair.",
     [("indirect", "the vote was fair", "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), MEANS)
def test_means_not_speaker(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert quote_rows(qnlp, text) == expected


class _Q:
    def __init__(self, start: int, end: int, cue: tuple[int, int], speaker: int | None) -> None:
        self.start, self.end, (self.cue_start, self.cue_end), self.speaker_start = start, end, cue, speaker


HELD = [
    # the clause [0, 50) holds the inner report whole, cue and source, and its own source lies outside: a relay
    ([_Q(20, 50, (10, 14), 0)], 0, 50, 55, True),
    # the clause's own source inside it: no relay
    ([_Q(20, 50, (10, 14), 0)], 0, 50, 5, False),
    # the inner cue outside the clause: the clause is the inner one's words, no relay
    ([_Q(20, 50, (10, 14), 0)], 15, 50, 55, False),
    # the inner report runs past the clause
    ([_Q(20, 60, (10, 14), 0)], 0, 50, 55, False),
    # no source, or nothing inside
    ([_Q(20, 50, (10, 14), 0)], 0, 50, None, False),
    ([], 0, 50, 55, False),
]


@pytest.mark.parametrize(("inner", "a", "b", "at", "expected"), HELD)
def test_relays_shape(inner: list[_Q], a: int, b: int, at: int | None, expected: bool) -> None:
    assert relays(inner, a, b, at) is expected
