"""Round 23, wave 2 (issue 19 item 1, parties): a nickname is a party only as the person the report names by it.

"'Crooked Hillary attacked me again,' Trump wrote", "Rocket Man threatened our allies" (a quoted tweet): the
nickname is no name of a party of its own. It stands for the person the report names by it ("Trump called Kim
Jong Un 'Rocket Man'"; "Crooked Hillary" where the report names one person Hillary), and for nobody otherwise:
an empty side beats a made-up one (docs/events_guidelines.md, "Round 23, wave 2").

A nickname here is a party whose first word is an epithet of ``data/name_epithets.tsv`` ("Crooked", "Sleepy"),
or a title-case name that no entity holds (or one the tagger took for a title) headed by a word for a person
("Rocket Man"). Run after scoring, like :mod:`.under_fire`: only sides are edited."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...names import is_epithet
from .parties import Party, PartyResolver
from .triggers import Found

__all__ = ["nickname", "named_by", "nickname_sides"]

#: head words of a made-up name for a person ("Rocket Man", "Little Rocket Man")
_PERSON_HEADS = frozenset({"man", "woman", "boy", "girl", "guy", "kid"})
#: verb forms that give someone a name, right before the person ("called Kim Jong Un 'Rocket Man'")
_NAMED_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed?|branded|label(?:l)?ed)\s+$",
                           re.IGNORECASE)


def nickname(p: Party, res: PartyResolver) -> bool:
    words = p.name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if is_epithet(words[0]):
        return True
    ent = res.entities.get(p.entity) if p.entity else None
    return (ent is None or ent.get("type") == "WORK_OF_ART") and words[-1].lower() in _PERSON_HEADS


def _persons_named(res: PartyResolver, word: str) -> list[dict]:
    return [e for e in res.entities.values() if e.get("type") == "PERSON" and word in e["name"].split()]


def _entity_token(doc: Doc, ent: dict) -> Token | None:
    m = (ent.get("mentions") or [None])[0]
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand") if m else None
    return span.root if span is not None and len(span) else None


def named_by(p: Party, doc: Doc, res: PartyResolver) -> Token | None:
    """The token of the person the report names by the nickname ``p``, or None."""
    words = p.name.split()
    if is_epithet(words[0]):
        rest = words[1:]
        persons = [e for e in _persons_named(res, rest[-1]) if e["name"] != p.name]
        if len(persons) == 1:  # "Crooked Hillary" and one person named Hillary in the report
            return _entity_token(doc, persons[0])
        return None
    text = doc.text
    for m in re.finditer(r"[\"“]" + re.escape(p.name), text):
        # "called Kim Jong Un 'Rocket Man'": a person's mention between a naming verb and the quoted nickname (read
        # on the characters: the small parser often ends the sentence inside the quote)
        for e in res.entities.values():
            if e.get("type") != "PERSON":
                continue
            for men in e.get("mentions") or []:
                if _NAMED_BEFORE.search(text[max(0, men["start"] - 12):men["start"]]) and \
                        text[men["end"]:m.start()].strip() == "":
                    return _entity_token(doc, e)
    return None


def _sides(parties: list[Party], doc: Doc, res: PartyResolver) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if not nickname(p, res):
            out.append(p)
            continue
        tok = named_by(p, doc, res)
        if tok is not None:
            out.extend(q for q in res.resolve(tok, strict=False) if not nickname(q, res))
    return out


def nickname_sides(found: list[Found], res: PartyResolver) -> list[Found]:
    """Each nickname among the sides becomes the person the report names by it, or goes."""
    for f in found:
        if f.actors or f.targets:
            doc = f.trigger.doc
            f.actors = _sides(f.actors, doc, res)
            f.targets = _sides(f.targets, doc, res)
    return found
