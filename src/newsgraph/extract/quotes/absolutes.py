"""Words said in a "with X warning ..." phrase are X's (round 24, issue 18).

"Egypt and Jordan criticised the shift, with Jordanian Foreign Minister Ayman Safadi warning of "dangerous
consequences"": the quoted words hang on "warning", whose speaker is the person named right before it; the parser
reads "warning" as the noun object of "with" (the name as its compound), so the words climbed to the main verb and
went to its subject (round 23's end review: 'Arab states'). A quote whose way up to its cue passes through such a
"with" phrase, whose -ing word is a verb of speech and which names a person before that word, takes that person
and that word as its speaker and cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import expand_span

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_absolutes"]

_KINDS = frozenset({"partial", "indirect"})
_NAME_DEPS = frozenset({"compound", "nsubj", "poss", "amod"})


def _speech_word(w: Token, reporting: frozenset[str]) -> bool:
    """An -ing word of a verb of speech ("warning", "saying"), read as a verb or as a noun."""
    if not w.lower_.endswith("ing"):
        return False
    lemma = w.lemma_.lower()
    return lemma in reporting or lemma.endswith("ing") and lemma[:-3] in reporting


def _absolute(tok: Token, cue: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """(the -ing word, the person's head word) of a "with X warning" phrase on the way up from ``tok`` to
    ``cue``; None when the way holds none."""
    for _ in range(8):
        if tok.i == cue.i or tok.head.i == tok.i:
            return None
        if tok.head.lower_ == "with" and tok.head.dep_ == "prep" and _speech_word(tok, reporting):
            name = next((c for c in tok.children if c.dep_ in _NAME_DEPS and c.i < tok.i
                         and c.ent_type_ == "PERSON"), None)
            return (tok, name) if name is not None else None
        tok = tok.head
    return None


def settle_absolutes(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give a partial or indirect quote inside a "with X warning ..." phrase to X (in place)."""
    reporting = resolver._reporting
    for q in out:
        if q.kind not in _KINDS or q.cue_start is None or q.cue_end is None:
            continue
        words, cue = expand_span(doc, q.start, q.end), expand_span(doc, q.cue_start, q.cue_end)
        if words is None or cue is None or not len(words) or not len(cue):
            continue
        got = _absolute(words.root, cue.root, reporting)
        if got is None:
            continue
        verb, name = got
        resolver.fill(q, doc[name.left_edge.i : name.i + 1])
        q.cue, q.cue_start, q.cue_end = verb.text, verb.idx, verb.idx + len(verb.text)
