"""A stance told by a participle on its holder's noun: "a super PAC supporting Jeb Bush", "Democrats backing Ruiz".

A participle that modifies a noun reports nothing as a cue (``cues._NOT_CUE_DEPS``: "a written statement"), so
the position such a phrase tells was missed (round 18, PolNeAR train: about 50 gold attributions with such a cue,
of which this finds 20, mostly super PACs and groups backing a candidate). For the verbs of backing or opposing in ``data/quote_held_participles.tsv``
the noun the present participle follows holds the stance when it can hold one: a person, organization or group
the parser names, or a noun with a determiner, possessor, modifier noun or number ("a super PAC", "the group",
"Clinton's allies"). A bare plural is a set the participle defines ("countries supporting the strike"), as in
``unsaid.stance_of``'s rule for relative clauses, and a text or a count holds nothing (``unsaid.unheld_stance``,
and the data file's ``text`` nouns: "a letter supporting the plan", "placards backing Sanders").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv
from .unsaid import unheld_stance

_HOLDER_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_DEFINITE = frozenset({"det", "poss", "compound", "nummod"})
_ANY = frozenset({"any", "no", "every", "each", "some", "many", "most", "all"})


@lru_cache(maxsize=2)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_held_participles.tsv") if r[0] == kind)


def participle_holder(verb: Token) -> Token | None:
    """The noun that holds the stance a participle of backing or opposing modifying it tells, or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _words("verb"):
        return None
    holder = verb.head
    if holder.i > verb.i or holder.pos_ not in ("NOUN", "PROPN") or unheld_stance(holder) or \
            holder.lemma_.lower() in _words("text"):
        return None
    if holder.dep_ == "pobj" and _sent_text(holder.head.head):
        return None  # "sent a letter to Senate leaders opposing the bill": the parser's nearest noun is who received
        # the text that opposes, not who opposes (round 18, PolNeAR tune: the senders' stance went to the leaders)
    kids = list(holder.children)
    if any(c.dep_ == "det" and c.lower_ in _ANY for c in kids):
        return None  # "any group supporting the plan": no one in particular
    if holder.ent_type_ in _HOLDER_TYPES or any(c.dep_ in _DEFINITE for c in kids):
        return holder
    return None


def _sent_text(gov: Token) -> bool:
    """A text noun, or a verb whose object is one, that a prepositional phrase hangs on ("a letter ... to X")."""
    text = _words("text")
    return gov.lemma_.lower() in text or any(c.dep_ == "dobj" and c.lemma_.lower() in text for c in gov.children)
