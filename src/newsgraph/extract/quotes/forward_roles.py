"""A description whose person the report names in the next sentence (review 17: "Obama's top spokesman said US
officials ... . '...,' Josh Earnest, the spokesman, told reporters": the first quote had no speaker).

A singular role noun as the speaker ("Obama's top spokesman", "the minister's spokesman", "a retired general"; not a
bare "the senator", which looks back, nor one that holds a place or a people, "Germany's president") that no person
named before it holds is the person named within the next sentence whose role has that head noun ("Josh Earnest, the
spokesman"; "spokesman Tom Hale"), when that person was not named before the description (one named before is
the backward rule's, :meth:`.speakers.Resolver.last_with_role`, and a person named earlier with another role is
someone else). The mention stays the description's words.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["named_after"]

# A bare definite description ("the senator", "the spokesman") looks back to someone in the story: '"...," the
# senator said' after Sanders spoke is Sanders, not Sen. McCaskill named next (PolNeAR train)
_ANAPHORIC = frozenset({"the", "this", "that"})
# A description that holds a place or a people is that place's office holder, whom a person named next with the
# same role need not be
_PLACES = frozenset({"GPE", "NORP", "LOC"})


def _window_end(span: Span) -> int:
    """End (characters) of the sentence after the description's."""
    sent = span[0].sent
    doc = span.doc
    if sent.end >= len(doc):
        return sent.end_char
    return doc[sent.end].sent.end_char


def named_after(res: Resolver, span: Span, root: Token) -> str | None:
    """The person named just after the description ``span`` (head ``root``) with its role, or None."""
    if root.pos_ != "NOUN" or root.tag_ != "NN" or len(span) <= 2 and span[0].lower_ in _ANAPHORIC:
        return None
    if any(t.ent_type_ in _PLACES for t in span):
        return None  # "Germany's president" is no Russian president named next (PolNeAR train)
    head = root.lower_
    end = _window_end(span)
    earlier = {pid for st, pid in res.persons if st < span.start_char}
    k = bisect_right(res.persons, (span.end_char, ""))
    for st, pid in res.persons[k:]:
        if st >= end:
            return None
        if pid in earlier:
            continue
        return pid if head in res.role_heads_of(pid) else None
    return None
