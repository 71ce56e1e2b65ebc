"""The object fills that run after every figure of a sentence has its first reading (one entry point, so that
``core._figures`` stays a list of stages; the order is the order each rule was measured in).

Each fill only writes an object (or a tally's partner) that is still empty or that an earlier, weaker guess gave:
``repair_objects`` (round 21 on: words that are no countable things), ``voted_tallies`` ("voted 240 to 190", round
30), ``tied_objects`` ("33 of over 260 wounded", a tally's other side, round 35) and, with a parse,
``numbered_subjects`` ("its forces number fewer than 2,000", round 35); round 36: ``poll_shares`` ("58 percent of
voters said ..., while 73 percent said": the sibling share's people; "by a margin of ...": the verb's subject) and
``stood_at`` ("exports stood at $19.6 billion", with a parse); ``back_figures`` (a numeral that points back to
the figure before it: "hire 50 inspectors but had only 35", "2 of them").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .back_figures import back_figures
from .not_counts import repair_objects
from .numbered_subjects import numbered_subjects
from .partitive_figures import tied_objects
from .poll_shares import poll_shares
from .stood_at import stood_at
from .votes import voted_tallies

__all__ = ["late_objects"]


def late_objects(text: str, doc: Doc | None, recs: list[dict[str, Any]]) -> None:
    """Run the late object fills over ``recs`` (in place); ``doc`` is None when the text was not parsed."""
    repair_objects(text, recs)
    voted_tallies(text, recs)
    tied_objects(text, recs)
    poll_shares(text, doc, recs)
    if doc is not None:
        numbered_subjects(doc, recs)
        stood_at(doc, recs)
    back_figures(text, doc, recs)
