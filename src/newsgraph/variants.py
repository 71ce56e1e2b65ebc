"""Spelling variants of one name: transliterations ("Soleimani", "Suleimani", "Solaimani") and doubled
letters ("Weissman", "Weissmann"), as opposed to different names that look alike ("Rosen", "Risen").

Used by the cross-report index (:mod:`newsgraph.kb.entities`) for full names and bare surnames that
match no stored person exactly (issue 16). Two spellings are variants when

* their *normal forms* are equal: case, accents, hyphens and spaces ignored, doubled letters
  written once, and the letters that transliterations of Arabic, Persian, Russian and Ukrainian
  write in several ways folded together (q/k, gh/g, kh/k, dh/d, ph/f, ou/u, y/i, w/v, c before a
  consonant or at the end/k); or
* both normal forms have at least :data:`LONG` letters, their consonant skeletons (the first
  letter, then every consonant) are equal, and their similarity (``rapidfuzz`` ratio) is at least
  :data:`MIN_RATIO`: a long name that differs only in its vowels ("Soleimani" / "Suleimani").

Given names of five letters or more may differ in their vowels too ("Qassem", "Qassim") once the
surnames are variants. Short names must agree in every vowel: "Rosen" and "Risen", "Kim Jong Un" and "Kim Jong Nam" stay
apart. The caller adds the evidence of the base (one candidate, dominance, shared co-mentions).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from .names import PersonName, fold, given_key

__all__ = ["normal_form", "skeleton", "same_spelling_variant", "variant_person", "LONG", "MIN_RATIO"]

#: Names with at least this many letters (normal form) may differ in their vowels.
LONG = 7
#: The least similarity (0-100) of two long names that differ in their vowels.
MIN_RATIO = 85.0

_FOLDS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("ph", "f"), ("ou", "u"), ("q", "k"), ("y", "i"), ("w", "v"))
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=100_000)
def normal_form(name: str) -> str:
    """The spelling with transliteration choices folded: "Qassem" → "kasem", "Zelenskiy" → "zelenski"."""
    s = re.sub(r"[^a-z]", "", fold(name))
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"c(?=[^eih]|$)", "k", s)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """The first letter and the consonants of the normal form: "Soleimani" → "slmn"."""
    s = normal_form(name)
    return s[:1] + "".join(c for c in s[1:] if c not in _VOWELS)


def same_spelling_variant(a: str, b: str) -> bool:
    """Whether two spellings can be one name (see the module docstring); equal names are variants too."""
    na, nb = normal_form(a), normal_form(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if min(len(na), len(nb)) < LONG or skeleton(a) != skeleton(b):
        return False
    return ratio(fold(a), fold(b)) >= MIN_RATIO


def variant_person(a: PersonName, b: PersonName) -> bool:
    """Two full names that are spellings of one name: variant surnames, variant or compatible given
    names, and the same middle initials and suffix (rule 1 still holds)."""
    if a.bare or b.bare or a.suffix != b.suffix:
        return False
    if a.middle and b.middle and a.initials != b.initials:
        return False
    if not same_spelling_variant(a.surname_core, b.surname_core):
        return False
    return bool(given_key(a.given) & given_key(b.given)) or _given_variant(a.given, b.given)


def _given_variant(a: str, b: str) -> bool:
    """Given names of five letters or more may differ in their vowels ("Qassem", "Qassim")."""
    if same_spelling_variant(a, b):
        return True
    na, nb = normal_form(a), normal_form(b)
    # the vowels must change in place ("Qassem"/"Qassim", "Ahmad"/"Ahmed"): "Marion" and "Marine" share
    # their consonants but not their shape, and are two names (Marion Marechal-Le Pen is not Marine Le Pen)
    return (min(len(na), len(nb)) >= 5 and skeleton(a) == skeleton(b) and _shape(na) == _shape(nb)
            and ratio(na, nb) >= 75)


def _shape(s: str) -> str:
    """Consonants and vowels of a normal form as C and V: "marion" -> "CVCVVC"."""
    return "".join("V" if c in _VOWELS else "C" for c in s)
