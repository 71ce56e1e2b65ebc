"""Disapproving remarks in reported speech as DISAPPROVE (round 32, issue 19).

"Senator Jones said the decision was unacceptable", "the group said the move would constitute naked aggression",
"'Mr. Putin is a slow learner,' said the general": a verdict word (data/event_judgements.tsv) as the predicate of a
copula whose clause a named speaker says. The speaker is the actor; the copula's subject, or the subject of an
extraposed "that" clause ("it is unacceptable that the administration ignores ..."), is the target where it names
a party. Stays out: an attributive word ("the wrong person", "unacceptable losses"), the narrator's own verdict (no
verb of saying above it), a norm told with an infinitive ("it is wrong to assume"), a negated copula or saying,
a question, a saying verb that is an event of its own ("criticized ..., saying it was wrong"), and a verdict on the
speaker's own side ("we were wrong").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv
from .lexicon import TriggerRule
from .parties import Party, PartyResolver
from .senses import Senses
from .triggers import Found, match_rule

__all__ = ["judging_words", "judged_remark"]

#: clause links a remark's copula may hang from under the verb of saying ("said [that] X was ...", "said X was ...
#: because Putin is a slow learner": the parser's advcl of a cause inside the quote)
_LINKS = frozenset({"ccomp", "advcl", "conj", "parataxis"})
_SELF = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
_DEMONSTRATIVES = frozenset({"it", "that", "this", "which", "what"})


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv("event_judgements.tsv"):
        if row[0] == "modified":
            out["modified:" + row[1]] = tuple(w.strip().lower() for w in row[2].split("|"))
        else:
            out[row[0]] = tuple(w.strip().lower() for w in row[1].split("|"))
    return out


@lru_cache(maxsize=1)
def judging_words() -> frozenset[str]:
    """The lemmas the rule starts from (the sentence prefilter lets them through)."""
    rows = _rows()
    return frozenset(rows["judging"]) | frozenset(k.split(":", 1)[1] for k in rows if k.startswith("modified:"))


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "hardly"} for c in tok.children)


def _verdict(tok: Token) -> Token | None:
    """The copula ``tok`` is the predicate of, or None (an attributive or any other use)."""
    rows = _rows()
    lemma = tok.lemma_.lower()
    mods = rows.get("modified:" + lemma)
    if mods is not None and not any(c.dep_ == "amod" and c.lemma_.lower() in mods for c in tok.children):
        return None  # "a learner" judges nobody; "a slow learner" does
    cop = tok.head
    if cop.lemma_.lower() not in rows["copula"] or cop is tok:
        return None
    if tok.dep_ in {"acomp", "attr"} or (tok.dep_ == "dobj" and cop.lemma_.lower() in {"constitute", "amount"}):
        return cop
    return None


def _judged_party(subj: Token, res: PartyResolver) -> list[Party]:
    """Whom a judged subject names: a name or a personal pronoun, else the possessor or the "by" agent of the deed
    ("Iran's decision", "the decision by the ministry"); not a party somewhere inside the phrase ("plans to deport
    refugees are wrong" judges the planners, not the refugees)."""
    if subj.pos_ == "PROPN" or subj.pos_ == "PRON" and subj.lower_ not in _DEMONSTRATIVES:
        return res.resolve(subj, strict=False)
    doer = next((c for c in subj.children if c.dep_ == "poss"), None) or next(
        (o for c in subj.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"),
        None)
    return res.resolve(doer, strict=False) if doer is not None else []


def _clause_target(tok: Token, cop: Token, res: PartyResolver) -> list[Party] | None:
    """The judged party: the copula's subject, or an extraposed clause's subject; None for a norm ("it is wrong
    to assume", "it would be unacceptable to leave"), whose infinitive judges a kind of act, not a party's."""
    if any(c.dep_ == "xcomp" for c in (*cop.children, *tok.children)):
        return None
    subj = next((c for c in cop.children if c.dep_ in {"nsubj", "expl"}), None)
    if subj is None:
        return None
    clause = next((c for c in cop.children if c.dep_ == "ccomp"), None)
    if (subj.lower_ == "it" or subj.dep_ == "expl") and clause is not None:
        inner = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return _judged_party(inner, res) if inner is not None else []
    if tok.lemma_.lower() in _rows()["factual"] and (
            subj.lower_ in _DEMONSTRATIVES or subj.lemma_.lower() in _rows()["information"]):
        # "I had thought it was over, but that was wrong", "the storylines are both wrong": a belief or a claim
        # found untrue, no verdict on a deed
        return None
    if subj.lower_ in _SELF or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return None  # "we were wrong", "said his decision was a mistake": owning an error, no censure of another
    if subj.tag_ == "NN" and subj.pos_ == "NOUN" and not any(
            c.dep_ in {"det", "poss", "compound", "amod", "prep"} for c in subj.children):
        return None  # "Nationalism is a betrayal of patriotism": a maxim about an idea, no deed of a party
    return _judged_party(subj, res)


def _saying(cop: Token, res: PartyResolver, senses: Senses) -> tuple[Token, list[Party]] | None:
    """The verb of saying whose clause holds ``cop`` (climbing at most three clauses) and its named speaker, or
    None. (A quoted sentence with no verb of saying gives none: a fallback to the quote's speaker was written in
    round 32 but never ran, an identity test on spaCy tokens being always false; removed, see BENCHMARKS.)"""
    cur = cop
    for _ in range(3):
        if cur.dep_ not in _LINKS:  # the root too ("ROOT"): no verb of saying above
            return None
        cur = cur.head
        if cur.lemma_.lower() not in _rows()["saying"]:
            if _negated(cur):
                return None  # "We don't believe it was a malicious hoax": the verdict is denied on the way up
            continue
        if _negated(cur) or match_rule(cur, res.lex, senses) is not None:
            return None  # "did not say it was wrong"; "warned that ...": the verb's own event covers it
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        speakers = res.resolve(subj, strict=False) if subj is not None else []
        return (cur, speakers) if speakers else None
    return None


def judged_remark(tok: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """DISAPPROVE for a verdict word said by a named speaker, or None (``tok`` is a word of ``judging_words``)."""
    if match_rule(tok, res.lex, senses) is not None:
        return None  # the word's own trigger row tells its event
    cop = _verdict(tok)
    if cop is None or _negated(cop) or _negated(tok) or tok.sent.text.rstrip().endswith("?"):
        return None
    said = _saying(cop, res, senses)
    targets = _clause_target(tok, cop, res) if said is not None else None
    if said is None or targets is None:
        return None
    verb, actors = said
    ids = {a.entity or a.name for a in actors}
    if any((t.entity or t.name) in ids for t in targets):
        return None  # a verdict on the speaker's own side owns an error, no censure of another
    rule = TriggerRule(tok.lemma_.lower(), "A" if tok.pos_ == "ADJ" else "N", "DISAPPROVE", None, None,
                       (("sense",),))
    f = Found(rule=rule, trigger=tok, actors=actors, targets=targets, head=verb, nominal=False)
    f.place((verb, tok), tok, tok.sent)
    return f
