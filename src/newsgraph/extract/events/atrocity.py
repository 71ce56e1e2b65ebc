"""Atrocities declared (issue 19, round 18): "Kerry announced that ISIS is guilty of committing genocide against
Yazidis", "the minister determined that the army's actions constituted genocide", "the parliament recognized the
killings as genocide". Declaring, determining or recognizing that a party's acts are genocide, war crimes, crimes
against humanity or ethnic cleansing accuses that party (CAMEO 112; the guidelines' ACCUSE, the fine set's
DISAPPROVE "allege"), told at the declaring verb; the atrocity named keeps its own event.

Only a declaring verb (``declaring`` class of ``data/event_senses.tsv``; not a bare "said", which tells a view) that
is no event of its own, with its declarer and the accused both named, is such an accusation: "scholars debated
whether the famine was a genocide" names nobody accused and declares nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TriggerRule
from .owners import owners_and_objects
from .parties import Party, PartyResolver
from .senses import Senses
from .triggers import Found, match_rule

__all__ = ["ATROCITY_WORDS", "atrocity_accusation", "named_only"]

#: the lemmas an atrocity frame starts from
ATROCITY_WORDS = frozenset({"genocide", "crime", "cleansing"})

#: the links an atrocity noun climbs to the clause that declares it ("guilty of committing genocide", "constituted
#: genocide", "recognized the killings as genocide", "declared the massacre a genocide")
_CLIMB = frozenset({"pobj", "prep", "pcomp", "attr", "acomp", "dobj", "oprd", "xcomp", "ccomp", "advcl"})


def named_only(parties: list[Party]) -> list[Party]:
    """The parties a name, an entity or a code identifies (also tolerance.py's)."""
    return [p for p in parties if p.entity or p.code or p.country]


def _is_atrocity(noun: Token) -> bool:
    """genocide; war crimes; crimes against humanity; ethnic cleansing."""
    lemma = noun.lemma_.lower()
    if lemma == "genocide":
        return True
    kids = list(noun.children)
    if lemma == "crime":
        return any(c.lower_ == "war" and c.dep_ in {"compound", "amod", "nmod"} for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "against" and any(g.lemma_.lower() == "humanity" for g in c.children)
            for c in kids)
    return lemma == "cleansing" and any(c.lower_ == "ethnic" for c in kids)


def _declarer(noun: Token, senses: Senses) -> tuple[Token, Token] | None:
    """(the declaring verb, the clause or object under it that names the atrocity), climbing at most six links."""
    cur = noun
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head is cur:
            return None
        below, cur = cur, cur.head
        if cur.pos_ == "VERB" and senses.word_in("declaring", cur):
            return cur, below
    return None


def _accused(verb: Token, below: Token, res: PartyResolver) -> list[Party]:
    """The subject of the declared clause ("that ISIS is guilty"), or the declared object ("recognized the
    killings by the army as genocide"), or its owner ("the army's actions")."""
    holders = [c for c in below.children if c.dep_ in {"nsubj", "nsubjpass"}] if below.dep_ == "ccomp" else []
    holders += [c for c in verb.children if c.dep_ == "dobj"]
    for h in holders:
        named = named_only(res.resolve(h, strict=False))
        if not named:
            owners, objects = owners_and_objects(h, ("by", "of"), prep_deps=("prep", "agent"))
            named = [p for o in owners + objects for p in named_only(res.resolve(o, strict=False))]
        if named:
            return named
    return []


def atrocity_accusation(noun: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """ACCUSE (DISAPPROVE allege) at the verb that declares an atrocity of a named party, or None."""
    if noun.pos_ not in {"NOUN", "PROPN"} or not _is_atrocity(noun):
        return None
    found = _declarer(noun, senses)
    if found is None:
        return None
    verb, below = found
    if any(c.dep_ == "neg" for c in verb.children) or match_rule(verb, res.lex, senses) is not None:
        return None  # "did not determine", "accused X of genocide": none, or the verb's own event covers it
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actors = named_only(res.resolve(subj, strict=False)) if subj is not None else []
    ids = {a.entity or a.name for a in actors}
    targets = [p for p in _accused(verb, below, res) if (p.entity or p.name) not in ids]
    if not actors or not targets:
        return None  # precision first: an accusation needs who accuses and who is accused
    rule = TriggerRule(verb.lemma_.lower(), "V", "DISAPPROVE", "allege", None, (("sense",),))
    f = Found(rule=rule, trigger=verb, actors=actors, targets=targets, head=verb, mode="allege", nominal=False)
    f.place((verb,), noun, verb.sent)
    return f
