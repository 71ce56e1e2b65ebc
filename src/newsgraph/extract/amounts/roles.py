"""How a figure hangs on a change's trigger: the token tests of the role walk in changes.py (a figure on a
noun trigger, a passive subject that is what moved, a move sized by its own to/by/from figure)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["counts_subject", "cutting_agent", "moved_by_figure", "role_on_noun"]


def role_on_noun(trig: Token, child: Token, kind: str) -> tuple[str, Token] | None:
    """The figure's role on a noun trigger ("a 35% increase", "a $3.4 billion reduction")."""
    # "a 35% increase": a percent on the noun is the rate; "2,200 job cuts" counts cuts
    if kind == "percent" and child.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod"):
        return "pct", trig
    if child.lemma_.lower() == "point" and child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
        return "delta", trig  # "a 15-point jump": a difference of two levels
    if kind == "money" and child.dep_ in ("compound", "amod", "nmod", "nummod"):
        return "delta", trig  # "a $3.4 billion reduction": money does not count cuts, it sizes them
    if child.dep_ == "conj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in trig.children):
        # "a drop of 16% from Japan and 18% from South Korea": the parse hangs the second figure on the noun
        return ("pct" if kind == "percent" else "delta"), trig
    return None


def counts_subject(subj: Token, root: Token) -> bool:
    """The figure counts the subject itself ("two enterprises"), not a noun in apposition to it ("its stockpile
    - 8,000 kilograms -", where the figure is the level the stockpile moved from)."""
    return subj.i == root.i or (root.head.i == subj.i and root.dep_ in ("nummod", "quantmod", "compound"))


def moved_by_figure(verb: Token) -> bool:
    """"the 5 percent tariff was raised to 10 percent": a figure after to/by/from says the size of the move, so
    the subject's figure is not it."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "by", "from") and any(t.like_num for t in c.subtree)
               for c in verb.children)


# verbs that only an agent does to a thing: with the figure as their object, a named subject is the one who cut
_AGENT_VERBS = frozenset({"cut", "slash", "trim", "reduce", "lower", "boost"})


def cutting_agent(arg: Token, trigger: Token) -> bool:
    """``arg`` is the named subject of an agent's verb whose direct object is the figure itself ("Congress cuts
    $500 billion out of the budget": Congress cut, the budget moved; round 32, it had been the change's object)."""
    if arg.dep_ != "nsubj" or arg.pos_ != "PROPN" or trigger.lemma_.lower() not in _AGENT_VERBS:
        return False
    return any(c.dep_ == "dobj" and (c.like_num or c.tag_ == "$" or any(g.like_num for g in c.children))
               for c in trigger.children)
