"""Round 36 (issue 18 item 3): a reporting verb's short noun object kept as a stance, not dropped.

"promised a veto", "expressed concern", "echoed that promise", "stressed those worries": a noun phrase of one
or two words after a reporting verb is too short to list as words said (``indirect._MIN_PHRASE_WORDS``), yet it
is what the speaker committed to, voiced or took up, and PolNeAR marks it as the attribution's content. It is
kept as kind ``stance`` (stored and scored, never listed), so no listed quote changes. A pronoun, a question
word, a name or a person noun (the one addressed or aimed at: "asked workers") says nothing and stays dropped,
as does the object of a verb of addressing or handling (``data/quote_short_aims.tsv``: "emailed supporters",
"wrote the letter", "sought the nomination") and of a verb that names only a topic ("discussed the race": a topic
is no position, as the reviews of real reports judge it); a denied verb ("did not express remorse") gives a negated stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import words_by_kind
from .speaker_words import person_nouns

__all__ = ["negated_verb", "short_aim"]


def _rows() -> dict[str, frozenset[str]]:
    return words_by_kind("quote_short_aims.tsv")


def short_aim(doc: Doc, s: int, e: int, cs: int, ce: int) -> bool:
    """The tokens [s, e) are a common-noun phrase that is the direct object of the cue [cs, ce), neither a
    person nor a thing the verb merely handles."""
    span = doc[s:e]
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or not cs <= verb.i < ce or root.pos_ != "NOUN":
        return False
    if any(t.pos_ in ("PRON", "PROPN", "NUM") or t.tag_ in ("WDT", "WP", "WRB") for t in span):
        return False
    lemma = root.lemma_.lower()
    if lemma in person_nouns() or lemma in _rows().get("noun", frozenset()) or root.ent_type_:
        return False
    verb_lemma = verb.lemma_.lower()
    return verb_lemma not in _rows().get("verb", frozenset()) and verb_lemma not in _rows().get("topic", frozenset())


def negated_verb(verb: Token) -> bool:
    """The verb is denied ("did not express remorse", "without offering proof")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"
