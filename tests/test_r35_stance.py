"""Round 35 (issue 18, stances that are no one's position; quotes/stance_holders.py). Sentences written here.
Each "before" row gave a stance on main 2e9fffc0 that holds no position (an act of identifying, a thing or an
idea as holder, the writer's supposition, an aim whose object is a question word, a gathering addressed); each
guard keeps what it had on both.
"""

from __future__ import annotations

import pytest


def _stances(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    """(modality, text, speaker_name) of each stance of ``text``."""
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    return [(q["modality"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes if q["kind"] == "stance"]


@pytest.mark.parametrize(("text", "expected"), [
    # before: an act of identifying stored as a position
    ("The Navy is working to identify targets for possible strikes.", []),
    # before: a thing or a wording as the holder
    ("His phrase echoed the term the governor used on Monday.", []),
    ("All options are on the table to address the threat posed by the cartel, Kerr said.", []),
    # before: an aim whose object is a question word (what the writer asks or does not know)
    ("What did the two brothers want to do after the attack?", []),
    ("It remained unclear what the governor is seeking to accomplish from the talks.", []),
    # before: the writer's supposition ("for X to want")
    ("It's one thing for the mayor to want to share his travels with his family.", []),
    ("Assuming the union accepts a broader deal, there are still other hurdles.", []),
    # before: a gathering addressed is where words were said, no position on it (quotes/thing_objects.py)
    ("Addressing the party's annual gala, Trump said little.", []),
    # guards: positions held stay
    ("The mayor addressed the plight of the workers.", [("asserted", "the plight of the workers", "The mayor")]),
    ("The council condemned the launch.", [("asserted", "the launch", "The council")]),
    ("The union endorsed Lopez.", [("asserted", "Lopez", "The union")]),
    ("Investigators believe the fire was set.", [("asserted", "the fire was set", "Investigators")]),
    ("The senator echoed the concerns of the farmers.", [("asserted", "the concerns of the farmers", "The senator")]),
    ("The mayor wants to share his travels with his family.",
     [("asserted", "to share his travels with his family", "The mayor")]),
    ("Garcia refused to release his records.", [("asserted", "to release his records", "Garcia")]),
    ("Police received credible intelligence that rebels plan to attack the subway system.",
     [("asserted", "to attack the subway system", "rebels")]),
    ("The mayor plans to do more about the strike.", [("asserted", "to do more about the strike", "The mayor")]),
    ("Police did not identify the gunman on Monday.", [("negated", "the gunman", "Police")]),
    ("Neither the director nor his aides identified the platforms that were used.",
     [("asserted", "the platforms that were used", "Neither the director")]),
    ("The minister did not mention the closure.", [("negated", "the closure", "The minister")]),
])
def test_stances(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _stances(qnlp, text) == expected

