"""Which trigger row a word matches (split from :mod:`.triggers`, round 30): its part of speech, the lemmas of its
arguments that a row's ``with`` column asks for (data/plover_triggers.tsv), and the sense that may overrule the row's
type (data/event_senses.tsv); the answers of the last Doc are memoized."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .clause_roles import RELATIVES
from .lexicon import EventLexicon, TriggerRule, word_matches
from .phrasal import phrasal_args
from .senses import NO_EVENT, Senses, load_senses

__all__ = ["match_rule"]

_ARG_SKIP = frozenset({"nsubj", "csubj", "ccomp", "advcl", "relcl", "conj", "cc", "punct", "mark", "aux",
                       "auxpass", "parataxis", "appos", "neg", "advmod", "npadvmod", "acl"})


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return "V"
    if tok.pos_ in {"NOUN", "PROPN"}:
        return "N"
    if tok.pos_ == "ADJ":
        # "to retake the building and free many of the captives": an adjective with an object is a verb the
        # tagger missed
        return "V" if any(c.dep_ == "dobj" for c in tok.children) else "A"
    return None


def _arg_lemmas(tok: Token) -> set[str]:
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in _ARG_SKIP and c.dep_ != "advmod":
            continue
        for t in c.subtree:
            if t.i - tok.i > 14 or tok.i - t.i > 8:
                continue
            out.add(t.lemma_.lower())
            out.add(t.lower_)
    # a passive subject is the object of the action ("training missions have been suspended")
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            out.update(t.lemma_.lower() for t in c.subtree)
    # a relative clause with a subject of its own is about its noun: "the settlement the administration reached";
    # a relative pronoun as its subject is the noun itself, its doer, not its object ("the soldiers who withdrew")
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in tok.children) and not any(
            c.dep_ == "dobj" and c.lower_ not in RELATIVES for c in tok.children):
        out.add(tok.head.lemma_.lower())
    # a noun's governing verb particle ("called off a strike") counts for the verb only
    return out


#: [(doc, lexicon, senses, token index -> its rule)]: the last Doc's answers (a trigger is asked again as
#: another word's governor, complement or object: about three times each); the Doc is held, so its id is
#: never reused while the entry stands
_RULE_MEMO: list[tuple[Doc, EventLexicon, Senses, dict[int, TriggerRule | None]]] = []


def match_rule(tok: Token, lex: EventLexicon, senses: Senses | None = None) -> TriggerRule | None:
    """The trigger row of ``tok``, after its sense (data/event_senses.tsv) decided the type."""
    senses = senses if senses is not None else load_senses()
    doc = tok.doc
    if not (_RULE_MEMO and _RULE_MEMO[0][0] is doc and _RULE_MEMO[0][1] is lex and _RULE_MEMO[0][2] is senses):
        _RULE_MEMO[:] = [(doc, lex, senses, {})]
    memo = _RULE_MEMO[0][3]
    if tok.i not in memo:
        memo[tok.i] = _match_rule(tok, lex, senses)
    return memo[tok.i]


def _match_rule(tok: Token, lex: EventLexicon, senses: Senses) -> TriggerRule | None:
    pos = _pos(tok)
    if pos is None:
        return None
    rule = _row_rule(tok, lex, pos)
    lemma = tok.lemma_.lower()
    if senses.has(lemma):
        sense = senses.sense_of(tok, pos)
        if sense is not None:
            if sense.type == NO_EVENT:
                return None
            same = rule is not None and rule.type == sense.type
            kept = rule.mode if same and rule else None  # a sense's mode "-" drops the row's (round 22)
            return TriggerRule(lemma, pos, sense.type, None if sense.mode == "-" else sense.mode or kept,
                               rule.context if rule else None, rule.with_ if rule else (("sense",),))
    return rule


def _row_rule(tok: Token, lex: EventLexicon, pos: str) -> TriggerRule | None:
    rules = lex.rules_for(tok.lemma_.lower(), pos) or lex.rules_for(tok.lower_, pos)
    if not rules:
        return None
    args: set[str] | None = None
    for r in rules:
        if not r.with_:
            return r
        if args is None:  # round 18: a phrasal row's preposition is the verb's own (phrasal.py)
            args = phrasal_args(tok, _arg_lemmas(tok), pos)
        if all(any(word_matches(a, g) for a in args) for g in r.with_):
            return r
    return None
