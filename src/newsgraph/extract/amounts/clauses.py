"""Two places where a figure's parse misleads its object (review 17): a bare figure the parse hangs on the clause
above its own ("sources have told them up to 30 were injured"), and a number hung on the first word of a chain of
proper-name compounds ("Zero House Democrats"); and a fronted partitive whole ("Of the 20 pages, 12 contain
secret material": the 20 pages count no material; issue 17); a clause with its own subject joined after the
figure's ("confirmed two cases, and the virus later spread to Ukraine": a later event's place). Read by :mod:`newsgraph.extract.amounts.objects`."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["compound_end", "fronted_whole", "later_clauses", "own_clause_subject", "plural_chain_end"]


def compound_end(tok: Token) -> Token:
    """The noun a chain of proper-name compounds ends in: a number the parse hangs on the first of them ("Zero
    House Democrats": "Zero" on "House") counts the last (review 17)."""
    for _ in range(3):
        if tok.dep_ != "compound" or tok.pos_ != "PROPN" or tok.head.i <= tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = tok.head
    return tok


def plural_chain_end(tok: Token) -> Token:
    """The plural noun a chain of singular common-noun compounds ends in: a figure the parse hangs on the chain's
    first word ("four of the seven review board members": "seven" on "review") counts the plural at its end, not
    the first word (round 29). A chain ending in a singular noun is left as it is ("a two state solution"). A
    singular possessor is a link of the chain too: "two sheriff's deputies" counts the deputies, never the sheriff
    (round 30; a plural possessor is what is counted: "two countries' leaders")."""
    end = tok
    for _ in range(4):
        if end.dep_ not in ("compound", "poss") or end.tag_ != "NN" or end.head.i <= end.i or end.head.pos_ != "NOUN":
            break
        end = end.head
    return end if end is not tok and end.tag_ == "NNS" else tok


def singular_chain(root: Token) -> bool:
    """"a two state solution", "a 250 plane order", "a five star hotel": a figure above one on the first of a chain
    of singular compounds that ends in a singular noun sizes a kind of thing; the head ("solution", "order") is
    not what it counts, and the first word is not written as the things counted, so it has no object (round 30)."""
    tok = root.head
    if root.dep_ != "nummod" or root.tag_ != "CD" or root.lower_ in ("one", "1"):
        return False
    if root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == "-":
        return False  # "the 180,000-soldier army": the figure hyphened to its noun counts soldiers
    if tok.tag_ == "NN" and any(c.dep_ == "compound" and c.tag_ == "NN" and root.i < c.i < tok.i for c in tok.children):
        return True  # the figure hung on the singular head past its compound ("two" on "solution")
    if tok.dep_ != "compound" or tok.tag_ != "NN" or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
        return False
    return plural_chain_end(tok) is tok


def own_clause_subject(span: Span) -> bool:
    """A bare figure right before an auxiliary whose verb follows it is that clause's subject whatever the parse
    hangs it on: "sources have told them up to 30 were injured" counts the injured, not the sources of the clause
    above (review 17)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or span.root.dep_ not in ("pobj", "dobj", "npadvmod", "appos"):
        return False
    aux = doc[span.end]
    return aux.pos_ == "AUX" and aux.dep_ in ("aux", "auxpass") and aux.head.i > aux.i and aux.head.pos_ == "VERB"


def fronted_whole(root: Token) -> bool:
    """The figure's noun is the whole of a partitive that opens its clause ("Of the 20 pages, 12 contain ..."):
    the verb's object is what the part holds, never what the whole counts (issue 17)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head.pos_ not in ("VERB", "AUX"):
        return False
    return of.i < of.head.i and (of.i == of.sent.start or of.nbor(-1).is_punct or of.nbor(-1).dep_ == "cc")


def later_clauses(root: Token) -> list[tuple[int, int]]:
    """The character spans of the clauses with a subject of their own that are joined by a conjunction after the
    figure's clause: "Officials confirmed two cases, and the virus later spread to Ukraine" tells a later event,
    whose place is not the cases' (issue 17). A clause that shares the figure's subject ("killed three and
    wounded ten in Kabul") is the same event and stays."""
    verb = root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[tuple[int, int]] = []
    for c in verb.children:
        if c.dep_ == "conj" and c.i > root.i and c.pos_ in ("VERB", "AUX") \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            toks = list(c.subtree)
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
    return out
