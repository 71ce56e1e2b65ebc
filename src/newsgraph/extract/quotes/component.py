"""The thin spaCy component ``newsgraph_quotes``: runs ``extract_quotes`` and stores the result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .._doc import UPSTREAM, assigns_of, ensure_extensions, record_failure, require, requires_of
from .cues import Cues, load_cues
from .extract import extract_quotes

__all__ = ["QuoteComponent", "make_quotes"]


class QuoteComponent:
    """Attaches ``doc._.newsgraph_quotes`` (reads ``doc._.newsgraph_entities`` when present)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.cues: Cues | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, *UPSTREAM["quotes"])
        if self.cues is None:
            self.initialize()
        try:
            quotes = [q.model_dump() for q in extract_quotes(doc, self.cues)]
        except Exception as exc:  # the failure policy: logged, listed in extraction_errors, only this family lost
            record_failure(doc, self.name, exc)
            quotes = []
        doc._.newsgraph_quotes = quotes
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "cues.json", (self.cues or load_cues()).to_dict())

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> QuoteComponent:
        self.cues = Cues.from_dict(srsly.read_json(Path(path) / "cues.json"))
        return self


@Language.factory("newsgraph_quotes", requires=requires_of("quotes"),
                  assigns=assigns_of("quotes"))
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    ensure_extensions()
    return QuoteComponent(nlp, name)

