"""Review 11's repairs of NER's types and of pieces of names, before mentions are grouped into entities.

Each rule is one class of NER slip seen in unseen reports, decided from the words around the mention and the
lexicons, never from one name: a person tagged as a place ("Agnes Callamard, UN Special Rapporteur", "a
crafty Machiavelli or Sun Tzu"), an organization named after a nationality and tagged as a place ("the East
German Stasi"), and words cut out of a longer name or a title ("Islamic" of "Islamic State", "Guards" of
"Guards Commander Lt. Gen. ...", "Congressional" of "Congressional committees", "Trump/Russia" of a label).
:func:`newsgraph.extract.entities.extract_entities` runs them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import Lexicon, norm_name, read_tsv
from ..name_words import is_common_word, is_given_name, is_place_head
from ..names import word_type
from ._doc import doc_words, span_text
from .entity_base import _Cand, _is_lexicon_name
from .places import well_known_place
from .places.gazetteer import load_gazetteer

__all__ = ["drop_name_pieces", "relabel_named_after_nationality", "relabel_persons_as_places"]


def relabel_persons_as_places(cands: list[_Cand], lex: Lexicon) -> None:
    """A name of two words or more tagged GPE/LOC that no place on the gazetteer bears and no lexicon holds, and
    that ends with no place's head word (data/entity_place_name_heads.tsv: "Min County") is a person when a person's mark is on it: its first word a given name ("Agnes Callamard"), or an "or"/"and"
    joining it to a name tagged PERSON ("a crafty Machiavelli or Sun Tzu"). The places layer then makes no
    place of it, and a "she" after it can find her."""
    gaz = load_gazetteer()
    persons = {c.span.root.i for c in cands if c.label == "PERSON"}
    for c in cands:
        n = norm_name(c.text)
        words = n.split()
        if c.label not in ("GPE", "LOC") or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if _is_lexicon_name(n, lex) or gaz.lookup(n) or words[-1].lower() in _place_name_heads() or is_place_head(words[-1]) \
                or any(word_type(w) for w in words):
            continue
        if is_given_name(words[0]) or _joined_to_person(c.span, persons):
            c.label = "PERSON"


def _joined_to_person(span: Span, persons: set[int]) -> bool:
    root = span.root
    if root.dep_ == "conj" and root.head.i in persons:
        return True
    return any(ch.dep_ == "conj" and ch.i in persons for ch in root.children)


def relabel_named_after_nationality(cands: list[_Cand], lex: Lexicon) -> None:
    """One word tagged GPE/LOC after "the" and a nationality ("the East German Stasi", "the Iranian Basij") is an
    organization named after that nation, not a place: one says "the Iranian Basij", never "the Iranian
    Tehran". A well-known place (a country, a division, a region, a city of 100,000; "the Ukrainian Crimea")
    and a lexicon name keep their type."""
    gaz = load_gazetteer()
    for c in cands:
        if c.label not in ("GPE", "LOC") or " " in c.text.strip() or _is_lexicon_name(c.text, lex):
            continue
        if _after_the_nationality(c.span, lex) and not well_known_place(gaz, c.text):
            c.label = "ORG"


def _after_the_nationality(span: Span, lex: Lexicon) -> bool:
    """"the East German Stasi", "the Soviet KGB": a nationality right before the name, "the" before the run of
    capitalized words that holds it."""
    doc = span.doc
    i = span.start
    if i < 2 or not any(lex.demonym_of(doc[j:i].text) for j in (i - 1, i - 2) if j >= 0):
        return False
    j = i - 1
    while j > 0 and i - j <= 3 and doc[j].is_title and doc[j].lower_ != "the":
        j -= 1
    return doc[j].lower_ == "the"


@lru_cache(maxsize=1)
def _place_name_heads() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_place_name_heads.tsv"))


@lru_cache(maxsize=1)
def _institution_adjectives() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_institution_adjectives.tsv"))


_SLASH_PAIR = re.compile(r"^[A-Z][a-z]+/[A-Z][a-z]+$")


def drop_name_pieces(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """The candidates without pieces of longer names and labels: a word NER cut out of a lexicon name that goes
    on after it ("Islamic" of "Islamic State (IS)") becomes that name; an adjective of an institution tagged
    NORP (data/entity_institution_adjectives.tsv: "a Congressional body"); a one-word NORP that is no
    nationality right before a title and a name ("Guards Commander Lt. Gen. Soleimani": part of the title); two
    names joined by a slash ("Trump/Russia connection": a topic's label), unless both are surnames of persons
    the report names in full ("the Shearer/Blumenthal information"); an organization's name right after a title
    of a portfolio and "on"/"for" ("UN Special Rapporteur on Extra-Judicial Executions": the title's subject); a
    common word right after a possessive ("our Country": a tweet's capital)."""
    out: list[_Cand] = []
    grown: list[tuple[int, int]] = []
    surnames = {c.text.split()[-1] for c in cands if c.label == "PERSON" and " " in c.text.strip()}
    for c in cands:
        longer = _lexicon_name_going_on(c, lex)
        if longer is not None:
            out.append(longer)
            grown.append((longer.start, longer.end))
            continue
        if _SLASH_PAIR.match(c.text) and not _is_lexicon_name(c.text, lex) \
                and not set(c.text.split("/")) <= surnames:
            continue
        if c.label == "ORG" and _portfolio_of_title(c.span, lex):
            continue
        if _after_possessive(c.span) and is_common_word(c.text) and not _is_lexicon_name(c.text, lex):
            continue  # "our Country", "his Administration": a common noun written with a capital, no name
        if c.label == "NORP" and len(c.span) == 1 and not lex.demonym_of(c.text) and (
                c.text.lower() in _institution_adjectives() or _before_title_and_name(c.span, lex)):
            continue
        out.append(c)
    # a word of the name's rest that NER tagged apart ("State") goes with it
    return [c for c in out if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in grown)]


def _lexicon_name_going_on(c: _Cand, lex: Lexicon) -> _Cand | None:
    """The lexicon organization that the one-word candidate opens and capitalized words after it complete."""
    sp = c.span
    if len(sp) != 1 or _is_lexicon_name(c.text, lex):
        return None
    doc = sp.doc
    words = doc_words(doc)  # (a token's is_title is its text's istitle())
    for n in (2, 1):
        end = sp.end + n
        if end > len(doc) or not all(w.istitle() for w in words[sp.end : end]):
            continue
        if lex.org_of(span_text(doc, sp.start, end)):
            longer = doc[sp.start : end]
            return _Cand(longer.start_char, longer.end_char, longer.text, "ORG", longer)
    return None


def _before_title_and_name(span: Span, lex: Lexicon) -> bool:
    """A plural noun (no adjective of a party: "Republican Sen. Chuck Grassley" keeps it) before a title and a
    name: "Guards Commander Lt. Gen. Soleimani"."""
    doc = span.doc
    nxt = span.end
    return span[-1].tag_ in ("NNS", "NNPS") and nxt + 1 < len(doc) and doc[nxt].is_title and lex.title_of([doc[nxt].text]) is not None \
        and doc[nxt + 1].text[:1].isupper()


@lru_cache(maxsize=1)
def _portfolio_titles() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_portfolio_titles.tsv"))


def _portfolio_of_title(span: Span, lex: Lexicon) -> bool:
    """The name stands right after "on"/"for" after a title whose last word names a portfolio
    (data/entity_portfolio_titles.tsv: "Special Rapporteur on ...", "Envoy for ..."), and is no lexicon name
    ("Special Envoy for the United Nations" names a body: kept)."""
    doc = span.doc
    i = span.start
    if i < 2 or doc[i - 1].lower_ not in ("on", "for") or _is_lexicon_name(span.text, lex):
        return False
    title = doc[i - 2]
    if title.lower_ not in _portfolio_titles() or not title.is_title:
        return False
    return any(lex.title_of([t.text for t in doc[j : i - 1]]) for j in range(max(0, i - 4), i - 1))


_POSSESSIVES = frozenset({"our", "my", "your", "their", "his", "her", "its"})


def _after_possessive(span: Span) -> bool:
    """One word right after a possessive determiner ("our Country")."""
    return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in _POSSESSIVES
