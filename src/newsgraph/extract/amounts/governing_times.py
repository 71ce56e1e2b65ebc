"""Which time expressions may govern a plain figure (one in no change), beyond :mod:`.sealed_times` (round 35,
issue 17 item 4; an independent review found 8 of 69 figures dated by a time that does not govern them).

A figure takes only a time of its own clause or of a clause above it ("In 2016, the survey found that the number
had dropped to 14,900": 2016; "ten died when a fire broke out on Sunday": Sunday, a clause below). Never:

* a time of a coordinated or sibling clause ("his rating is stuck at 43%, and 55% say ..., up from 50% in April":
  April is another clause's, and the other figure's);
* a time hung on another figure's phrase ("50% back it, up from 34% a year ago": a year ago is the 34%'s).

A "since" start and a range's first end stay the figure's ``time``: with ``running_total`` and ``time_end`` they
tell the stretch the figure covers ("400,000 killed since 2011", "250 strikes from 2005 through 2013"; the
branch's rule that dropped them was withdrawn at integration, since the measures place such figures by the
stretch's last day).

Still shared: a time that opens the sentence ("On Sunday, they killed six and abducted five"), a verb phrase with
no subject of its own ("were searching Friday, and found four weapons"), a noun modifier's time with its noun's
clause ("said in a statement released Friday that 30 sites were hit"), and a time a "when" clause hangs on. A number
inside a time expression ("the 24 hours to late Tuesday") is no other figure.

No time beats a wrong one: the publication day stands for a figure without its own downstream.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["not_governing"]

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis"})
_HOPS = 64  # a parse is a tree, but never trust a bad one to terminate


def not_governing(sp: Span, fig: Span) -> bool:
    """True when the time ``sp`` cannot govern the figure ``fig`` (both in one sentence)."""
    if _hangs_on(_clause_of(fig.root), sp):
        return False  # "in June and July, when fighters captured a dozen towns": the clause tells the time's events
    return _other_figure(sp, fig) or (not _fronted(sp) and _other_clause(sp.root, fig.root))


def _hangs_on(clause: Token, sp: Span) -> bool:
    return clause.dep_ in ("relcl", "advcl", "acl") and sp.start <= clause.head.i < sp.end


def _fronted(sp: Span) -> bool:
    """The time opens its sentence ("On Sunday, they killed six and abducted five"): it scopes over every clause
    the sentence coordinates."""
    return all(t.pos_ in ("ADP", "DET", "PUNCT", "CCONJ") for t in sp.doc[sp.sent.start:sp.start])


def _clause_of(tok: Token) -> Token:
    cur = tok
    for _ in range(_HOPS):
        if cur.dep_ in _CLAUSE_DEPS or (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _ups(tok: Token) -> list[Token]:
    path = [tok]
    for _ in range(_HOPS):
        if path[-1].head.i == path[-1].i:
            break
        path.append(path[-1].head)
    return path


def _other_clause(time_root: Token, fig_root: Token) -> bool:
    """The time's clause is neither the figure's nor one above or below it by subordination: a coordinated
    clause, or a clause on another branch of the sentence."""
    tc, fc = _clause_of(time_root), _clause_of(fig_root)
    for _ in range(_HOPS):  # "said in a statement released on Friday that 30 sites were hit": a noun's modifier
        if tc.dep_ not in ("acl", "relcl") or tc.head.i == tc.i:  # clause dates with the clause of its noun
            break
        tc = _clause_of(tc.head)
    if tc.i == fc.i:
        return False
    up_t, up_f = _ups(tc), _ups(fc)
    if any(t.i == fc.i for t in up_t):
        return _through_conj(up_t, fc)  # the time's clause is below the figure's
    if any(t.i == tc.i for t in up_f):
        return _through_conj(up_f, tc)  # the figure's clause is below the time's
    return True


def _through_conj(path: list[Token], top: Token) -> bool:
    """The way up ``path`` to ``top`` passes a coordinated verb (a clause joined by "and", "but")."""
    for t in path:
        if t.i == top.i:
            return False
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _own_subject(t):
            return True  # a verb phrase with no subject of its own shares its first conjunct's time
    return False


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _other_figure(sp: Span, fig: Span) -> bool:
    """On the way up from the time to its verb, a number that is not the figure's: the time is that figure's
    ("up from 34% a year ago", "compared with 3,600 in 2014")."""
    timed = _time_tokens(sp.doc)  # "the 24 hours to late Tuesday", "the June 26 to June 27 survey": no figure's
    cur = sp.root
    for _ in range(_HOPS):
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if fig.start <= cur.i < fig.end or cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.i in timed:
            continue
        if cur.like_num or cur.pos_ == "NUM" or any(c.dep_ == "nummod" and not fig.start <= c.i < fig.end
                                                    and c.i not in timed for c in cur.children):
            return True
    return False


def _time_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside the doc's time expressions."""
    out: set[int] = set()
    for t in doc._.newsgraph_times or []:
        sp = doc.char_span(int(t["start"]), int(t["end"]), alignment_mode="expand")
        if sp is not None:
            out.update(range(sp.start, sp.end))
    return out
