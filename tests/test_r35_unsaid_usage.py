"""Round 35 (issue 18 point 5): listed quotes nobody said, and documents named as their sources.

A naming or usage practice ("sometimes referred to as X", "known as X", "officials refer to it as X"), a verb of
signs ("signaled that"), a bare noun phrase as content ("sounds another warning") and the writer's own aside ("As
they say", "You can argue that", "It's telling that") are no listed statement; a document's words ("Polls show",
"The complaint says") name the document as their source. Guard rows: near misses that must keep their quote.

Every sentence here was written for these tests (invented people and bodies).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _listed(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    return [(k, t.strip(' ."'), s) for k, t, s in quote_rows(qnlp, text)]


# (text, the listed quotes: (kind, words, speaker_name))
ROWS = [
    # naming and usage practices: no statement
    ("The group, sometimes referred to as a second branch of the movement, operates near the forest.", []),
    ("The plan, known as the Green Deal, would cut emissions by half.", []),
    ("Officials in the capital still refer to the convoy as a relief mission for the valley towns.", []),
    # a verb of signs from an act, not a speaker
    ("The deployment of new missiles signaled that the army is ready to strike the convoys.", []),
    # a bare noun phrase for content
    ("Ruiz shook hands with the king, compared to the cold greeting the envoy got last spring.", []),
    # the writer's aside, saying or generalisation
    ("As they say, the devil is in the details.", []),
    ("You can argue that the reform came too late for the farmers.", []),
    # documents named as their source
    ("Polls show most voters would like a second referendum.",
     [("document", "most voters would like a second referendum", "Polls")]),
    ("A new survey found that most nurses plan to leave the profession.",
     [("document", "most nurses plan to leave the profession", "A new survey")]),
    ("The complaint says the company hid the losses from investors.",
     [("document", "the company hid the losses from investors", "The complaint")]),
    # guards: speech acts that stay listed
    ("Ruiz called the plan \"a disaster\" on Monday.",
     [("indirect", "the plan \"a disaster\" on Monday", "Ruiz"), ("partial", "a disaster", "Ruiz")]),
    ("Hale, who led the agency under the last president, on Thursday called the denials \u201chogwash\u201d and "
     "vowed not to be silenced.", [("partial", "hogwash", "Hale")]),
    ("Story highlights \"Major step, long overdue,\" the senator said of the vote.",
     [("indirect", 'Story highlights "Major step, long overdue,', "the senator"),
      ("partial", "Major step, long overdue", "the senator")]),
    ("Ruiz referred to the protesters as \"thugs\" in a speech on Monday.",
     [("indirect", "the protesters as \"thugs", "Ruiz")]),
    ("Ruiz compared the tax to a theft.", [("indirect", "the tax to a theft", "Ruiz")]),
    ("The mayor offered that the city would pay for the funerals.",
     [("indirect", "the city would pay for the funerals", "The mayor")]),
    ("The defense minister signaled that his army is ready to strike the convoys.",
     [("indirect", "his army is ready to strike the convoys", "The defense minister")]),
    ("The mayor offered his condolences to the families.", []),
    ("A copy of the letter said the mine would close.", [("indirect", "the mine would close", "A copy of the letter")]),
    ("Critics say the new rules can be abused.", [("indirect", "the new rules can be abused", "Critics")]),
    ("A report by the Congressional Budget Office said spending would stay flat.",
     [("indirect", "spending would stay flat", "Congressional Budget Office")]),
]


# known failures: a speech act with a bare noun phrase for content, listed as words said
MISSES = [
    pytest.param("The senator sounds another warning for voters who thought the danger had passed.", [],
                 marks=pytest.mark.xfail(reason="sounding a warning is kept as words said, like offering an apology "
                                                "(round 24); the review counts it as no statement")),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + MISSES)
def test_unsaid_usage(qnlp, text, expected) -> None:  # noqa: ANN001
    assert _listed(qnlp, text) == expected
