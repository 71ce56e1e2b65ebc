"""A country that only names an inquiry's topic is no party (review 20, second look: a "Russia investigation"
target coded RUS).

"Trump attacked the Russia investigation", "Republicans slammed the Benghazi probe": the country or place is a
modifier of an inquiry noun and says what the inquiry is about; the act is aimed at the inquiry (its investigators),
not at Russia or Libya. Such a target becomes the inquiry itself, named by its words ("Russia investigation") with
no entity and no country code (the real-report gold names that target so). A person or an organization before the noun ("the
Mueller investigation", "the FBI probe") runs the inquiry and stays. Run after scoring, like :mod:`.requests`: only
sides are edited, no event is shown or hidden.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import load_lexicon
from .parties import Party
from .senses import load_senses
from .triggers import Found

__all__ = ["topic_targets"]

#: the senses class of inquiry nouns (data/event_senses.tsv, round 21)
_INQUIRY = "inquiry_topic"
#: entity types that name a place or a people: a topic, never the inquiry's author
_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _topic_token(p: Party, f: Found) -> Token | None:
    """The token of ``p`` when it is a place or people word modifying an inquiry noun that follows it, else None."""
    span = p.span(f.trigger.doc)
    if span is None:
        return None
    last = span[-1]
    head = last.head
    if last.dep_ not in _MODIFIERS or head.i <= last.i or head.i < span.end - 1:
        return None
    if last.ent_type_ not in _PLACE_TYPES and not _paired_names(span.text) or not load_senses().word_in(_INQUIRY, head):
        return None
    return last


def _paired_names(text: str) -> bool:
    """A hyphened pair of names one of which is a country ("Trump-Russia"): the tagger calls it an organization, but
    it names what links the two, a topic (round 23)."""
    parts = text.split("-")
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and any(
        load_lexicon().country_of(p) for p in parts)


def _inquiry(p: Party, f: Found) -> Party:
    """``p`` itself, or for a topic word the inquiry it modifies: its words from the party to the noun, uncoded."""
    tok = _topic_token(p, f)
    if tok is None:
        return p
    head = tok.head
    end = head.idx + len(head.text)
    words = f.trigger.doc.char_span(p.start, end, alignment_mode="expand")
    return replace(p, name=words.text if words is not None else p.name, entity=None, country=None, sector=None, code=None,
                   end=end, person=False)


def _own_topic(p: Party, f: Found) -> bool:
    """``p`` names the topic of the inquiry noun that is the trigger itself ("during the Trump-Russia investigation":
    Russia is what is investigated, not who investigates; round 23)."""
    tok = _topic_token(p, f)
    return tok is not None and f.nominal and tok.head.i == f.trigger.i


def topic_targets(found: list[Found]) -> list[Found]:
    """``found`` with each target that only names an inquiry's topic made the inquiry, and an actor that only names
    the topic of the inquiry noun it modifies removed (in place; the list returned)."""
    for f in found:
        if f.targets:
            f.targets = [_inquiry(p, f) for p in f.targets]
        if f.actors:
            f.actors = [p for p in f.actors if not _own_topic(p, f)]
    return found
