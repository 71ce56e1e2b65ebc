"""A present simple or a planned event that tells a timetable (review 18; issue 17 item 5).

News tells what happened in the past tense, so a bare weekday on a present-tense clause used to count back
("the assembly that begins Monday", in a Friday report, gave the Monday before). A verb of data/
time_schedule_words.tsv in the present simple with the date hung directly on it tells a timetable, and a planned
event of the same file dated inside a "for" phrase ("cleared the way for a vote on Wednesday") is what the act
prepares: both lie ahead.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["awaited_event", "deadline_noun", "dated_nouns", "planned_for", "sets_deadline", "timetable_verb"]


@lru_cache(maxsize=8)  # six kinds, asked per dated clause (maxsize=1 evicted one per call)
def _words(kind: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_schedule_words.tsv") if row[1] == kind)


def _hangs_on(date: Token, word: Token) -> bool:
    """The date's root is the word's bare-noun modifier ("begins Monday") or the object of its "on"."""
    if date.head.i == word.i and date.dep_ in {"npadvmod", "tmod", "obl", "nmod"}:
        return True
    prep = date.head
    return prep.dep_ == "prep" and prep.lower_ == "on" and prep.head.i == word.i and date.dep_ == "pobj"


def timetable_verb(verb: Token, date: Token) -> bool:
    """A present-simple verb of a timetable with the date directly on it, its subject no first or second person
    ("I leave on Friday" is as likely a habit)."""
    name = _verb_name(verb)
    # the tagger reads a plural's "go into effect" as a bare form (VB); with a subject and no auxiliary it is
    # the present all the same (round 37: only for the verbs of two or three words, read as one)
    bare = verb.tag_ == "VB" and " " in name and any(c.dep_ == "nsubj" for c in verb.children)
    if (verb.tag_ not in {"VBZ", "VBP"} and not bare) or name not in _words("verb"):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"} for c in verb.children):
        return False
    return _hangs_on(date, verb) or _dated_object(date, verb)


def _dated_object(date: Token, verb: Token) -> bool:
    """The date hangs on the verb's object, a planned event ("Corker convenes a hearing Monday", "hosts talks on
    Friday"; round 32): the timetable is the verb's all the same."""
    noun = _dated_noun(date, {"on"}, {"npadvmod", "nmod", "compound", "poss"})
    return noun is not None and noun.dep_ == "dobj" and noun.head.i == verb.i and noun.lemma_.lower() in _words("noun")


def _dated_noun(date: Token, preps: set[str], deps: set[str]) -> Token | None:
    """The noun a date hangs on: through one of ``preps`` ("a vote on Friday") or directly by one of ``deps`` ("a
    Sunday deadline", "Friday's deadline"); else None. The walk the dated-noun rules below share (round 32)."""
    if date.dep_ == "pobj" and date.head.dep_ == "prep" and date.head.lower_ in preps:
        return date.head.head
    return date.head if date.dep_ in deps else None


def _verb_name(verb: Token) -> str:
    """The verb's lemma, with its object or "into" phrase where they make one verb ("takes place Tuesday" is
    "take place")."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and f"{lemma} {obj.lower_}" in _words("verb"):
        return f"{lemma} {obj.lower_}"
    # "goes into effect", "comes into force" (round 37): the verb with its "into" phrase
    into = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    noun = next((c for c in into.children if c.dep_ == "pobj"), None) if into is not None else None
    if noun is not None and f"{lemma} into {noun.lower_}" in _words("verb"):
        return f"{lemma} into {noun.lower_}"
    return lemma


def planned_for(date: Token) -> bool:
    """A planned event dated on "on" inside a "for" phrase: "the way for a vote on Wednesday"."""
    prep = date.head
    if prep.dep_ != "prep" or prep.lower_ != "on" or date.dep_ != "pobj":
        return False
    noun = prep.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in _words("noun"):
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    # an attempt is made when its vote was due ("tried to bring the deal to the House for a vote on Saturday",
    # told after that Saturday): no look ahead under a verb of trying
    tried = _words("tried")
    return not any(t.lemma_.lower() in tried for t in noun.ancestors)


def awaited_event(date: Token) -> Token | None:
    """The event noun a date hangs on when a word of expectation (data/time_schedule_words.tsv, kind "awaited")
    stands before it: "his hotly anticipated speech to the delegations Tuesday", "the upcoming vote on Monday"
    (review 29). The caller checks that the clause above is not past ("police foiled the planned attack")."""
    noun = _dated_noun(date, {"on"}, {"npadvmod", "nmod", "tmod", "compound"})
    if noun is None or noun.pos_ != "NOUN" or noun.i > date.i:
        return None
    awaited = _words("awaited")
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and c.lower_ in awaited:
            before = c.doc[c.i - 1].lower_ if c.i else ""
            return None if before in {"last", "previous", "latest"} else noun
    return None


def deadline_noun(date: Token) -> Token | None:
    """The deadline a date names ("a Sunday deadline", "Friday's deadline", "the deadline of Friday", "a deadline
    on Friday"; data/time_schedule_words.tsv kind "deadline", round 32), else None. The caller reads the clause."""
    noun = _dated_noun(date, {"on", "of"}, {"npadvmod", "nmod", "compound", "poss", "appos"})
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lower_ in _words("deadline") else None


def sets_deadline(verb: Token) -> bool:
    """A verb that sets a deadline ahead even told in the past ("set a new Friday deadline"; kind "sets")."""
    return verb.lemma_.lower() in _words("sets")


def dated_nouns() -> frozenset[str]:
    """Deadlines and planned events (kinds "deadline" and "noun"): what a clock time and a day can date together
    ("a midnight deadline on Friday", "a 10 a.m. vote Thursday")."""
    return _words("deadline") | _words("noun")
