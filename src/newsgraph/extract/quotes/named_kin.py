"""Round 36 (issue 18, r36-qspk): '"...," his son said.' is the son the report has named ("his son, Eric Hale").

An independent review of unseen reports found speakers left as a description ("his son") where the report names
the person the description stands for. When a quote's speaker is a relative noun with a possessor ("his son",
"her daughter", "the senator's wife": the kin nouns of ``speaker_words``) that resolved to no entity, and earlier
in the report the same relative noun with a possessor has a person's name set in apposition to it ("with his son,
Eric Hale,", "his son Eric"), that person speaks; the mention stays the description.

Left alone: a relative noun the report names for two different people ("his son, Eric ... her son, Tom"), a name
that is no person entity, and any description that is not a relative ("the tweet", "the official").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import expand_span
from .cues import np_span
from .speaker_words import kin_nouns

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_named_kin"]


def _kin_of(doc: Doc, q: Quote) -> Token | None:
    """The relative noun of a speaker mention "his son" / "Hale's wife" (a possessor and the noun), else None."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    if span is None or not 2 <= len(span) <= 4:
        return None
    kin = span[-1]
    if kin.lower_ not in kin_nouns() or not any(c.dep_ == "poss" for c in kin.children):
        return None
    return kin


def _named(doc: Doc, kin: Token, res: Resolver) -> set[str]:
    """The person entities named in apposition to the same relative noun (with a possessor) before ``kin``."""
    found: set[str] = set()
    own = next(c for c in kin.children if c.dep_ == "poss")
    for t in doc[: kin.i]:
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if t.lower_ != kin.lower_ or poss is None:
            continue
        if own.lower_ in ("his", "her") and poss.lower_ != own.lower_:
            continue  # "her son, Paul" is no one "his son" stands for
        for name in t.children:
            if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < t.i:
                continue
            lo, hi = np_span(doc, name)
            probe = Quote(id="", text="", kind="direct", start=0, end=0)
            res.fill(probe, doc[lo:max(hi, name.i + 1)])
            if probe.speaker is not None and res.by_id[probe.speaker]["type"] == "PERSON":
                found.add(probe.speaker)
    return found


def settle_named_kin(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote spoken by "his son" (no entity) the son the report named earlier, when it named one."""
    for q in out:
        if q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
            continue
        kin = _kin_of(doc, q)
        if kin is None:
            continue
        named = _named(doc, kin, res)
        if len(named) == 1:
            q.speaker = named.pop()
            q.speaker_name = res.name_of(q.speaker)
