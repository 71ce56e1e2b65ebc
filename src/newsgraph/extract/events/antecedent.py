"""What a subject "it" stands for, read off the clause or the sentence before it (round 18, issue 19): "First off,
the war itself. It killed about 4 million people." The war's toll is no act of a party; the war is told as its own
event. Only the nearest plausible antecedent is taken: the subject of an earlier clause of the same sentence, else
the sentence before's subject, or its head noun where that sentence has no verb ("the war itself."). A wrong guess
only matters where the guessed word is of the sense row's class, so the reading is kept this short."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["it_antecedent"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _subject_of(root: Token, before: int) -> Token | None:
    """The nearest nominal subject left of token index ``before`` in ``root``'s sentence (not a pronoun)."""
    subs = [t for t in root.sent if t.dep_ in _SUBJ and t.pos_ in _NOMINAL and t.i < before]
    return subs[-1] if subs else None


def it_antecedent(it: Token) -> Token | None:
    """The noun a subject "it" most likely stands for, or None."""
    if it.lower_ != "it":
        return None
    sent = it.sent
    same = _subject_of(sent.root, it.i)
    if same is not None:
        return same
    if sent.start == 0:
        return None
    prev = it.doc[sent.start - 1].sent
    if prev.root.pos_ in _NOMINAL:
        return prev.root  # a verbless sentence: "First off, the war itself."
    return _subject_of(prev.root, prev.end)
