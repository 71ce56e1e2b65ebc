"""Quotes and speakers: every quoted or reported statement, who made it, and the reporting expression.

Pure functions over a parsed Doc (``extract_quotes``) plus a thin spaCy component
(``newsgraph_quotes``) that stores the record's ``quotes`` list on ``doc._.newsgraph_quotes``.

* Quoted passages come from the raw text of body paragraphs (``marks``): marks paired,
  apostrophes and possessives set apart, multi-paragraph quotes joined, unbalanced marks dropped
  one quote at a time. Headings and title-case lines (headlines, promos) give no quotes.
* ``direct``: a passage that stands as a clause of its own (it opens a sentence or follows a cue
  and a comma or colon, and ends the sentence or is followed by its attribution); ``partial``:
  a fragment woven into a sentence of the reporter's; ``indirect``: the clause governed by a
  reporting verb ("McKenzie said that ...") or introduced by "according to".
* The attribution is searched right after the passage ("...," McKenzie said / said McKenzie /
  he added), then before it (McKenzie said: "..." / According to McKenzie, "..." / McKenzie: "...").
  A passage with neither takes the speaker of the attributed passage just before it in the same
  or the previous paragraph (`"A," she said. "B."`, and quotes running over several paragraphs).
* The speaker mention is resolved to an entity of ``doc._.newsgraph_entities``: a name by its
  mention, "he"/"she" by the most recent person of compatible gender, "the general" through the
  entities' roles, "it" by the most recent organization.

Cue expressions live in ``data/quote_cues.tsv``; first names for pronoun gender in
``data/first_names.tsv``.

Modules: ``marks`` (quote-mark pairing, no spaCy), ``cues`` (reporting expressions and the
attribution patterns), ``speakers`` (mention -> entity), ``indirect`` (reported clauses), ``extract``
(the function), ``component`` (the spaCy component). Imports run one way: marks <- cues <- speakers,
indirect <- extract <- component.
"""

from __future__ import annotations

from ...record import Quote
from .component import QuoteComponent, make_quotes
from .cues import Cues, load_cues
from .extract import extract_quotes
from .marks import DOUBLE_MARKS, SINGLE_MARKS, QuotedSpan, quoted_spans

__all__ = [
    "Quote",
    "Cues",
    "load_cues",
    "extract_quotes",
    "QuoteComponent",
    "make_quotes",
    "QuotedSpan",
    "quoted_spans",
    "DOUBLE_MARKS",
    "SINGLE_MARKS",
]
