"""Quotes, places and event parties pointed at a record's re-grouped person entities
(:func:`newsgraph.persons.repair_record` renumbers and splits them; this moves what refers to them)."""

from __future__ import annotations

from typing import Any

from .names import parse_person, same_person
from .person_index import PersonSpans
from .record import Article, Entity, Event, Party

__all__ = ["follow"]


# Lowercase words inside a person's name ("Ursula von der Leyen").
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "al", "bin",
                        "ibn", "el"})


def _name_tail(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The closing run of capitalized words (and name particles) of the span [start, end), if it ends in one."""
    if start is None or end is None:
        return None
    lo = end
    for word in reversed(text[start:end].split(" ")):
        if not word or not (word[0].isupper() or word in _PARTICLES) or word.endswith(("'s", "’s")):
            break
        lo -= len(word) + 1
    lo = max(lo + 1, start) if lo < end else end
    return (lo, end) if lo < end else None


def follow(rec: Article, ents: list[Entity], remap: dict[str, str | None]) -> Article:
    """Point quotes (speaker and affiliation), places and event parties at the new entity ids (None: the
    entity was dropped)."""
    by_id = {e.id: e for e in ents}
    old_name = {e.id: e.name for e in rec.entities}
    spans = PersonSpans(ents)
    split = _SplitAntecedent(rec, ents)

    def renamed(name: str | None, old: str | None, new: str | None) -> str | None:
        # a name that was the old entity's canonical name follows the entity; words as written stay
        return by_id[new].name if new in by_id and old is not None and name == old_name.get(old) else name

    quotes = []
    for q in rec.quotes:
        if not q.speaker:  # a speaker NER missed may have become a person (_missed_speakers)
            # only a person named in the span's closing run of name words: "Trump aides" or "Keller's lawyer",
            # left without a speaker by the quote layer, is not Trump or Keller ("... Alison Lundergan Grimes"
            # is Alison Lundergan, whose mention the entity layer cut short)
            head = _name_tail(rec.text, q.speaker_start, q.speaker_end)
            found = spans.overlapping(*head) if head else None
            # an unnamed role's body ("an official of X": round 36) follows its entity's new id too
            aff = remap.get(q.affiliation, q.affiliation) if q.affiliation else None
            if found or aff != q.affiliation:
                q = q.model_copy(update={"speaker": found or q.speaker, "affiliation": aff})
            quotes.append(q)
            continue
        target = remap.get(q.speaker, q.speaker)
        if target is None or by_id.get(target) is not None and by_id[target].type == "PERSON":
            # a person entity split in two: the speaker is the one whose mention the speaker span holds
            # (only a name that closes the mention: "Obama's top spokesman", given to the Josh Earnest the report
            # names next, is not Obama's; review 17)
            tail = _name_tail(rec.text, q.speaker_start, q.speaker_end)
            target = (spans.overlapping(*tail) if tail else None) or \
                split(q.speaker, q.speaker_start if q.speaker_start is not None else q.start) or target
        aff = remap.get(q.affiliation, q.affiliation) if q.affiliation else None
        name = renamed(q.speaker_name, q.speaker, target)  # ids are renumbered: "E1" may now be someone else
        if target != q.speaker or aff != q.affiliation or name != q.speaker_name:  # copy only what changed
            q = q.model_copy(update={"speaker": target, "affiliation": aff, "speaker_name": name})
        quotes.append(q)
    places = [pl.model_copy(update={"entity": remap.get(pl.entity, pl.entity)}) if pl.entity else pl
              for pl in rec.places]

    party = _PartyFollow(rec, ents, remap, renamed, split)
    events = [ev.model_copy(update={"actors": [party(a, ev) for a in ev.actors],
                                    "targets": [party(x, ev) for x in ev.targets]}) for ev in rec.events]
    return rec.model_copy(update={"entities": ents, "quotes": quotes, "places": places, "events": events})


class _SplitAntecedent:
    """For a pronoun ("he said") the extractor resolved to a person entity that the repair split in two
    ("Trump Jr." and a bare "Trump" in one entity, now Donald Trump Jr. and Donald Trump): the new person
    whose mention, among those that came from the old entity, is the last before the pronoun, as a reader
    resolves it; None when the old entity was not split, none of its mentions comes before, or the last one
    went to a bare surname the repair could not resolve ("Kim" among Kim Jong Un and his father: the caller's
    default then stands)."""

    def __init__(self, rec: Article, ents: list[Entity]) -> None:
        self.full = {e.id for e in ents if e.type == "PERSON" and " " in e.name}
        owner = {(m.start, m.end): e.id for e in ents for m in e.mentions}
        self.heirs: dict[str, list[tuple[int, str]]] = {}
        for e in rec.entities:
            got = sorted((m.start, owner[(m.start, m.end)]) for m in e.mentions if (m.start, m.end) in owner)
            if len({i for _s, i in got}) > 1:
                self.heirs[e.id] = got

    def __call__(self, old: str | None, pos: int | None) -> str | None:
        got = self.heirs.get(old or "")
        if not got or pos is None:
            return None
        before = [i for s, i in got if s < pos]
        return before[-1] if before and before[-1] in self.full else None


class _PartyFollow:
    """An event party's new entity: the one that now holds the old entity's mention inside the event's
    evidence (a bare "Trump" the extractor gave to Melania Trump), else the one its full name fits, else
    where the old entity went."""

    def __init__(self, rec: Article, ents: list[Entity], remap: dict[str, str | None], renamed: Any,
                 split: _SplitAntecedent) -> None:
        self.ents, self.remap, self.renamed, self.split = ents, remap, renamed, split
        self.by_id = {e.id: e for e in ents}
        self.old = {e.id: [(m.start, m.end) for m in e.mentions] for e in rec.entities}
        self.old_country = {e.id: e.country for e in rec.entities}
        self.owner = {(m.start, m.end): e.id for e in ents for m in e.mentions}

    def __call__(self, pt: Party, ev: Event) -> Party:
        if not pt.entity:
            return pt
        inside = {self.owner.get(se) for se in self.old.get(pt.entity, ()) if ev.start <= se[0] < ev.end} - {None}
        held = len(inside) == 1
        # (a pronoun party of a split entity: the heir named last before the event, as for quotes)
        target = inside.pop() if held else self.split(pt.entity, ev.start) or self.remap.get(pt.entity, pt.entity)
        n = parse_person(pt.name) if target is not None and not held else None
        if n is not None and not n.bare:
            hits = [e.id for e in self.ents if e.type == "PERSON" and (pn := parse_person(e.name)) is not None
                    and same_person(pn, n)]
            if len(hits) == 1:
                target = hits[0]
        kept = target if target in self.by_id else None
        name = self.renamed(pt.name, pt.entity, kept)
        update: dict[str, Any] = {} if (kept, name) == (pt.entity, pt.name) else {"entity": kept, "name": name}
        new = self.by_id.get(kept) if kept is not None else None
        if pt.code is None and pt.country is None and new is not None and new.type == "PERSON" and new.country \
                and not self.old_country.get(pt.entity):
            # the extractor saw an entity with no country (a bare "Trump" the tagger called ORG); the repair made
            # it a person with one: the party is coded from the entity's country, as from_entity codes a person
            update.update(country=new.country, code=new.country)
        return pt.model_copy(update=update) if update else pt
