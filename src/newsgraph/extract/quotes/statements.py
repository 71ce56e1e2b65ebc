"""Statements the verb-by-verb pass misses (issue 18, round 12, statements missed).

Four shapes of real reports that say who said what, read from the parse:
- "told Senate investigators in a long testimony that ...": the parser hangs the "that"-clause on the noun of a
  prepositional phrase between the verb and the clause, as if it were a relative clause; a "that" marking a
  complete clause there is the verb's complement, unless the noun takes such a clause as its own content
  ("about the fact that ...", data/quote_statement_nouns.tsv, kind ``held``);
- "It was claimed that ...", "It has been alleged that ...": an expletive subject, the speaker unnamed (or the
  by-agent);
- "As the minister noted, the talks have failed.": the "as"-clause of a verb of saying attributes the main clause;
- "his claim that ...", "warnings from his attorney that ...": a noun for words (kind ``said``) with an owner and a
  "that"-clause;
- "her decision to meet ...", "the government's determination to further ...": a noun of intending (kind ``aim``)
  with an owner and an infinitive, the owner's aim (round 15: kind ``stance``, no words said);
- "Trump's call for a ban", "her support for the bill": a noun of a stance (kind ``aimed``) with a possessive owner
  and the object of its preposition, what the owner's position is aimed at (round 16: kind ``stance``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import numpy
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .arrays import arrays_of

__all__ = ["held_nouns", "said_nouns", "as_said", "as_source", "expletive_clause", "noun_claims", "pp_clauses", "speaking_it", "unnamed_it"]

# Relations the parser gives a "that"-clause it hangs on a noun
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Prepositions that name the owner of words after a noun for them ("warnings from his attorney", "claims by X")
_OWNER_PREPS = frozenset({"from", "by"})
# Prepositions whose object a verb reacts or turns to ("reacting to a growing consensus that ...", "pointed to
# evidence that ..."): the clause is that object's content, not what the verb reports
_NOT_MEDIUM_PREPS = frozenset({"to", "toward", "towards", "with", "for", "into", "upon"})
# Prepositions that make a noun for words the topic of the verb, not its medium ("told him about the claim that ...";
# "said in a statement that ..." keeps the clause as the verb's)
_TOPIC_PREPS = frozenset({"about", "on", "over", "of", "against", "regarding", "concerning"})


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("quote_statement_nouns.tsv")
    return (frozenset(r[1] for r in rows if r[0] == "said"), frozenset(r[1] for r in rows if r[0] == "held"))


def held_nouns() -> frozenset[str]:
    """The nouns for a fact, a thought or a prospect whose clause is their content ("the hope his team can win")."""
    return _nouns()[1]


def said_nouns() -> frozenset[str]:
    """The nouns for words said whose "that"-clause is the owner's statement ("his claim that ...")."""
    return _nouns()[0]


@lru_cache(maxsize=1)
def _aims() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_statement_nouns.tsv") if r[0] == "aim")


@lru_cache(maxsize=1)
def _aimed() -> dict[str, tuple[str, bool]]:
    """Nouns of a stance (kind ``aimed``, round 16): lemma -> (the preposition of its aim, whether only a person
    may own it)."""
    return {r[1]: (r[2], r[3:4] == ["person"]) for r in read_tsv("quote_statement_nouns.tsv")
            if r[0] == "aimed" and len(r) >= 3}


# Where a noun of a stance tells its owner's position: as the subject of its clause, or a line of its own
_AIMED_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT"})
# Possessive pronouns that own a person's stance ("his attacks on Trump"; "its" and "their" may be an army's)
_PERSON_OWNERS = frozenset({"his", "her"})


def _aimed_claim(noun: Token) -> tuple[Token, Token] | None:
    """(aim, owner) of a noun of a stance with a possessive owner and the object of its preposition ("Trump's call
    for a ban": "a ban", Trump), or None."""
    prep, person = _aimed()[noun.lemma_.lower()]
    if noun.dep_ not in _AIMED_DEPS:
        # "Voters cheered Clinton's attacks on Trump", "joined Pence's call for ...": the position the clause tells
        # is its own subject's, the owner's only named (on PolNeAR train the owner was the source of 18 of 49 such
        # hits as an object, of 23 of 27 as a subject or a headline's root)
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None or person and owner.ent_type_ != "PERSON" and owner.lower_ not in _PERSON_OWNERS:
        return None  # "support for the elderly" (a benefit), "Russia's attacks on Aleppo" (a deed)
    for p in noun.children:
        if p.dep_ == "prep" and p.i > noun.i and p.lower_ == prep:
            aim = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
            if aim is not None:
                return aim, owner
    return None


def _infinitive(noun: Token) -> Token | None:
    """The infinitive right after ``noun`` that the parser hangs on it ("decision to meet ...")."""
    for c in noun.children:
        if c.dep_ in _NOUN_CLAUSE_DEPS and c.i > noun.i and c.pos_ in ("VERB", "AUX") and c.left_edge.i == noun.i + 1 \
                and c.left_edge.lower_ == "to" and c.left_edge.head.i == c.i:
            return c
    return None


def _that_clause(noun: Token) -> Token | None:
    """The complete clause a "that" complementizer opens after ``noun`` (a relative "that" is the clause's
    subject or object, never its ``mark``; a clause with no subject of its own is a relative one)."""
    for c in noun.children:
        if c.dep_ in _NOUN_CLAUSE_DEPS and c.i > noun.i and c.pos_ in ("VERB", "AUX") and \
                any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children) and \
                any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) and _complete(c):
            return c
    return None


# Dependents that fill a verb's object slot or stand for it: with none, an active verb's "that" may be the relative
# pronoun the parser took for a complementizer ("a case that Trump had taken up": the case is what was taken up)
_FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "expl", "dative", "agent"})


def _complete(clause: Token) -> bool:
    """The clause has its object (or needs none: a passive, a copula), so "that" opens it rather than stands in it."""
    return clause.lemma_ == "be" or any(c.dep_ in _FILLED for c in clause.children)


def pp_clauses(verb: Token) -> list[Token]:
    """The complement clauses of ``verb`` that the parser hung on the noun of one of its prepositional phrases
    ("told investigators in a 300-page transcript that a murder had been carried out")."""
    said, held = _nouns()
    out = []
    for p in verb.children:
        if p.dep_ != "prep" or p.i < verb.i or p.lower_ in _NOT_MEDIUM_PREPS:
            continue
        for n in p.children:
            if n.dep_ == "pobj" and n.lemma_.lower() not in held and \
                    not (n.lemma_.lower() in said and p.lower_ in _TOPIC_PREPS):
                c = _that_clause(n)
                if c is not None:
                    out.append(c)
    return out


def expletive_clause(verb: Token, subj: Token) -> Token | None:
    """'It was claimed that ...': the "that"-clause after a passive verb whose subject is an expletive "it"."""
    if subj.lower_ != "it" or subj.dep_ != "nsubjpass" or subj.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and
                 any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


# the dependents of a main clause that may open the sentence before an "as"-clause of saying ("But", "However")
_CONNECTIVES = frozenset({"cc", "advmod"})


def as_said(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'As the minister noted, the talks have failed.' and 'The talks have failed, as the minister noted.': the
    main clause (tokens [lo, hi)) that a subordinate "as"-clause of a verb of saying attributes. The verb must have
    no object or clause of its own ("as she announced the decision, ..." tells when, not what)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    # ("as he told reporters, ..." names whom he told: "tell" keeps its addressee)
    if any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp") or c.dep_ == "dobj" and verb.lemma_ != "tell"
           for c in verb.children):
        return None
    main, sent = verb.head, verb.sent
    if main.dep_ != "ROOT" and not (main.dep_ == "conj" and main.head.dep_ == "ROOT"):
        return None  # "videos in which ISIS announced ..., as NPR reported": what was reported is more than the clause
    a, b = verb.left_edge.i, verb.right_edge.i + 1
    first = sent.start  # "(As Dr. Lee noted, ...)": an opening bracket or mark before the clause (review 22)
    # and (round 33) a connective of the main clause before it: "But as Clyburn noted, ...", "However, as ..."
    while first < a and (doc[first].is_punct or doc[first].head.i == main.i and doc[first].dep_ in _CONNECTIVES):
        first += 1
    if a == first or a == main.left_edge.i:
        lo, hi = b, main.right_edge.i + 1
    elif b >= main.right_edge.i or doc[b].is_punct and b + 1 >= main.right_edge.i:
        lo, hi = main.left_edge.i, a
    else:
        return None  # set inside the clause: the two sides alone are a subject and a predicate
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1  # (a paragraph break the parser hung on the clause: "... Stern.)\n\n")
    return (lo, hi) if hi - lo >= 3 and main.i in range(lo, hi) else None


def as_source(verb: Token, subj: Token) -> Token | None:
    """Who speaks in an "as"-clause of ``verb``, whose subject the cue pass found as ``subj``: "As the minister
    noted, ...": the minister; a passive with no subject of its own takes its by-agent ("As reported by the
    Guardian, the firm will cut jobs": the Guardian, never the firm, which the parse reaches by climbing to the
    main clause), and with no agent nobody ("As reported earlier, ..."; round 17)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ != "VBN":
        return subj
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None


def _owner(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i:
            return c
        if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return c
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def noun_claims(doc: Doc) -> list[tuple[Token, Token, Token, Literal["indirect", "stance"]]]:
    """(noun, clause, owner, kind) of each noun for words with an owner and a "that"-clause ("his claim that ...",
    kind ``indirect``) and of each noun of intending with an owner and an infinitive ("her decision to meet ...",
    kind ``stance``: the owner's aim, no words said)."""
    said, _held = _nouns()
    aims, aimed = _aims(), _aimed()
    out: list[tuple[Token, Token, Token, Literal["indirect", "stance"]]] = []
    for i in _said_nouns(doc, said | aims | frozenset(aimed)):
        t = doc[i]
        if t.lemma_.lower() in aimed:  # "Trump's call for a ban": the owner's stance (round 16)
            found = _aimed_claim(t)
            if found is not None:
                out.append((t, found[0], _bound(found[1]), "stance"))
            continue
        aim = t.lemma_.lower() in aims
        c = _infinitive(t) if aim else _that_clause(t)
        owner = _owner(t) if c is not None else None
        if c is not None and owner is not None:
            out.append((t, c, _bound(owner), "stance") if aim else (t, c, owner, "indirect"))
    return out


def _bound(owner: Token) -> Token:
    """A possessive pronoun owner of a noun in a prepositional phrase is the named subject of its own clause ("Mr.
    Trump has not followed through with his threat to ...": Trump's threat, whoever spoke before), else itself,
    left to the pronoun resolution (an object's owner is often someone else: "Trump praised her decision")."""
    if owner.tag_ != "PRP$" or owner.lower_ not in ("his", "her", "its", "their") or owner.head.dep_ != "pobj":
        return owner
    verb = owner.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "his"/"her" stand for a person only: "Congress pushed back on his decision to ..." is not Congress's decision
    # (round 33); "its"/"their" for a body or a person
    kinds = ("PERSON",) if owner.lower_ in _PERSON_OWNERS else ("PERSON", "ORG")
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ in kinds), None)
    return subj if subj is not None and subj.i < owner.i else owner


# Per word set (one in practice), whether a lemma id's lowercased lemma is in it
_NOUN_HITS: dict[frozenset[str], dict[int, bool]] = {}


def _said_nouns(doc: Doc, said: frozenset[str]) -> list[int]:
    """The indices of the nouns whose lowercased lemma is in ``said``, read off the Doc's arrays: a Token
    view for each word of the article cost more than the test."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arrays = arrays_of(doc)  # (the Doc's arrays, read once per extraction: issue 18)
    nouns = numpy.flatnonzero(arrays.poses == NOUN)
    # each distinct lemma of the nouns looked up once (words repeat), then the nouns kept in text order
    hashes, at = numpy.unique(arrays.lemma[nouns], return_inverse=True)
    # (a lemma id's answer kept for the word set: the string lookups were most of this pass; issue 18)
    memo = _NOUN_HITS.setdefault(said, {})
    hit = numpy.array([memo[h] if h in memo else memo.setdefault(h, strings[h].lower() in said)
                       for h in hashes.tolist()], dtype=bool)
    return nouns[hit[at]].tolist()


@lru_cache(maxsize=1)
def _it_verbs() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_cues.tsv") if r[0] == "it")


def speaking_it(verb: Token, subj: Token) -> bool:
    """"Acme reported higher profits. It said sales rose 5%": "it" as the active subject of a verb of speech
    (data/quote_cues.tsv, kind ``it``) is an organization the report named, whose words the clause is (round 16).
    Not under a modal or negated ("it would say", "It will not say whether ..."), and not inside a clause someone
    else reports ("He said it added costs": what he spoke of)."""
    # "it" must be the verb's own active subject: "It has to be said that ..." is the writer's impersonal phrase
    return subj.lower_ == "it" and subj.dep_ == "nsubj" and subj.head.i == verb.i and \
        verb.lemma_.lower() in _it_verbs() and \
        not any(c.dep_ in ("neg", "auxpass") or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and \
        not any(t.dep_ == "ccomp" for t in (verb, *verb.ancestors))


def unnamed_it(spk: Token, rec: Quote) -> bool:
    """``rec``, an indirect quote of a speaking "it" (``speaking_it``), has no organization the resolver could find
    for it ("The law took effect. It says firms must pay ...": a text's words, whose no one here can name)."""
    return rec.kind == "indirect" and spk.lower_ == "it" and rec.speaker is None and rec.speaker_name is None
