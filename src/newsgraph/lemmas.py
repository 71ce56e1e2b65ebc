"""spaCy's English rule lemmatizer, giving the same lemmas with a fraction of its CPU (issue 21).

The lemmatizer of the English models (``mode="rule"``) takes 10 ms of CPU for a 1,200-token article, about
as much as newsgraph's events component. Per token it builds the token, its ``MorphAnalysis`` and the
features dict of that analysis (``is_base_form``), and most tokens leave through that test uncached, so
"the" or "said" is worked out afresh at every occurrence. Yet a token's lemma depends only on its text,
its part of speech and its morphological analysis (spaCy's own cache is keyed by exactly those three), so
here each combination is worked out once, on the first token that has it, and remembered (by spaCy's
own steps, with the lemma index read as a set rather than the list spaCy scans for each new word); an
article's tokens are then read and written as arrays (``Doc.to_array``/``from_array``) rather than one
``Token`` at a time. Tokens that already have a lemma (the attribute_ruler's "gonna" ->
"go", "to") keep it unless the lemmatizer overwrites, as spaCy's does. A token without a part of speech
(a pipeline without tagger) is handed to spaCy every time: spaCy warns about it there.

``tests/test_lemmas.py`` compares the lemmas with spaCy's on awkward words and on real reports.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["FastLemmatizer", "speed_up_lemmas"]

log = logging.getLogger(__name__)

#: spaCy versions (major.minor) whose ``Lemmatizer.__call__`` and ``rule_lemmatize`` the tests compare with
TESTED_SPACY = ("3.8",)
#: odd multipliers mixing a token's text, part of speech and analysis hashes into one number (wrapping)
_MIX = numpy.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=numpy.uint64)


class FastLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` in rule mode, with each (text, part of speech, analysis) lemmatized once."""

    #: combinations remembered at most (then forgotten all at once): a worker's memory stays bounded
    CACHE_SIZE = 300_000

    def _known(self) -> dict[tuple[int, int, int], str]:
        # made on first use: an instance whose class was swapped (speed_up_lemmas) never ran __init__ here
        known: dict[tuple[int, int, int], str] | None = self.__dict__.get("_lemma_of")
        if known is None:
            known = self.__dict__["_lemma_of"] = {}
        return known

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._assign(doc)
            return doc
        except Exception as e:  # as spaCy's own: the pipeline's error handler decides
            error_handler(self.name, self, [doc], e)
            return doc

    def _assign(self, doc: Doc) -> None:
        if not len(doc):
            return
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = cols[:, :3]
        # an article repeats its combinations ("the", "said"): each distinct one is looked up once. They are
        # told apart by one mixed number, then checked in full, so a collision cannot merge two of them
        mixed = keys[:, 0] * _MIX[0] + keys[:, 1] * _MIX[1] + keys[:, 2] * _MIX[2]
        _u, first, inverse = numpy.unique(mixed, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        if not (keys[first][inverse] == keys).all():
            first, inverse = numpy.arange(len(doc)), numpy.arange(len(doc))
        known = self._known()
        if len(known) >= self.CACHE_SIZE:
            known.clear()
        # the string store is written for each lemma as spaCy's ``token.lemma_ = ...`` does: a lemma first
        # added inside a memory zone leaves the store with that zone, so a remembered hash could dangle
        add = doc.vocab.strings.add
        hashes = []
        for i, key in zip(first.tolist(), map(tuple, keys[first].tolist()), strict=True):
            lemma = known.get(key)
            if lemma is None:
                lemma = self._rule_lemma(doc[i]) if key[1] else self.lemmatize(doc[i])[0]
                if key[1]:  # no part of speech: spaCy warns; asked again each time so it still does
                    known[key] = lemma
            hashes.append(add(lemma))
        lemmas = numpy.asarray(hashes, dtype=numpy.uint64)[inverse]
        if not self.overwrite:  # tokens lemmatized before (the attribute_ruler's "gonna") keep theirs
            lemmas = numpy.where(cols[:, 3] != 0, cols[:, 3], lemmas)
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d is a uint64 2-d array


    def _index(self, univ_pos: str) -> frozenset[str]:
        """The lemma index of a part of speech as a set (spaCy's tables hold a list: each ``form in index``
        scanned thousands of words, 140 microseconds a new word), remade if the tables are replaced."""
        table = self.lookups.get_table("lemma_index", {}).get(univ_pos, {})
        made = self.__dict__.setdefault("_index_sets", {})
        if univ_pos not in made or made[univ_pos][0] is not table:
            made[univ_pos] = (table, frozenset(table))
        return made[univ_pos][1]

    def _rule_lemma(self, token: Any) -> str:
        """``rule_lemmatize(token)[0]`` of spaCy 3.8, step for step, with the index looked up in a set; for
        a token with a part of speech (spaCy's own is asked about one without, so that it warns)."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("eol", "space") or self.is_base_form(token):
            return string.lower()
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._index(univ_pos)
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules_table.get(univ_pos, {}):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exc_table.get(univ_pos, {}).get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]


def speed_up_lemmas(nlp: Language) -> bool:
    """Make the pipeline's English rule lemmatizer a :class:`FastLemmatizer`; True if done.

    The instance keeps its tables, settings and name (only its class changes), so the pipeline's config,
    serialization and ``nlp.pipe_names`` stay as they were. Any other lemmatizer is left as it is."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lem: Any = nlp.get_pipe("lemmatizer")
    if type(lem) is not EnglishLemmatizer or lem.mode != "rule":
        return False
    if ".".join(spacy.__version__.split(".")[:2]) not in TESTED_SPACY:
        log.info("lemmatizer: spaCy %s is not a tested version; left as it is", spacy.__version__)
        return False
    lem.__class__ = FastLemmatizer
    return True
