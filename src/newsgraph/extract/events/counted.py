"""A counted plural named by a set-off list the parser hung elsewhere.

"The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - criticised the move":
the parser reads "Israel - Egypt and Jordan" as one object of "with", so the apposition of "states" is lost and
the actor became "Arab states" with no code (round 23 end review). When a plural noun counted by a number word
is followed, within its own phrase, by a list set off by dashes or commas that names exactly that many entities
and nothing else, those entities are the noun's members (round 24, issue 19). Any other word in the list, a
count that differs, or no closing mark leaves the noun as it was: a party left as a class beats a wrong one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["counted_names"]

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_MARKS = frozenset({"-", "\u2013", "\u2014", ",", "("})
_CLOSING = {"(": ")"}
#: how far after the noun its set-off list may start (the noun's own modifiers: "to have signed treaties with X")
_REACH = 14
_NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_JOINS = frozenset({"and", ",", "the"})


def _count(tok: Token) -> int:
    return next((_COUNTS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _COUNTS), 0)


def _names(span: list[Token]) -> list[Token] | None:
    """The first token of each name in ``span`` when it holds names joined by "and" and commas only, else None."""
    firsts: list[Token] = []
    prev_named = False
    for t in span:
        if t.ent_type_ in _NAMED and t.lower_ not in _JOINS:
            if not prev_named or t.ent_iob_ == "B":
                firsts.append(t)
            prev_named = True
        elif t.lower_ in _JOINS:
            prev_named = False
        else:
            return None
    return firsts


def counted_names(tok: Token, res: PartyResolver, strict: bool, depth: int) -> list[Party]:
    """The members of ``tok`` ("the two states") that a set-off list after it names, or [] (see the module)."""
    n = _count(tok) if tok.tag_ in {"NNS", "NNPS"} else 0
    if not n:
        return []
    doc, end = tok.doc, tok.sent.end
    opening = next((t for t in doc[tok.i + 1 : min(end, tok.i + _REACH)] if t.text in _MARKS), None)
    if opening is None or opening.i == tok.i + 1 and opening.text == ",":
        return []  # "the two states, which ...": a comma right after the noun opens a clause, not a list
    close = _CLOSING.get(opening.text, opening.text)
    stop = next((t.i for t in doc[opening.i + 1 : min(end, opening.i + 3 * n + 2)] if t.text == close or (
        close == "," and t.text in {"-", "\u2013", "\u2014"})), None)
    if stop is None:
        return []
    words = list(doc[opening.i + 1 : stop])
    if close == ",":  # "Israel, Egypt and Jordan, criticised": the list's own commas end at its last "and"
        while words and words[0].ent_type_ in _NAMED and any(w.lower_ == "," for w in words):
            words = words[next(i for i, w in enumerate(words) if w.lower_ == ",") + 1 :]
            if not any(w.lower_ == "," for w in words):
                break
    firsts = _names(words)
    if not firsts or len(firsts) != n:
        return []
    out: list[Party] = []
    for t in firsts:
        out.extend(res._resolve_one(t, strict, depth + 1) if res.entity_at_token(t) is not None else [])  # not its conjuncts
    return out if len(out) == n else []
