"""A subject set off from its verb by a parenthetical adverb (round 35, issue 19: parties left empty though named).

"Mr. Herzog, meanwhile, has consistently criticized Mr. Netanyahu": the parser may take the name before ",
meanwhile," for an adverbial noun (``npadvmod``) of the verb and leave the verb without a subject, so the event
had no actor although the sentence names it. The noun is the subject only when the whole shape holds: the verb has
no subject of its own, the noun opens the sentence and is a name or a noun, and between the noun and the verb (or
its auxiliaries) stands nothing but one parenthetical adverb or prepositional phrase closed by commas. Any other
shape ("Friday, officials said", a fronted time noun) is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["set_off_subject"]

#: the labels the parser gives a stranded subject before a parenthetical ("Herzog" as an adverbial noun)
_STRANDED = frozenset({"npadvmod", "nmod", "dep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: nouns that are times, not doers, when they open a clause ("Friday, meanwhile, ...")
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _parenthetical(verb: Token, first: int, last: int) -> bool:
    """Tokens first..last (inclusive) are ", <adverb or prepositional phrase> ," hung on the verb."""
    doc = verb.doc
    if last - first < 2 or doc[first].text != "," or doc[last].text != ",":
        return False
    inner = doc[first + 1:last]
    heads = [t for t in inner if t.head.i == verb.i]
    return len(heads) == 1 and heads[0].dep_ in {"advmod", "prep"} and all(
        t.i == heads[0].i or heads[0] in t.ancestors for t in inner)


def set_off_subject(verb: Token) -> Token | None:
    """The noun that opens the sentence and is the subjectless verb's stranded subject, else None."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    lead = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"} and c.i < verb.i]
    for c in verb.children:
        if c.dep_ not in _STRANDED or c.i > verb.i or c.pos_ not in {"PROPN", "NOUN"} or c.ent_type_ in _TIME_ENTS:
            continue
        if c.left_edge.i != verb.sent.start:
            continue
        # the verb's auxiliaries and adverbs right before it ("has consistently criticized") belong to the verb
        start = verb.i
        while start - 1 in lead:
            start -= 1
        if _parenthetical(verb, c.right_edge.i + 1, start - 1):
            return c
    return None
