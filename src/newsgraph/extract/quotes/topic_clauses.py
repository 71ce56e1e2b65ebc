"""Round 34 (issue 18, listed quotes that are no statements): a topic clause and an order to be closed.

* **A topic, not a content.** "Smith explained why the plan had failed", "the mayor said what he wanted to say",
  "the agents told us where the money went": the reported clause opens with a question word
  (``data/quote_topic_words.tsv``) that belongs to that clause itself, so it names what the words were about and
  not what was said. The indirect quote becomes kind ``stance`` (stored with its speaker, never listed). A
  question word that opens a subject or an adverbial clause inside the content ("said what was planned could
  slip", "said when she arrived, the door was open") keeps the statement. "How" is no topic word: "described how
  the guards forced families apart" tells what happened.
* **An order to be closed.** "with trains and schools ordered closed": "ordered" followed at once by the state
  ordered, with no object, is a passive participle whatever the tagger says; its "subject" is what was ordered
  closed, nobody spoke, so the quote is dropped.

Only asserted indirect quotes change: negated ones ("did not say how many") are not listed anyway.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon import first_words
from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["settle_topic_clauses"]

# links that make the question word part of a clause inside the content, not the content's own question word
_INNER = frozenset({"csubj", "csubjpass", "advcl", "relcl", "acl", "ccomp", "parataxis"})
# "criticized what she called the rhetoric", "acknowledge what they consider modest gains": a thing named, no topic
_NAMING = frozenset({"call", "dub", "term", "label", "name", "brand", "describe", "consider", "deem"})
_STATE_TAGS = frozenset({"JJ", "VBN"})  # "ordered closed", "ordered shut", "ordered evacuated"


def _topic_words() -> frozenset[str]:
    return first_words("quote_topic_words.tsv")


def _topic_clause(span: Span, verb: Token) -> bool:
    """The content opens with a question word that hangs from the content's root through no inner clause, and that
    root hangs from the cue ``verb`` itself (not a phrase after it: 'is "peanuts," compared to what ...')."""
    first = span[0]
    if first.lower_ not in _topic_words():
        return False
    tops = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(tops) != 1:  # two heads ("where the money went was a mystery", parsed as two clauses): no one question
        return False
    root, t = tops[0], first
    if root.head.i != verb.i or root.lemma_.lower() in _NAMING:
        return False
    while t.i != root.i:
        if t.dep_ in _INNER or t.head.i == t.i or not span.start <= t.head.i < span.end:
            return False
        t = t.head
    return True


def _ordered_state(verb: Token) -> bool:
    """"ordered closed": the verb of ordering with the state right after it and no object."""
    if verb.lemma_.lower() != "order" or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]  # a participle of state ("closed", "shut"), not an adjective of an object ("new")
    if after.tag_ not in _STATE_TAGS or not (after.lower_.endswith("ed") or after.lower_ == "shut"):
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def settle_topic_clauses(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Topic clauses become stances (in place); quotes of an order to be closed are dropped."""
    kept: list[Quote] = []
    for q in out:
        if q.kind != "indirect" or q.modality != "asserted":
            kept.append(q)
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is not None and _ordered_state(verb):
            continue
        span = expand_span(doc, q.start, q.end)
        if verb is not None and span is not None and len(span) > 1 and _topic_clause(span, verb):
            q.kind = "stance"
        kept.append(q)
    return kept
