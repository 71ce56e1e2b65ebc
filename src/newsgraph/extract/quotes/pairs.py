"""Two or more named people as "they" (review 17: "Wolf and Gerlach wrote a letter to Kerry ... They claim ...",
"... claim sources have told them ... '...,' they wrote": four quotes left without a speaker).

"they" as the subject of a reporting clause stands for the latest plural thing before it, within :data:`_REACH`
sentences: when that is a coordination of people the entity layer names, as a subject ("Tom Hale and Jim Berg wrote
..."), the pair speaks. A plural subject of any other kind, in any clause ("the unions", "The Smiths", "canvassers"
of "explained how canvassers would rank ..."), names coordinated in another role ("When I met with Mr. A and Mr. B,
they ..."; measured on PolNeAR train: the subject before them was taken) and a person coordinated with a
non-person end the search with nobody; an earlier "they" is passed over (it has the same antecedent). People met or
named apart ("Tom Hale met Jim Berg. They said") are left unresolved: an empty answer beats a guess.

The record keeps one speaker id, as for coordinated speakers ("Tom Hale and Jim Berg said": the first name speaks
for them); :func:`pair_names` gives the ``speaker_name`` that keeps the others ("Tom Hale and Jim Berg").
Round 31: a party-state tag ("D-Calif.") is no coordination of its own, and legislators listed with such tags are
read from the words where the parser broke the list (:mod:`.party_tags`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...record import Quote
from .group_they import fill_group_they
from .party_tags import in_party_label, tagged_names

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["fill_pair", "pair_antecedent", "pair_names"]

_REACH = 3  # sentences before the pronoun's own
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TRANSPARENT = frozenset({"they", "we"})


def _candidates(sent: Span, before: int) -> list[Token]:
    """What "they" may look back to in a sentence, before token ``before``: plural subjects of any clause
    ("canvassers" of "explained how canvassers would rank ..."), coordinated names in any role ("met with Mr. A and
    Mr. B"), and a name the parser made the sentence's root (a verbless parse: "Reps. Tom Hale, R-Va., and Jim Berg,
    R-Pa., claim ... " hangs the rest on the names)."""
    out = []
    for t in sent:
        if t.i >= before:
            break
        if in_party_label(t):
            continue  # "D" and "Calif." of "Ann Cole, D-Calif., and ..." are no pair (round 31: .party_tags)
        if t.dep_ in _SUBJECTS and _plural(t) or t.pos_ == "PROPN" and t.dep_ != "conj" and (
                t.dep_ == "ROOT" or any(c.dep_ == "conj" for c in t.children)):
            out.append(t)
    return out


def _plural(subj: Token) -> bool:
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _TRANSPARENT or any(c.dep_ == "conj" for c in subj.children)


def _members(subj: Token) -> list[Token]:
    """The heads of a coordination ("Hale" and "Berg" of "Tom Hale and Jim Berg"), in order."""
    out = [subj]
    cur = subj
    while True:
        nxt = next((c for c in cur.children if c.dep_ == "conj"), None)
        if nxt is None:
            return out
        out.append(nxt)
        cur = nxt


def pair_antecedent(pron: Token, person_at: Callable[[Token], str | None],
                    masked: Sequence[bool]) -> list[str] | None:
    """The entity ids of the people ``pron`` ("they") stands for, first named first, or None."""
    if pron.lower_ != "they" or pron.dep_ not in _SUBJECTS:
        return None
    doc = pron.doc
    sent = pron.sent
    sents = [sent]
    start = sent.start
    while len(sents) <= _REACH and start > 0:
        prev = doc[start - 1].sent
        sents.append(prev)
        start = prev.start
    for s in sents:
        limit = pron.i if s is sent else s.end
        cands = _candidates(s, limit)
        tagged = tagged_names(s, limit)  # tagged legislators the parser broke apart (round 31: .party_tags)
        if tagged is not None and not any(masked[h.i] for h in tagged[1]) and \
                not any(c.i > tagged[1][-1].i and not masked[c.i] for c in cands):
            ids = [person_at(h) for h in tagged[1]]
            return None if None in ids or len(set(ids)) < len(ids) else [i for i in ids if i is not None]
        for cand in reversed(cands):
            if masked[cand.i] or cand.lower_ in _TRANSPARENT:
                continue  # an earlier "they" has the same antecedent
            members = _members(cand)
            ids = [person_at(m) for m in members]
            # the latest plural thing decides: people named together as a subject, or nobody
            if cand.dep_ not in _SUBJECTS and cand.dep_ != "ROOT" or len(members) < 2 or None in ids \
                    or len(set(ids)) < len(ids):
                return None
            return [i for i in ids if i is not None]
    return None


def pair_names(names: list[str]) -> str:
    """"Tom Hale and Jim Berg"; "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def fill_pair(res: Resolver, rec: Quote, pron: Token) -> bool:
    """Set ``rec``'s speaker to the people "they" stands for: the first speaks, ``speaker_name`` names all."""
    def person_at(tok: Token) -> str | None:
        eid = res._entity_at(tok.idx, tok.idx + len(tok.text))
        return eid if eid is not None and res.by_id[eid]["type"] == "PERSON" else None

    ids = pair_antecedent(pron, person_at, res._masked)
    if not ids:
        return fill_group_they(res, rec, pron)  # "Republicans ... because they felt ..." (round 21)
    rec.speaker, rec.affiliation = ids[0], None
    rec.speaker_name = pair_names([res.name_of(i) or "" for i in ids])
    return True
