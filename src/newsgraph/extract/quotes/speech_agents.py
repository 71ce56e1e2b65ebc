"""The person named as the author of a statement that is a sentence's subject: "The announcement by Governor Lena
Ortiz came two days after Mayor Paul Grant resigned." is about Ortiz's words, and a "she said" after it goes to
her. The parser makes Ortiz the object of "by", so without this she is no subject at all and a later "he said"
fell to the one who resigned (review 21: four quotes given to the president named in the subordinate clause)."""

from __future__ import annotations

from typing import Any

from spacy.strings import get_string_id

from .speaker_words import SPEECH_NOUNS, SUBJECT_DEPS

__all__ = ["main_clause", "speech_agent"]

_BY = get_string_id("by")
_POBJ = get_string_id("pobj")
_PREP = get_string_id("prep")
_ROOT = get_string_id("ROOT")
_CONJ = get_string_id("conj")
# the nouns of a spoken or written statement whose "by" phrase names its author ("a speech by", "remarks by")
_AUTHORED = frozenset(SPEECH_NOUNS | {"announcement", "declaration", "address", "comment", "remark", "warning",
                                      "pledge", "admission", "testimony", "interview"})


def speech_agent(doc: Any, arrays: Any, root: int) -> int | None:
    """Where the name whose role token is ``root`` is the object of "by" after a statement noun that is a clause's
    subject: that noun's token index ("announcement" in "The announcement by Ortiz came ..."), else None."""
    dep, head = arrays.dep, arrays.head
    by = int(head[root])
    if dep[root] != _POBJ or dep[by] != _PREP or int(arrays.lower[by]) != _BY:
        return None
    noun = int(head[by])
    if noun > by or dep[noun] not in SUBJECT_DEPS or doc[noun].lower_ not in _AUTHORED:
        return None
    return noun


def main_clause(arrays: Any, noun: int) -> bool:
    """The subject ``noun`` belongs to the sentence's main verb."""
    dep, head = arrays.dep, arrays.head
    verb = head[noun]
    return bool(dep[verb] == _ROOT or dep[verb] == _CONJ and dep[head[verb]] == _ROOT)
