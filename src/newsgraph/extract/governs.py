"""Whether a time expression of a figure's sentence governs the figure (issue 17, "each point at its time").

A figure stands at a time only when that time modifies the figure's own clause, or a clause told at the same
moment: a participle ("On Sunday a bomb exploded, killing 14"), what was said ("said on Monday that 14 were
killed"), a clause of "when"/"as"/"since", a clause joined after the one the time is in ("stormed the town on
Tuesday and killed 12", "42 died in Tuesday's attack and 239 were injured"), a clause of the noun the figure
counts, or the clause holding the noun a relative clause of the figure describes ("an attack on Monday that
killed 14"). A time does not govern a figure across:

* a relative or participial clause of another noun ("killing six in a strike that bore a resemblance to
  today's bombing": today is the other bombing's), unless that noun stands in the clause the time dates ("used
  chemical weapons Aug. 21 in an attack that killed 1,400"), or the clause is of the figure's own noun;
* a later clause joined with a subject of its own ("killed 40 soldiers, and on Friday the army launched ...");
* a "before", "until" or "since" clause that holds the figure: the main clause's time is of the main event
  ("met on Sunday before the rebels killed eight": the killing came later), not of the figure's; "moments
  before" is told at one moment, and so is an "after" clause (news tells the two on one day).

Words that break the link are data (``data/time_govern_marks.tsv``). When the sentence has times and none
governs, a figure whose clause is told in the past has no date of its own (TIMEX ``PAST_REF``: compared with
nothing); else it stands at the publication (no time).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import read_tsv
from .context import clause_head

__all__ = ["governs", "told_past"]

# a noun's own clauses: what they tell is another event than the clause the noun stands in
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


@lru_cache(maxsize=1)
def _marks() -> dict[str, frozenset[str]]:
    """kind → words: ``break`` opens a clause told at another time than the clause it hangs on (after,
    before, ...); ``near`` brings the two back to one moment ("just after")."""
    out: dict[str, set[str]] = {"break": set(), "near": set()}
    for row in read_tsv("time_govern_marks.tsv"):
        if len(row) > 1 and row[0] in out:
            out[row[0]].add(row[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _chain(tok: Token) -> list[Token]:
    """The clause heads from ``tok``'s clause up to the sentence root."""
    out: list[Token] = []
    cur = clause_head(tok)
    for _ in range(32):  # a parse is a tree, but never trust a bad one to terminate
        out.append(cur)
        if cur.head.i == cur.i:
            break
        nxt = clause_head(cur.head)
        if nxt.i == cur.i or nxt in out:
            break
        cur = nxt
    return out


def _own_subject(c: Token) -> bool:
    return any(ch.dep_ in _SUBJECTS for ch in c.children)


def _shares_down(c: Token, common: Token) -> bool:
    """A clause holding the time (below the clause it shares with the figure's) is told at that clause's time.
    A clause joined with its own subject after the figure's brings its own moment ("killed 40 soldiers, and on
    Friday the army launched ..."), but shares what both hang on ("said on Monday that X, and there were 20
    strikes")."""
    if c.dep_ in _NOUN_CLAUSES:
        return False
    if c.dep_ == "conj":
        return not _own_subject(c) or clause_head(c.head).i != common.i
    return True


def _shares_up(c: Token) -> bool:
    """A clause holding the figure takes the time of the clause it hangs on: a time told before it carries on
    into a joined clause ("42 died in Tuesday's attack and 239 were injured")."""
    if c.dep_ in _NOUN_CLAUSES:
        return False
    if c.dep_ == "advcl":
        marks = _marks()
        mark = next((ch for ch in c.children if ch.dep_ in ("mark", "prep", "advmod") and ch.lower_ in marks["break"]),
                    None)
        # "just after", "moments before": the two are told at one moment
        return mark is None or any(w.lower_ in marks["near"] for w in [*mark.children, *c.children])
    return True


def _of_own_noun(c: Token, fact: Token) -> bool:
    """A clause of the noun the figure counts: "the 1.5 million people displaced this year", "$200 billion of
    goods, which could take effect next month"."""
    if c.dep_ not in _NOUN_CLAUSES:
        return False
    own = {fact.i, fact.head.i}
    own |= {g.i for h in (fact, fact.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"}
    return c.head.i in own


def _in_noun_clause(c: Token, time: Token) -> bool:
    """The figure's relative clause describes a noun of the clause the time dates: "used chemical weapons Aug.
    21 in an attack that killed 1,400", "on Sunday described the threat that closed 22 embassies"."""
    return c.dep_ in _NOUN_CLAUSES and clause_head(c.head).i == clause_head(time).i


def governs(fact: Token, time: Token) -> bool:
    """``time`` (the root of a time expression) governs the figure whose root is ``fact`` (same sentence)."""
    fc, tc = _chain(fact), _chain(time)
    tids = {c.i for c in tc}
    common = next((c for c in fc if c.i in tids), None)
    if common is None:
        return True  # no shared clause in a broken parse: no judgement against the time
    for c in fc:
        if c.i == common.i:
            break
        if not _shares_up(c) and not _in_noun_clause(c, time):
            return False
    for c in tc:
        if c.i == common.i:
            break
        if not _shares_down(c, common) and not _of_own_noun(c, fact):
            return False
    return True


def _finite(c: Token) -> Token | None:
    """The nearest finite verb at or above clause head ``c`` (a participle takes its governing verb's tense)."""
    for h in _chain(c):
        if h.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.dep_ in ("aux", "auxpass") for a in h.children):
            return h
    return None


def told_past(fact: Token) -> bool:
    """The figure's clause is told in the simple past ("were killed", "killed", "had killed"); a present
    perfect ("have killed") runs to the report's day and is not."""
    v = _finite(fact)
    if v is None:
        return False
    auxes = [a for a in v.children if a.dep_ in ("aux", "auxpass")]
    if auxes:
        if any(a.tag_ in ("MD", "VBZ", "VBP") for a in auxes):
            return False
        return any(a.tag_ == "VBD" for a in auxes)
    return v.tag_ == "VBD"
