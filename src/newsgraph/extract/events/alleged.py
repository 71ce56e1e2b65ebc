"""Acts told as someone's allegation (round 22, start-of-round review; docs/events_guidelines.md section 4).

"During which he allegedly raped ...", "was accused of attacking", "troops reportedly fired", "the alleged
strike": the report tells what someone alleges, not a fact of its own. Such an event keeps its type, parties
and confidence (the extraction is as sure as for an asserted act) and takes the modality ``alleged`` instead
of ``asserted``; any other modality stays (precedence: alleged is the weakest cue). The words are data
(``data/event_allegations.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv
from .triggers import Found

__all__ = ["Allegations", "load_allegations", "alleged", "told_modality", "same_standing"]


class Allegations:
    """The allegation words of ``data/event_allegations.tsv`` by where they stand."""

    def __init__(self, rows: list[list[str]]) -> None:
        self.adverbs = frozenset(r[0] for r in rows if r[1] == "adverb")
        self.modifiers = frozenset(r[0] for r in rows if r[1] == "modifier")
        self.verbs = frozenset(r[0] for r in rows if r[1] == "verb")
        self.nouns = frozenset(r[0] for r in rows if r[1] == "noun")
        self.showing = frozenset(r[0] for r in rows if r[1] == "showing")
        #: the rows limited to some types ("charge with": ASSAULT|FIGHT)
        self.types = {r[0]: frozenset(r[2].split("|")) for r in rows if len(r) > 2 and r[2]}

    def verb_allows(self, key: str, typ: str) -> bool:
        return key in self.verbs and (key not in self.types or typ in self.types[key])


@lru_cache(maxsize=1)
def load_allegations() -> Allegations:
    return Allegations([[r[0].lower(), *r[1:]] for r in read_tsv("event_allegations.tsv")])


def _adverb_on(tok: Token, words: Allegations) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in words.adverbs for c in tok.children)


def _clause_head(tok: Token) -> Token:
    """The verb whose clause the act is: up through bare conjuncts ("allegedly raped and beat her") and
    infinitives ("allegedly tried to kill")."""
    for _ in range(4):
        if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} and tok.head.lemma_.lower() != "allege":
            tok = tok.head
        else:
            break
    return tok


def _governed(tok: Token, words: Allegations, typ: str) -> bool:
    """The act (of PLOVER type ``typ``) is the complement of a verb or noun of allegation."""
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep":
        verb = tok.head.head
        return words.verb_allows(f"{verb.lemma_.lower()} {tok.head.lower_}", typ)
    if tok.dep_ in {"acl", "ccomp"} and tok.head.pos_ == "NOUN":
        # "allegations that he attacked"; not a relative clause ("the allegations he made")
        return tok.head.lemma_.lower() in words.nouns and any(c.dep_ == "mark" for c in tok.children)
    if tok.dep_ in {"ccomp", "xcomp"}:
        return tok.head.lemma_.lower() in words.verbs  # "alleged that he attacked", "is alleged to have attacked"
    return False


def alleged(f: Found) -> bool:
    """The asserted act ``f`` is told as an allegation."""
    if f.modality != "asserted" or f.derived_from is not None:
        return False
    words = load_allegations()
    t = f.trigger
    if f.nominal and any(c.dep_ == "amod" and c.lower_ in words.modifiers for c in t.children):
        return True  # "the alleged strike"
    if f.nominal and _governed(t, words, f.rule.type):
        return True  # "charged with murder", "accused of the attack"
    if f.nominal and t.dep_ == "pobj" and t.head.lower_ == "behind" and (
            _adverb_on(t.head, words) or _adverb_on(t.head.head, words)):
        return True  # round 27: "was allegedly behind a similar attack": the doer is told as alleged
    if f.nominal and (f.loose or f.head is None or f.head is t):
        # a noun another verb only mentions ("accused of having misled the nation about the attack", "accused of
        # masterminding attacks"): the attack is not what is alleged (the misleading is); only a verb that carries
        # the noun event ("allegedly launched an attack") lends it the allegation
        return False
    verb = f.head if f.nominal and f.head is not None else t
    clause = _clause_head(verb)
    return any(_adverb_on(x, words) for x in {verb, clause}) or _governed(clause, words, f.rule.type) or \
        _purportedly_shown(clause, words)


def _medium(show: Token) -> Token | None:
    """The noun that shows: the subject of "shows", or the noun "showing" / "purporting to show" hangs on."""
    subj = next((c for c in show.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    t = show
    for _ in range(2):
        if t.dep_ in {"acl", "relcl"} and t.head.pos_ in {"NOUN", "PROPN"}:
            return t.head
        if t.dep_ in {"xcomp", "advcl"}:
            t = t.head
    return None


def _purportedly_shown(clause: Token, words: Allegations) -> bool:
    """Round 23, wave 2: the act is what a purported medium shows ("a video purporting to show a boy executing
    two soldiers", "a purported video shows militants beheading a journalist", "footage that allegedly shows"):
    the showing is the allegation, and what it shows is alleged."""
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj":
        show = clause.head.head  # "shows militants beheading": the scene is on the object
    elif clause.dep_ in {"ccomp", "xcomp"}:
        show = clause.head
    else:
        return False
    if show.lemma_.lower() not in words.showing:
        return False
    if _adverb_on(show, words):
        return True
    if show.dep_ in {"xcomp", "advcl", "ccomp"} and show.head.lemma_.lower() in words.verbs:
        return True  # "purporting to show"
    medium = _medium(show)
    return medium is not None and any(c.dep_ == "amod" and c.lower_ in words.modifiers for c in medium.children)


def told_modality(f: Found) -> str:
    """The event's modality as recorded: ``alleged`` for an asserted act told as an allegation."""
    return "alleged" if alleged(f) else f.modality


def same_standing(first: str, later: str) -> bool:
    """Two tellings' modalities allow one event: an allegation and an assertion of an act are one act told twice
    ("Comey and Trump allegedly discussed the investigation" after "they discussed it"); the first telling's
    modality stays (a later bare noun, "the attack", asserts no doer)."""
    return (first if first != "alleged" else "asserted") == (later if later != "alleged" else "asserted")
