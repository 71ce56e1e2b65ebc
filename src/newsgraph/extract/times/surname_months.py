"""A month word that closes a person's name is a surname, not a month (round 37, a review's class)."""

from __future__ import annotations

from spacy.tokens import Doc

from .._doc import doc_text
from .patterns import FULL_MONTHS

__all__ = ["surname_month"]



def surname_month(doc: Doc, start: int, end: int) -> bool:
    """A lone month word that closes a person's name of two words or more ("Senator Joe April", "Ms. Kate June")
    is a surname, not that month (round 37, a review's class). The month must not open the name: NER sometimes
    takes "April Smith" or a date for a person, and a month heading a name is left to the tagger."""
    if doc_text(doc)[start:end].lower() not in FULL_MONTHS:
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e.start_char < start and end == e.end_char
               for e in doc.ents)
