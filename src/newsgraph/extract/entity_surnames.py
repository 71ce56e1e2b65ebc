"""Entities: which of a report's full names a bare surname stands for (issue 18, round 15).

A bare "Cruz" used to go to the full name of that surname named last before it, so after "his wife, Heidi
Cruz" every "Cruz said" was hers, and a bare "Trump Jr." joined Donald Trump's row. When the report names
several people of the surname, the text has to decide:

- a suffix separates people: "Trump Jr." goes only to a full name with that suffix, and a plain "Trump"
  to the holders without one when there are some (news calls the son "Trump Jr." beside his father);
- a person introduced as someone's relative ("his wife, Heidi Cruz", "his son Eric Trump", "first lady
  Melania Trump") is not the one a bare surname names while a holder who is no relative is left: news
  style names relatives in full or by given name precisely so that the bare surname stays the main
  person's;
- an age word before the mention ("the elder Mr. Bush", "the younger Bush") keeps the holder introduced as
  the parent or the child (data/relative_generations.tsv, a Sr. or Jr.), or else the one not introduced as the
  other; none left or several: unlinked (round 16);
- an honorific ("Mr. Gadhafi") right after a holder of its gender was named in full, in the same sentence or
  the one before, is that holder: the report goes on about the one it has just named ('Seif Gadhafi replied
  ... "...," Mr. Gadhafi said' is the son; round 16); else an honorific keeps the holders of its gender before
  any other test ("Mrs. Cruz" is the wife, relative or not), and a gendered pronoun in the rest of the
  sentence keeps them after the relative test;
- a holder introduced only after the mention is not it while one came before;
- one holder left: his or hers. Several: the one the report already called by the bare surname before it
  named the next in full (the report's main person of the name); else the bare mention stays unlinked (its
  own row, which the record repair, `newsgraph.persons`, may still resolve from the whole report): an empty
  link beats a wrong one.

With one holder only the old rule stands (the full name named last before it, else the first)."""

from __future__ import annotations

import re

from ..person_bare import (
    age_word,
    as_relative,
    gender_hint,
    generation_of,
    introduced_as_relative,
    named_just_before,
    of_generation,
    title_gender,
)
from ..persons import first_name_gender
from ..record import Mention
from ._doc import doc_text
from .entity_base import _SUFFIXES, _Cand, _FullNames, _surname

__all__ = ["pick_holder", "suffix_of"]

_FEMALE_RELATIVES = frozenset({"wife", "widow", "daughter", "mother", "sister", "granddaughter", "grandmother",
                               "aunt", "niece", "stepdaughter", "stepmother", "lady", "fiancee", "girlfriend"})
_MALE_RELATIVES = frozenset({"husband", "widower", "son", "father", "brother", "grandson", "grandfather",
                             "uncle", "nephew", "stepson", "stepfather", "fiance", "boyfriend"})
_WORD = re.compile(r"[A-Za-z]+")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def suffix_of(text: str) -> str:
    """ "jr", "sr", "iii"... of a name ("Donald Trump Jr." → "jr"), "" without one."""
    words = [w.lower().rstrip(".,") for w in text.split()]
    return next((w for w in reversed(words) if w in _SUFFIXES or f"{w}." in _SUFFIXES), "")


def _relative_word_gender(text: str, c: _Cand) -> str | None:
    """M/F from the kinship word that introduces a full name ("his wife, Heidi Cruz": F)."""
    near = _WORD.findall(text[max(0, c.start - 25):c.start]) + _WORD.findall(text[c.end:c.end + 25])[:3]
    low = {w.lower() for w in near}
    f, m = bool(low & _FEMALE_RELATIVES), bool(low & _MALE_RELATIVES)
    return "F" if f and not m else "M" if m and not f else None


class _Holder:
    """One person of the surname: the key its full names share, their positions, what the text says of it."""

    def __init__(self, key: tuple[str, ...]) -> None:
        self.key = key
        self.positions: list[int] = []
        self.toks: list[str] = []
        self.relative = False
        self.suffix = ""
        self.gender: str | None = None
        self.generation: str | None = None  # "elder" / "younger": introduced as a parent or a child of the family


def _holders(options: list[tuple[int, list[str]]], full_at: dict[int, _Cand], text: str) -> list[_Holder]:
    by_key: dict[tuple[str, ...], _Holder] = {}
    for pos, toks in options:
        fc = full_at.get(pos)
        suffix = suffix_of(fc.text) if fc is not None else ""
        key = (toks[0].lower(), _surname(toks).lower(), suffix)
        h = by_key.setdefault(key, _Holder(key))
        h.positions.append(pos)
        h.toks, h.suffix = toks, suffix
        if fc is not None and introduced_as_relative(text, Mention(start=fc.start, end=fc.end, text=fc.text)):
            h.relative = True
            h.gender = h.gender or _relative_word_gender(text, fc)
        h.gender = h.gender or first_name_gender(toks[0])
        if fc is not None:
            h.generation = h.generation or generation_of(text, fc.start, fc.end)
    for h in by_key.values():
        h.generation = h.generation or {"sr": "elder", "jr": "younger"}.get(h.suffix.rstrip("."))
    return list(by_key.values())



def _keep(holders: list[_Holder], ok: list[bool]) -> list[_Holder]:
    """The holders that pass a test, unless none does (a test that rules out everyone decides nothing)."""
    kept = [h for h, k in zip(holders, ok, strict=True) if k]
    return kept or holders


def pick_holder(c: _Cand, word: str, by_surname: _FullNames, full_at: dict[int, _Cand],
                bare_at: list[int]) -> tuple[list[str], str] | None:
    """The full name (tokens, suffix) a bare surname mention stands for, or None when the text does not decide."""
    options = by_surname[word.lower()]
    text = doc_text(c.span.doc)  # (Doc.text rebuilds the whole text on every read)
    holders = _holders(options, full_at, text)
    own = suffix_of(c.text)
    if own:  # "Trump Jr." is only ever a Jr.
        holders = [h for h in holders if h.suffix == own]
    else:  # a plain "Trump" is not the Jr. of a plain holder of his given name (Donald Trump beside Donald Trump Jr.)
        plain = {h.key[:2] for h in holders if not h.suffix}
        holders = [h for h in holders if not (h.suffix and h.key[:2] in plain)]
    # NER split a full name ("Ivanka" + "Trump"): the word before is one holder's given name
    given = _GIVEN_BEFORE.search(text[max(0, c.start - 30):c.start])
    own_given = [h for h in holders if given and given.group(1).lower() == h.key[0]]
    if len(own_given) == 1:
        return own_given[0].toks, own_given[0].suffix
    # never one introduced only after it when another holder came before (news names a person in full first)
    holders = _keep(holders, [min(h.positions) <= c.start for h in holders])
    age = age_word(text, c.start)
    if age is not None and len(holders) == 1 and holders[0].generation != age:
        # "Robert and Daniel Klein ... the elder Klein": an age word sets the mention against another of the
        # family, so the one full name not introduced in that generation is not it (round 26): unlinked
        return None
    if age is not None and len(holders) > 1:
        holders = of_generation(holders, [h.generation for h in holders], age)
        return (holders[0].toks, holders[0].suffix) if len(holders) == 1 else None
    title = title_gender(text, Mention(start=c.start, end=c.end, text=c.text))
    if title is not None and len(holders) > 1:
        # (a full name the report introduces as a relative, "Mr. Bush's father, George H.W. Bush, ...", is a side
        # mention: the next "Mr. Bush" is not taken for it by nearness)
        near = named_just_before([(p, full_at[p].end, h) for h in holders for p in h.positions if p in full_at and
                                  not as_relative(text, Mention(start=p, end=full_at[p].end, text=full_at[p].text))],
                                 c.start, text)
        if near is not None and near.gender in (None, title):
            return near.toks, near.suffix
        if len({h.gender for h in holders}) > 1:
            holders = _keep(holders, [h.gender == title for h in holders])
    if len(holders) > 1:
        holders = _keep(holders, [not h.relative for h in holders])
    if len(holders) > 1:
        g = gender_hint(text, Mention(start=c.start, end=c.end, text=c.text))
        if g and len({h.gender for h in holders}) > 1:
            holders = _keep(holders, [h.gender == g for h in holders])
    if len(holders) > 1:
        holders = [h] if (h := _established(holders, bare_at)) else []
    return (holders[0].toks, holders[0].suffix) if len(holders) == 1 else None


def _established(holders: list[_Holder], bare_at: list[int]) -> _Holder | None:
    """The holder named first, when the report called someone by the bare surname before it named the next
    holder in full ("Bobby Scott ... Scott said ... Tim Scott ... Scott"; a headline's "Clinton" before
    "Hillary Clinton ... Bill Clinton"): the surname is the first one's, and news names the other in full."""
    order = sorted(holders, key=lambda h: min(h.positions))
    second = min(order[1].positions)
    return order[0] if any(p < second for p in bare_at) else None
