"""Amounts and changes: every figure, what it counts, and how it moved.

* ``grammar``: one written number (digits with Western or Indian grouping, decimals, words, scales);
* ``scan``: every number of a plain text, as an amount (count, money, percent, measure) or with the reason
  it is not one (year, date, time, code, ordinal, phone, list marker, duration, multiplier...);
* ``objects``: the counted object, owner and location from the parse and the entity layer;
* ``changes``: movements of a figure ("from 5,200 to 3,000", "cut by 2,200", "rose 12% to 4.1 million");
* ``drafts``: which figures move together (triggers, pairs, "up from", "compared with", "doubled");
* ``core.extract_amounts``: all of it over a parsed Doc, as record models (``Amount``, ``Change``);
  ``AmountsComponent`` (factory ``newsgraph_amounts``) stores their ``model_dump()`` on
  ``doc._.newsgraph_amounts`` and ``doc._.newsgraph_changes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ...lexicon import Lexicon, load_lexicon
from .._doc import UPSTREAM, assigns_of, ensure_extensions, record_failure, require, requires_of
from .changes import change_verbs
from .core import extract_amounts
from .grammar import Quantity, format_indian, parse_number, spell_out, tables
from .scan import amounts_in, scan

__all__ = [
    "Quantity", "parse_number", "scan", "amounts_in", "spell_out", "format_indian", "extract_amounts",
    "AmountsComponent", "make_amounts",
]


class AmountsComponent:
    """Attaches ``doc._.newsgraph_amounts`` and ``doc._.newsgraph_changes``: ``model_dump()`` of the record
    models :func:`extract_amounts` returns."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon: Lexicon | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()
        tables()  # load the grammar's data files now, not on the first article
        change_verbs()

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, *UPSTREAM["amounts"])
        if self.lexicon is None:
            self.initialize()
        try:
            found, moves = extract_amounts(doc, self.lexicon)
            amounts, changes = [a.model_dump() for a in found], [c.model_dump() for c in moves]
        except Exception as exc:  # the failure policy: logged, listed in extraction_errors, only this family lost
            record_failure(doc, self.name, exc)
            amounts, changes = [], []
        doc._.newsgraph_amounts = amounts
        doc._.newsgraph_changes = changes
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "lexicon.json", (self.lexicon or load_lexicon()).to_dict())

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> AmountsComponent:
        self.lexicon = Lexicon.from_dict(srsly.read_json(Path(path) / "lexicon.json"))
        return self


@Language.factory("newsgraph_amounts", requires=requires_of("amounts"),
                  assigns=assigns_of("amounts"))
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    ensure_extensions()
    return AmountsComponent(nlp, name)
