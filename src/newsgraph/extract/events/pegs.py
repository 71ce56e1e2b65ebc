"""Round 17b (issue 19, review 17's news pegs): three shapes in which the event a report is about came out
wrong or not at all, each a general class of news English.

* An order told by what it does: "the removal order would reduce the troop presence by 9,500". The "would"
  states what a decided order or decision does, not a possibility: the act is ``intended`` (as "decided
  to reduce" is), not ``hypothetical``. Only a definite one ("the", "this", a possessive, a compound: an order
  the report has told of); "an order would cut ..." stays hypothetical.
* A document that accuses: "the report blamed China for the cyberattacks", "the indictment accuses her of".
  A report, a study or an investigation speaks for whoever wrote it; its accusation is an event even where no
  writer is named (the verbal types otherwise drop a clause whose subject names no actor).
* An embassy opened is the opener's diplomatic act (SUPPORT); the building is never its target.
* Round 19: an act a party declares is its act ("the military declared martial law", "Hamas declared a truce",
  "the union declared a general strike"), as for the light verbs that carry a noun event ("imposed", "staged");
  violence is never declared into being: "declared genocide" names an act of others (an accusation).

The words are classes of data/event_senses.tsv (``decided_act``, ``document_voice``, ``premises``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party
from .senses import Senses, load_senses

__all__ = ["carries", "decided_would", "document_subject", "no_premises"]

_IF = frozenset({"if", "unless", "whether"})
#: verbs of declaring, and the types a declaration only names (round 19)
_DECLARING = frozenset({"declare"})
_NAMED_ONLY = frozenset({"ASSAULT", "FIGHT"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})


def _definite(noun: Token) -> bool:
    """An order the report has told of: "the", "this", a possessive or a compound ("the removal order")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ in {"poss", "compound"} for c in noun.children)


def decided_would(tok: Token) -> bool:
    """``tok`` is a verb with "would" whose subject is a definite order or decision ("the removal order
    would reduce", "the decision would cut"): what the order does, told as intended. Not under "if"."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _IF or c.dep_ == "advcl" and any(d.lower_ in _IF for d in c.children)
           for c in tok.children):
        return False  # "if approved, the order would reduce": a condition keeps it hypothetical
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and load_senses().word_in("decided_act", subj) and _definite(subj)


def document_subject(verb: Token, senses: Senses) -> bool:
    """The verb's subject is a document or an inquiry that speaks ("the report blamed", "the study accuses")."""
    return any(c.dep_ == "nsubj" and senses.word_in("document_voice", c) for c in verb.children)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def no_premises(targets: list[Party], senses: Senses) -> list[Party]:
    """The targets less buildings of no state ("opened its embassy in Jerusalem": the embassy is the means; "reopened
    their respective embassies" too). A building the resolver coded to a state stays: the code is the host."""
    words = senses.classes.get("premises", (frozenset(), ()))[0]
    return [t for t in targets if t.code is not None or not t.name.split()
            or not {(w := t.name.lower().split()[-1]), _singular(w)} & words]  # "headquarters" is listed whole


def carries(gov: Token, typ: str, light: frozenset[str]) -> bool:
    """The verb that governs a noun event carries it with its subject as the actor: a light verb of ``light``,
    "be", or a verb of declaring with an act that is no violence ("declared martial law", not "declared
    genocide")."""
    lemma = gov.lemma_.lower()
    return lemma in light or lemma == "be" or (lemma in _DECLARING and typ not in _NAMED_ONLY)
