"""Round 32 (issue 18, quotes on real reports): a description of a speaker taken up from the person the report has
just introduced, when the description names that person's role by another word or by a second noun.

``Resolver.last_with_role`` gives "the minister" the last person named whose role has the head noun "minister".
Allsides tune pages (ranks 500-559) left descriptions empty whose head is no word of the person's role: "Adam
Tomkins, a law professor and member of the Scottish Parliament, agreed ... The Conservative Party legislator
tweeted that ..." (role "member"), "Pope Francis urged ... '...,' the pontiff told reporters" (role "Pope"), and
"The retired general and former CIA director said" (the second noun, "director", is Hayden's role). Such a
description takes up the one person named in its own sentence before it or in the two sentences before that, when

- its head (or a noun joined to it by "and") is a role head of that person, or one that
  ``data/quote_described_roles.tsv`` lists for it ("pontiff": pope; "legislator": member, senator, ...);
- no other person is named in that stretch, outside quoted words, unless that person's roles rule the
  description out (a person with no role could be the one meant: no guess is made then);
- a place or nationality inside the description ("the Russian envoy") is the person's own country.

An empty speaker beats a wrong one, so any doubt leaves the speaker empty, as before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicon import read_tsv
from .office_phrases import office_fits
from .speaker_words import person_nouns

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .speakers import Resolver

__all__ = ["described_person", "same_office"]

_SENTENCES_BACK = 2  # how many sentences before the description's own the person may have been named in
_PLACE_TYPES = frozenset({"GPE", "NORP"})


@lru_cache(maxsize=1)
def same_office() -> dict[str, frozenset[str]]:
    """Description head -> the role heads it may stand for (itself included)."""
    rows = read_tsv("quote_described_roles.tsv")
    return {r[0].lower(): frozenset({r[0].lower(), *(w.strip().lower() for w in r[1].split(","))})
            for r in rows if len(r) > 1}


def _heads(root: Token) -> frozenset[str]:
    """The description's person nouns: its head and a noun joined to it ("the retired general and former ...
    director")."""
    nouns = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    known = _known_heads()
    return frozenset(n.lower_ for n in nouns if n.lower_ in known and n.tag_ in ("NN", "NNP"))


@lru_cache(maxsize=1)
def _known_heads() -> frozenset[str]:
    """The nouns a description's head may be: the person nouns and the heads of the table (the union made once)."""
    return person_nouns() | same_office().keys()


def _in_quote(res: Resolver, char: int) -> bool:
    """The character starts a token inside quoted words (a person named in a quote is never its speaker)."""
    i = bisect_right(res._starts, char) - 1
    return 0 <= i < len(res._masked) and bool(res._masked[i])


def _named_near(res: Resolver, span: Span) -> set[str]:
    """The persons named outside quoted words in the description's sentence before it and in the sentences
    before that (``_SENTENCES_BACK``)."""
    first = res._sentence_of(span.start_char) - _SENTENCES_BACK
    near = set()
    for st, pid in reversed(res.persons[: bisect_left(res.persons, (span.start_char, ""))]):
        if res._sentence_of(st) < first:
            break
        if not _in_quote(res, st):
            near.add(res.same_person.get(pid, pid))
    return near


def _own_country(res: Resolver, span: Span, root: Token, pid: str) -> bool:
    """Every place or nationality in the description is the person's country ("the Russian envoy")."""
    places = [t for t in span if t.i < root.i and t.ent_type_ in _PLACE_TYPES]
    if not places:
        return True
    country = res.by_id[pid].get("country")
    for t in places:
        eid = res._entity_at(t.idx, t.idx + len(t))
        if country is None or eid is None or res.by_id.get(eid, {}).get("country") != country:
            return False
    return True


def described_person(res: Resolver, span: Span, root: Token) -> str | None:
    """The person a definite description of a speaker stands for (see the module's text), or None."""
    if span[0].lower_ not in ("the", "this", "that") or root.pos_ not in ("NOUN", "PROPN") or not root.is_lower:
        return None
    heads = _heads(root)
    if not heads or any(c.dep_ == "prep" for c in root.children):
        # (r37: "the spokesperson for the ministry" names its own body, which a role named before may not be)
        return None
    office = same_office()
    wanted = frozenset().union(*(office.get(h, frozenset({h})) for h in heads))
    offices = frozenset(w for w in wanted if " " in w)  # ("the premier": "prime minister", r37)
    fits = []
    for pid in _named_near(res, span):
        roles = res.role_heads_of(pid)
        if not roles:
            return None  # (a person with no role might be the one meant: no guess)
        if roles & wanted or (offices and office_fits(res.by_id[pid].get("roles") or [], offices)):
            fits.append(pid)
    if len(fits) != 1 or not _own_country(res, span, root, fits[0]):
        return None
    return fits[0]
