"""Round 37 (issue 18, "speaker carried over from a person named in the words"): a "he" that cannot be the one
its report names.

"... in which he said Hale told him he trusted the adviser" and "he said he'd keep talking to Hale" had the
speaker Hale: the pronoun search took the person named last, and that person is named inside the very clause the
pronoun's verb reports. English does not let a pronoun subject stand for a name its own verb's clause holds (one
writes "Hale said Hale's..." never; "he said Hale told him" is two people), so that reading is always wrong. The
speaker's mention ("he") stays, since the report does name the speaker so; the person and written name it had are
left empty (an empty speaker beats a wrong one: the review counts the other person's words as wrong). Nothing is
re-resolved here: the pronoun search has no reading to fall back on that is known to be right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import expand_span

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["settle_bound_pronouns"]

# person pronouns that may be a reporting verb's subject ("they" is left: a group's name may sit inside its words,
# "they said the Pentagon's own figures ...", and groups are not persons the index holds)
_PRONOUNS = frozenset({"he", "she"})


def settle_bound_pronouns(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Empty the person and written name of each quote whose "he"/"she" speaker stands for a person whom the
    clause the pronoun's own verb reports names by name."""
    text = doc_text(doc)
    for q in out:
        if q.speaker is None or q.speaker_start is None or q.speaker_end is None or q.speaker_end > q.start:
            continue  # (a speaker after the words, '"...," he said', is the direct quotes' rule, not this one)
        if text[q.speaker_start : q.speaker_end].lower() not in _PRONOUNS:
            continue
        if _named_in_clause(doc, q, res):
            q.speaker = q.speaker_name = q.affiliation = None


def _named_in_clause(doc: Doc, q: Quote, res: Resolver) -> bool:
    """Whether a mention by name of the quote's person lies in the quote's words and inside the clause its cue
    verb governs, the pronoun being that verb's subject."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    pron = expand_span(doc, q.speaker_start or 0, q.speaker_end or 0)
    if verb is None or pron is None or len(pron) != 1 or pron[0].head != verb or \
            pron[0].dep_ not in ("nsubj", "nsubjpass"):
        return False
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    for start, pid in res.persons:
        if start >= q.end or start >= hi:
            break
        if pid != q.speaker or start < q.start or start < lo:
            continue
        name = expand_span(doc, start, start + 1)
        if name is not None and len(name) and name[0].pos_ == "PROPN":
            return True  # (a name, never a pronoun the entity layer linked)
    return False
