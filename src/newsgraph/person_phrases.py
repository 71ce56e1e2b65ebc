"""Phrases NER types PERSON that no person's name is shaped like (issue 16, rule 5), read per mention.

Each class is a shape of the words, read against the report, never a list of phrases:

* **ticker text**: every word in capitals ("LEE HELM" of a screen's menu) where the report never writes
  those words as a name in ordinary case; a credit in capitals is read before (:mod:`person_bounds`);
* **a work's or an organization's title**: a capitalized function word inside the name ("The Late Show
  With Stephen Colbert") or an ampersand ("TO&E", "AT&T");
* **a product's shape**: a word opened by lower-case letters before a capital ("iMessages", "eBay"), or a
  pronoun or determiner glued to a capitalized word ("MyFox");
* **an ordinal first** ("Third Reich", "Second Amendment"): no name opens with one; cut to a surname the
  report gives a person, else no name (a title such as "First Lady" is read as a title, not here);
* **a nickname before a surname**: an agent noun of a common verb or an institution's word ("Prompter
  Trump ... as Twitter Trump") before a surname the report or the reference actors give a person: the surname;
* **a place's head first** ("Mount Trump", "Lake Erie", "Fort Hood");
* **a title last** after a common word ("America's Toughest Sheriff"): a description;
* **a place after a common word** ("Empower America", "Healthy CT"): a country, a US state's postal code,
  or a name the report itself types a place ("Keating Holland" keeps his name: "Keating" is no common word);
* **a relative's nickname** ("Crazy Uncle Joe"): the person of the report with that given name, else none;
* **a title alone** ("Sheriff") that is no surname of a person of the report ("King" beside "Angus King");
* **a letter name**: a common word before a one-letter initial ("Generation X. Harrelson, 21, thinks"):
  the letter closes the phrase and its sentence; what follows it is read on its own;
* **words of a sentence** (:func:`_phrase_of_words`): an epithet before words naming nobody ("Dirty Cops"), a
  word of the language before words the report writes in lower case ("Rigged Witch Hunt"), a common word
  inside a longer title-case phrase ("the Old Order Mennonites"), a common word before a coinage ("Kill
  Obamacare");
* **a group or a people alone**: a plural after a count or a capitalized common word ("50,000
  Mennonites"), a people's adjective ("Britons");
* **a place's short name** (:func:`short_for_thing`, per entity): "the Sandy Hook tragedy" beside "Sandy
  Hook Elementary School".

A word that may open a person's name (a given name, a title, a name particle) exempts the mention from the
last classes, so "Grant Wood", "Will Hurd", "Jordan Peterson" stay whole. Returns None when no class applies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import is_actor_surname
from .lexicon import Lexicon, read_tsv
from .name_words import is_common_word, is_given_name, is_place_word, opens_a_name
from .names import FAMILY_FIRST, PARTICLES, fold, is_epithet, is_function_word, is_title, word_type
from .person_words import ReportNames, is_opener, known_surname
from .record import Article, Entity, Mention

__all__ = ["read_phrase", "is_ordinal", "short_for_thing"]

_CAPS = re.compile(r"^[A-Z][A-Z'’.-]*[A-Z]$")
# "iMessages", "eBay"; not a particle glued to a surname ("diGenova")
_LOWER_CAMEL = re.compile(r"^(?!(?:di|de|da|du|la|le|van|von|mc|mac|al|el|d|o)[A-Z])[a-z]{1,3}[A-Z][a-z]")
_GLUED_WORD = re.compile(r"^([A-Z][a-z]{1,3})([A-Z][a-z]+)")  # "MyFox": a short word glued to a capitalized one
_INITIAL = re.compile(r"^[A-Z]\.$")
# a count right before a plural ("280,000 Amish and 50,000 Mennonites"); not a year ("in 2016 Trump")
_COUNT_BEFORE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s$")
_PARTICIPLE = re.compile(r"[A-Z][a-z]*([b-df-hj-np-tv-z])\1(?:ed|ing)")
# a capitalized word right before the mention, after a lower-case word or a comma (not a sentence's start)
_BEFORE = re.compile(r"(?:[a-z,]\s)([A-Z][a-z]+)\s$")
_ORDINAL_NUM = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth
hundredth""".split())
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "la", "le", "van", "von", "du", "st", "fitz", "della", "al",
                            "el"})
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "JR", "SR"})
# kinship words written before a given name as a nickname ("Uncle Joe", "Granny")
_KIN = frozenset({"uncle", "aunt", "auntie", "grandpa", "grandma", "granny"})
# heads that open a place's name ("Mount Rushmore", "Lake Erie", "Fort Hood"), no given names
_PLACE_HEADS = frozenset({"mount", "mt", "lake", "fort", "cape", "gulf"})


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("us_state_abbrev.tsv"))


def is_ordinal(word: str) -> bool:
    return fold(word) in _ORDINALS or bool(_ORDINAL_NUM.match(word))


def _ticker(words: list[str], cased: frozenset[str]) -> bool:
    if len(words) < 2 or not all(_CAPS.match(w) and len(w) >= 2 for w in words) or any(w in _ROMAN for w in words):
        return False
    return fold(" ".join(words)) not in cased  # "DONALD TRUMP" in a headline beside a "Donald Trump"


def _title_shaped(words: list[str]) -> bool:
    if any("&" in w for w in words):
        return True
    inner = words[1:-1]
    return any(w[:1].isupper() and is_function_word(w) and fold(w) not in PARTICLES for w in inner)


def _product_shaped(words: list[str]) -> bool:
    for w in words:
        if _LOWER_CAMEL.match(w):
            return True
        g = _GLUED_WORD.match(w)
        if g and fold(g.group(1)) not in _NAME_PREFIXES and (is_function_word(g.group(1)) or
                                                            is_common_word(g.group(1)) or fold(g.group(1)) == "my"):
            return True
    return False


def _agent_noun(word: str) -> bool:
    """An agent noun made of a common verb ("Prompter", "Writer"): no given name (those returned before)."""
    w = word.lower()
    return w.endswith("er") and len(w) > 5 and (is_common_word(w[:-2]) or is_common_word(w[:-1]))


def _a_place(rest: str, lex: Lexicon, places: frozenset[str]) -> bool:
    return bool(lex.country_of(rest)) or rest in _state_codes() or fold(rest) in places


def _cut(m: Mention, rest: str, after: int) -> Mention:
    at = m.text.index(rest, after)
    return Mention(start=m.start + at, end=m.end, text=rest)


def _one_word(w: str, names: ReportNames, cased: frozenset[str]) -> list[Mention] | None:
    own = fold(w)
    if _LOWER_CAMEL.match(w) or _CAPS.match(w) and (len(w) > 3 or is_common_word(w)) and w not in _ROMAN \
            and not any(c == own or c.endswith(f" {own}") for c in cased):
        # "iMessages" alone; a word or an acronym in capitals ("HELM" of a menu, "STORY", "WBUR") where no
        # person of the report has that name; three initials are a person's ("JFK", "FDR", "MBS")
        return []
    # a title alone ("Sheriff") names someone only as the surname of a person of the report ("King"); the
    # full name must open with a given name ("Toughest Sheriff" is no such person)
    if is_title(w) and not any(f != own and is_given_name(f.split()[0]) for f in names.surnames.get(own, ())):
        return []
    return None


def _group_before(before: str) -> bool:
    """A count or a capitalized common word mid-sentence right before a plural word: a group's name."""
    if _COUNT_BEFORE.search(before):
        return True
    word = _BEFORE.search(before)
    return word is not None and is_common_word(word.group(1))


def _coinage(word: str) -> bool:
    """A surname or a place glued to a lower-case tail ("Obamacare", "Russiagate"): a word coined from a name,
    no person's (read only after a common word: "Kill Obamacare")."""
    return word.isalpha() and not is_actor_surname(word) and any(
        word[i:].islower() and (is_actor_surname(word[:i]) or is_place_word(word[:i])) for i in range(4, len(word) - 2))


def _language(word: str, names: ReportNames) -> bool:
    """A word of the language, not of a name: a common word, one the report writes in lower case, or a
    participle with a doubled consonant ("Rigged", "Banned")."""
    return is_common_word(word) or word.lower() in names.lower or bool(_PARTICIPLE.fullmatch(word))


def _phrase_of_words(m: Mention, words: list[str], text: str, names: ReportNames, own: str) -> bool:
    """A mention whose first word opens no name (checked before) and whose words are those of a phrase:
    an epithet before words that name nobody of the report ("Dirty Cops"), a word of the language before
    words the report writes in lower case ("Rigged Witch Hunt" beside "witch hunt"), a common word inside
    a longer title-case phrase opened mid-sentence ("the Old Order Mennonites"), or a common word before a
    coinage ("Kill Obamacare")."""
    first, rest = words[0], words[1:]
    last = rest[-1].strip(".,!?")
    if names.other_person(last, own) or is_given_name(last):
        return False  # the rest names a person the report names in full: left to the first-word rules
    if is_epithet(first):
        return True
    if _language(first, names) and all(len(w) >= 3 and w.strip(".,!?").lower() in names.lower for w in rest):
        return True
    if not is_common_word(first):
        return False
    before = _BEFORE.search(text[max(0, m.start - 40):m.start])
    if before and is_common_word(before.group(1)) and not is_given_name(before.group(1)):
        return True
    return len(rest) == 1 and _coinage(last)


def read_phrase(m: Mention, text: str, lex: Lexicon, names: ReportNames, places: frozenset[str],
                cased: frozenset[str]) -> list[Mention] | None:
    """[] when the mention is no name by one of the classes above, [a shorter mention] when the name is
    cut out of it, None when no class applies. ``names``: the report's person names (a surname the report
    or the reference actors give a person); ``places``: folded names the report types GPE/LOC; ``cased``:
    folded person mentions the report writes in ordinary case."""
    words = m.text.split()
    if len(words) == 1:
        if words[0].endswith("s") and _group_before(text[max(0, m.start - 40):m.start]):
            return []  # "50,000 Mennonites", "the Old Order Mennonites": a group, in plural
        if lex.demonym_of(words[0]) and not names.other_person(words[0], fold(words[0])):
            return []  # "Britons", "Kazakh": a people (a surname of the report's persons stays: "Welsh")
        return _one_word(words[0], names, cased)
    own = fold(m.text)
    first, rest = words[0], " ".join(words[1:])
    if fold(first) in _KIN:
        # "Crazy Uncle Joe": a relative's name is a nickname; it is the person of the report with that
        # given name, else nobody we can tell ("Uncle Sam", a personification)
        return [_cut(m, rest, len(first))] if len(words) == 2 and fold(rest) in names.givens else []
    if _ticker(words, cased) or _title_shaped(words) or _product_shaped(words):
        return []
    if is_ordinal(first):
        if is_title(f"{first} {words[1]}") or lex.title_of(words[:2]):
            return None  # "First Lady Melania Trump": a title, read by the title rules
        return [_cut(m, rest, len(first))] if len(words) == 2 and known_surname(rest, names, own, alone=True) else []
    if opens_a_name(first) or is_opener(first):
        return None  # openers ("Thank You Pelosi") are read by newsgraph.person_words
    if fold(first) in _PLACE_HEADS:
        return []  # "Mount Trump": a place, or a figure of speech for one
    if len(words) == 2 and (_agent_noun(first) or word_type(first) == "ORG") and known_surname(rest, names, own,
                                                                                               alone=True):
        return [_cut(m, rest, len(first))]  # "Prompter Trump ... as Twitter Trump": a nickname before a surname
    if is_common_word(first) and is_title(words[-1].strip(".,")):
        return []  # "America's Toughest Sheriff" (a surname that is a title keeps its name: "Angus King")
    if (is_common_word(first) or first.lower() in names.lower) and _a_place(rest.strip(".,"), lex, places):
        return []
    if is_common_word(first) and len(words) >= 3 and _INITIAL.match(words[1]):
        return [_cut(m, " ".join(words[2:]), len(first) + len(words[1]))]
    if fold(first) in FAMILY_FIRST:
        return None  # "Liu He", "Xi Jinping": a family name first
    return [] if _phrase_of_words(m, words, text, names, own) else None


_THINGS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT"})


def short_for_thing(rec: Article, e: Entity) -> bool:
    """A PERSON entity that is the short name of a place or an institution the report names in full: every
    full mention follows "the" or an editor's bracket ("the Sandy Hook tragedy", "[Sandy Hook]"), and the
    report types a longer name opening with it ("Sandy Hook Elementary School"). A
    person's name takes "the" only as an attribute ("the Donald Trump campaign"), never in every mention."""
    full = [m for m in e.mentions if " " in m.text.strip()]
    if not full:
        return False
    longer = [x.name for x in rec.entities if x.type in _THINGS]
    if not any(n.startswith(m.text + " ") for n in longer for m in full):
        return False
    before = [rec.text[max(0, m.start - 4):m.start] for m in full]
    return all(b.endswith(("the ", "The ", "[")) for b in before)
