"""Round 37 (issue 18 point 5; r37-qnq): views nobody is said to hold, and words only imagined being said.

A stance with no holder ("is expected to", "seems to", "is widely seen as") or with a thing as its holder ("the
strikes were intended to", "the sanctions aim to", "a file photo shows") becomes kind ``impersonal``: stored and
scored, never listed, never anyone's position; a thing holder is cleared, a picture kept as the source. A topic
with no holder or a thing holder ("An earlier version of this article referred to ...") likewise. A listed quote
whose cue is a speech verb under "would/might/could" with a guess or an "if" clause, as its sentence's predicate
("Lane would probably say ..."), or a present "has to ask" gets modality ``hypothetical``; a bare narrative
"would" ("would clarify that") is said.
Rows marked "before:" read otherwise at main 57b52624; the others are guards that must keep their
reading. Every sentence was written for these tests (invented people and places).
"""

from __future__ import annotations

import pytest
from quote_kit import modal_rows

ROWS = [
    # before: impersonal constructions gave a stance with an empty holder
    ("The talks seem to have stalled over the border question.",
     [("impersonal", "asserted", "The talks seem to have stalled over the border question", None)]),
    ("The new rail line is widely expected to open in the spring.",
     [("impersonal", "asserted", "The new rail line is widely expected to open in the spring", None)]),
    # before: a thing as a stance's holder
    ("The new sanctions aim to cut the country's oil income by half.",
     [("impersonal", "asserted", "to cut the country's oil income by half", None)]),
    # before: a picture's content as a stance; the picture stays its source (PolNeAR's reading)
    ("A 2011 file photo shows the freighter Lumen docked in the harbor.",
     [("impersonal", "asserted", "the freighter Lumen docked in the harbor", "A 2011 file photo")]),
    # before: a correction notice as a topic's holder
    ("An earlier version of this article referred to the minister as Tom Reed.",
     [("impersonal", "asserted", "the minister as Tom Reed", None)]),
    # before: imagined speech listed as said
    ("President Lane would probably say her trade policy has made the country richer.",
     [("indirect", "hypothetical", "her trade policy has made the country richer", "Lane")]),
    ("If the vote fails, the senator would argue that the count was rigged.",
     [("indirect", "hypothetical", "the count was rigged", "the senator")]),
    ("One has to ask whether the board knew about the losses.",
     [("question", "hypothetical", "the board knew about the losses", None)]),
    ("The retaliatory strikes were intended to punish the regime for the gas attack.", []),
    # guards: holders named, words said, a later or habitual "would", a promise inside a report
    ("The mayor opposed the stadium plan.", [("stance", "asserted", "the stadium plan", "The mayor")]),
    ("Union leaders hope the contract will be signed by Friday.",
     [("stance", "asserted", "the contract will be signed by Friday", "Union leaders")]),
    ("The council voted to repeal the curfew.", [("stance", "asserted", "to repeal the curfew", "The council")]),
    ("The two ministers met on Friday to discuss the harbor dispute.",
     [("topic", "asserted", "the harbor dispute", "The two ministers")]),
    ("The report concludes that the agency failed to act.",
     [("document", "asserted", "the agency failed to act", "The report")]),
    ("One of the two reporters would clarify that the minister had used a ruder word.",
     [("indirect", "asserted", "the minister had used a ruder word", "One of the two reporters")]),
    ("Lane would later say that the deal had been a mistake.",
     [("indirect", "asserted", "the deal had been a mistake", "Lane")]),
    ("Lane said she would call for a new vote on the budget.",
     [("indirect", "asserted", "she would call for a new vote on the budget", "Lane")]),
    ("The minister wouldn't say whether the talks had failed.",
     [("indirect", "negated", "whether the talks had failed", "The minister")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unheld_views(qnlp, text, expected) -> None:
    assert modal_rows(qnlp, text) == sorted(expected, key=str)


TIMES = [
    # before: a time as a stance's holder
    ("A historic election night saw the party's strongholds swing to its rivals.",
     [("impersonal", "asserted", "the party's strongholds swing to its rivals", None)]),
    # guard: people named by a time word keep their view
    ("The Monday protesters opposed the new curfew.",
     [("stance", "asserted", "the new curfew", "The Monday protesters")]),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_time_holders(qnlp, text, expected) -> None:
    assert modal_rows(qnlp, text) == sorted(expected, key=str)
