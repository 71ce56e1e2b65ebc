"""Words given to their owners, titles and terms dropped, fronted cues cut: read after every pass (review 20, #18).

Each class has its own module; this one only runs them in order, so the extractor calls one pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...record import Quote
from .fronted_cues import cut_fronted
from .named_words import drop_named_words
from .words_owners import settle_owners

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_owners_and_names"]


def settle_owners_and_names(doc: Doc, out: list[Quote], resolver: Resolver) -> list[Quote]:
    """"a remark from Y that ...", examples, "citing", opinions' authors (``words_owners``); titles and terms
    (``named_words``); a parenthetical cue after a fronted adverbial (``fronted_cues``)."""
    return cut_fronted(doc, drop_named_words(doc, settle_owners(doc, out, resolver)))
