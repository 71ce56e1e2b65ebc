"""Round 34 (issue 18, listed quotes that are no statements): quoted charges and quoted search queries.

* **A charge pleaded to or not brought.** 'Smith pleaded guilty to "making false statements"', 'He was charged with
  "conspiracy against the United States"', 'he was never charged with "treason"': the quoted words are the wording
  of a charge, taken from a charging document; the one who pleaded or was charged did not say them, and a passive
  or negated charge names nobody who did. Such a partial quote becomes kind ``document`` with no speaker. An active
  charge keeps its subject ('Prosecutors charged him with "obstruction"': the prosecutors' words).
* **A search query.** 'searches for "how to vote" rose', 'people searched for "stock market crash"': what people
  typed into a search box is no statement of anyone's; the partial quote is dropped (the clause around it, a
  finding of search figures, is left as it was).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at

__all__ = ["settle_pleas_and_queries"]

_PLEA = "plead"
_CHARGES = frozenset({"charge", "indict"})
# the words just before a query's open mark: "searches for", "searched for", "search term", "the query"
_QUERY_BEFORE = re.compile(r"\b(?:search(?:e[sd]|ing)?\s+for|search\s+terms?|(?:search\s+)?quer(?:y|ies)(?:\s+for)?)"
                           r"\s*$", re.IGNORECASE)


def _passive_or_negated(verb: Token) -> bool:
    """"was charged with", "was never indicted on", "did not charge him with": no one named brought the charge."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children)


def _charge_wording(doc: Doc, q: Quote) -> bool:
    """A partial quote whose cue is a plea, or a charge that is passive or negated."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma == _PLEA or (lemma in _CHARGES and _passive_or_negated(verb))


def _query(text: str, q: Quote) -> bool:
    """The partial quote's open mark follows "searches for", "search term" or "query"."""
    return _QUERY_BEFORE.search(text[max(0, q.start - 40):max(0, q.start - 1)]) is not None


def settle_pleas_and_queries(doc: Doc, out: list[Quote], text: str) -> list[Quote]:
    """Charges' wording becomes kind ``document`` with no speaker (in place); search queries are dropped."""
    kept: list[Quote] = []
    for q in out:
        if q.kind != "partial":
            kept.append(q)
            continue
        if _query(text, q):
            continue
        if _charge_wording(doc, q):
            q.kind = "document"
            q.speaker = q.speaker_name = q.speaker_start = q.speaker_end = None
            q.affiliation = None
        kept.append(q)
    return kept
