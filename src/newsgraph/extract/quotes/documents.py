"""Who speaks for a text: "the report", "the study", "the memo" that says something is its author's, or nobody's.

A text named as a speaker ("The report argues", "The study concludes") is no organization: before round 17c its
head noun was read as an organization's description and given the last organization named (review 17: a Pentagon
report's words went to the Joint Chiefs of Staff, named in a general's title the paragraph before). Its author is
the body the report names as the one that issued, released or published it ("The study, published by Harvard",
"The report was released by the Pentagon"), besides the possessor, compound, "by" and "from" that
``Resolver._author_of`` reads; with no author named the text has no speaker (kind ``document``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["is_text_subject", "issued_by", "text_author"]

#: Verbs of putting a text out: their agent ("published by X") or subject ("X released the report") wrote it.
ISSUING_VERBS = frozenset({"issue", "release", "publish", "produce", "prepare", "write", "compile", "commission",
                           "author", "draft", "conduct", "carry", "unveil", "present", "submit", "deliver", "send"})
# Determiners of a text the report named before ("the report", "this study"), not a new one ("a report").
_DEFINITE = frozenset({"the", "this", "that"})
# entity types of a count or measure inside a text's phrase ("the 31 page report"): no author's name
_COUNTS = frozenset({"CARDINAL", "QUANTITY", "ORDINAL"})


def is_text_subject(span: Span, root: Token) -> bool:
    """A definite text noun with no name of its own ("the report", "this study", "the memo", "the letter"): its
    speaker is the text's author or no one, never an organization its head noun might describe."""
    from .kinds import AUTHORED_NOUNS  # (kinds imports the speakers module: read here late)
    # ("the State Department investigative panel report" names its author inside: the resolver's entity rule)
    # a count in the phrase names no one ("the 31 page report", review 19): only a name makes it another source
    return root.pos_ == "NOUN" and root.lemma_.lower() in AUTHORED_NOUNS and span[0].lower_ in _DEFINITE and \
        not any(t.ent_type_ and t.ent_type_ not in _COUNTS for t in span)


def issued_by(res: Resolver, text: Token) -> str | None:
    """The person or organization a text names as the one that put it out: the agent of a participle after it
    ("the study, published by Harvard University") or of its passive verb ("the report was released by the
    Pentagon")."""
    from .kinds import AUTHORED_NOUNS
    if text.pos_ != "NOUN" or text.lemma_.lower() not in AUTHORED_NOUNS:
        return None
    verbs = [c for c in text.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS]
    if text.dep_ == "nsubjpass" and text.head.lemma_.lower() in ISSUING_VERBS:
        verbs.append(text.head)
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                eid = res._named_at(pobj)
                if eid is not None and res.by_id[eid]["type"] in ("PERSON", "ORG"):
                    return eid
    return None


def text_author(res: Resolver, span: Span, root: Token) -> str | None:
    """The author of the definite text ``span`` (head ``root``): named in its own phrase, else at the text's
    earlier mention of the same noun (``Resolver._earlier_author`` reaching back TEXT_REACH tokens rather than its
    120, or a participle, passive or organization's name there), else None."""
    own = issued_by(res, root) or res._earlier_author(span, root, TEXT_REACH)
    if own is not None:
        return own
    lemma = root.lemma_.lower()
    for t in reversed(res.doc[max(0, root.i - TEXT_REACH) : span.start]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            found = issued_by(res, t) or _body_in_name(res, t)
            if found is not None:
                return found
    return None


def _body_in_name(res: Resolver, text: Token) -> str | None:
    """An organization named inside an earlier mention of the text ("the State Department investigative panel
    report": the department), which ``Resolver._author_of`` leaves for the common noun between; only an
    organization ("an Obama administration report" is not Obama's)."""
    lo, hi = res.doc[text.left_edge.i].idx, text.idx
    for s, e, eid in res._near(lo, hi):
        if s >= lo and e <= hi and res.by_id.get(eid, {}).get("type") == "ORG":
            return eid
    return None


# How far back (tokens) a definite text looks for the mention that named its author: a report's words run over
# several paragraphs ("The report argues ..." 300 words after "The Pentagon released its report"; review 17).
TEXT_REACH = 600
