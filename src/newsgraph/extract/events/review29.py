"""Review B of round 27 (tune ranks 113-124), fixed in round 29 (issue 19): acts that are no single happening, and
parties taken from what was agreed.

- **A standing disposition is no act.** "the political family has always fought", "we will always defend our
  allies": a verb with "always" tells what someone does or will do as a rule, not one act at one time (PLOVER codes
  happenings). Adverbs of custom ("routinely beat detainees") tell repeated acts, which are coded: not these. The event is dropped (``standing_habits``), as a sense row's "no event" drops one.
- **What was agreed names no side of the agreement.** "The President and Secretary agreed that all parties in Turkey
  should support the Government of Turkey" gave AGREE the target Government of Turkey: a party named inside the
  "that" clause of "agree" is who the agreed view is about; those who agree are the subject's members. The target
  is dropped (``agreed_content``); "agreed with Turkey" keeps its target.

- **A name given to an act is no second act.** "referred to the slaughter of Armenians ... as a genocide", "called the
  killings genocide": the "as" phrase or predicate noun names again the act that is the verb's object; it was a copy
  of that event with its doer dropped. The naming noun's event is dropped where the object's event is of the same
  type (``renamed_acts``).

Each rule only drops an event or a party: precision first. Run after scoring, like :mod:`.review28`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Found

__all__ = ["review29_acts"]

#: adverbs that make a verb tell a standing disposition rather than one act; not the adverbs of custom of
#: :mod:`.senses` ("routinely beat detainees", "often shelled the town": repeated acts that are coded)
_STANDING = frozenset({"always"})


def _habit(f: Found) -> bool:
    """A verb trigger (or the verb carrying it) modified by "always"."""
    if f.nominal or f.derived_from is not None:
        return False
    verb = f.head or f.trigger
    return any(c.dep_ == "advmod" and c.lower_ in _STANDING for c in verb.children)


def standing_habits(found: list[Found]) -> list[Found]:
    """Drop the acts told as a standing habit ("has always fought")."""
    return [f for f in found if not _habit(f)]


def _inside(tok: Token, clause: Token) -> bool:
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def agreed_content(found: list[Found]) -> list[Found]:
    """An AGREE told by a verb with a "that" clause loses the targets named inside that clause."""
    for f in found:
        if f.rule.type != "AGREE" or f.nominal or not f.targets:
            continue
        clauses = [c for c in f.trigger.children if c.dep_ == "ccomp"]
        if not clauses:
            continue
        doc = f.trigger.doc
        kept = []
        for p in f.targets:
            root = p.root(doc)
            if root is not None and any(_inside(root, c) for c in clauses):
                continue
            kept.append(p)
        f.targets = kept
    return found


def _named_object(noun: Token) -> Token | None:
    """The verb's object that ``noun`` names again: ``noun`` is the verb's predicate noun or its "as" phrase, and the
    verb has a direct object or a phrase object of its own ("referred to X as a genocide")."""
    if noun.dep_ == "oprd":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ != "as":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def renamed_acts(found: list[Found]) -> list[Found]:
    """Drop a noun's event that only names again, by "as" or a predicate noun, the event of the verb's object."""
    by_trigger = {f.trigger.i: f for f in found}
    out = []
    for f in found:
        obj = _named_object(f.trigger) if f.nominal else None
        other = by_trigger.get(obj.i) if obj is not None else None
        if other is not None and other is not f and other.rule.type == f.rule.type:
            continue
        out.append(f)
    return out


def review29_acts(found: list[Found]) -> list[Found]:
    """The round-29 rules, in order."""
    return renamed_acts(agreed_content(standing_habits(found)))
