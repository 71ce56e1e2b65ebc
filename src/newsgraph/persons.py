"""Per-report repair of person entities, from a stored record alone (no NLP).

The extractor groups a report's mentions by (first name, surname), so "Donald Trump Jr." joins
"Donald Trump", a bare "Trump" goes to whichever Trump came last, and an alias may be a boundary
error ("Removing Trump"). :func:`repair_record` re-groups the PERSON mentions of one record with the
name rules of :mod:`newsgraph.names` and the report's own text, so that records extracted by any
version, replayed from a store or fresh, lead to the same entities:

* full-name mentions form one person per compatible name (rule 1); a full mention whose given
  name is no known first name and that occurs once ("Animal Assad") is a boundary error: trimmed to
  its surname;
* a bare surname goes to a full person with that surname that the report introduced before it, as the
  context selects (title, gendered pronoun, office, nearest full mention in its paragraph), else it
  stays a bare person (rule 2: :mod:`newsgraph.person_bare`); a surname for a family ("the Kim family", "the
  Trumps") is an entity "<Surname> family" (NORP) of its own, and one for an office ("the Bush
  administration") goes to the head of that surname the report or the reference knows (:mod:`newsgraph.person_eponyms`);
* a bare surname that NER typed ORG/NORP/GPE... joins that person too (rule 4), unless it names a country;
* aliases are cleaned (rule 5);
* a person's country comes only from a national title or office before a mention ("Iraqi Prime
  Minister", "Iraq's prime minister") or from a role naming a country (rule 3), never from the
  nearest country word; failing those, from the reference actor of that name (:mod:`newsgraph.actors`).

Entity ids are renumbered in order of first mention; quotes, places and event parties follow.
Applying the repair twice gives the same record.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .actors import executive_heads, is_actor_surname, office_holder
from .lexicon import Lexicon, load_lexicon, norm_name, read_tsv
from .name_words import is_common_word, is_given_name, is_place_word, place_head_type
from .names import (
    LINK,
    PersonName,
    fold,
    is_function_word,
    parse_person,
    reversed_name,
    same_person,
    shape_type,
    strip_title,
    word_type,
)
from .person_bare import GENDER_OF_TITLE, pick_bare
from .person_bounds import credit_spans, in_credit
from .person_country import actor_country, person_country
from .person_eponyms import family_word, office_heads, surname_phrase
from .person_follow import follow
from .person_index import Near
from .person_namesakes import regnal, title_at
from .person_phrases import short_for_thing
from .person_reading import Reading
from .person_roles import DROP, role_owner
from .person_types import evidence_type, stated_type
from .person_words import ReportNames
from .record import Article, Entity, Mention

__all__ = ["repair_record", "person_country", "first_name_gender"]

_FLIPPABLE = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_tsv("first_names.tsv"):
        for n in row[1].split():
            out[fold(n)] = row[0]
    return out


def first_name_gender(given: str) -> str | None:
    return _first_names().get(fold(given))


@dataclass
class _Person:
    names: list[PersonName] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    full_mentions: list[Mention] = field(default_factory=list)
    sources: Counter[str] = field(default_factory=Counter)  # old entity ids its mentions came from
    rep: PersonName | None = None
    bare_surname: str | None = None  # set for an unresolved bare-surname person
    actor_name: str | None = None  # set for an office holder known only from the reference actors
    family_name: str | None = None  # set for a family named by its surname ("the Kim family"): no person

    def add_name(self, n: PersonName) -> None:
        self.names.append(n)
        # the most specific form represents the person: middles and suffixes decide later joins
        if self.rep is None or (len(n.middle), bool(n.suffix)) > (len(self.rep.middle), bool(self.rep.suffix)):
            self.rep = n

    @property
    def gender(self) -> str | None:
        for n in self.names:
            if n.gender:
                return n.gender
        return first_name_gender(self.rep.given) if self.rep and self.rep.given else None


def _full_people(items: list[tuple[Mention, PersonName, str]]) -> list[_Person]:
    """Cluster full-name mentions: the most specific names first, so that "George Bush" can see
    both "George W. Bush" and "George H. W. Bush" and, seeing two, stays apart."""
    people: list[_Person] = []
    order = sorted(items, key=lambda x: (-len(x[1].middle), -bool(x[1].suffix), x[0].start))
    for m, n, src in order:
        fits = [p for p in people if p.rep is not None and same_person(p.rep, n)]
        exact = [p for p in fits if p.rep is not None and p.rep.given == n.given and p.rep.middle == n.middle
                 and p.rep.suffix == n.suffix]
        target = exact[0] if exact else (fits[0] if len(fits) == 1 else None)
        if target is None:
            target = _Person()
            people.append(target)
        target.add_name(n)
        target.mentions.append(m)
        target.full_mentions.append(m)
        target.sources[src] += 1
    return people


def _right_way_round(q: _Person, p: _Person) -> bool:
    """Whether q's order of two names beats p's: a known first name first, else more full mentions."""
    assert q.rep is not None and p.rep is not None
    kq, kp = first_name_gender(q.rep.given) is not None, first_name_gender(p.rep.given) is not None
    return kq and not kp or kq == kp and len(q.full_mentions) > len(p.full_mentions)


def _join_reversed(people: list[_Person]) -> list[_Person]:
    """"Trump Donald" joins the report's "Donald Trump": a two-word name read the other way round."""
    out = list(people)
    for p in people:
        if p not in out:
            continue
        rev = reversed_name(p.rep) if p.rep is not None else None
        if rev is None:
            continue
        hits = [q for q in out if q is not p and q.rep is not None and same_person(q.rep, rev)]
        if len(hits) == 1 and _right_way_round(hits[0], p):
            q = hits[0]
            q.mentions.extend(p.mentions)
            q.full_mentions.extend(p.full_mentions)
            q.sources.update(p.sources)
            out.remove(p)
    return out


# Executive offices: a bare surname under one of these, on a date, can name its holder (rule 2 with rule 6).
_EXECUTIVE = frozenset({"president", "vice president", "prime minister", "deputy prime minister", "chancellor",
                        "premier", "king", "queen", "crown prince", "emir", "sultan", "supreme leader"})


def _executive_title(text: str, m: Mention, n: PersonName, lex: Lexicon) -> bool:
    """An executive office in the mention, right before it or as an apposition before it ("President Trump",
    "former vice president Biden", "the former vice president, Biden,"): newsgraph.person_namesakes.title_at."""
    role = title_at(text, m, lex) or ""
    return role in _EXECUTIVE or (("minister" in role or "secretary" in role) and "general" not in role)


def _holds_office(text: str, m: Mention, n: PersonName, people: list[_Person], lex: Lexicon) -> bool:
    """A full person of the report with this surname is written under the same office as the bare mention."""
    role = title_at(text, m, lex)
    return any(p.rep is not None and p.rep.surname_core == n.surname_core and
               any(title_at(text, f, lex) == role for f in p.full_mentions) for p in people)


def _office_people(rec: Article, bare: list[tuple[Mention, PersonName, str]], people: list[_Person],
                   lex: Lexicon) -> dict[int, _Person]:
    """Bare mentions under an executive title whose office holder on the report's date (reference
    actors, dated government codes) is no full person of the report: that holder, as a person of its
    own ("President Trump" in a report that names only Donald Trump Jr.). Keyed by mention start."""
    made: dict[str, _Person] = {}
    anchor: dict[int, _Person] = {}
    for m, n, _src in bare:
        # "the Trump administration" on a date of his term names him too, when he headed the executive
        eponym = surname_phrase(rec.text, m) == "office"
        titled = not eponym and _executive_title(rec.text, m, n, lex) and not regnal(title_at(rec.text, m, lex))
        got = office_holder(n.surname_core, rec.published, n.surname) if titled or eponym else None
        full = parse_person(got[0]) if got else None
        if got is None or full is None or full.bare:
            continue
        if eponym and not any(same_person(k, full) for k in executive_heads(n.surname_core)):
            continue  # a minister's surname: "the X government" is not his
        if any(p.rep is not None and same_person(p.rep, full) and p.rep.suffix == full.suffix for p in people):
            continue  # the report names the holder in full: the usual rules find him
        if titled and _holds_office(rec.text, m, n, people, lex):
            continue  # "his chief secretary, Lam," beside "Chief Secretary Carrie Lam": hers, not the reference's
        p = made.get(got[1].key)
        if p is None:
            p = made[got[1].key] = _Person(actor_name=got[0])
            p.add_name(full)
        p.full_mentions.append(m)  # an anchor for the nearest-mention rule; the bare loop adds the mention
        anchor[m.start] = p
    return anchor


def _surname_index(people: list[_Person]) -> dict[str, list[_Person]]:
    idx: dict[str, list[_Person]] = {}
    for p in people:
        assert p.rep is not None
        for key in {p.rep.surname, p.rep.surname_core}:
            idx.setdefault(key, []).append(p)
    return idx


def _lone_given_is_error(n: PersonName, count: int, main_given: set[str]) -> bool:
    """"Animal Assad": a given name that is no known first name, seen once, in someone else's entity."""
    return count == 1 and n.given not in main_given and first_name_gender(n.given) is None and len(n.given) > 1


def _titled(text: str, m: Mention, lex: Lexicon) -> bool:
    """A person's title right before the mention ("FBI agent Brock Domin", "Mr. Brock Domin")."""
    before = text[max(0, m.start - 40):m.start]
    if before[-1:] not in (" ", "\u00a0"):
        return False
    words = before.split("\n")[-1].split()
    for k in range(min(lex.max_title_tokens, len(words)), 0, -1):
        title = words[len(words) - k:]
        if lex.title_of(title):
            # a title written in lower case ("agent"), or one before a known first name: capitalized
            # titles also stand before organizations ("Chairman Federal Reserve" is not a person)
            given = m.text.split()[0]
            return title[0].islower() or first_name_gender(given) is not None or fold(title[0]) in GENDER_OF_TITLE
    return False


def _missed_speakers(rec: Article, lex: Lexicon) -> list[tuple[Mention, PersonName, str]]:
    """Quote speakers NER did not tag: a speaker span that no entity covers and that is a person's
    full name, with a known first name or a title ("Theresa May", "Sen. Bob Corker" + hover card)."""
    spans = sorted({(q.speaker_start, q.speaker_end) for q in rec.quotes
                    if q.speaker is None and q.speaker_start is not None and q.speaker_end is not None})
    if not spans:
        return []
    # sorted by start, so each span reads only the mentions that may overlap it, not every mention of the
    # record (a 20 MB report holds ~100,000 of each: the scan was quadratic)
    covered = sorted((m.start, m.end) for e in rec.entities for m in e.mentions)
    starts = [a for a, _b in covered]
    longest = max((b - a for a, b in covered), default=0)
    out: list[tuple[Mention, PersonName, str]] = []
    for lo, hi in spans:
        near = covered[bisect_left(starts, lo - longest + 1) : bisect_left(starts, hi)]
        if any(lo < b for _a, b in near):
            continue
        raw = rec.text[lo:hi]
        name = strip_title(raw)
        n = parse_person(raw) if name else None
        if name is None or n is None or n.bare or not (n.title or first_name_gender(n.given)):
            continue
        if lex.country_of(name) or lex.outlet_of(name) or name not in raw:
            continue
        at = lo + raw.index(name)
        out.append((Mention(start=at, end=at + len(name), text=name), n, f"speaker@{lo}"))
        covered.append((lo, hi))
    return out


def _mention_units(rec: Article, lex: Lexicon, names: ReportNames) -> tuple[list[tuple[Mention, PersonName, str]],
                                                                       list[tuple[Mention, PersonName, str]], set[str],
                                                                       set[str]]:
    """(full-name mentions, bare mentions, ids of the entities that were taken, ids of the PERSON entities
    whose every mention a rule found to be no name) of a record."""
    full: list[tuple[Mention, PersonName, str]] = []
    bare: list[tuple[Mention, PersonName, str]] = []
    taken: set[str] = set()
    gone: set[str] = set()
    reading = Reading.of(rec, lex, names)
    for e in rec.entities:
        if e.type != "PERSON":
            continue
        taken.add(e.id)
        if e.id in names.no_names:
            continue  # words of a sentence ("Nuclear Button"): no person, dropped by repair_record
        if short_for_thing(rec, e):
            gone.add(e.id)  # "the Sandy Hook tragedy" beside "Sandy Hook Elementary School": no person
            continue
        kept = 0
        for m in (x for m0 in e.mentions for x in reading.read(m0)):
            kept += 1
            n = parse_person(m.text)
            if n is not None:
                (bare if n.bare else full).append((m, n, e.id))
        if not kept:
            gone.add(e.id)  # "Without Borders", a dateline: no mention of it is a name
    full.extend(_missed_speakers(rec, lex))
    _flipped_units(reading, full, bare, taken)
    return full, bare, taken, gone


def _flipped_units(reading: Reading, full: list[tuple[Mention, PersonName, str]],
                   bare: list[tuple[Mention, PersonName, str]], taken: set[str]) -> None:
    """Rule 4 within the report: a name the report gives a person (in full or bare) is that person's,
    whatever type NER gave it elsewhere ("Kucherena" ORG beside "Kucherena" PERSON). Repeated until no
    entity joins: a flipped full name ("Bishop Daniel Jenky" ORG, a speaker) makes its surname a person's
    for the flipped bare ones ("Bishop Jenky" ORG), as it would once the repair made it a PERSON entity."""
    rec, lex, names = reading.rec, reading.lex, reading.names
    speakers = {q.speaker for q in rec.quotes if q.speaker}
    cands = []
    for e in rec.entities:
        if e.type not in _FLIPPABLE or lex.country_of(e.name) or lex.demonym_of(e.name.split()[-1]) or \
                any(names.no_name(m.text) for m in e.mentions) or stated_type(rec, e):
            # "Nuclear Button" FAC beside a "Button"; "Mother Jones magazine" beside Daniel Jones; "Catholic
            # Irish" NORP: a people, whatever "Northern Irish" NER typed PERSON makes of "Irish"
            continue
        # the first-word rules read these too: "Romney/Ryan" typed ORG is two persons, "You (Pelosi" is Pelosi
        parsed = _all_parsed(reading, e)
        if not parsed:
            continue  # a mention that parses as no name: the entity is what NER typed it
        # "Suhaib Salem/Reuters" typed ORG: a name cut from a credit written with its slash
        credited = all(in_credit(m, reading.credits) for m, _n in parsed) and all("/" in m.text for m in e.mentions)
        # a full name right after a person's title is a person ("FBI agent Brock Domin" typed ORG)
        titled = all(not n.bare for _m, n in parsed) and (
            any(_titled(rec.text, m, lex) for m, _n in parsed)
            or e.id in speakers and all(first_name_gender(n.given) for _m, n in parsed))
        cands.append((e, parsed, titled or credited))
    surnames = {x for _m, n, _s in full + bare for x in (n.surname, n.surname_core)}
    givens = {(n.given, n.surname_core) for _m, n, _s in full}
    grew = True
    while grew:
        grew = False
        for e, parsed, sure in cands:
            if e.id in taken or not sure and not all(_joins(m.text, n, surnames, givens) for m, n in parsed):
                continue
            taken.add(e.id)
            grew = True
            for m, n in parsed:
                (bare if n.bare else full).append((m, n, e.id))
                surnames |= {n.surname, n.surname_core}
                givens.add((n.given, n.surname_core))


def _all_parsed(reading: Reading, e: Entity) -> list[tuple[Mention, PersonName]]:
    """Every mention of ``e`` as read, with its parsed name; [] when none is read or one read parses as no
    name. Stops at the first that does not parse (most entities NER typed otherwise: "the Pentagon" is read
    once, not at each of its mentions)."""
    parsed = []
    for m0 in e.mentions:
        for m in reading.read(m0, owner=False):
            n = parse_person(m.text)
            if n is None:
                return []
            parsed.append((m, n))
    return parsed


def _joins(text: str, n: PersonName, surnames: set[str], givens: set[tuple[str, str]]) -> bool:
    """Whether a name NER typed otherwise is a person's of the report: its surname is one (a bare "Trump"
    ORG), and a full name does not open with a common word or a place ("New Labour" WORK_OF_ART is no
    person beside a "Labour" NER typed PERSON; "Philando Castile" ORG is, beside a "Castile" PERSON), nor
    has a facility's shape ("Tahrir Square" FAC beside a junk "Square" PERSON: data/place_heads.tsv)."""
    if n.surname_core not in surnames or place_head_type(text):
        return False
    if n.bare and text.isupper() and 2 <= len(text) <= 5:
        return False  # an acronym NER typed otherwise ("AI" beside a product "Clipboard AI", round 25)
    return n.bare or (n.given, n.surname_core) in givens or not (is_common_word(n.given) or is_place_word(n.given))


def _group(rec: Article, lex: Lexicon, names: ReportNames) -> tuple[list[_Person], set[str], set[str]]:
    full, bare, taken, gone = _mention_units(rec, lex, names)
    people = _full_people(full)
    # boundary errors: a one-off unknown given name inside another person's entity becomes a bare mention
    keep: list[_Person] = []
    for p in people:
        src = p.sources.most_common(1)[0][0]
        others = [q for q in people if q is not p and q.sources[src] > p.sources[src]]
        assert p.rep is not None
        if others and _lone_given_is_error(p.rep, len(p.mentions), {q.rep.given for q in others if q.rep}):
            bare.extend((m, PersonName("", (), p.rep.surname, ""), src) for m in p.mentions)
        else:
            keep.append(p)
    keep = _join_reversed(keep)
    anchor = _office_people(rec, bare, keep, lex)
    people = keep + list({id(p): p for p in anchor.values()}.values())  # each office holder once, in order
    by_surname = _surname_index(people)
    near = Near(rec)
    loose: dict[tuple[str, str, bool], _Person] = {}  # unresolved bare surnames: "Trump Jr." apart from "Trump"
    # a given name written alone ("Meghan" beside "Meghan Markle", "Hillary") is the one person of the report
    # with that given name, when no person has it as a surname: news style names relatives by given name
    by_given: dict[str, list[_Person]] = {}
    for p in keep:
        if p.rep is not None and p.rep.given and len(p.rep.given) > 1:
            by_given.setdefault(p.rep.given, []).append(p)
    bare_starts: dict[str, list[int]] = {}  # where each surname stands bare (the "established" rule of pick_bare)
    for m, n, _src in bare:
        bare_starts.setdefault(n.surname, []).append(m.start)
    for m, n, src in sorted(bare, key=lambda x: x[0].start):
        kind = surname_phrase(rec.text, m)
        family = family_word(rec.text, m, n, set(by_surname)) if kind is None else None
        if kind == "family" or family:  # "the Kim family", "the Trumps": no one person (rule 2)
            word = family or norm_name(strip_title(m.text) or m.text)
            p = loose.setdefault((fold(word), n.suffix, True), _Person(bare_surname=fold(word), family_name=word))
            p.mentions.append(m)
            p.sources[src] += 1
            continue
        cands = by_surname.get(n.surname, []) or by_surname.get(n.surname_core, [])
        given = False
        if not cands and len(by_given.get(n.surname, ())) == 1 and is_given_name(n.surname) and \
                (not is_actor_surname(n.surname) or first_name_gender(n.surname)) and \
                not _set_in_quotes(rec.text, m):  # 'called himself "John"': a nickname, no one's given name
            # "Clinton" alone is no Clinton Watts (a reference surname), but a common first name ("John",
            # data/first_names.tsv) alone is the report's one John, though some reference person is a "John"
            cands, given = by_given[n.surname], True
        heads = office_heads(rec.text, n, cands, lex) if kind == "office" and not given else None
        if heads is not None:  # "the Bush administration": the head of that surname, else unresolved
            hit = anchor.get(m.start) or (heads[0] if len(heads) == 1 else None)
        else:
            hit = anchor.get(m.start) or (pick_bare(near, m, n, cands, given, bare_starts.get(n.surname, []))
                                         if cands else None)
        p = hit if hit is not None else loose.setdefault((n.surname, n.suffix, False), _Person(bare_surname=n.surname))
        p.mentions.append(m)
        p.sources[src] += 1
    return people + list(loose.values()), taken, gone


_QUOTE_MARKS = "\"'“”‘’"


def _set_in_quotes(text: str, m: Mention) -> bool:
    """The mention stands alone between quotation marks ('the man called himself "John"')."""
    return 0 < m.start and m.end < len(text) and text[m.start - 1] in _QUOTE_MARKS and text[m.end] in _QUOTE_MARKS


def _canonical(p: _Person) -> str:
    if p.actor_name:
        return p.actor_name
    if p.family_name:
        return f"{p.family_name} family"
    forms = [norm_name(f) for f in (strip_title(m.text) for m in p.full_mentions) if f]
    if not forms:
        return norm_name(strip_title(p.mentions[0].text) or p.mentions[0].text)
    longest = max(len(f.split()) for f in forms)
    return Counter(f for f in forms if len(f.split()) == longest).most_common(1)[0][0]


def _aliases(name: str, mentions: list[Mention], extra: list[str], p: _Person) -> list[str]:
    out: list[str] = []
    for text in [m.text for m in mentions] + extra:
        c = strip_title(text)
        if c is None:
            continue
        c = norm_name(c)
        n = parse_person(c)
        if n is None or (not n.bare and p.rep is not None and not same_person(n, p.rep)):
            continue
        if n.bare and p.rep is not None and (n.surname not in (p.rep.surname, p.rep.surname_core)
                                             or n.suffix != p.rep.suffix):  # "Trump Jr." is no Donald Trump's
            continue
        if p.rep is None and (not n.bare or n.surname != p.bare_surname):
            continue  # an unresolved bare surname is no full person: only its surname names it (rule 5)
        if c != name and c not in out:
            out.append(c)
    return out


def _person_entities(rec: Article, people: list[_Person], lex: Lexicon) -> tuple[list[tuple[Entity, set[str]]],
                                                                                  dict[str, int]]:
    """One Entity per person (ids assigned later) and, per old entity id, the index of its owner."""
    owner: dict[str, int] = {}
    pos = {e.id: i for i, e in enumerate(rec.entities)}
    # in record order, not set order: roles and aliases then come out the same in every process
    for src in sorted({s for p in people for s in p.sources}, key=lambda s: (pos.get(s, len(pos)), s)):
        # the full person holding most of the old entity's mentions inherits its id, roles, aliases
        owner[src] = max(range(len(people)), key=lambda i: (people[i].sources[src], people[i].rep is not None, -i))
    old = {e.id: e for e in rec.entities}
    split_roles = _roles_of_people(rec, people, owner)
    out: list[tuple[Entity, set[str]]] = []
    for i, p in enumerate(people):
        mine = [old[s] for s, j in owner.items() if j == i and s in old]  # "speaker@..": no old entity
        roles = list(dict.fromkeys(r for s, r in split_roles if s == i))
        mentions = sorted(p.mentions, key=lambda m: m.start)
        name = _canonical(p)
        extra = [a for e in mine for a in e.aliases]
        if p.family_name:  # a family is a group of people, of no country, whose surname is no alias of anyone
            ent = Entity(id="", name=name, type="NORP", aliases=[], roles=roles, mentions=mentions)
        else:
            ent = Entity(id="", name=name, type="PERSON", aliases=_aliases(name, mentions, extra, p), roles=roles,
                         country=person_country(rec, mentions, roles, lex) or actor_country(name, rec.published),
                         mentions=mentions)
        out.append((ent, set(p.sources)))
    return out, owner


def _roles_of_people(rec: Article, people: list[_Person], owner: dict[str, int]) -> list[tuple[int, str]]:
    """(person index, role) for every old entity's role: its main heir's, unless the entity was split and the
    role stands beside another heir's mention (:mod:`newsgraph.person_roles`)."""
    out: list[tuple[int, str]] = []
    for e in rec.entities:
        if e.id not in owner:
            continue
        heirs = [i for i, p in enumerate(people) if p.sources[e.id]]
        for r in e.roles:
            i = role_owner(rec.text, r, [people[h].mentions for h in heirs]) if len(heirs) > 1 else None
            if i != DROP:
                out.append((owner[e.id] if i is None else heirs[i], r))
    return out


def _retyped(e: Entity) -> Entity:
    """A PERSON entity named with a word no person's name holds takes that word's type (rule 4)."""
    if e.type != "PERSON":
        return e
    kinds = [k for k in (word_type(x) for x in e.name.split()) if k is not None]
    if not kinds:
        return e
    # "Hogg's Twitter": the thing typed is what follows the possessive, not its owner
    name = re.split(r"['’]s? ", e.name)[-1].strip() or e.name
    toks = name.split()  # "Via Twitter": the function word is no part of the thing's name either
    while len(toks) > 1 and is_function_word(toks[0]):
        toks = toks[1:]
    name = " ".join(toks)
    return e.model_copy(update={"type": kinds[-1], "name": name})


def _shape_typed(rec: Article) -> Article:
    """One-word entities whose shape gives their type, whatever NER said ("Brexit" PERSON/GPE → EVENT,
    "pro-Russia" ORG → NORP: data/not_name_words.tsv); the record itself when none changes."""
    fix = {e.id: k for e in rec.entities if " " not in e.name and (k := shape_type(e.name)) and k != e.type}
    if not fix:
        return rec
    ents = [e.model_copy(update={"type": fix[e.id]}) if e.id in fix else e for e in rec.entities]
    return rec.model_copy(update={"entities": ents})


# A dash or slash set off by spaces, a link or a hashtag: table cells, bylines and tweets, no name
_FURNITURE = re.compile(rf"\s[-–—/]+(?:\s|$)|(?:^|\s)#\w|{LINK}", re.I)


def _page_furniture(e: Entity) -> bool:
    """An orphan PERSON entity (no mention of it is a name, even trimmed) whose every mention is a table
    cell, a byline or a tweet's tail ("Color - Gray", "Remain - Leave - - /", "G20HAM17 pic.twitter.com/x"):
    dropped, not kept as a person under its raw words."""
    return e.type == "PERSON" and bool(e.mentions) and _retyped(e).type == "PERSON" and \
        all(_FURNITURE.search(m.text) for m in e.mentions)


def _evidence_typed(rec: Article) -> Article:
    """PERSON entities whose name is no person's and whose type the report states ("Families USA, an
    advocacy group" → ORG: :mod:`newsgraph.person_types`); the record itself when none changes."""
    fix = {e.id: k for e in rec.entities if e.type == "PERSON" and (k := evidence_type(rec, e))}
    if not fix:
        return rec
    ents = [e.model_copy(update={"type": fix[e.id]}) if e.id in fix else e for e in rec.entities]
    return rec.model_copy(update={"entities": ents})


def _needs_repair(rec: Article, lex: Lexicon) -> bool:
    """A person entity, a speaker without an entity, a titled full name under another type, or a photo
    credit under another type ("Suhaib Salem/Reuters" ORG)."""
    if any(e.type == "PERSON" for e in rec.entities):
        return True
    if any(q.speaker is None and q.speaker_start is not None for q in rec.quotes):
        return True
    if any(e.type in _FLIPPABLE and len(e.name.split()) >= 2 and _titled(rec.text, m, lex)
           for e in rec.entities for m in e.mentions):
        return True
    return any(e.type in _FLIPPABLE and "/" in e.name for e in rec.entities) and bool(credit_spans(rec.text))


def repair_record(rec: Article, lex: Lexicon | None = None) -> Article:
    """The record with its person entities re-grouped by the name rules (see the module docstring)."""
    lex = lex or load_lexicon()
    rec = _shape_typed(rec)
    if not _needs_repair(rec, lex):
        return rec
    rec = _evidence_typed(rec)
    names = ReportNames.of(rec)  # built once per record: the grouping and the orphans read it
    people, taken, gone = _group(rec, lex, names)
    made, owner = _person_entities(rec, people, lex)
    # a person's name is read from its mentions ("REUTERS Greece" of a caption → "Greece"): the type the
    # report gives that name ("Greece" GPE) is taken now, as a second repair of this record would take it
    made = [(e.model_copy(update={"type": k}) if (k := evidence_type(rec, e)) else e, s) for e, s in made]
    orphans = [e for e in rec.entities if e.id in taken and e.id not in owner]
    dropped = {e.id for e in orphans if e.id in names.no_names or e.id in gone or _page_furniture(e)}
    for e in orphans:  # nothing of it parsed as a name: keep it, typed by its words ("Border Patrol": ORG)
        if e.id not in dropped:  # ("Nuclear Button", "Rocket Man": words of a sentence, no entity at all)
            made.append((_retyped(e), {e.id}))
            owner[e.id] = len(made) - 1
    kept = [(e, {e.id}) for e in rec.entities if e.id not in taken]
    allents = made + kept
    big = 10**12
    order = sorted(range(len(allents)), key=lambda i: (min((m.start for m in allents[i][0].mentions), default=big), i))
    new_id = {i: f"E{k + 1}" for k, i in enumerate(order)}
    ents = [allents[i][0].model_copy(update={"id": new_id[i]}) for i in order]
    remap: dict[str, str | None] = dict.fromkeys(dropped)
    for src, i in owner.items():
        remap[src] = new_id[i]
    for j, (e, _s) in enumerate(kept, start=len(made)):
        remap[e.id] = new_id[j]
    return follow(rec, ents, remap)
