"""Backing stated by a verb of saying: who backs and who is backed (round 24, issue 19).

"Trump reaffirmed the United States' strong support for NATO", "the minister voiced his government's support for
the Kurds": the trigger is the verb (data/event_senses.tsv, `reaffirm`/`express` ... with an object of class
`stated_backing`), and the backed side is named by the noun's "for" or "to" phrase; the noun's possessor is the
backer's own side. The finder read the possessor as the target and left the backed side out (a tune-half error).
Here the target becomes the parties of that phrase, and a possessor named as an entity fills an empty actor; with
no such phrase the possessor is only taken off the targets. Run after scoring, like :mod:`.topics`: only sides are
edited.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver
from .senses import load_senses
from .triggers import Found

__all__ = ["backing_sides"]

_TYPES = frozenset({"SUPPORT", "AID"})
_AIMED = frozenset({"for", "to"})


def _backing_object(verb: Token) -> Token | None:
    senses = load_senses()
    return next((c for c in verb.children if c.dep_ == "dobj" and senses.word_in("stated_backing", c)), None)


def _backed(obj: Token) -> Token | None:
    """The object of the "for"/"to" phrase of the backing noun (or of its verb, where the parser hung it there)."""
    heads = [obj, obj.head]
    for h in heads:
        for prep in h.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in _AIMED and prep.i > obj.i:
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _at(p: Party, tokens: set[int], doc_tok: Token) -> bool:
    root = p.root(doc_tok.doc)
    return root is not None and root.i in tokens


def backing_sides(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the sides of stated backing read from its noun's phrase (in place; the list returned)."""
    for f in found:
        if f.rule.type not in _TYPES or f.nominal:
            continue
        obj = _backing_object(f.trigger)
        if obj is None:
            continue
        poss = next((c for c in obj.children if c.dep_ == "poss"), None)
        own = {t.i for t in poss.subtree} if poss is not None else set()
        f.targets = [p for p in f.targets if not _at(p, own, f.trigger)]
        backed = _backed(obj)
        aimed = [p for p in res.resolve(backed, strict=False) if p.entity or p.code] if backed is not None else []
        if aimed:
            f.targets = aimed + [p for p in f.targets if p.key() not in {a.key() for a in aimed}]
        if not f.actors and poss is not None and poss.pos_ != "PRON" and res.entity_at_token(poss) is not None:
            f.actors = res.resolve(poss, strict=False)
    return found
