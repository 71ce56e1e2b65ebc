"""The type a report gives a PERSON entity whose name is no person's (issue 16, rules 4 and 5).

NER calls "Families USA", "Best Buy", "Data Trust" or "Strike Eagle" a person. Where the entity's name has
no person's shape (its first word is no given name, no title, no name particle) and the report or the
reference says what it is, :func:`evidence_type` returns that type, and the repair keeps the entity under
it instead of making a person of it or dropping it:

* the report itself types the same name otherwise elsewhere ("Data Trust" ORG beside "Data Trust" PERSON; a tie
  of votes goes by a fixed order of types, never by set order);
* an apposition or a noun right before the name says so (data/type_heads.tsv): "Families USA, a health
  care advocacy group", "a trip organized by Young Pioneer Tours, a China-based travel company", "the
  conservative youth group Turning Point USA", "liberal site Mother Jones", "Mother Jones magazine";
* the name is the employer in "president of X", "CEO of X", "analyst at X", "expert with X";
* a model designation stands right before it ("an F-15E Strike Eagle"): a product;
* a word of the name heads institutions' names (data/not_name_words.tsv: "Colombia Properties");
* the name ends with a facility, place or force head (data/place_heads.tsv: "Southwark Bridge" FAC, "Space
  Force" ORG), checked after the report's own words;
* a reference organization of that name (Phoenix companies and NGOs: "Best Buy Co", MNCUSA).

Without such evidence nothing changes: "Bear Atwood, a lawyer" stays a person, and so does any name whose
first word is a given name ("Grant Wood, the painter of a painting").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import company_actor, org_actor, person_actor
from .clean import is_title_case
from .lexicon import read_tsv
from .name_words import language_word, lower_words, opens_a_name, place_head_type
from .names import fold, is_function_word, word_type
from .record import Article, Entity

__all__ = ["evidence_type", "stated_type", "thing_shaped"]

_OTHER = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "GPE", "EVENT", "NORP", "LAW"})
# the order that breaks a tie of type votes: institutions and places before products and works
_TYPE_ORDER = ("ORG", "GPE", "FAC", "LOC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART")
# words between the article and the head of an apposition: adjectives and noun modifiers, no preposition,
# no relative word and no role noun ("the former head of the agency" is a person's apposition)
_FILLER = r"(?:(?!(?:of|for|at|in|on|to|with|by|from|who|which|that|and|or|head|chief|leader|member)\b)[\w'’-]+\s+){0,3}?"
# the head ends its noun phrase: "a 23-year-old university student" and "the company's spokesman" are persons
_HEAD_END = (r"(?=\s*(?:[,.;:)”\"]|$)|\s+(?:that|which|whose|where|based|founded|run|owned|funded|financed|backed|"
             r"known|called|used|set|led|in|of|for|with|at|on|from|by|to|and)\b)")
_EMPLOYER = re.compile(r"\b(?:president|ceo|chief executive|founder|co-founder|chairman|chairwoman|executive director|"
                       r"director|analyst|expert|fellow|economist|researcher|executive)(?:\s+(?:and|&)\s+[\w-]+)?"
                       r"\s+(?:of|at|with|for)\s+(?:the\s+)?$", re.I)
_PLACE_OF = re.compile(r"\b(?:city|town|village|province|region|district|county|state)\s+of\s+$", re.I)
_DESIGNATION = re.compile(r"\b[A-Z]{1,3}-\d+[A-Z]?\s+$")
_POSSESSIVE = re.compile(r"['’]s?\s")


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(head → type for appositions, head → type right after a name, apposition pattern, before pattern)."""
    app: dict[str, str] = {}
    after: dict[str, str] = {}
    for row in read_tsv("type_heads.tsv"):
        app[row[0]] = row[1]
        if row[2] == "any":
            after[row[0]] = row[1]
    alt = "|".join(sorted((re.escape(h) for h in app), key=len, reverse=True))
    apposition = re.compile(rf"^[”\"’']?,\s+(?:a|an|the)\s+{_FILLER}({alt}){_HEAD_END}", re.I)
    before = re.compile(rf"\b({alt})\s+(?:the\s+)?[“\"‘']?$", re.I)
    return app, after, apposition, before


def _no_person_shape(e: Entity, lower: frozenset[str], need_word: bool = True) -> bool:
    """Every mention is of two words or more (a bare surname points at a person), opens with a word no
    person's name opens with (no given name, title or particle), and holds a word of the language (a common
    word, a place, a word the report writes in lower case, an institution's word: "Best Buy", "Families USA",
    "Flashpoint Partners"); a name of unknown words ("Sudhanshu Mittal", "Yukiya Amano") stays a person."""
    texts = [m.text.strip() for m in e.mentions]
    if not texts or any(" " not in t for t in texts):
        return False
    for t in texts:
        first = t.split()[0].strip("“\"‘'")
        if opens_a_name(first) or not first[:1].isupper():
            return False
    words = [w.strip(".,'’\"“”‘") for w in e.name.split()]
    if need_word and not any(w and language_word(w, lower) for w in words):
        return False
    return person_actor(e.name) is None


# a quoted stretch of a line: a title when it is written in title case ("The Late Show With Stephen Colbert")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,120})[”\"]")


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """The mention is part of a longer title in quotation marks ("“The Late Show With Stephen Colbert”", a
    book's "“Cultural Backlash: Trump, Brexit and Authoritarian Populism,”"): a work's name, no person's. A
    reported sentence is no title: it is not written in title case."""
    for q in _QUOTED.finditer(text, max(0, start - 120), min(len(text), end + 120)):
        if q.start(1) <= start and end <= q.end(1) and q.span(1) != (start, end) and is_title_case(q.group(1)):
            return True
    return False


def _apposed_type(text: str, e: Entity) -> str | None:
    app, _after, apposition, _before = _heads()
    for m in e.mentions:
        got = apposition.match(text[m.end:m.end + 120])
        if got:
            return app[got.group(1).lower()]
    return None


def _context_type(text: str, e: Entity) -> str | None:
    app, after, apposition, before = _heads()
    if all(_in_quoted_title(text, m.start, m.end) for m in e.mentions):
        return "WORK_OF_ART"
    for m in e.mentions:
        tail = text[m.end:m.end + 120]
        got = apposition.match(tail)
        if got:
            return app[got.group(1).lower()]
        word = re.match(r"^[”\"’']?\s+([a-z-]+)\b", tail)
        if word and word.group(1) in after:
            return after[word.group(1)]
        head = text[max(0, m.start - 60):m.start]
        got = before.search(head)
        if got:
            return app[got.group(1).lower()]
        if _PLACE_OF.search(head):  # "the southern Israeli city of Beer Sheva"
            return "GPE"
        if _EMPLOYER.search(head):
            return "ORG"
        if _DESIGNATION.search(head):
            return "PRODUCT"
    return None


@lru_cache(maxsize=50_000)
def thing_shaped(name: str) -> bool:
    """A name of two words or more that no person's name is shaped like, read alone (the base has no text):
    no given name, title or particle first, and a common word, a place or an institution's word in it
    ("Planned Parenthood", "Strike Eagle"; not "Jeh Johnson", not "Grant Wood")."""
    words = [w.strip(".,'’\"“”‘") for w in name.split()]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return not opens_a_name(words[0]) and any(w and language_word(w) for w in words)


def stated_type(rec: Article, e: Entity) -> str | None:
    """The type the report's words state for an entity of any NER type whose name is no person's
    ("leftist Mother Jones magazine": ORG), or None; the person rules then leave it alone."""
    if not _no_person_shape(e, lower_words(rec.text)):
        return None
    return _context_type(rec.text, e)


def evidence_type(rec: Article, e: Entity) -> str | None:
    """The type the report (or the reference) gives this PERSON entity, when its name is no person's."""
    if e.type != "PERSON" or not _no_person_shape(e, lower_words(rec.text), need_word=False):
        return None
    head = place_head_type(e.name)  # "Southwark Bridge", "Manchester Arena": a facility's shape
    if head is None and not _no_person_shape(e, lower_words(rec.text)):
        # a name of words no table knows ("Radio Liberty", "Project Aquila") is a thing only where an
        # apposition says so ("Radio Liberty, an overseas news service"); else a person ("Yukiya Amano")
        return _apposed_type(rec.text, e)
    own = fold(e.name)
    votes = [x.type for x in rec.entities if x.type in _OTHER and fold(x.name) == own]
    if votes:
        # a tie goes by a fixed order of types, not by set order: the same record gets the same type in
        # every process ("Manchester Arena" FAC once and WORK_OF_ART once: FAC)
        return max(_TYPE_ORDER, key=lambda k: (votes.count(k), -_TYPE_ORDER.index(k)))
    found = _context_type(rec.text, e)
    if found or head:
        return found or head
    kinds = [k for k in (word_type(w) for w in e.name.split()) if k is not None]
    if kinds and not _POSSESSIVE.search(e.name) and not is_function_word(e.name.split()[0]):
        # an institution's word ("Colombia Properties", "Office of Congressional Ethics"); "Hillary's State
        # Department" and "Via Twitter" are left to the repair's retyping, which trims them
        return kinds[-1]
    if org_actor(e.name) is not None or company_actor(e.name) is not None:
        return "ORG"
    return None
