"""Round 23 (issue 19): "came under shelling", "is under attack": the subject is the one hit, not the attacker.

A noun trigger that is the object of "under" on "come", "be", "remain", "fall" or "stay" tells what the subject
suffers ("Novoazovsk had come under shelling for three days"); the finder gave such a subject the actor's side, as it
does for the subject of any verb that carries a noun event. The doer, when named, comes with "from" or "by" and is
left as the finder read it. Run after scoring, like :mod:`.topics`: only sides are edited."""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party
from .triggers import Found

__all__ = ["under_fire"]

_UNDERGO = frozenset({"come", "be", "remain", "fall", "stay", "go"})


def _subject_of(verb: Token) -> set[int]:
    """Token indexes of the subject phrase(s) of ``verb`` (the head verb's for a subjectless conjunct)."""
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}


def _in(p: Party, idx: set[int], doc_tok: Token) -> bool:
    root = p.root(doc_tok.doc)
    return root is not None and root.i in idx


def _undergoing(t: Token) -> Token | None:
    """The verb of "come under <t>": ``t`` the object of "under" on it, or (a gerund the parser made a clause of the
    verb: "had come under shelling") right after an "under" that hangs on it."""
    if t.dep_ == "pobj" and t.head.lower_ == "under":
        verb = t.head.head
    elif t.i > 0 and t.doc[t.i - 1].lower_ == "under" and t.doc[t.i - 1].head.i == t.head.i:
        verb = t.head
    else:
        return None
    return verb if verb.lemma_.lower() in _UNDERGO else None


def under_fire(found: list[Found]) -> list[Found]:
    """``found`` with the subject of "come under <attack>" moved from the actors to the targets (in place)."""
    for f in found:
        t = f.trigger
        verb = _undergoing(t) if f.actors else None
        if verb is None:
            continue
        subj = _subject_of(verb)
        hit = [p for p in f.actors if _in(p, subj, t)]
        if hit:
            f.actors = [p for p in f.actors if p not in hit]
            f.targets = f.targets + [p for p in hit if p not in f.targets]
    return found
