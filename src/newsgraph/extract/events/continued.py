"""A sentence-opening "they" that continues the last sentence's plural subject (issue 19, round 18 parties).

"Britain, France and Germany condemned the test. They urged Pyongyang to return to talks": the three states urge;
"The rebels attacked the village. They killed twelve villagers": the rebels kill. Before this, "they" was resolved
only inside its own sentence (round 10), so such a sentence's act had no actor. News English continues a plural
subject this way: the subject of the sentence before, when it is plural (conjoined parties or a plural noun that
resolves to a party) and active, and nothing else in that sentence is a plural party "they" could be ("Protesters
clashed with police. They fired tear gas": the protesters or the police; empty).

Only a "they" that opens its sentence (at most a conjunction before it) as the active subject of its main verb;
never after a sentence that reports a claim ("Officials said the rebels attacked. They ...": the officials or the
rebels), and never when the pronoun itself is in quoted speech (the speaker's "they" is the speaker's): a quote opened
before it in its sentence or still open from an earlier sentence of its paragraph. A quoted phrase after it in the
reporter's own sentence ('They urged Pyongyang "to take concrete steps"', round 18 parties2) is no speech of "they".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["continued_they"]

_OPENERS = frozenset({"and", "but", "then", "so", "also"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _opens(tok: Token) -> bool:
    """``tok`` is the main clause's active subject at its sentence's start (a conjunction at most before it)."""
    sent = tok.sent
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.head.i != sent.root.i:
        return False
    before = sent[: tok.i - sent.start]
    return all(t.lower_ in _OPENERS for t in before) and not any(_quote_mark(t) for t in before) and not (
        _quote_open(tok))


def _quote_mark(tok: Token) -> bool:
    """``tok`` is a quotation mark: not the possessive apostrophe of a word ending in s ("the protesters' demands",
    tagged POS; "Congress’ slow pace", which the tagger may read as a closing quote: glued to the word before and
    followed by a noun or an adjective), which opens no quote (round 31, wave 2)."""
    if tok.text not in _QUOTES or tok.tag_ == "POS":
        return False
    doc = tok.doc
    glued = tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].lower_.endswith("s")
    return not (glued and tok.text in {"'", "’"} and tok.i + 1 < len(doc)
                and doc[tok.i + 1].pos_ in {"NOUN", "ADJ", "PROPN"})


def _quote_open(tok: Token) -> bool:
    """A quote opened earlier in ``tok``'s paragraph is still open at ``tok`` (curly marks by kind, straight by
    count); a paragraph is the text since the last line break."""
    text = tok.doc.text
    head = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


def _plural_parties(subj: Token, res: PartyResolver) -> list[Party]:
    """The parties ``subj`` names when it is plural: conjoined parties, or a plural noun that resolves to one."""
    if subj.pos_ == "PRON":
        return []
    ps = res.resolve(subj, strict=True)
    plural = subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in party_words()["collective"]  # "the Taliban" is NNP
    if len(ps) >= 2 or (ps and plural and not ps[0].person):
        return ps
    return []


def _rival(prev_root: Token, subj: Token, res: PartyResolver) -> bool:
    """Another plural party in the sentence before, outside the subject's phrase ("clashed with police")."""
    inside = {t.i for t in subj.subtree}
    for t in prev_root.sent:
        if t.i in inside or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        if (t.tag_ in {"NNS", "NNPS"} or t.conjuncts) and res.resolve_inner(t, True, 1):
            return True
    return False


def continued_they(tok: Token, res: PartyResolver) -> list[Party]:
    """The parties a sentence-opening "they" continues, else [] (left to the pronoun rules)."""
    if tok.lower_ != "they" or tok.sent.start == 0 or not _opens(tok):  # asked for every pronoun
        return []
    from .meetings import telling  # here, not at the top: meetings imports parties, which imports this module

    prev_root = res.doc[tok.sent.start - 1].sent.root
    if telling(prev_root.lemma_.lower()) and any(c.dep_ == "ccomp" for c in prev_root.children) or any(
            _quote_mark(t) for t in prev_root.sent):
        return []  # "Officials said the rebels attacked": the tellers or the doers; a quote's "they" is its own
    subj = next((c for c in prev_root.children if c.dep_ == "nsubj"), None)
    ps = _plural_parties(subj, res) if subj is not None else []
    if not ps or subj is None or _rival(prev_root, subj, res):
        return []
    return [replace(p, start=tok.idx, end=tok.idx + len(tok.text)) for p in ps]
