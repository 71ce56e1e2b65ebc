"""The first word of a person mention, read against the rest of its report (issue 16, rule 5).

NER takes words that stand before a name as part of it. :func:`first_word_rules` returns the mention
as it should be read, by general rules:

* a first word that is no given name, no name particle ("De", "Bin") and no title, but a word the
  report writes in lower case elsewhere ("Once"), a common word ("Team", "Define"), a place or a
  demonym ("Moscow"), or a word right after a possessive ("Facebook's Libra Trump"), is dropped when
  what is left names another person of the same report: "Team Obama" beside "Barack Obama" → "Obama",
  "Moscow Mitch" beside "Mitch McConnell" → "Mitch"; otherwise ("Strike Eagle", "Prompter Trump",
  "Once Obama" in a report that names no other Obama) the mention is left as it is;
* two words that are each the surname of another person of the report, the first no given name, and
  not two words of one person's name ("Berman Jackson" of "Amy Berman Jackson") are two people run
  together in a list of headlines: "Trump Kim summit" → "Trump", "Kim"; after a possessive the second
  need only be a word of no language ("Wikileaks' Assange Mueller investigated" → "Assange", "Mueller").

* a first word that only opens a sentence, a clause or a headline (data/name_openers.tsv: "Once",
  "You", "Top", "Candidate") is dropped before a surname that another person of the report or a
  reference actor carries ("Once Obama took office" → "Obama"); before words that name nobody
  ("Without Borders", "Top Secret") the mention is no name at all and is dropped;
* a headline list may also run together a surname of the report with one that only the reference
  actors know ("Trump Paul's demand..." → "Trump", "Paul").

A given name (the census tables of :mod:`newsgraph.name_words`, data/first_names.tsv, nicknames) is
never dropped, so "Rand Paul", "Grant Wood" or "Will Hurd" stay whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .actors import is_actor_surname, well_known_holders
from .lexicon import read_tsv
from .name_words import is_common_word, is_given_name, is_place_word, language_word, lower_words, opens_a_name
from .names import GENERATIONAL, fold, is_function_word, is_title, parse_person, word_type
from .record import Article, Mention

__all__ = ["ReportNames", "first_word_rules", "first_word_rule", "is_opener", "known_surname"]

_WORD = re.compile(r"[A-Z][\w'’-]+")
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’]) $")


@dataclass
class ReportNames:
    """The words a report writes in lower case, and the surnames and given names of its full-name
    person mentions, each with the folded full names that carry it."""

    lower: frozenset[str]
    surnames: dict[str, set[str]] = field(default_factory=dict)
    givens: dict[str, set[str]] = field(default_factory=dict)
    no_names: frozenset[str] = frozenset()  # ids of PERSON entities that are words of a sentence
    bare: frozenset[str] = frozenset()  # folded one-word PERSON mentions ("Sanders" written alone)

    @classmethod
    def of(cls, rec: Article) -> ReportNames:
        surnames: dict[str, set[str]] = defaultdict(set)
        givens: dict[str, set[str]] = defaultdict(set)
        empty = cls(lower_words(rec.text))
        no_names = frozenset(e.id for e in rec.entities if e.type == "PERSON" and empty.no_name_entity(e.mentions))
        bare: set[str] = set()
        for e in rec.entities:
            if e.type != "PERSON" or e.id in no_names:
                continue
            for m in e.mentions:
                n = parse_person(m.text)
                if n is not None and not n.bare:
                    full = fold(m.text)
                    surnames[n.surname_core].add(full)
                    givens[n.given].add(full)
                elif n is not None and " " not in m.text.strip():
                    bare.add(n.surname)
        return cls(empty.lower, dict(surnames), dict(givens), no_names, frozenset(bare))

    def other_person(self, words: str, own: str) -> bool:
        """Whether ``words`` names a person of the report other than the mention ``own``: one word that
        is the surname or given name of another full name, or a full name the report writes elsewhere.
        (A one-word mention is no evidence: "Limbaugh" after "Rush Limbaugh" is the same person.)"""
        toks = words.split()
        key = fold(words)
        if len(toks) == 1:
            return any(f != own for f in self.surnames.get(key, set()) | self.givens.get(key, set()))
        n = parse_person(words)
        return n is not None and not n.bare and key in self._by_word().get(key.split()[-1], ())

    def no_name(self, text: str) -> bool:
        """Words of a sentence, no name at all: two words or more, each a common word or a place and none a
        given name or a word of another person's full name in the report ("Nuclear Button", "Rocket Man")."""
        toks = [t.strip(".,'’\"“”‘") for t in text.split()]
        while toks and toks[-1].isdigit():
            toks.pop()  # "Agenda Item 7": a number ends a heading, no name
        if len(toks) < 2 or not all(toks) or any(is_title(t) for t in toks):
            return False  # "Chair Waters": a title before a name
        own = fold(text)
        return all((is_common_word(t) or is_place_word(t)) and not self.other_person(t, own) for t in toks)

    def no_name_entity(self, mentions: list[Mention]) -> bool:
        """A PERSON entity whose full mentions are all :meth:`no_name` and whose one-word mentions repeat
        their last word ("Nuclear Button" ... "Button")."""
        full = [m.text for m in mentions if " " in m.text.strip()]
        if not full or not all(self.no_name(t) for t in full):
            return False
        last = {fold(t.split()[-1].strip(".,'’\"“”‘")) for t in full}
        return all(" " in m.text.strip() or fold(m.text.strip(".,'’\"“”‘")) in last for m in mentions)

    def other_surname(self, word: str, own: str) -> bool:
        return any(f != own for f in self.surnames.get(fold(word), ()))

    def holds(self, words: str, own: str) -> bool:
        """Whether another full name of the report holds these words in a row, or holds them reversed."""
        key, rev = fold(words), " ".join(reversed(fold(words).split()))
        return any(f != own and (f" {key} " in f" {f} " or f" {rev} " in f" {f} ")
                   for f in self._by_word().get(key.split()[0], ()))

    def _by_word(self) -> dict[str, set[str]]:
        """Each word of the report's full names → the full names holding it (built once, on first use:
        the lookups read the few names that hold a word, not every name of the report)."""
        idx = self.__dict__.get("_words")
        if idx is None:
            idx = {}
            for fs in self.surnames.values():
                for f in fs:
                    for w in f.split():
                        idx.setdefault(w, set()).add(f)
            self.__dict__["_words"] = idx
        return idx


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    """data/name_openers.tsv, read once: each opener → its kind ("phrase": a preposition or a participle,
    after which no name can start a mention: "Without", "Dubbed"; "" for the others)."""
    return {fold(r[0]): (r[1] if len(r) > 1 else "") for r in read_tsv("name_openers.tsv")}


def is_opener(word: str) -> bool:
    """A word that opens a sentence, a clause or a headline and never a name ("Once", "Top")."""
    return fold(word) in _openers() and not is_given_name(word)


def known_surname(word: str, names: ReportNames, own: str, alone: bool = False) -> bool:
    """Another person of the report or a reference actor carries this word as a surname, or (``alone``) the
    report writes it alone as a person ("Top Sanders" in a report that says "Sanders"); no common word, no
    place. (Alone is no evidence for a headline list: "Pena Nieto" beside "Nieto" is one man's surname.)"""
    return bool(_WORD.fullmatch(word)) and not is_common_word(word) and not is_place_word(word) and (
        names.other_person(word, own) or alone and fold(word) in names.bare or is_actor_surname(word))


def _names_nobody(words: list[str], names: ReportNames) -> bool:
    """Words a sentence is made of: each a common word, a place, a word the report writes in lower case,
    a word of an institution's name or another opener ("Borders" of "Without Borders", "Secret")."""
    return all(language_word(w, names.lower) or is_opener(w) or is_function_word(w)
               for w in (x.strip(".,'’\"“”‘") for x in words))


def _opener_rule(m: Mention, rest: str, names: ReportNames, own: str) -> tuple[list[Mention], str | None]:
    toks = rest.split()
    if len(toks) == 1 and known_surname(rest, names, own, alone=True) or len(toks) > 1 and is_given_name(toks[0]) and (
            (n := parse_person(rest)) is not None and not n.bare):
        return [_cut(m, rest)], "opener"
    if _names_nobody(toks, names) or _openers().get(fold(m.text.split()[0])) == "phrase":
        return [], "opener"  # "Without Borders", "Top Secret", "Dubbed Paks 2": no name at all
    return [m], None


def _cut(m: Mention, rest: str) -> Mention:
    at = m.text.index(rest, 1)
    return Mention(start=m.start + at, end=m.end, text=rest)


_POSSESSIVE_IN = re.compile(r"['’]s? ")


def _possessive_rule(m: Mention, names: ReportNames, owner_ok: bool) -> Mention:
    """A possessive inside a mention: the person is the full name after it ("Deadspin's Timothy Burke",
    "Vox's Li Zhou") or the owner before it ("Obama's 2010", "Michael Cohen's Congressional"), unless what
    follows names an institution ("Hogg's Twitter": retyped by the repair)."""
    cut = _POSSESSIVE_IN.search(m.text)
    if cut is None:
        return m
    owner, after = m.text[:cut.start()], m.text[cut.end():]
    n_after, n_owner = parse_person(after), parse_person(owner)
    full_owner = n_owner is not None and not n_owner.bare and is_given_name(owner.split()[0])
    if n_after is not None and not n_after.bare and is_given_name(after.split()[0]):
        # "Peter Schweizer's Clinton Cash": two full names, no telling which is the person
        return m if full_owner else Mention(start=m.start + cut.end(), end=m.end, text=after)
    if not owner_ok or any(word_type(w) for w in after.split()):
        return m
    if full_owner or n_owner is not None and n_owner.bare and names.other_surname(owner, fold(m.text)):
        return Mention(start=m.start, end=m.start + len(owner), text=owner)
    return m


_SLASHED = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*)/([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*)")


def first_word_rules(m: Mention, names: ReportNames, text: str, owner: bool = True) -> list[Mention]:
    """The mention as it should be read: itself, trimmed of its first word, or split in two; two names joined
    by a slash ("Romney/Ryan", a ticket) are two mentions (credits are cut before: newsgraph.person_bounds).
    ``owner``: a possessive's owner may be the person ("Obama's Egypt", a PERSON entity); for an entity NER
    typed otherwise ("Soleimani's Quds Force" ORG) only a full name after it is ("Labour's Jeremy Corbyn")."""
    pair = _SLASHED.fullmatch(m.text)
    if pair is None:
        return first_word_rule(_possessive_rule(m, names, owner), names, text)[0]
    out: list[Mention] = []
    for g in (1, 2):
        part = Mention(start=m.start + pair.start(g), end=m.start + pair.end(g), text=pair.group(g))
        out.extend(first_word_rule(part, names, text)[0])
    return out


def first_word_rule(m: Mention, names: ReportNames, text: str) -> tuple[list[Mention], str | None]:
    """:func:`first_word_rules` with the rule that applied ("lower case", "common word", "place",
    "possessive", "list"), or None (the benchmark counts what each rule changes)."""
    first, _, rest = m.text.partition(" ")
    rest = rest.lstrip("([{“\"‘'")  # "You (Pelosi": a bracket opens the name
    if not rest or not _WORD.fullmatch(first) or opens_a_name(first):
        return [m], None
    if _KOREAN_GIVEN.match(rest):
        return [m], None  # "Ban Ki-moon": a family name first, before a two-syllable given name
    own = fold(m.text)
    if fold(first) in _openers():  # (is_opener without its given-name test: a given name returned above)
        return _opener_rule(m, rest, names, own)
    why = "lower case" if first[1:].islower() and first.lower() in names.lower else \
        "common word" if is_common_word(first) else "place" if is_place_word(first) else \
        "possessive" if _POSSESSIVE_BEFORE.search(text[max(0, m.start - 4):m.start]) else None
    if why and (names.other_person(rest, own) or " " in rest and is_given_name(rest.split()[0])):
        # only where the rest is a name: trimming "Strike Eagle" or "Witch Hunt" to one word would only
        # make a bare person of another common word ("Once Obama" in a report naming no Obama stays)
        return [_cut(m, rest)], why
    if fold(rest) == fold(first) and (names.other_surname(first, own) or well_known_holders(first)):
        # one surname written twice, a headline's "Trump Trump threatening to fire Mulvaney" (a caption's "Cult of
        # Putin Putin holds a cat"): twice the report's or a well-known person's surname; "Abdullah Abdullah",
        # whose surname nobody else carries, stays whole
        return [Mention(start=m.start, end=m.start + len(first), text=first), _cut(m, rest)], "list"
    if _WORD.fullmatch(rest) and fold(rest) not in GENERATIONAL and names.other_surname(first, own) and \
            (names.other_surname(rest, own) or known_surname(rest, names, own)
             or why == "possessive" and not language_word(rest, names.lower)) and \
            not names.holds(f"{first} {rest}", own):
        # a list of headlines: the first word another person's surname and no given name, the second
        # another person's or a reference actor's surname ("Trump Kim summit", "Trump Paul's demand") or,
        # after a possessive, a word of no language ("Wikileaks' Assange Mueller investigated ..."); not two
        # words of one person's name ("Berman Jackson" of "Amy Berman Jackson", and "Trump Donald", one name
        # reversed, left to the reversed-name rule)
        return [Mention(start=m.start, end=m.start + len(first), text=first), _cut(m, rest)], "list"
    return [m], None
