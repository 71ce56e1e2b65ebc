"""A month word that closes a person's name is a surname, not a month (round 37, a review's class)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .._doc import doc_text

__all__ = ["surname_month"]

_MONTH_WORD = re.compile(r"(?i)(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)")


def surname_month(doc: Doc, start: int, end: int) -> bool:
    """A lone month word that closes a person's name of two words or more ("Senator Joe April", "Ms. Kate June")
    is a surname, not that month (round 37, a review's class). The month must not open the name: NER sometimes
    takes "April Smith" or a date for a person, and a month heading a name is left to the tagger."""
    if not _MONTH_WORD.fullmatch(doc_text(doc)[start:end]):
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e.start_char < start and end == e.end_char
               for e in doc.ents)
