"""A sum whose verb states it of its subject: "exports to China stood at $19.6 billion", "total sales are forecast
at $6 billion", "with soybean shipments accounting for $12.4 billion" (round 36, issue 17 item 1: "the subject of
'X totalled N'"; :mod:`.money_totals` reads "total"/"amount to", :mod:`.numbered_subjects` "number"/"total").

"stand at", "be forecast / estimated / projected at" and, for sums only, "account for" state the size of their
subject, so a common-noun subject is what the sum is (its compounds kept: "soybean shipments"). A name, a pronoun,
a noun that names a count or a sum itself ("the total", "the bill", "the cost": :mod:`.numbered_subjects`'s list)
or one that names no countable thing leaves the figure alone. "account for N percent of X" is a part of X, read by
the "of" rules, so percents are never taken here.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...record import canonical_object
from .numbered_subjects import stated_subject

__all__ = ["stood_at"]

_BOUND = (r"(?:(?:(?:more|fewer|less)\s+than|over|under|about|nearly|almost|some|at\s+least|roughly|around|only|"
          r"just|close\s+to|an\s+estimated|a\s+record)\s+)?")
_VERB = re.compile(r"(?i)\b(?P<verb>stood|stands?|standing|forecast|estimated|projected|"
                   r"account(?:s|ed|ing)?)\s+(?P<prep>at|for)\s+" + _BOUND + "$")
_PREP = {"stood": "at", "stand": "at", "stands": "at", "standing": "at", "forecast": "at", "estimated": "at",
         "projected": "at"}


def stood_at(doc: Doc, recs: list[dict[str, Any]]) -> None:
    """Fill the object of each count or sum in ``recs`` with none from the subject of the verb stating it."""
    for rec in recs:
        if rec["kind"] not in ("count", "money") or canonical_object(rec.get("object")) is not None:
            continue
        start = int(rec["start"])
        m = _VERB.search(doc.text, max(0, start - 50), start)
        if m is None or _PREP.get(m.group("verb").lower(), "for") != m.group("prep").lower():
            continue
        if m.group("prep").lower() == "for" and rec["kind"] != "money":
            continue  # "account for 300 of the seats": a part, read by the "of" rules
        span = doc.char_span(m.start("verb"), m.end("verb"))
        if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "AUX"):
            continue
        # "are forecast": the passive subject; "with X accounting for": X
        subj = stated_subject(span[0], ("nsubj", "nsubjpass"))
        if subj is not None:
            rec["object"] = subj

