"""Review 15's repairs of names NER cuts at the wrong word (unseen reports, main 4615a9f).

* **A title's last word opening a name** ("then-Secretary of State Rex Tillerson" tagged ORG "State Rex
  Tillerson"): the words before the span and its first word make a title (data/titles.tsv), and two or more
  capitalized words follow: those are the person, the title's word is no part of the name.
* **A portfolio word before a title** ("Commerce" of "Commerce Secretary Wilbur Ross" tagged ORG): one word,
  no lexicon name, right before the title of a portfolio (data/entity_portfolio_titles.tsv: "Secretary",
  "Minister") and a capitalized name, is the title's subject, no organization (a lexicon body stays; "Google
  CEO Sundar Pichai" names his employer: no portfolio title).
* **A body's head noun tagged as a person** ("Embassy" PERSON of "the Swedish Embassy"): a head noun of a
  facility or body (data/place_heads.tsv) alone is no person; right after a nationality or a place it closes
  that name ("Swedish Embassy", an organization), else it is dropped.
* **A lede full of names is no headline** ("President Donald Trump met the North Korean leader on Sunday." has
  three of four content words capitalized, so the headline test held it title case and its names were kept only
  where the body repeats them): a paragraph that ends a sentence with a period and writes a content word of four
  letters or more in lower case ("met", "leader") is prose.
* **A coordinated name cut at "and the"** ("Pew Research Center for the People and the Press" tagged
  "Pew Research Center" and "Press"): an organization, "for"/"of", capitalized words joined by "and", and an
  organization are one name, so the tail is no short form of another body ("Press" is no Associated Press).
:func:`newsgraph.extract.entities.extract_entities` runs them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import Lexicon, read_tsv
from ..name_words import is_given_name
from ._doc import doc_text, doc_words
from .entity_base import _Cand

__all__ = ["cut_title_head", "portfolio_word", "join_body_heads", "join_coordinated_org_names", "prose_sentence"]


def cut_title_head(sp: Span, lex: Lexicon) -> Span | None:
    """"State Rex Tillerson" after "Secretary of" → "Rex Tillerson" (PERSON); None when the span has no such
    shape."""
    doc = sp.doc
    words = doc_words(doc)
    for k in (1, 2):
        rest = sp[k:]
        if len(rest) < 2 or not all(t.text[:1].isupper() for t in rest) or not is_given_name(rest[0].text):
            continue
        for n in (1, 2, 3):
            if sp.start - n >= 0 and lex.title_of(words[sp.start - n : sp.start + k]):
                return Span(doc, sp.start + k, sp.end, label="PERSON")
    return None


def portfolio_word(sp: Span, lex: Lexicon) -> bool:
    """A one-word common noun right before a title word and a capitalized name ("Commerce" of "Commerce
    Secretary Wilbur Ross"), no lexicon name."""
    doc = sp.doc
    i = sp.end
    if len(sp) != 1 or sp.label_ == "PERSON" or i + 1 >= len(doc) or is_given_name(sp.text):
        return False
    if lex.org_of(sp.text) or lex.body_of(sp.text) or lex.country_of(sp.text) or lex.demonym_of(sp.text):
        return False
    # only titles of a portfolio: "Google CEO Sundar Pichai" names his employer
    return doc[i].lower_ in _portfolio_titles() and doc[i].is_title and doc[i + 1].text[:1].isupper()


@lru_cache(maxsize=1)
def _portfolio_titles() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_portfolio_titles.tsv"))


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("place_heads.tsv") if row[1] == "FAC")


def join_body_heads(cands: list[_Cand]) -> list[_Cand]:
    """"Swedish" (NORP) + "Embassy" (PERSON) → "Swedish Embassy" (ORG); a lone head noun tagged PERSON is
    dropped."""
    out: list[_Cand] = []
    for c in cands:
        if c.label != "PERSON" or len(c.span) != 1 or c.text.lower() not in _body_heads():
            out.append(c)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.label in ("NORP", "GPE") and prev.span.end == c.span.start:
            sp = c.span.doc[prev.span.start : c.span.end]
            out[-1] = _Cand(prev.start, c.end, sp.text, "ORG", Span(sp.doc, sp.start, sp.end, label="ORG"))
    return out


_COORDINATED = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:and|&)\s+(?:the\s+)?$")


def join_coordinated_org_names(cands: list[_Cand]) -> list[_Cand]:
    """"Pew Research Center" + " for the People and the " + "Press" → one organization."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and c.label == "ORG":
            doc = c.span.doc
            between = doc_text(doc)[prev.end:c.start]  # (Doc.text rebuilds the whole text on every read)
            if len(between) < 60 and _COORDINATED.match(between):
                sp = doc[prev.span.start : c.span.end]
                out[-1] = _Cand(prev.start, c.end, sp.text, "ORG", Span(doc, sp.start, sp.end, label="ORG"))
                continue
        out.append(c)
    return out


_LOWER_CONTENT = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


_WORDS = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*")
# Below this share of lower-case words a paragraph is a list of names, not a sentence: a sign-up box's
# "Choose your country United States Afghanistan Albania ..." ends with a period too (integration, round 15).
# A lede or caption full of names keeps a third or more ("President Maria Lopez met the ... leader on Sunday.")
_MIN_LOWER_SHARE = 0.25


def prose_sentence(par: str) -> bool:
    """A paragraph ending with a period (a closing quotation mark may follow) that writes a lower-case word of
    four letters or more and at least a quarter of its words in lower case: prose, however many capitalized
    names it holds."""
    if re.search(r"\.[\"”’']?\s*$", par) is None or _LOWER_CONTENT.search(par) is None:
        return False
    words = _WORDS.findall(par)
    return sum(w[0].islower() for w in words) >= _MIN_LOWER_SHARE * len(words)


# review 16: "38 North" (a website), "Route 9 West": a compass word right after a number is the end of a name,
# never the region "North" (the row "North" LOC/ORG stood for the website)
_COMPASS = frozenset({"North", "South", "East", "West"})


def numbered_compass_name(sp: Span) -> Span:
    """``sp`` widened to the number before a lone compass word ("38 North"), typed ORG; ``sp`` otherwise."""
    doc = sp.doc
    if sp[-1].text not in _COMPASS or len(sp) > 2:
        return sp
    start = sp.end - 2  # the number, inside the span ("38 North" tagged PERSON) or right before it
    if start < 0 or len(sp) == 2 and sp.start != start:
        return sp
    num = doc[start]
    if not (num.like_num and num.text[:1].isdigit() and num.whitespace_):
        return sp
    return Span(doc, start, sp.end, label="ORG")


# review 16: "Marine Gen. Jane Roe", "retired Marine Col. ...": the service word before a rank is part of the
# title; alone it is no group and no organization (the rows "Marine" NORP and ORG); "the Marine Corps" keeps its row
_SERVICE_WORDS = frozenset({"Marine"})


def service_before_title(sp: Span, lex: Lexicon) -> bool:
    """``sp`` is a lone service word right before a title ("Marine" of "Marine Gen. Jane Roe")."""
    doc = sp.doc
    if len(sp) != 1 or sp[0].text not in _SERVICE_WORDS:
        return False
    words = [t.text for t in doc[sp.end : sp.end + 3]]
    return any(lex.title_of(words[:n]) for n in (1, 2, 3) if len(words) >= n)
