"""Round 34 (issue 18, real reports): '"...," said another, Tom Baker.' is Tom Baker's.

A vox-pop line names its speaker after a comma: the parser makes "another" (or "another resident") the subject and
hangs the name loose on the verb, so no apposition is read and the speaker was left empty. When a quote's speaker
mention with no speaker found is "one", "another" or an ordinal, alone or before a noun for a person ("another
resident"), and a comma and a person's name follow it straight away, ending there or at a comma or the sentence's
end, the person so named is the speaker. The speaker mention is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...record import Quote
from .arrays import mention_spans
from .speaker_words import person_nouns

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_trailing_names"]

# words that count the speakers of a row of voices ("said one", "said another", "a third added")
_COUNTERS = frozenset({"one", "another", "second", "third", "fourth", "fifth"})
# what may follow the name: the name is all that stands in apposition ("said another, Tom Baker, a nurse.")
_AFTER = frozenset({",", ".", ";", "!", "?", "—", "–"})


def _counted(span: Span) -> bool:
    """"another", "one", "a third" or "another resident": a speaker counted in a row, not named."""
    words = [t.lower_ for t in span if t.lower_ not in ("a", "an", "the")]
    if not words or len(words) > 2 or words[0] not in _COUNTERS:
        return False
    return len(words) == 1 or words[1] in person_nouns()


def _name_after(doc: Doc, span: Span) -> Span | None:
    """The person's name set off by a comma right after ``span``, or None."""
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == span.end + 1), None)
    if ent is None or ent.label_ != "PERSON" or ent.sent.start != span.sent.start:
        return None
    if ent.end < len(doc) and doc[ent.end].text not in _AFTER:
        return None
    return ent


def settle_trailing_names(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote told by "another, NAME" the person named (in place)."""
    for q, span in mention_spans(doc, out):
        if not _counted(span):
            continue
        name = _name_after(doc, span)
        if name is None:
            continue
        eid = res._entity_at(name.start_char, name.end_char)
        if eid is not None and res.by_id[eid]["type"] == "PERSON":
            q.speaker, q.speaker_name = eid, res.name_of(eid)
