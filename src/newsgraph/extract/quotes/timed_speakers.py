"""A time taken for the speaker (round 32, PolNeAR train): "Saturday at the party convention Sen. X (D-MA) said
...", "Clinton released her records in July, which showed ...", "— Nine months of Trump soaring ... by talking about
...". The parser made the day, the month or the stretch of time the cue's subject (or the antecedent of "which"),
and it became the speaker; a time says nothing. When the time's own phrase holds a named person set beside it as an
apposition (the misparse of a fronted "Saturday at ..., Sen. X said"), that person speaks; otherwise the speaker is
left empty (an empty speaker beats a wrong one).

A time that heads a text or a count keeps its words ("a June poll", "Monday night's results", "last year's FBI
statistics"): only a mention whose every word is part of a date or time, with no other noun, is read as a time;
and a mention the resolver linked to a person is that person's name ("May said": Teresa May, round 29).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .arrays import expand_span
from .speakers import Resolver

__all__ = ["timed_speakers"]

_TIME_ENTS = frozenset({"DATE", "TIME"})


def _bare_time(span: Span) -> bool:
    """Whether every word of the mention belongs to a date or time ("Saturday", "Nine months", "last week")."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in _TIME_ENTS for t in words)


def _apposed_person(head: Token) -> Span | None:
    """A named person hung in the time's phrase as an apposition ("Saturday at the convention Sen. X"), if one."""
    for t in head.subtree:
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
            return head.doc[t.left_edge.i : t.i + 1]
    return None


def timed_speakers(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give each quote whose speaker mention is a bare time the person set beside it, or no speaker (see above)."""
    for q in out:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        if q.speaker is not None and resolver.by_id[q.speaker]["type"] == "PERSON":
            continue  # a surname that is a month ("May said"), linked to the person the report names
        span = expand_span(doc, q.speaker_start, q.speaker_end)
        if span is None or not _bare_time(span):
            continue
        q.speaker = q.speaker_name = q.affiliation = None
        q.speaker_start = q.speaker_end = None
        person = _apposed_person(span.root)
        if person is not None:
            resolver.fill(q, person)
