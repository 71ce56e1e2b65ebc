"""Review 14's repairs of the pieces NER cuts a name into (unseen reports, main a6a179b).

* **A title's first word** ("Rear" of "press secretary Rear Adm. John Kirby"): NER tags the word that opens a
  title of several words (data/titles.tsv) as a name of its own; the title runs on past it, so it is no name;
  nor is the whole title tagged alone ("Rear Adm." ORG).
* **A possessive phrase** ("Obama's last", "Obama's 2009" tagged FAC in "one of Obama's last meetings",
  "during Obama's 2009 trip"): the words after the possessive are no name (lower case or a number), so the
  mention is its owner's name alone, keyed like any other ("Obama" joins Barack Obama).
* **A settlement typed as a facility or a name** ("the city of Sirte", "the Paris suburb of Saint-Denis" FAC,
  "the Molenbeek suburb" PERSON): after "<city, town, village, suburb...> of" or before "suburb" (the GPE heads
  of data/type_heads.tsv), the name is a place, so the places layer reads it.
* **A body named by a common noun** ("the Senate", data/national_body_common_names.tsv) keeps its lexicon country
  only where the report names some other entity of that country: "the Senate" of a report on France is not the
  USA's.
* **A nickname in quotation marks inside a name** ('Donald "Disaster!" Trump', 'Dwayne "The Rock" Johnson'): NER
  tags the pieces apart or not at all; a given name, a quoted stretch of one to four words and a capitalized word
  after it are one person (the repair strips the nickname from the name: :func:`newsgraph.names.strip_title`).
* **A given name cut from its surname** ("Natalia" GPE + "Veselnitskaya" PERSON of "Natalia Veselnitskaya"): a
  one-word given name (the Census list) typed as a place or a group, one space before a one-word PERSON that
  is no given name, no country and no title, is the first word of that person's name.
:func:`newsgraph.extract.entities.extract_entities` runs them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon import Lexicon, read_tsv
from ..name_words import is_given_name
from ..record import Entity
from ._doc import doc_words
from .entity_base import _Cand

__all__ = ["cut_possessive_phrase", "join_given_name_pieces", "join_nicknamed_names", "opens_title",
           "relabel_settlements", "unplace_common_bodies"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_NOT_PERSON = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def opens_title(doc: Doc, sp: Span, lex: Lexicon) -> bool:
    """The span is a title of several words ("Rear Adm." tagged ORG), or its words and one or two words after
    it make a title that the span alone is not ("Rear" + "Adm."): the span is a title or its opening, no name."""
    words = doc_words(doc)
    mine = words[sp.start:sp.end]
    if lex.title_of(mine):
        return len(mine) > 1
    return any(sp.end + n <= len(words) and lex.title_of(words[sp.start:sp.end + n]) for n in (1, 2))


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def cut_possessive_phrase(sp: Span) -> Span | None:
    """"Obama's last" → "Obama": a non-person span whose words after a possessive are all lower case or
    numbers, or a month and numbers ("Trump's July 25"); None when the span has no such shape (it is kept as it is)."""
    if sp.label_ == "PERSON":
        return None
    for k in range(1, len(sp) - 1):
        if sp[k].text in _POSSESSIVE:
            rest = sp[k + 1:]
            # a date after the owner ("Trump's July 25 call", round 24) is the owner's mention too
            dated = len(rest) >= 2 and rest[0].text.rstrip(".").lower() in _MONTHS
            if all(t.text.islower() or t.text.replace(",", "").isdigit() for t in rest[1 if dated else 0:]):
                return Span(sp.doc, sp.start, sp.start + k, label=sp.label_)
            return None
    return None


def join_given_name_pieces(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """"Natalia" (GPE) + "Veselnitskaya" (PERSON), one space apart: one PERSON, "Natalia Veselnitskaya"."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _given_piece(prev, lex) and c.label == "PERSON" and len(c.span) == 1 \
                and c.span.start == prev.span.end and c.span.doc[prev.span.end - 1].whitespace_ == " " \
                and not is_given_name(c.text) and not lex.country_of(c.text) and not lex.title_of([c.text]):
            sp = c.span.doc[prev.span.start : c.span.end]
            out[-1] = _Cand(prev.start, c.end, sp.text, "PERSON", sp)
            continue
        out.append(c)
    return out


def _given_piece(c: _Cand, lex: Lexicon) -> bool:
    return c.label in _NOT_PERSON and len(c.span) == 1 and c.text.isalpha() and c.text.istitle() \
        and is_given_name(c.text) and not lex.country_of(c.text) and not lex.demonym_of(c.text) \
        and not lex.org_of(c.text)


@lru_cache(maxsize=1)
def _settlement_heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("<head> of " right before a name, " <head>" right after it) for the GPE heads of data/type_heads.tsv."""
    rows = [r for r in read_tsv("type_heads.tsv") if r[1] == "GPE"]
    before = "|".join(re.escape(r[0]) for r in rows)
    after = "|".join(re.escape(r[0]) for r in rows if r[2] == "any")
    return re.compile(rf"\b(?:{before})\s+of\s+$", re.I), re.compile(rf"\s+(?:{after})\b", re.I)


def relabel_settlements(cands: list[_Cand]) -> None:
    """A name written as a settlement's ("the city of Sirte", "the Molenbeek suburb") is a GPE, whatever NER
    typed it (FAC, PERSON, ORG), and so is every other mention of that name ("the Saint-Denis raid")."""
    before, after = _settlement_heads()
    named: set[str] = set()
    for c in cands:
        if c.label not in {"FAC", "PERSON", "ORG"}:
            continue
        doc = c.span.doc  # (Doc.text is rebuilt on each read: the few tokens around are read instead)
        head = doc[max(0, c.span.start - 3):c.span.start]
        tail = doc[c.span.end:min(len(doc), c.span.end + 1)]
        pre = head.text + (head[-1].whitespace_ if len(head) else "")
        post = (doc[c.span.end - 1].whitespace_ + tail.text) if len(tail) else ""
        if before.search(pre) or after.match(post):
            c.label = "GPE"
            named.add(c.text)
    for c in cands:  # the same name elsewhere ("the Saint-Denis raid") is the same place: one entity
        if c.text in named and c.label in {"FAC", "PERSON", "ORG"}:
            c.label = "GPE"


@lru_cache(maxsize=1)
def _common_bodies() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("national_body_common_names.tsv"))


def unplace_common_bodies(ents: list[Entity]) -> list[Entity]:
    """The entities, a common-noun body ("Senate") without its lexicon country where no other entity of the
    report has that country."""
    common = _common_bodies()
    named = {e.country for e in ents if e.name not in common and e.country}
    return [e.model_copy(update={"country": None}) if e.name in common and e.country and e.country not in named
            else e for e in ents]


_DOUBLE_QUOTES = frozenset({'"', "“", "”"})


def join_nicknamed_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'Donald "Disaster!" Trump': one PERSON candidate over the given name, the nickname and the surname, in place
    of the candidates NER made of its pieces."""
    words = doc_words(doc)  # (strings: only the few quotation marks found become Token views)
    found: list[Span] = []
    for i in range(1, len(words) - 3):
        if words[i] not in _DOUBLE_QUOTES or not is_given_name(words[i - 1]) or not words[i - 1].istitle():
            continue
        j = next((k for k in range(i + 2, min(i + 6, len(words) - 1)) if words[k] in _DOUBLE_QUOTES), None)
        if j is None or not any(w.isalpha() for w in words[i + 1 : j]):
            continue
        last = words[j + 1]
        if not (last[:1].isupper() and last.replace("-", "").isalpha()) or doc[j].whitespace_ != " " \
                or doc[i - 1].whitespace_ != " " or doc[j + 1].pos_ != "PROPN":
            continue
        found.append(doc[i - 1 : j + 2])
    if not found:
        return cands
    spans = [(sp.start_char, sp.end_char) for sp in found]
    kept = [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]
    kept += [_Cand(sp.start_char, sp.end_char, sp.text, "PERSON", sp) for sp in found]
    return sorted(kept, key=lambda c: c.start)
