"""Cues of how a report tells an event, read off one word and its sentence: a negation ("did not attack";
not "didn't just attack"), an act there is no evidence of, a question that only asks about it."""

from __future__ import annotations

from spacy.tokens import Token

_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
#: "didn't just attack", "not only attacked": the act is told, and more besides (no negation)
_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely"})
#: nouns of proof: "there is no evidence he mounted an attack" tells no attack
_PROOF = frozenset({"evidence", "proof", "sign", "indication"})


def _negated_here(tok: Token) -> bool:
    kids = list(tok.children)
    if any(c.dep_ == "advmod" and c.lower_ in _NOT_ONLY for c in kids) and any(
            c.dep_ in {"neg", "preconj"} for c in kids):
        return False
    return any(c.dep_ == "neg" or c.lower_ in _NEG_WORDS and c.dep_ in {"det", "advmod"} for c in kids)


def _unproven(tok: Token) -> bool:
    """The clause is what there is no proof of ("no evidence he mounted an attack", "found no sign that ...")."""
    if tok.dep_ not in {"relcl", "acl", "ccomp"} or tok.head.lemma_.lower() not in _PROOF:
        return False
    noun = tok.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in noun.head.children))


def _question(tok: Token) -> bool:
    """The event is asked about, not told ("What does he offer?", "Did Iran attack the tanker?"); a question of
    why it happened takes it as told ("why did you sanction Turkey?")."""
    sent = tok.sent
    return sent.text.rstrip().rstrip("\"'”’").endswith("?") and not any(t.lower_ == "why" for t in sent)
