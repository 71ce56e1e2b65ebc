"""Type repairs from the evidence a report gives around a name (review 17).

NER reads a name's shape; the report often says what the name is: a kind noun before it ("the weekly Charlie
Hebdo", "security firm Mandiant", "the carrier Liaoning"), a number after it ("Nord Stream 2": persons are not
numbered so), a person's role in apposition ("Charb, the editor of the weekly"). Hyphenated pairs of states
("U.S.-Iranian", "United States-China") and a compass word cut from a coordination ("East" of "the East and
South China Seas") name no one entity and are dropped. The rules run on candidates before they are keyed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, read_tsv
from ..name_words import is_given_name
from .entity_base import _ROLE_HEADS, _appositive_role, _Cand, _is_lexicon_name
from .entity_tails import stat_word

__all__ = ["drop_pairs_and_cut_compass", "join_named_for_state", "join_state_groups", "relabel_from_evidence"]


@lru_cache(maxsize=1)
def _kind_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("entity_kind_nouns.tsv") if row[1] != "-"}  # "-": a paper noun only


def _kind_before(c: _Cand) -> str | None:
    """The kind noun right before the name ("firm Mandiant", "the weekly Charlie Hebdo"), lower case only."""
    if c.span.start == 0:
        return None
    prev = c.span.doc[c.span.start - 1]
    return _kind_nouns().get(prev.text) if prev.is_lower else None


def _no_given_name(text: str) -> bool:
    first = text.split()[0]
    return not is_given_name(first)


def _numbered(c: _Cand) -> bool:
    """A name of two or more words followed by a bare number ("Nord Stream 2"); Roman numerals of kings are
    words, not digits. Scores and minutes are no part of a name ("Jie Zheng 6-2 7-5", "Kluivert 32", "Wales
    13-12": found on unseen sport reports at integration, round 17)."""
    doc = c.span.doc
    if len(c.span) >= 2 and c.span[-1].text.isdigit():  # NER's span may hold the number already
        num, name = c.span[-1], c.span[:-1]
    elif c.span.end < len(doc) and doc[c.span.end].text.isdigit() and doc[c.span.end - 1].whitespace_ != "":
        num, name = doc[c.span.end], c.span
    else:
        return False
    if len(name) < 2 or not all(t.is_alpha for t in name) or len(num.text) > 3:
        return False
    after = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if after is not None and stat_word(after.text):
        return False  # a player's stat ("Armani Sheffield 19 points": round 25)
    return doc[num.i - 1].text not in ("-", "–") and (after is None or after.text not in ("-", "–"))


def relabel_from_evidence(cands: list[_Cand], lex: Lexicon) -> None:
    """Relabel every mention of a name that one mention's evidence types: PERSON after an ORG kind noun ->
    ORG; a name after a vessel noun -> PRODUCT (no place, no person); a numbered PERSON with no given name
    -> FAC (a pipeline or a plant); a one-word ORG with a person's role in apposition -> PERSON."""
    relabel: dict[str, str] = {}
    for c in cands:
        kind = _kind_before(c)
        if kind == "ORG" and c.label == "PERSON":  # ("the weekly Charlie Hebdo": a given name or not)
            relabel[c.text] = "ORG"
        elif kind == "SHIP" and c.label in ("GPE", "LOC", "PERSON", "ORG", "FAC"):
            relabel[c.text] = "PRODUCT"
        elif c.label == "PERSON" and _numbered(c) and _no_given_name(c.text):
            relabel[c.text] = "FAC"
        elif c.label == "ORG" and " " not in c.text and not c.text.isupper() and _person_role_after(c, lex):
            relabel[c.text] = "PERSON"
    for c in cands:
        new = relabel.get(c.text)
        if new is None or c.label == new:
            continue
        # a vessel named like a province is the vessel only where the report writes it as one ("the
        # Liaoning"), not "in Liaoning"
        if new == "PRODUCT" and c.label in ("GPE", "LOC") and _kind_before(c) is None and not _the_before(c):
            continue
        c.label = new
        if new == "FAC" and not c.span[-1].text.isdigit() and _numbered(c):  # the number is part of the name ("Nord Stream 2")
            num = c.span.doc[c.span.end]
            c.span = c.span.doc[c.span.start:num.i + 1]
            c.end = num.idx + len(num.text)
            c.text = f"{c.text} {num.text}"


def _the_before(c: _Cand) -> bool:
    return c.span.start > 0 and c.span.doc[c.span.start - 1].lower_ == "the"


def _person_role_after(c: _Cand, lex: Lexicon) -> bool:
    """"Charb, the editor of the weekly": a person's role noun heads the apposition."""
    if _is_lexicon_name(c.text, lex):
        return False
    role = _appositive_role(c.span.doc, c.span)
    if not role:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", role)]
    return any(w in _ROLE_HEADS for w in words[:3])


# A hyphenated pair of names ("U.S.-Iranian", "United States-China"): the whole is neither state.
_PAIR = re.compile(r"^(.+?)[-\u2013](.+)$")
_COMPASS = frozenset({"East", "West", "North", "South"})


def _state_pair(left: str, right: str, lex: Lexicon) -> bool:
    """Two states, or a state and a people ("U.S.-Iranian"); two peoples are a group ("Afghan-American")."""
    parts = [bool(lex.country_of(p)) for p in (left, right)]
    return any(parts) and all(ok or bool(lex.demonym_of(p)) for ok, p in zip(parts, (left, right), strict=True))


@lru_cache(maxsize=1)
def _party_adjectives() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("entity_party_adjectives.tsv"))


def _party_adjective(c: _Cand, persons: set[int], lex: Lexicon) -> bool:
    """A one-word NORP of no country used as an adjective of a person or a title ("Republican Senator Chuck
    Grassley", "Republican Grassley") or closing a title-case name after a state ("The Iowa Republican", a
    publication): no group of the report."""
    sp = c.span
    if len(sp) != 1 or c.text not in _party_adjectives():
        return False
    doc = sp.doc
    nxt = doc[sp.end] if sp.end < len(doc) else None
    if nxt is not None and nxt.is_title and (nxt.i in persons or lex.title_of([nxt.text])):
        return True
    return sp.start >= 2 and doc[sp.start - 1].ent_type_ == "GPE" and doc[sp.start - 2].text == "The"


def drop_pairs_and_cut_compass(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """Without the hyphenated pairs of states and the compass words cut off a coordination ("East" of "the
    East and South China Seas": the sea is named after "and", the first word alone is no place)."""
    cands = join_named_for_state(cands, lex)
    kept = []
    persons = {t for c in cands if c.label == "PERSON" for t in range(c.span.start, c.span.end)}
    for c in cands:
        m = _PAIR.match(c.text)
        if m and not lex.country_of(c.text) and _state_pair(m.group(1), m.group(2), lex):
            continue
        if c.label == "NORP" and _party_adjective(c, persons, lex):
            continue
        if c.label == "NORP" and _adjective_only(c):
            continue
        _extend_state_group(c)
        if c.text in _COMPASS and c.span.end < len(c.span.doc) and c.span.doc[c.span.end].lower_ in ("and", "or"):
            continue
        kept.append(c)
    return kept


def _adjective_only(c: _Cand) -> bool:
    """"Islamic militants", "the Democratic candidate": a one-word NORP in "-ic" that only qualifies the noun
    after it is an adjective, no group ("Chinese" and the like keep their country before this runs). A party
    word before a lower-case noun ("Republican lawmakers", "Democrat voters", parsed as a modifier or a
    compound) is one too (review 18); "a Republican on the committee" and "Republicans said" name members."""
    sp = c.span
    if len(sp) != 1 or c.country is not None:
        return False
    doc = sp.doc
    if c.text in _party_adjectives() and sp.end + 1 < len(doc) and doc[sp.end].text == "-" \
            and doc[sp.end + 1].is_lower:  # "the Democratic-controlled House", "Republican-led"
        return True
    if sp[0].head.i <= sp[0].i:
        return False
    if c.text.endswith("ic") and sp[0].dep_ == "amod":
        return True
    return c.text in _party_adjectives() and sp[0].dep_ in ("amod", "compound") and sp[0].head.is_lower


# Nouns that make a region's adjective a group of states ("the Baltic states", "the Gulf countries").
_GROUP_NOUNS = frozenset({"states", "countries", "nations", "republics"})


def _extend_state_group(c: _Cand) -> None:
    """"the Baltic states": NER tags "Baltic" alone, which the gazetteer reads as the sea; the group of states
    is the name with its noun."""
    sp, doc = c.span, c.span.doc
    if len(sp) != 1 or c.label not in ("LOC", "GPE", "NORP") or sp.end >= len(doc):
        return
    nxt = doc[sp.end]
    if nxt.lower_ in _GROUP_NOUNS and (nxt.is_lower or nxt.is_title) and sp[0].whitespace_:
        c.span = doc[sp.start:sp.end + 1]
        c.end = nxt.idx + len(nxt.text)
        c.text = f"{c.text} {nxt.lower_}"
        c.label = "LOC"


def join_state_groups(cands: list[_Cand]) -> None:
    """"the Baltic states" and "the Baltics" are one group of states (one row, named the first way). An
    organization named for a state ("Christians United for Israel") is no body of that state: uncoded."""
    for c in cands:
        if c.label == "ORG" and len(c.span) >= 4 and c.span[-2].lower_ in _NAME_LINKS \
                and c.span[-1].ent_type_ == "GPE" and c.span[0].ent_type_ != "GPE":
            c.country = None
    groups = {c.text.split()[0] + "s": c for c in cands if len(c.text.split()) == 2
              and c.text.split()[1].lower() in _GROUP_NOUNS and c.key}
    for c in cands:
        g = groups.get(c.text)
        if g is not None and g.key and c.label in ("LOC", "GPE", "NORP"):
            c.key, c.label, c.canonical = g.key, g.label, g.text


_NAME_LINKS = frozenset({"for", "of"})


def join_named_for_state(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """"Christians United for Israel", "Americans for Prosperity"-like names: at least two capitalized words,
    "for" and a state NER tagged apart (a NORP and a GPE) are one organization, not a group and a place. No
    person nor title may stand in the run ("the Special Envoy for Syria" is a title and a place)."""
    out: list[_Cand] = []
    drop: set[int] = set()
    for c in cands:
        sp, doc = c.span, c.span.doc
        if c.label != "GPE" or sp.start < 3 or doc[sp.start - 1].lower_ != "for":
            continue
        i = sp.start - 2
        while i >= 0 and doc[i].is_title and doc[i].is_alpha and doc[i].ent_type_ not in ("PERSON", "GPE"):
            i -= 1
        first = i + 1
        if sp.start - 1 - first < 2 or doc[first].is_sent_start and doc[first].lower_ in ("the", "but", "and"):
            continue
        whole = doc[first:sp.end]
        if any(lex.title_of([t.text]) for t in doc[first:sp.start - 1]):
            continue
        for o in cands:
            if first <= o.span.start and o.span.end <= sp.end:
                drop.add(id(o))
        out.append(_Cand(whole.start_char, whole.end_char, whole.text, "ORG", whole))
    if not out:
        return cands
    return sorted([c for c in cands if id(c) not in drop] + out, key=lambda c: c.start)
