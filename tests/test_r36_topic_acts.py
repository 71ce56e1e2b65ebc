"""Round 36 (issue 18 point 5; r36-qnq): stances that are no position, cues inside a name, other stories' links.

A verb of speaking, attention or deliberation with a matter for its object ("discussed the next steps", "did not
mention the strike", "referring to the consulate", "ignoring the advice", "is considering a run") tells what an act
was about, not a position: kind ``topic`` (stored, never listed, never a stance). A view ("considered the pact a
betrayal") and a matter told with its worth ("the importance of ...", "the need for ...") stay stances. A cue that
is a word of a programme's title ("Evening Things Considered") and "compared notes" are no quote; a line
"( Also on SITE: ...)" is another story's headline. Rows marked "before:" read otherwise at main ace12439; the
others are guards that must keep their reading. Every sentence was written for these tests (invented people).
"""

from __future__ import annotations

import pytest
from quote_kit import modal_rows

ROWS = [
    # before: stances of acts about a matter
    ("The finance ministers met on Tuesday to discuss the next steps for the fund.",
     [("topic", "asserted", "the next steps for the fund", "The finance ministers")]),
    ("Senator Alma Reyes spoke about the drought in the valley during her visit.",
     [("topic", "asserted", "the drought in the valley", "Alma Reyes")]),
    ("The governor did not mention the strike in his address on Monday.",
     [("topic", "negated", "the strike", "The governor")]),
    ('"We called the consulate twice," Dana Ortiz said, referring to the Canadian consulate in Lagos.',
     [("direct", "asserted", "We called the consulate twice", "Dana Ortiz"),
      ("topic", "asserted", "the Canadian consulate in Lagos", "Dana Ortiz")]),
    ("Ignoring the advice of his doctors, Mayor Tom Briggs has continued to travel.",
     [("topic", "asserted", "the advice of his doctors", "Tom Briggs")]),
    ("Councilman Ray Dunn, who is seriously considering a run for governor, argued the city needs more buses.",
     [("indirect", "asserted", "the city needs more buses", "Councilman Ray Dunn"),
      ("topic", "asserted", "a run for governor", "Councilman Ray Dunn")]),
    # before: a cue inside a programme's title; an idiom of sharing news
    ("Radio host Ann Cole reported on Evening Things Considered that the mayor says the bridge will reopen.", []),
    ("The two coaches compared notes about the weather and the new pitch.", []),
    # guards: views, a matter with its worth, acts that take a position, words said
    ("Many farmers consider the new canal to be a waste of money.",
     [("stance", "asserted", "the new canal to be a waste of money", "Many farmers")]),
    ("The members mourned the loss of what they consider a refuge from the city.",
     [("stance", "asserted", "a refuge from the city", "The members")]),
    ("Mayor Lena Hart considered the pact a betrayal of the workers.",
     [("stance", "asserted", "the pact a betrayal of the workers", "Lena Hart")]),
    ("Officials have talked about the importance of keeping guards at the northern gate.",
     [("stance", "asserted", "the importance of keeping guards at the northern gate", "Officials")]),
    ("The mayor spoke of the need for a new bridge.", [("stance", "asserted", "the need for a new bridge", "The mayor")]),
    ("The prime minister condemned the attack on the convoy.",
     [("stance", "asserted", "the attack on the convoy", "The prime minister")]),
    ("The senators praised the deal and said it would pass easily.",
     [("indirect", "asserted", "it would pass easily", "The senators"),
      ("stance", "asserted", "the deal", "The senators")]),
    ("The minister said the talks had failed.", [("indirect", "asserted", "the talks had failed", "The minister")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_topic_acts(qnlp, text, expected) -> None:
    assert modal_rows(qnlp, text) == sorted(expected, key=str)


LINKS = [
    # before: another story's headline between paragraphs gave a stance and a quote
    ("The governor spoke for an hour.\n\n( Also on POLITICO: Mayor praises arrest in harbor theft)\n\n"
     "( Also on POLITICO: Kerr: Garcia 'very tired' of the fight)\n\nThe hearing ends on Friday.", []),
    # guard: a paragraph that only mentions a site stays read
    ("The governor spoke for an hour.\n\nAlso on Monday, the mayor praised the arrest and said the port was safe.",
     [("indirect", "asserted", "the port was safe", "the mayor"), ("stance", "asserted", "the arrest", "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_also_on_links(qnlp, text, expected) -> None:
    assert modal_rows(qnlp, text) == sorted(expected, key=str)
