"""A person's country within one report, as evidence (issue 16, rule 3).

Read by the per-report repair (:mod:`newsgraph.persons`): a country comes from a national title or an
office right before a mention ("Iraqi Prime Minister", "Iraq's prime minister") or from a role naming a
country, never from the nearest country word; failing those, from the reference actor of that name.
"""

from __future__ import annotations

import re
from collections import Counter

from .actors import person_actor
from .lexicon import TITLE_MODIFIERS, Lexicon, country_in_text
from .name_words import is_given_name
from .record import Article, Mention

__all__ = ["person_country", "actor_country"]


def person_country(rec: Article, mentions: list[Mention], roles: list[str], lex: Lexicon) -> str | None:
    """Country from national titles before the mentions and from roles naming a country (rule 3)."""
    votes: Counter[str] = Counter()
    for m in mentions:
        iso = _title_country(rec.text[max(0, m.start - 60):m.start], lex)
        if iso:
            votes[iso] += 3
    for r in roles:
        if _NAME_AND.match(r) and is_given_name(r.split()[0]):
            continue  # "Melania Trump and Indian Prime Minister": the title of the next one of a pair
        iso = country_in_text(r, lex)
        if iso:
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
            iso = lex.country_of(piece) or lex.demonym_of(piece)
            if iso:
                return iso
        return None
    return None
