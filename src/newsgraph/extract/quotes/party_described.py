"""Round 34 (issue 18, real reports): "the North Carolina Republican" is the party member the report just named.

'Senate Intelligence Chairman Richard Burr would not rule out ... "...," the North Carolina Republican told
reporters.' left the speaker empty: the description's head is a party word in capitals, which round 32's
``described_persons`` (lower-case person nouns) does not read. A definite description whose head is a party word
(``data/entity_party_adjectives.tsv``) takes up the one person named outside quoted words in its sentence or the two
before (``described_persons``' stretch) whose role is one a party member holds (``data/quote_party_member_roles.tsv``:
senator, representative, chairman, governor, ...). Two such persons, or a person with no role named there (who
could be the one meant), leave the speaker empty, as before. The speaker mention is kept.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...lexicon import read_tsv
from ...record import Quote
from .described_persons import _named_near

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_party_described"]

_MAX_WORDS = 5  # "the veteran North Carolina Republican": longer phrases are no plain description


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("entity_party_adjectives.tsv") if row)


@lru_cache(maxsize=1)
def _member_roles() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_party_member_roles.tsv") if row)


def _description(doc: Doc, q: Quote) -> Span | None:
    """The speaker mention when it is "the ... <Party>" with no speaker found."""
    if q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
        return None
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= _MAX_WORDS or span[0].lower_ != "the":
        return None
    root = span.root
    if root.i != span.end - 1 or root.text not in _party_words():
        return None
    return span


def _member(res: Resolver, span: Span) -> str | None:
    """The one party member named near the description, or None."""
    fits = []
    for pid in _named_near(res, span):
        roles = res.role_heads_of(pid)
        if not roles:
            return None  # (a person with no role might be the one meant: no guess)
        if roles & _member_roles():
            fits.append(pid)
    return fits[0] if len(fits) == 1 else None


def settle_party_described(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote told by "the <place> <Party>" the one party member named just before (in place)."""
    for q in out:
        span = _description(doc, q)
        if span is None:
            continue
        pid = _member(res, span)
        if pid is not None:
            q.speaker, q.speaker_name = pid, res.name_of(pid)
