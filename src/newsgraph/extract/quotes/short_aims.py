"""Round 36 (issue 18 item 3): a reporting verb's short noun object kept as a stance, not dropped.

"promised a veto", "expressed concern", "echoed that promise", "stressed those worries": a noun phrase of one
or two words after a reporting verb is too short to list as words said (``indirect._MIN_PHRASE_WORDS``), yet
after a verb of voicing, restating or committing (``data/quote_short_aims.tsv``) it is the position the speaker
holds, and PolNeAR marks it as the attribution's content. It is kept as kind ``stance`` (stored and scored,
never listed), so no listed quote changes. Other verbs' short objects stay dropped: on 50 read allsides
reports a first version that took every verb's gave mostly things handled ("tweeted the news"), topics
("discussed the race") or the ones addressed ("emailed supporters"), no positions. A pronoun, a question word,
a name or a person noun says nothing; a denied verb ("did not express remorse") gives a negated stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import words_by_kind
from .speaker_words import person_nouns

__all__ = ["negated_verb", "short_aim"]


def short_aim(doc: Doc, s: int, e: int, cs: int, ce: int) -> bool:
    """The tokens [s, e) are a common-noun phrase that is the direct object of the cue [cs, ce), a verb of
    voicing or committing to a position."""
    span = doc[s:e]
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or not cs <= verb.i < ce or root.pos_ != "NOUN":
        return False
    if verb.lemma_.lower() not in words_by_kind("quote_short_aims.tsv").get("aim", frozenset()):
        return False
    if any(t.pos_ in ("PRON", "PROPN", "NUM") or t.tag_ in ("WDT", "WP", "WRB") for t in span):
        return False
    return root.lemma_.lower() not in person_nouns() and not root.ent_type_


def negated_verb(verb: Token) -> bool:
    """The verb is denied ("did not express remorse", "without offering proof")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"
