"""What a noun of change moves (round 25, issue 17): "a 6% rise in profits to £280.2m", "a 7.5% rise in exports"
name the thing that rose after "in", while the change's trigger is a noun with no subject or object of its own,
so the change and its figures had no object. Only a common noun (or a name that is no place, date or people)
is taken: "a 2% rise in Britain", "a fall in January" and "a rise in what it owes" move nothing named there."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["MOVE_NOUNS", "moved_thing"]

# nouns of change whose "in" names what changed ("an increase in taxes"); verbs are read by their arguments
MOVE_NOUNS = frozenset({"rise", "increase", "fall", "drop", "decline", "decrease", "jump", "gain", "growth",
                         "surge", "slump", "slide", "dip", "cut", "reduction", "hike", "climb", "leap", "plunge"})
# an "in" that names a place, a time or a people is where or when the change happened, not what changed
_NOT_THINGS = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "FAC", "CARDINAL", "PERCENT", "MONEY", "QUANTITY",
                         "ORDINAL", "EVENT"})
_TIME_WORDS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
                         "quarter", "period", "term", "time", "half"})


def moved_thing(trigger: Token) -> Token | None:
    """The noun after "in" of a noun of change ("a 6% rise in profits": 'profits'), else None."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in MOVE_NOUNS:
        return None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.like_num:
            return None
        if obj.ent_type_ in _NOT_THINGS or obj.lemma_.lower() in _TIME_WORDS:
            return None
        return obj
    return None
