"""A thing named where a side should be (round 29, wave 3; issue 19: "the topic taken as a party").

The finder takes a side from a noun phrase in the right place: the object of "wants ... lifted", the "against" phrase
of a protest, the "to" phrase of supplying. Where that phrase is headed by a thing or a practice ("Iran wants UN
sanctions lifted", "protests against the Citizenship Amendment Act", "called for a halt to NSA surveillance",
"supplying intelligence"), it names what the act is about or what was handed over, never who acted or was acted
on: PLOVER's sides are states, groups and people. The party is dropped (an empty side beats a wrong one); the event
stays. The head words are the ``law``, ``document`` and ``thing`` rows of ``event_party_words.tsv``. A part of a town
(``site``: "a car bombing in the southern suburbs that killed 27") is dropped as an actor only: a place does not
act, while a place hit stands for the people there. A name headed by another word ("the Paris Club",
"Sanctions Committee" is headed by "Committee") is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .parties import Party
from .party_words import party_words
from .triggers import Found

__all__ = ["thing_parties"]


def _thing_words() -> frozenset[str]:
    words = party_words()
    return words["law"] | words["document"] | words["thing"]


def _is_thing(p: Party, doc: Doc, things: frozenset[str]) -> bool:
    """The party's phrase is headed by a word of a thing (a named person never is)."""
    root = None if p.person else p.root(doc)
    return root is not None and (root.lemma_.lower() in things or root.lower_ in things)


def thing_parties(found: list[Found], doc: Doc) -> list[Found]:
    """Drop the actors and targets headed by a thing's noun, and the actors headed by a part of a town."""
    things = _thing_words()
    not_acting = things | party_words()["site"]
    for f in found:
        f.actors = [p for p in f.actors if not _is_thing(p, doc, not_acting)]
        f.targets = [p for p in f.targets if not _is_thing(p, doc, things)]
    return found
