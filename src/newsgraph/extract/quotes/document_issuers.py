"""Round 34 (issue 18, real reports): a bare document is no speaker; its issuer is.

'"...," the statement said.' after "Amnesty International, which issued a statement on Friday, said ..." is the
group's statement; "a Reuters story" is Reuters'; '..., X said, according to a letter' is X's. Earlier passes find
most issuers ("In a statement, X said"); a quote whose speaker mention is still a text noun
(``data/quote_issued_texts.tsv``) with no entity gets its issuer here from the mention itself (a name before the
noun, a possessor, a "by" phrase, the subject of the verb it hangs on) or from an earlier mention of a text in its
sentence or the one before (the subject that issued, put out or sent it, a relative "which" standing for the name
before it, or the issuer already found for an earlier quote of the same mention), when the entity layer knows that
issuer (a phrase it did not take up may be cut short). Where none is found and the mention is bare (no name,
possessor or noun before its head: "The Pike family statement" keeps its words), the speaker's name is left empty:
a reader is better served by no speaker than by "the statement". The speaker mention is kept (PolNeAR marks "the
statement" itself as the Source).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...lexicon import first_words
from ...record import Quote
from .cues import np_span
from .statement_authors import author_token

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_document_issuers", "own_issuer"]

# relative pronouns that stand for the name before them ("X, which issued a statement")
_RELATIVES = frozenset({"which", "who", "that"})
# participles whose "by" agent wrote or put out the text ("signed by", "written by", "issued by")
_WRITTEN = frozenset({"sign", "write", "issue", "release", "send", "author", "pen", "draft", "publish", "co-sign"})
# what an issuer found comes to: the entity id (or None) and the name to show (or None)
Issuer = tuple[str | None, str | None]


def _texts() -> frozenset[str]:
    return first_words("quote_issued_texts.tsv")


def _is_text(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.lemma_.lower() in _texts()


def _named(res: Resolver, who: Token) -> Issuer:
    """The entity the token ``who`` names as issuer, or nothing."""
    if who.lower_ in _RELATIVES and who.head.dep_ == "relcl":
        who = who.head.head  # "Reporters Without Borders, which issued a statement": the name before "which"
    if who.pos_ == "PRON" or _is_text(who):
        return None, None
    s, e = np_span(res.doc, who)
    span = res.doc[s:e]
    eid = res.resolve(span, who)
    # only a known entity: a phrase the entity layer did not take up may be cut short ("Without Borders")
    return (eid, res.name_of(eid)) if eid is not None else (None, None)


def _signer(root: Token) -> Token | None:
    """The "by" agent of a participle that tells who wrote the text ("the letter, signed by Ana Ruiz"); a text
    "obtained by" or "seen by" someone is not theirs."""
    for c in root.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _WRITTEN:
            agent = next((a for a in c.children if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def own_issuer(res: Resolver, root: Token) -> Issuer:
    """The issuer the mention itself names: "the Guardian article", "Putin's letter", "according to a letter" on a
    verb whose subject is named."""
    doc = root.doc
    for c in root.children:
        # a common noun between the name and the text makes it that body's text ("an Obama administration
        # report" is the administration's, not Obama's); a name run up to the noun is the issuer ("the New York
        # Times article")
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < root.i and all(
                t.pos_ == "PROPN" for t in doc[c.i + 1 : root.i]):
            got = _named(res, c)
            if got[0] is not None:
                return got
    who = author_token(root) or _signer(root)
    if who is None and root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        verb = root.head.head.head  # "X said, according to a letter": the letter on X's verb
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None
    return _named(res, who) if who is not None else (None, None)


def _earlier(res: Resolver, root: Token, found: dict[int, Issuer]) -> Issuer:
    """The issuer of the nearest earlier text mention in the sentence of ``root`` or the one before."""
    doc = res.doc
    sent = root.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[first : root.i]):
        if not _is_text(t) or res._masked[t.i]:
            continue
        if t.i in found:
            return found[t.i]  # an earlier quote of the same text already has its issuer
        who = author_token(t)
        if who is not None:
            got = _named(res, who)
            if got != (None, None):
                return got
    return None, None


def _mention(doc: Doc, q: Quote) -> Span | None:
    # (kind "document" is words quoted from a text with no human speaker: it keeps none)
    if q.speaker is not None or q.kind == "document" or q.speaker_start is None or q.speaker_end is None:
        return None
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) == 0 or not _is_text(span.root):
        return None
    return span


def _bare(span: Span) -> bool:
    """The mention names no one: no name in it and no noun or possessor before its head ("the statement", "a copy
    of the letter"; not "The Pike family statement", whose words stay the speaker's name)."""
    root = span.root
    return not any(t.pos_ == "PROPN" for t in span) and not any(
        c.dep_ in ("compound", "poss", "nmod") for c in root.children if c.i < root.i)


def settle_document_issuers(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote told by a bare text ("the statement said") its issuer, or no speaker name (in place)."""
    found: dict[int, Issuer] = {}
    for q in sorted(out, key=lambda r: r.start):
        span = _mention(doc, q)
        if span is None:
            continue
        root = span.root
        if root.i in found:  # a second quote told by the same mention ('"A," the statement said. "B."')
            q.speaker, q.speaker_name = found[root.i]
            continue
        got = own_issuer(res, root)
        if got == (None, None):
            got = _earlier(res, root, found)
        found[root.i] = got
        if got != (None, None) or _bare(span):
            q.speaker, q.speaker_name = got
