"""Link text pasted between a lawmaker's name and the rest of the sentence.

Some outlets put a linked profile inside the sentence: the name, the full name run into the titles of related
stories, then "MORE" and the party tag ("Rep. Ann Gold Ann Marie GoldSenate holds budget hearing MORE (D-Vt.)
said ..."). The parser reads a headline's subject there ("Senate") as the speaker (review 21). A speaker mention
that lies before such a "MORE (D-..)" mark in its sentence, where the sentence opens with a person's name, stands
for that person: the words between are the link's, not the report's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .._doc import doc_text

__all__ = ["linked_name"]

# "MORE" in capitals closing the link, then a party tag: "(D-Vt.)", "(R-Ohio)", "(I-Maine)"
_MORE_TAG = re.compile(r"MORE\s*\((?:D|R|I)-[A-Z]")
# the sentence's person name opens it, after a title of up to this many tokens ("Rep.", "Senate Majority Leader")
_OPENING = 4


def linked_name(span: Span) -> Span | None:
    """The person's name that opens the sentence of ``span``, where ``span`` lies inside link text that a "MORE
    (D-..)" mark after it closes; None otherwise (also where ``span`` is that name already)."""
    sent = span.sent
    tail = doc_text(span.doc)[span.end_char : sent.end_char]  # (Doc.text is rebuilt on every read)
    if "MORE" not in tail or _MORE_TAG.search(tail) is None:
        return None
    name = next((e for e in sent.ents if e.label_ == "PERSON"), None)
    if name is None or name.start - sent.start > _OPENING or name.end > span.start:
        return None
    return name
