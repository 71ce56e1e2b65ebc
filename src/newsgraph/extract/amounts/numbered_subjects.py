"""What a figure counts when a verb of counting says it of its subject: "its forces number fewer than 2,000",
"the protesters numbered about 5,000", "casualties totaled 300" (round 35, issue 17 item 1: the figure is the
verb's bare object, so the counted-noun climb stops at it and it had no object).

"number" and "total" as verbs state the size of their subject, so a common-noun subject is what is counted (the
reaching verbs of :mod:`.reached_levels` need a listed noun: "the team reached 440" names no count). A name, a
pronoun, or a noun that is no countable thing ("the number of ... totaled", "the bill totals $5 billion" has its
own reading) leaves the figure alone; only bounds ("fewer than", "about") may stand between the verb and figure.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object

__all__ = ["COUNT_NOUNS", "numbered_subjects", "stated_subject"]

_VERB = re.compile(r"(?i)\b(?P<verb>number(?:s|ed|ing)?|total(?:s|ed|led|ing|ling)?)\s+"
                   r"(?:(?:(?:more|fewer|less)\s+than|over|under|about|nearly|almost|some|at\s+least|roughly|"
                   r"around|only|just|close\s+to|in\s+the)\s+)?$")
# subjects that name a count of something, not the thing ("the toll totaled 90" is read: the toll counts deaths)
COUNT_NOUNS = frozenset({"number", "tally", "count", "total", "amount", "figure", "sum", "bill", "cost"})


def numbered_subjects(doc: Doc, recs: list[dict[str, Any]]) -> None:
    """Fill the object of each count or sum in ``recs`` with none from the subject of "number"/"total" before it."""
    for rec in recs:
        if rec["kind"] not in ("count", "money") or canonical_object(rec.get("object")) is not None:
            continue
        start = int(rec["start"])
        m = _VERB.search(doc.text, max(0, start - 40), start)
        if m is None:
            continue
        verb = doc.char_span(m.start("verb"), m.end("verb"))
        # the tagger reads a present "number" as a noun ("its forces number fewer than 2,000") but still gives it
        # the subject; a noun with no subject of its own ("a total 300") is no verb
        if verb is None or len(verb) != 1 or verb[0].pos_ not in ("VERB", "NOUN"):
            continue
        subj = stated_subject(verb[0], ("nsubj",))
        if subj is not None:
            rec["object"] = subj


def stated_subject(verb: Token, deps: tuple[str, ...]) -> str | None:
    """The common-noun subject of ``verb`` (a child by one of ``deps``; its compounds kept: "army troops"), when it
    names a countable thing and not a count itself (:data:`COUNT_NOUNS`)."""
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in COUNT_NOUNS:
        return None
    words = [t.text for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"] + [subj.text]
    phrase = " ".join(words)
    return phrase if canonical_object(phrase) is not None else None
