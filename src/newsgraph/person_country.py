"""A person's country within one report, as evidence (issue 16, rule 3).

Read by the per-report repair (:mod:`newsgraph.persons`): a country comes from a national title or an
office right before a mention ("Iraqi Prime Minister", "Iraq's prime minister") or from a role naming a
country, never from the nearest country word; failing those, from the reference actor of that name.
"""

from __future__ import annotations

import re
from collections import Counter

from .actors import person_actor
from .lexicon import TITLE_MODIFIERS, Lexicon, historical_state, us_state_names
from .name_words import is_given_name
from .record import Article, Mention

__all__ = ["person_country", "actor_country", "role_country"]


def person_country(rec: Article, mentions: list[Mention], roles: list[str], lex: Lexicon) -> str | None:
    """Country from national titles before the mentions and from roles naming a country (rule 3)."""
    votes: Counter[str] = Counter()
    for m in mentions:
        iso = _title_country(rec.text[max(0, m.start - 60):m.start], lex)
        if iso and not historical_state(iso):
            votes[iso] += 3
    for r in roles:
        if _NAME_AND.match(r) and is_given_name(r.split()[0]):
            continue  # "Melania Trump and Indian Prime Minister": the title of the next one of a pair
        iso = _role_country(r, lex)
        if iso and not historical_state(iso):  # "a former Soviet spy": a state gone, no living person's country
            votes[iso] += 2
    if votes:
        return votes.most_common(1)[0][0]
    return None


def actor_country(name: str, published: str | None) -> str | None:
    """The reference actor's country on the report's date, when the text itself gives none."""
    a = person_actor(name)
    return a.country(published) if a is not None else None


# a role that opens with another person's name and "and" ("Melania Trump and Indian Prime Minister"): the
# title that follows is the next person's; "U.S. Citizenship and Immigration Services director" is no name
_NAME_AND = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}and ")
# a word that ends a sentence: a period after a word that is no abbreviation ("Syria.", not "U.S." or "St.")
_SENTENCE_END = re.compile(r"^[A-Za-z][a-z]{3,}\.$")


_OF_PLACE = re.compile(r"^(?P<title>.+?)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w .'’-]+?)[.,]?$")


_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "senior", "longtime", "veteran"}) | TITLE_MODIFIERS
_ABBREVIATED = frozenset({"u.s.", "us", "u.k.", "uk"})  # country names written as adjectives ("U.S. diplomat")
# the head of a role that holds an office in a body ("head of Russia's internal security service")
_OFFICE_NOUNS = frozenset({"head", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "director",
                           "member", "commander", "secretary", "adviser", "advisor", "official", "officer"})
_RELATION = frozenset({"of", "to", "for", "with", "at", "in", "from", "by", "against", "on", "about"})


def _nationality(words: list[str], lex: Lexicon) -> str | None:
    """A nationality in the role, as its person's ("a Russian billionaire", "powerful Iranian military leader",
    "29-year-old American") in the role's first phrase, before a preposition, a relative or a participle
    ("critic of Russian President...", "born to Cuban exiles", "special counsel investigating Russian
    interference"), not before a name or an institution's name ("Polish Fruitgrowers Association"), not a
    counterpart's ("his Mexican counterpart")."""
    for i in range(len(words)):
        w = words[i].lower()
        if w in _RELATION or w in ("who", "that", "which", "as") or i and len(w) > 4 and w.endswith(("ing", "ed")) \
                and words[i - 1].lower() not in ("a", "an", "the"):
            return None  # past the role's head: "special counsel investigating Russian interference"
        for k in (2, 1):
            piece = " ".join(words[i:i + k]).rstrip(",;:.")
            iso = lex.demonym_of(piece) if len(words) >= i + k else None
            if not iso:
                continue
            nxt = words[i + k] if i + k < len(words) else ""
            if i and words[i - 1].lower() in _RELATION or nxt.lower().startswith("counterpart") or \
                    nxt[:1].isupper() and not lex.title_of([nxt]):
                break
            return iso
    return None


def _opening_country(words: list[str], lex: Lexicon) -> str | None:
    """A country's possessive or an abbreviated name used as an adjective opening the role ("Iran's top
    diplomat", "U.S. deputy national security adviser", "U.S. Citizenship and Immigration Services
    director"), or a country's possessive after an office and "of"/"for" ("secretary of Iran's Supreme
    National Security Council"). A country's plain name opening a role is the topic of its noun ("Iran
    analyst", "Russia investigation", "Vietnam veteran"), not a nationality."""
    i = 0
    while i < len(words) and words[i].lower() in _OPENERS:
        i += 1
    starts = [i] + [j + 1 + (words[j + 1].lower() == "the") for j in range(1, len(words) - 1)
                    if words[j].lower() in ("of", "for") and _office_noun(words[j - 1], lex)]
    for at in starts:
        for k in (3, 2, 1):
            if len(words) < at + k:
                continue
            piece = " ".join(words[at:at + k])
            owner = re.sub(r"['’]s$", "", piece)
            if owner != piece and lex.country_of(owner):
                return lex.country_of(owner)
            if piece.lower() in _ABBREVIATED and lex.country_of(piece):
                return lex.country_of(piece)  # "U.S. diplomat", "spokesman for the U.S. Northern Command"
    return None


def _office_noun(word: str, lex: Lexicon) -> bool:
    return word.lower() in _OFFICE_NOUNS or bool(lex.title_of([word.capitalize()]))


def role_country(role: str, lex: Lexicon) -> str | None:
    """The country a role gives its person by the rules of :func:`_role_country` (read by the events' parties,
    round 35: a role that names a country only as its topic gives none)."""
    return _role_country(role, lex)


def _role_country(role: str, lex: Lexicon) -> str | None:
    """The country a role (an apposition) gives its person: a national title ("Iraqi prime minister",
    "Britain's foreign secretary"), an office of a named country ("President of Iraq"), or a nationality
    ("a Russian billionaire"). A country's *name* used of something else is no evidence: the topic of a
    noun ("Arizona Republican and Vietnam veteran", "the Russia investigation", "North Korea analyst"); nor
    is a title or a nationality of the person named after it ("Canadian Prime Minister Justin Trudeau"),
    or a counterpart's ("his Mexican counterpart")."""
    words = role.split()
    for end in range(len(words), 0, -1):
        if end < len(words) and words[end][:1].isupper():
            continue  # a title right before a name is that person's
        iso = _title_country(" ".join(words[:end]) + " ", lex)
        if iso:
            return iso
    iso = _opening_country(words, lex) or _nationality(words, lex)
    if iso:
        return iso
    m = _OF_PLACE.match(role)
    if m is None:
        return None
    title = m.group("title").split()
    if any(lex.title_of(title[len(title) - k:]) for k in range(1, min(lex.max_title_tokens, len(title)) + 1)):
        return lex.country_of(m.group("place"))  # "President of Iraq", "foreign minister of Britain"
    return None


def _title_country(before: str, lex: Lexicon) -> str | None:
    """"Iraqi Prime Minister ", "Iraq's prime minister ", "U.S. President " right before a name.

    Only an office title counts, and only a modifier written right against it: "in Vietnam,” Mr." gives nothing.
    """
    if before[-1:] not in (" ", "\u00a0"):
        return None
    words = before.split("\n")[-1].split()
    for n in range(min(lex.max_title_tokens, len(words)), 0, -1):
        found = lex.title_of(words[len(words) - n:])
        if not found:
            continue
        if not found[1]:
            return None
        j = len(words) - n
        while j > 0 and words[j - 1].lower() in TITLE_MODIFIERS:
            j -= 1
        for k in (3, 2, 1):
            if j - k < 0 or any(re.search(r"[,;:”\"()]$", w) or _SENTENCE_END.search(w) for w in words[j - k:j]):
                continue  # "... in Syria. Attorney General Eric Holder": the country ends another sentence
            piece = re.sub(r"['’]s$", "", " ".join(words[j - k:j]))
            iso = lex.country_of(piece) or lex.demonym_of(piece) or ("USA" if piece in us_state_names() else None)
            if iso:  # (a US state before its shorter country namesake: "New Mexico Gov." is no MEX, "New Jersey" no JEY)
                return iso
        return None
    return None
