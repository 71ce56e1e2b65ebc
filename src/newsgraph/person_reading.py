"""How a person mention reads in its report (issue 16, rule 5), for the per-report repair
(:mod:`newsgraph.persons`): cut by hover cards, photo credits and datelines, its first word read against
the report (:mod:`newsgraph.person_words`), or no name at all: the tail of a title ("Pro Tem"), or the
words that describe the person named right after it ("NBA Hall of Famer Dennis Rodman", "Freshman
Wisconsin Democrat Tammy Baldwin").

The same reading serves PERSON entities and entities NER typed otherwise, so that a mention read once
reads the same when the repaired record is repaired again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Lexicon
from .name_words import is_given_name, language_word
from .names import PARTICLES, fold, is_title
from .person_bounds import (
    credit_spans,
    dateline_spans,
    hover_cards,
    in_card,
    in_credit,
    is_credit_word,
    trim_hover,
    trim_to_credit,
)
from .person_phrases import read_phrase
from .person_words import ReportNames, first_word_rules
from .record import Article, Mention

__all__ = ["Reading", "title_tail"]

# between a description and the name it describes: a space, then at most one capitalized word (a party or
# a title: "Freshman Wisconsin Democrat Tammy Baldwin")
_TO_NAME = re.compile(r" (?:[A-Z][a-z]+\.? )?")


def title_tail(text: str, m: Mention, lex: Lexicon) -> bool:
    """The mention ends a title the words before it begin ("Senate President Pro Tem David Long": NER's
    "Pro Tem" is no name)."""
    before = text[max(0, m.start - 30):m.start].split()
    words = m.text.split()
    return any(lex.title_of(before[len(before) - k:] + words) for k in (1, 2) if len(before) >= k)


@dataclass
class Reading:
    """What a record's mentions are read against: its hover cards, photo credits and datelines."""

    rec: Article
    lex: Lexicon
    names: ReportNames
    cards: list[tuple[int, int]]
    credits: Sequence[tuple[int, int]]
    datelines: Sequence[tuple[int, int]]
    names_at: dict[int, str]  # start of each full-name PERSON mention → its last word, folded
    places: frozenset[str] = frozenset()  # folded names the report types GPE/LOC ("Healthy CT" is no person)
    cased: frozenset[str] = frozenset()  # folded person mentions written in ordinary case (not "LEE HELM")

    @classmethod
    def of(cls, rec: Article, lex: Lexicon, names: ReportNames) -> Reading:
        at = {m.start: fold(m.text.split()[-1]) for e in rec.entities if e.type == "PERSON" for m in e.mentions
              if " " in m.text.strip()}
        places = frozenset(fold(e.name) for e in rec.entities if e.type in ("GPE", "LOC"))
        cased = frozenset(fold(m.text) for e in rec.entities if e.type == "PERSON" for m in e.mentions
                          if not m.text.isupper())
        return cls(rec, lex, names, hover_cards(rec.text), credit_spans(rec.text), dateline_spans(rec.text), at,
                   places, cased)

    def describes_next(self, m: Mention) -> bool:
        """The mention stands right before another person's full name, at most a party or title word between:
        words describing that person ("NBA Hall of Famer Dennis Rodman"), no name of their own. (A name
        followed by its own hover card, "Steny Hoyer Steny Hamilton Hoyer", shares its last word.)"""
        words = m.text.split()
        if is_given_name(words[0]) or fold(words[0]) in PARTICLES or self.names.other_surname(words[-1], fold(m.text)):
            return False  # "Mark Takano" before his hover card; "Obama Secretary Kerry", a headline list
        if not any(is_title(w) or language_word(w.strip(".,"), self.names.lower) for w in words):
            return False  # one name NER cut in two ("Kamal" + "Said Hassan", "Abed Rabbo" + "Mansour Hadi")
        gap = _TO_NAME.match(self.rec.text, m.end)
        if gap is None:
            return False
        # right after the space, or after one word between ("Rear Adm. John Kirby", "Democrat Tammy Baldwin")
        last = self.names_at.get(m.end + 1) or self.names_at.get(m.end + len(gap.group(0)))
        return last is not None and last != fold(words[-1])

    def read(self, m0: Mention, owner: bool = True) -> list[Mention]:
        """The mention as a person's name reads: cut by cards and credits, its first word read; [] when no
        part of it is a name. The same for a PERSON entity and for one NER typed otherwise, so that a
        mention read once reads the same when the repaired record is repaired again (a flipped entity
        joined to a person is a PERSON entity the second time)."""
        text = self.rec.text
        if self.cards:
            m0 = in_card(m0, self.cards, text) or trim_hover(m0, self.cards)
        m1 = trim_to_credit(m0, self.credits, self.datelines) if self.credits or self.datelines else m0
        # a credit's name is a photographer's ("Amr Nabil/AP"): no headline list, whatever its words
        if m1 is None or is_credit_word(m1.text) or title_tail(text, m1, self.lex) or self.describes_next(m1):
            return []
        if in_credit(m1, self.credits):
            return [m1]
        phrase = read_phrase(m1, text, self.lex, self.names, self.places, self.cased)
        return phrase if phrase is not None else first_word_rules(m1, self.names, text, owner=owner)
