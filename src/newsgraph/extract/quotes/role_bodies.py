"""A single unnamed role speaker whose body the report names right after the role (round 36, issue 18 point 2).

"an official of the World Health Organization said", "a spokesman for the Army said", "a spokeswoman for North
Korea's Foreign Ministry said": the parse gives the speaker mention as the role alone ("an official"), so the record
read as a generic role although the report names whom the person speaks for. The person still speaks (no speaker
entity is guessed for them); the named body goes in ``affiliation`` when it is an organization or a place, and the
written speaker name takes in the role's phrase up to the body's name. A body the entity layer did not name, a
person served ("a spokesman for Senator X"), or two bodies ("for Iran and China") leave the record as it was. Written for this project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .speaker_words import AFFILIATIONS

if TYPE_CHECKING:
    from ...record import Quote
    from .speakers import Resolver

__all__ = ["role_body", "taken_up"]

# Nouns for one person who speaks for a body: "of/for/with/from/at" + the body says whose they are
_ROLE_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative"})
# Their plurals: the group already speaks as the body ("Officials at the Pentagon": units.member_org); only the
# written name is cut short ("Officials")
_ROLE_PLURALS = frozenset({"officials", "spokesmen", "representatives"})
_BODY_PREPS = frozenset({"of", "for", "with", "from", "at"})


def _body_object(root: Token) -> Token | None:
    """The one object of the role's body preposition ("for the Army": Army), or None (none, or a list)."""
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _BODY_PREPS:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) != 1 or any(c.dep_ == "conj" for c in objs[0].children):
            return None  # "a spokesman for Iran and China": no one body
        return objs[0]
    return None


def role_body(res: Resolver, rec: Quote, root: Token, span: Span) -> None:
    """Name the body an unnamed role speaks for (in place): ``root`` heads the speaker mention ``span``."""
    single = rec.speaker is None and root.tag_ == "NN" and root.lower_ in _ROLE_NOUNS
    if not single and not (rec.speaker is not None and root.tag_ == "NNS" and root.lower_ in _ROLE_PLURALS):
        return
    obj = _body_object(root)
    if obj is None:
        if single:
            _named_before(res, rec, root, span)
        return
    eid = res._entity_at(obj.idx, obj.idx + len(obj.text))
    if eid is None:
        return  # ("an official with the agency": the report's body is not named here)
    kind = res.by_id[eid]["type"]
    if not single and eid != rec.speaker:
        return  # (a group whose body was found elsewhere keeps its written name)
    if kind not in AFFILIATIONS:
        # a nationality word is no body; nor a person served ("a spokesman for Senator X" keeps X out of the
        # speaker's written name, as review 25 wants: the name would read as X's own)
        return
    # the written name runs to the end of the body's mention that holds the object's word
    end = max((e for s, e, mid in res._near(obj.idx, obj.idx + len(obj.text))
               if mid == eid and s <= obj.idx < e), default=obj.idx + len(obj.text))
    if end <= span.end_char or "\n" in res.text[span.start_char : end]:
        return
    rec.speaker_name = res.text[span.start_char : end]
    if single:
        rec.affiliation = eid


def _named_before(res: Resolver, rec: Quote, root: Token, span: Span) -> None:
    """"an ICE spokesperson said", "the Army spokesman said": the one organization or place named inside the
    mention before the role is whom the person speaks for (the written name already says so; a person's name
    there, "a Booker spokeswoman", is no organization, and a nationality word is no body)."""
    bodies = {res._entity_at(t.idx, t.idx + len(t.text)) for t in span if t.i < root.i and t.pos_ == "PROPN"}
    bodies.discard(None)
    if len(bodies) == 1:
        eid = bodies.pop()
        # named elsewhere in the report too: a lone name typed an organization only here may be a person's
        # ("A Booker spokeswoman" where nothing else names Booker)
        elsewhere = any(m["start"] >= span.end_char or m["end"] <= span.start_char for m in res.by_id[eid]["mentions"])
        if res.by_id[eid]["type"] in AFFILIATIONS and elsewhere:
            rec.affiliation = eid


def taken_up(res: Resolver, rec: Quote, first: Span, group: bool) -> None:
    """"the official said" after "an INM official said": the introduction's group body speaks (``group``: its
    head is a group noun), and its body named after the role is named again."""
    if group:
        rec.speaker = res._group(first, first.root)
    role_body(res, rec, first.root, first)
