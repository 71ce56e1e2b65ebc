"""Quotes, issue 18 round 23: views held by people the report leaves unnamed, told by an agentless passive
(extract/quotes/passive_views.py), and clauses reported inside a "where"/"when" relative (extract/quotes/gaps.py).

"X is expected to ...", "X is seen as ...", "X is considered ...": a stored `stance` with no speaker, never
listed; the clause from its subject (or relative word) to its last dependent that is no conjunct or set-off
clause. A "by" agent, a participle on a noun, a cue inside quotation marks and a clause a quote already holds
give nothing here.

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, modality,
text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import modal_rows

from newsgraph.record import listed_quote

_rows = modal_rows


CASES = [
    ("The mayor is expected to open the new library on Friday.",
     [("impersonal", "asserted", "The mayor is expected to open the new library on Friday", None)]),
    # a relative clause from its relative word
    ("The council vote, which is widely expected to pass, comes next week.",
     [("impersonal", "asserted", "which is widely expected to pass", None)]),
    # "it" is no part of what is expected; a negated expectation is stored as negated
    ("But it was not expected to be an easy night for the ferry crews.",
     [("impersonal", "negated", "to be an easy night for the ferry crews", None)]),
    ("Tall hedges are considered a nuisance in the village.",
     [("impersonal", "asserted", "Tall hedges are considered a nuisance in the village", None)]),
    # a reputation
    ("The old sheriff is known for his long patrols on horseback.",
     [("impersonal", "asserted", "The old sheriff is known for his long patrols on horseback", None)]),
    # "by now" is a time, not the holders
    ("The bakery's new owner is seen as a safe pair of hands by now.",
     [("impersonal", "asserted", "The bakery's new owner is seen as a safe pair of hands by now", None)]),
    # "it" with the clause put after the verb: the clause
    ("It is widely expected that the council will approve the plan.",
     [("impersonal", "asserted", "that the council will approve the plan", None)]),
    # an act of judging with no agent, its reason after "for" or its verdict after "as"
    ("The new ferry schedule has been widely criticized for its early start.",
     [("impersonal", "asserted", "The new ferry schedule has been widely criticized for its early start", None)]),
    # a set-off clause after a comma is no part of it
    ("The two coaches are expected to meet on Monday, as the players rest at home.",
     [("impersonal", "asserted", "The two coaches are expected to meet on Monday", None)]),
    # an aside after a comma or dash ends the view; a list goes on
    ("The council is expected to sign the lease, potentially opening the pool by June.",
     [("impersonal", "asserted", "The council is expected to sign the lease", None)]),
    ("The band is expected to play Leeds, York and Hull next month.",
     [("impersonal", "asserted", "The band is expected to play Leeds, York and Hull next month", None)]),
    # a dash inside a name cuts nothing; a conjunction left before a cut aside goes
    ("Both men are thought to be members of Ahl al-Nahr, a small militia.",
     [("impersonal", "asserted", "Both men are thought to be members of Ahl al-Nahr", None)]),
    ("The coach is viewed as a careful planner and, in fact, as a gambler.",
     [("impersonal", "asserted", "The coach is viewed as a careful planner", None)]),
    # the subject of the first conjunct
    ("The chef is leaving the city but is expected to keep his restaurant open.",
     [("impersonal", "asserted", "The chef is leaving the city but is expected to keep his restaurant open", None)]),
]

NOTHING = [
    # a "by" agent holds the view: not this rule's (and not a view held by people left unnamed)
    "Hedges are considered a nuisance by the farmers.",
    # the holders in a "by" phrase the parser hung on the complement
    "The mayor is viewed as honest and likable by most of the town's shopkeepers.",
    # the judge named: not a view of people left unnamed
    "The ferry schedule was praised by the mayor as sensible.",
    # a modal: the writer's reasoning
    "The vote can be seen as a warning to the council.",
    # what nobody knows is no one's view
    "It is still not known how many of the guards were armed.",
    # a participle on a noun
    "The expected winner arrived late.",
    "A bridge seen as unsafe was closed.",
    # an active mind with the writer's "we" is nobody's statement
    "We expect the roads to reopen soon.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_passive_views(qnlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:  # noqa: ANN001
    rows = _rows(qnlp, text)
    assert rows == sorted(expected, key=str)
    assert not any(listed_quote(k, m) for k, m, _t, _s in rows)  # stored, never listed


@pytest.mark.parametrize("text", NOTHING)
def test_no_passive_view(qnlp, text: str) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == []


def test_a_quote_keeps_its_clause(qnlp) -> None:  # noqa: ANN001
    # the reported clause stays the speaker's indirect quote, not a stance of nobody
    assert _rows(qnlp, "Ms. Reyes said the bridge is expected to reopen in May.") == [
        ("indirect", "asserted", "the bridge is expected to reopen in May", "Reyes")]


# A relative clause opened by "where" or "when" lacks a place or a time, never the object of the words reported
# (extract/quotes/gaps.py): its clause is the speaker's, whether or not the verb inside takes an object.
RELATIVE_ADVERBS = [
    ("Mayor Ana Ortiz spoke in Duluth on Monday. She has spent weeks in Minnesota, where she says she can win if "
     "turnout is strong.", ("indirect", "asserted", "she can win if turnout is strong", "Ana Ortiz")),
    ("Mayor Ana Ortiz spoke in Duluth on Monday. She toured the old mill, where she said the plant would reopen.",
     ("indirect", "asserted", "the plant would reopen", "Ana Ortiz")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ADVERBS)
def test_relative_adverb_keeps_clause(qnlp, text: str, expected: tuple[str, str, str, str | None]) -> None:  # noqa: ANN001
    assert expected in _rows(qnlp, text)


def test_object_gap_still_drops(qnlp) -> None:  # noqa: ANN001
    # "the sentence Ruiz says he has now corrected": the words lack their object, the noun outside them
    assert _rows(qnlp, "The paper printed a correction for the sentence Ruiz says he has now corrected.") == []
