"""One body's name owned by two states in one report ("Russia's Defense Ministry said ..." and, two paragraphs on,
"Ukraine's Defense Ministry"): two organizations, one per owner, never one row whose country is the first named
(round 25's start review: both ministries were one entity coded RUS, and Ukraine's statements went to Russia).

A mention's owner is the state named right before it ("Russia's", "Russian") or inside its name ("the Russian
Defense Ministry"); a bare mention ("the Defense Ministry said") goes to the owner of the last owned mention before
it, else of the first after it. Only names keyed alike that carry two owners or more are split; a body with one owner
and no country yet takes that owner's."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import Lexicon, norm_name
from .entity_base import _Cand

__all__ = ["possessive_state", "split_owned_bodies"]


def possessive_state(span: Span, lex: Lexicon) -> str | None:
    """The state's name before "'s" right before the span ("Iran's Revolutionary Guard Corps"), or its people's
    adjective that NER cut off ("Iranian" + "Revolutionary Guard Corps"), if it is one."""
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].ent_type_ == "NORP" and lex.demonym_of(doc[span.start - 1].text):
        return doc[span.start - 1].text
    if span.start < 2 or doc[span.start - 1].text not in ("'s", "\u2019s"):
        return None
    prev = doc[span.start - 2]
    return prev.text if prev.ent_type_ == "GPE" and lex.country_of(prev.text) else None


def _owner(c: _Cand, lex: Lexicon) -> str | None:
    """ISO3 of the state that owns this mention of a body, from the words before it or its own first words."""
    before = possessive_state(c.span, lex)
    if before:
        return lex.country_of(before) or lex.demonym_of(before)
    words = norm_name(c.text).split()
    for k in (1, 2):
        if len(words) > k:
            head = " ".join(words[:k])
            iso = lex.country_of(head) or lex.demonym_of(head)
            if iso:
                return iso
    return None


def split_owned_bodies(cands: list[_Cand], lex: Lexicon) -> None:
    groups: dict[tuple[str, str], list[_Cand]] = {}
    for c in cands:
        if c.label == "ORG" and c.key is not None:
            groups.setdefault(c.key, []).append(c)
    for key, members in groups.items():
        owners = [_owner(c, lex) for c in members]
        named = {o for o in owners if o}
        if len(named) == 1 and not any(c.country for c in members):
            for c in members:
                c.country = next(iter(named))  # "Russia's Defense Ministry ... the Defense Ministry": Russia's
        if len(named) < 2:
            continue
        members_owners = sorted(zip(members, owners, strict=True), key=lambda mo: mo[0].start)
        first = next(o for _c, o in members_owners if o)
        last: str | None = None
        for c, o in members_owners:
            last = o or last
            iso = last or first
            c.key, c.country = (key[0], f"{key[1]}|{iso}"), iso
