"""Round 23 (issue 19): officials named by a bloc of states ("euro zone finance ministers", "eurozone leaders").

They act for an intergovernmental body, so CAMEO codes them IGO; without this the city they meet in ("ministers in
Brussels") or the event's place coded them as that city's country (BEL). The words are the ``bloc`` class of
data/event_senses.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from .senses import load_senses

__all__ = ["bloc_modifier"]

_MODS = frozenset({"amod", "compound", "nmod"})


def bloc_modifier(head: Token) -> bool:
    """A modifier before ``head`` (or a word inside it: "euro zone") is of the ``bloc`` class."""
    senses = load_senses()
    return any(c.dep_ in _MODS and c.i < head.i and any(senses.word_in("bloc", t) for t in c.subtree)
               for c in head.children)
