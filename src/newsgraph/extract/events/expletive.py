"""A verb conjoined to an expletive clause ("Pence said there is a crisis at the border, and called on Democrats to
end the impasse"): the parser hangs the second verb on the reported "there is" clause, which has no doer, so the
verb's doer is the one of the clause that reports it (round 26, issue 19: tune-half recall, a DEMAND with no actor)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["expletive_report", "relative_doer"]

#: expletive subjects: "there is", "it is clear that"
_EXPLETIVES = frozenset({"there", "it"})


def expletive_report(verb: Token) -> Token | None:
    """The verb that reports the expletive clause ``verb`` is conjoined to, when ``verb`` has no subject of its
    own; else None. Only a clause whose one subject is an expletive ("there is"), reported by a verb above it of
    the conjunct's own tense form."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    kids = list(clause.children)
    if not any(c.dep_ == "expl" and c.lower_ in _EXPLETIVES for c in kids):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in kids):
        return None
    # the verb the conjunct goes with has its tense form ("He said Trump will explain that there is a crisis, and
    # called on Democrats": "called" goes with "said", not with "explain"): the nearest governing verb of its form
    head = clause.head
    for _ in range(4):
        if head.tag_ == verb.tag_ and head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def relative_doer(verb: Token) -> Token | None:
    """The noun of a relative clause just before a participle clause the parser hung on the main verb ("reopened
    after the wildfire that tore through the park, destroying a third of the town": the wildfire destroyed it).
    Only a participle after a comma with no subject or mark of its own, right after a relative clause whose subject
    is its relative word; else None (round 26: the round-25 end review's wildfire read as ASSAULT)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 2]
    for tok in (before, *before.ancestors):
        if tok.i >= verb.i - 1 or tok.i == verb.head.i:
            return None
        if tok.dep_ == "relcl" and tok.right_edge.i == verb.i - 2 and any(
                c.dep_ == "nsubj" and c.lower_ in {"that", "which", "who"} for c in tok.children):
            return tok.head
    return None
