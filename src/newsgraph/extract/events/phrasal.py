"""Round 18: a verb's own arguments where the parse or a row read them loosely.

A trigger row's ``with`` words are read from the whole argument subtree (data/plover_triggers.tsv), which is right
for content words ("called for sanctions": the sanctions sit under "for") but not for the preposition that makes a
phrasal verb: "called the strike on the village a tragedy" has an "on" that belongs to the object noun ("the strike
on"), and read as "call on" it made a naming a DEMAND (review 17: "called the attack on the weekly 'a terrorist
attack'"). So a preposition or particle that only occurs inside a verb's arguments, never as the verb's own child,
does not count for the verb's rows. For verbs of naming (the senses' "labelling" class: call, label, brand, ...)
that holds for a preposition anywhere in the arguments; for other verbs only deeper than the object's own phrases,
since the parser hangs a verb's own phrase on its object as often ("pressing the administration for answers": a
demand, seen allsides report) but not two levels down ("not going to do so in reaction to a strike on Syria" is
no "go on strike", seen allsides report). Nouns keep the old reading ("calls by the UN for a truce").
"""

from __future__ import annotations

from spacy.tokens import Token

from .senses import load_senses

#: the parts of speech of a phrasal verb's second word ("on", "for", "off", "out")
_FUNCTION_POS = frozenset({"ADP", "PART"})


def phrasal_args(tok: Token, args: set[str], pos: str) -> set[str]:
    """``args`` less the prepositions and particles a verb does not govern itself: those found only deeper in its
    arguments ("called the strike *on* the village a tragedy"; below the object's own phrases for a verb that is
    not one of naming). Other triggers keep ``args``."""
    if pos != "V":
        return args
    naming = load_senses().word_in("labelling", tok)
    own: set[str] = set()
    deep: set[str] = set()
    for c in tok.children:
        for t in c.subtree:
            words = {t.lemma_.lower(), t.lower_}
            if t.pos_ in _FUNCTION_POS and t.head.i != tok.i and (naming or t.head.head.i != tok.i):
                deep |= words
            else:
                own |= words
    return args - (deep - own)


def object_as_subject(tok: Token, child: Token) -> bool:
    """A second subject the parser put right after the verb while the verb has a subject before it: the object
    ("The indictment unsealed Wednesday charges Monica Witt, who ...": "Witt" parsed as a subject; review 17's
    lead charge lost its target). Not an inverted speaker ("said Smith": no subject before the verb)."""
    if child.dep_ != "nsubj" or child.i < tok.i or tok.pos_ != "VERB":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for c in tok.children)
