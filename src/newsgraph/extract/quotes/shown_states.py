"""Round 33 (issue 18, real reports): a quality shown and a state of affairs that "suggests" are no statements.

* **A quality or a sign shown.** "Morsi has shown no sign of backing down", "the regime has shown a remarkable
  resilience", "the group showed a lack of support": a person or a body showing a noun phrase (no clause) acts; no
  words are said. The indirect quote becomes kind ``stance`` (stored, never listed).
* **A state of affairs as the source.** "The rising drama suggests that ...", "his efforts confirmed their worst
  fears", "the final tally showed the party leading in 42 seats", "early indications suggested ...": a verb of
  evidence (``data/quote_inference_verbs.tsv``, and "confirm") whose subject is a noun of a course of events, a
  tally or an effort (``data/quote_state_nouns.tsv``) tells the writer's inference; kind ``stance``, no speaker,
  as round 31 did for pictures and acts of force (``inferences``). "Results" and "outcome" are not among the nouns
  (a poll's or a test's results are its maker's finding; round 32 keeps "Monday night's results showed that ...").

Stances keep PolNeAR's attributions of the same clauses matched; only the listing changes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at
from .cue_clauses import may_speak
from .inferences import _subject
from .kinds import DOCUMENT_NOUNS
from .statements import said_nouns

__all__ = ["settle_shown_states"]

_KINDS = frozenset({"indirect", "document"})
_SHOW = frozenset({"show", "display", "demonstrate", "exhibit"})
# makers of findings: "the poll's results", "test results", "survey results" are a finding stated
_FINDERS = frozenset({"poll", "survey", "study", "test", "research", "analysis", "review", "audit", "census",
                      "investigation", "inquiry", "experiment", "trial", "exam", "scan"})
# figures that show a finding ("the data show a rise in crime"): the maker's finding, not an actor's act
_DATA = frozenset({"data", "figure", "number", "record", "statistic", "estimate", "map", "chart", "graph", "table"})


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_state_nouns.tsv") if row)


@lru_cache(maxsize=1)
def _evidence_verbs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_inference_verbs.tsv") if row) | {"confirm"}


def _state_subject(subj: Token) -> bool:
    """A noun of a state of affairs, not a name, with no poll or study beside it."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _state_nouns():
        return False
    return not any(t.lemma_.lower() in _FINDERS for t in subj.subtree)


def _actor_shows_thing(verb: Token, subj: Token, named: bool) -> bool:
    """"X has shown no sign of ...": an actor (or a speaker resolved to an entity: ``named``) with a noun-phrase
    object of a verb of showing, no clause."""
    if verb.lemma_.lower() not in _SHOW or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ccomp":  # 'saying the turnout was "low" and showed a lack of support': inside reported words
        return False
    lemma = subj.lemma_.lower()
    for word in (lemma, subj.lower_):  # "data" is lemmatized "datum"
        if word in said_nouns() or word in DOCUMENT_NOUNS or word in _FINDERS or word in _DATA:
            return False
    return named or may_speak(subj)


def settle_shown_states(doc: Doc, out: list[Quote]) -> None:
    """Quotes of a quality shown or of a state of affairs as source become stances (in place)."""
    for q in out:
        if q.kind not in _KINDS:
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is None:
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        if verb.lemma_.lower() in _evidence_verbs() and _state_subject(subj):
            q.kind = "stance"
            q.speaker = q.speaker_name = q.speaker_start = q.speaker_end = None
            q.affiliation = None
        elif _actor_shows_thing(verb, subj, q.speaker is not None):
            q.kind = "stance"
