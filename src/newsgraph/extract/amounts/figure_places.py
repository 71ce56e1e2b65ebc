"""Where a figure's event took place, when the parse gives the figure no place phrase of its own.

Moved whole from ``objects`` (round 25 tidying, no rule changed): the one country other than the owner's that a
figure's sentence names (``sentence_place``), and the place phrase of the clause that tells a toll's event
(``event_place``). ``objects`` imports them back, so its names stay as they were.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon, read_tsv
from .clauses import later_clauses

__all__ = ["sentence_place", "event_place"]

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def sentence_place(doc: Doc, root: Token, ents: dict[str, Any], owner: str | None, lex: Lexicon) -> str | None:
    """The country of the places a figure's sentence names, when the parse gave it no place of its own and
    they all lie in one country other than its owner's: "the attack that killed 41 people" in a sentence about
    "the Istanbul airport" is TUR. Two countries, or none but the owner's, leave it without one (the US troops
    a sentence about Texas counts are not located in the US)."""
    sent = root.sent
    # (the sentence before, when this one names no place, was tried in round 4 and dropped: of 20 figures it
    # located on 1,000 dev reports, 5 went to the wrong country, e.g. a Sinai crash located in Britain)
    found = _countries_in(doc, sent.start_char, sent.end_char, ents, drop_actors=lex, cut=later_clauses(root))
    found.discard(owner or "")
    return found.pop() if len(found) == 1 else None


def _names_an_actor(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A country's own name on a noun of data/measure_actor_heads.tsv ("US airstrikes"), its possessive on a noun
    of data/measure_attack_heads.tsv ("Russia's airstrikes"), or the country itself as the subject of a verb of
    data/measure_harm_verbs.tsv ("Israel killed 30"): the one acting, no place of the event ("the Pakistan
    bombing" is one); ``_countries_in(drop_actors=lex)`` leaves it out."""
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None or len(sp) == 0 or lex.country_of(sp.text) is None:
        return False
    root = sp.root
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in _harm_verbs()  # the doer: "Russia has killed 500 civilians"
    if root.dep_ == "poss":  # "Israel's offensive has killed 30,000 people" was placed in ISR (round 37)
        return root.head.lower_ in _attack_heads()
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _actor_heads()


@lru_cache(maxsize=1)
def _actor_heads() -> frozenset[str]:
    return frozenset(w.strip() for row in read_tsv("measure_actor_heads.tsv") for w in row[0].split("|"))


@lru_cache(maxsize=1)
def _attack_heads() -> frozenset[str]:
    return frozenset(w.strip() for row in read_tsv("measure_attack_heads.tsv") for w in row[0].split("|"))


@lru_cache(maxsize=1)
def _harm_verbs() -> frozenset[str]:
    return frozenset(w.strip() for row in read_tsv("measure_harm_verbs.tsv") for w in row[0].split("|"))


def _countries_in(doc: Doc, start: int, end: int, ents: dict[str, Any], *, drop_actors: Lexicon | None = None,
                  cut: list[tuple[int, int]] | None = None) -> set[str]:
    found: set[str] = set()
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s >= end:
            break
        ent = ents.get(eid) if s >= start and not any(a <= s < b for a, b in cut or ()) else None
        if ent and ent.get("type") in _PLACE_TYPES and ent.get("country"):
            if drop_actors is not None and _names_an_actor(doc, s, e, drop_actors):
                continue
            found.add(str(ent["country"]))
    return found


# where a toll's event took place, one phrase deeper than ``location_of`` looks: "shot and killed three people at
# the Jewish Museum in Brussels", "a suicide attack killed 33 people in the town of Suruc", "a bombing in Kabul
# killed 12", "bombs detonated outside the Iranian Embassy in Lebanon's capital, killing 24"
_EVENT_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})
_INNER_PREPS = frozenset({"in", "at", "near", "outside", "of"})


def event_place(doc: Doc, root: Token, lex: Lexicon, ents: dict[str, Any], owner: str | None) -> str | None:
    """The country of the place a toll's event happened, read from the clause that tells the event: a place
    phrase of the verb (or of the verbs it hangs on) whose noun is itself placed ("at the museum in Brussels",
    "in the town of Suruc", "outside the embassy in Lebanon's capital"), or a place phrase of the event noun
    that is the verb's subject ("a bombing in Kabul killed 12"). Not the owner's country: "US troops killed in
    an attack at a base in the US" stays unplaced rather than mixing the owner in."""
    verbs: list[Token] = []
    cur = root
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            verbs.append(cur)
            if cur.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "ccomp"):
                break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    for verb in verbs:
        nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _EVENT_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.i != root.i
                  and root.i not in {t.i for t in c.subtree}]
        for n in nouns:
            iso = _inner_place(doc, n, lex, ents)
            if iso and iso != owner:
                return iso
    return None


def _place_country(doc: Doc, tok: Token, lex: Lexicon, ents: dict[str, Any]) -> str | None:
    """The country of the place a token names, by the entity mention that covers it first: the head of "New
    Mexico" is no "Mexico"."""
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s > tok.idx:
            break
        if s <= tok.idx < e:
            ent = ents.get(eid) or {}
            return str(ent["country"]) if ent.get("type") in _PLACE_TYPES and ent.get("country") else None
    return lex.country_of(tok.text)


def _inner_place(doc: Doc, noun: Token, lex: Lexicon, ents: dict[str, Any]) -> str | None:
    """A place named inside a noun phrase: its own place phrase ("the museum in Brussels", "the town of Suruc")
    or a possessive or compound place ("Lebanon's capital", "the Kabul bombing")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _INNER_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    iso = _place_country(doc, g, lex, ents)
                    if iso:
                        return iso
                    for gc in g.children:  # "in Lebanon's capital"
                        if gc.dep_ == "poss":
                            iso = _place_country(doc, gc, lex, ents)
                            if iso:
                                return iso
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and not lex.demonym_of(c.text):
            iso = _place_country(doc, c, lex, ents)
            if iso and not lex.country_of(c.text):
                return iso  # a city's name on the event ("the Paris attacks"); a country's may be the attacker's
    return None
