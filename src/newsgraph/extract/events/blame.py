"""Accusations told as "X was behind Y" in what someone says or believes (round 14 parties, issue 19).

"Yanukovych said he was certain the United States was behind the ouster": the speaker accuses the United States
(ACCUSE, the fine set's DISAPPROVE with mode "allege"). Only inside a clause of saying or believing with a
speaker the resolver names, with a deed the clause is about (data/event_blame.tsv, the ``perpetrated`` class of
event_senses.tsv, or a noun trigger of force or coercion); the narrator's own "Russia was behind the hack", a
denial ("was not behind") and a question ("who was behind") accuse nobody.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv
from .lexicon import TriggerRule
from .parties import Party, PartyResolver
from .senses import Senses
from .triggers import Found, match_rule

__all__ = ["BLAME_WORD", "behind_accusation"]

#: the one word the rule starts from (the sentence prefilter lets it through)
BLAME_WORD = "behind"
_FORCE = frozenset({"ASSAULT", "FIGHT", "COERCE"})
_NO_ONE = frozenset({"who", "what", "which", "that", "whoever", "nobody", "no", "none"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|")) for row in read_tsv("event_blame.tsv")}


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or tok.lemma_.lower() == "deny"


def _deed(noun: Token, res: PartyResolver, senses: Senses) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _words()["deed"] or noun.lower_ in _words()["deed"] or senses.word_in("perpetrated", noun):
        return True
    rule = match_rule(noun, res.lex, senses) if noun.pos_ == "NOUN" else None
    return rule is not None and rule.type in _FORCE


def _believers(cop: Token) -> list[Token]:
    """The verbs or adjectives of saying or believing whose clauses hold ``cop``, nearest first ("said he was
    certain the U.S. was behind": "certain", then "said"), climbing at most three clauses."""
    out: list[Token] = []
    cur = cop
    for _ in range(3):
        if cur.dep_ == "acomp":  # "he was certain [that ...]": on to the copula, whose clause may be said
            cur = cur.head
        if cur.dep_ != "ccomp":
            break
        cur = cur.head
        if cur.lemma_.lower() in _words()["belief"]:
            out.append(cur)
    return out


def _holder(belief: Token) -> Token:
    return belief.head if belief.pos_ == "ADJ" and belief.dep_ == "acomp" else belief


def _speaker(belief: Token, res: PartyResolver) -> list[Party]:
    holder = _holder(belief)
    subj = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return res.resolve(subj, strict=False) if subj is not None else []


def behind_accusation(tok: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """ACCUSE for "X was behind Y" said or believed by a named speaker, or None (``tok`` is "behind")."""
    cop = tok.head
    if tok.dep_ != "prep" or cop.lemma_.lower() != "be" or _negated(cop):
        return None
    deed = next((c for c in tok.children if c.dep_ == "pobj"), None)
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if deed is None or subj is None or subj.lower_ in _NO_ONE or not _deed(deed, res, senses):
        return None
    actors: list[Party] = []
    for belief in _believers(cop):
        if match_rule(belief, res.lex, senses) is not None:
            return None  # "accused Iran of ...", "warned that ...": the verb's own event covers it
        if _negated(belief) or _negated(_holder(belief)):
            return None  # "did not believe Iran was behind it", "were not sure"
        # "Yanukovych said he was certain ...": a "he" the resolver leaves open is the one who says so above
        actors = _speaker(belief, res)
        if actors:
            break
    ids = {a.entity or a.name for a in actors}
    targets = [p for p in res.resolve(subj, strict=False) if (p.entity or p.name) not in ids and (p.code or p.entity)]
    if not actors or not targets:
        return None
    rule = TriggerRule(belief.lemma_.lower(), "V", "DISAPPROVE", "allege", None, (("sense",),))
    f = Found(rule=rule, trigger=belief, actors=actors, targets=targets, head=belief, mode="allege", nominal=False)
    f.place((belief, tok), deed, tok.sent)
    return f
