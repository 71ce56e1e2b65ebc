"""Issue 18, round 20: who a pronoun speaker is when its sentence or the one before names the person as a subject.

Four shapes sent "he" to a person named further back, on unseen reports (pool20 ranks 46-80):

- a clause of time or cause fronted before the pronoun names the subject ("When China's foreign minister Wang Yi
  spoke to reporters after the meeting he said ...": the minister, not the president the report named last).
  :func:`fronted_subject` reads it; when that subject is one person the entity layer does not hold (a title,
  a name it missed), the speaker is left unresolved with the report's words rather than given to another.
- a person named in apposition to a clause's subject ("the top Democrat on the panel, Rep. Ada Lowe, demanded
  ...", "Iran's envoy to Spain, Omid Rahimi, apologised ...") was no subject for the pronoun rules, which read the
  name's own relation (``appos``). :func:`subject_token` gives the noun the name is apposed to, so the person is
  the subject of that clause.
- a name the entity layer typed a place or left out, with a noun for a person in apposition ("though West, the
  former deputy defense secretary, dismissed such an argument"), is a subject that stops the pronoun's search
  (:func:`described_person`, read by ``PersonIndex._unlinked_reporter``): unresolved beats the wrong person.
- a capitalised "He" after a lowercase word ('"...," said He, who is deputy president ...') is a surname, not
  a pronoun (:func:`capital_inside`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from .clause_persons import named_in_fronted, possessor_before_when
from .cues import np_span
from .speaker_words import (
    FEMALE_ROLE,
    GROUP_NOUNS,
    MALE_ROLE,
    NAME_DEPS,
    ORG_NOUNS,
    OWN_WORDS,
    SPEECH_NOUNS,
    SUBJECT_DEPS,
    apposed_person,
    person_nouns,
)

__all__ = ["capital_inside", "described_person", "fronted_subject", "subject_token"]

_APPOS = get_string_id("appos")
_POBJ = get_string_id("pobj")
_PREP = get_string_id("prep")
# the subordinators of a fronted clause whose subject a following "he"/"she" takes up (time, cause, concession)
_FRONTED = frozenset({"when", "after", "as", "while", "before", "since", "because", "once", "although", "though",
                      "whenever"})


@lru_cache(maxsize=1)
def _texts() -> frozenset[str]:
    """Nouns of texts, words, organizations and groups, which a name in apposition does not make a person ("the study,
    by Ivan Orlov,"; "the gossip site Gawker", a site the entity layer typed a person)."""
    from .kinds import DOCUMENT_NOUNS  # (kinds imports the resolver, which imports this module)

    return DOCUMENT_NOUNS | SPEECH_NOUNS | OWN_WORDS | ORG_NOUNS | GROUP_NOUNS


def subject_token(doc: Doc, arrays: Any, ti: int) -> int:
    """The token whose relation tells the role of the name at token ``ti`` (``arrays``: the Doc's ``DocArrays``):
    the name's head word, or, for a name after a title or noun it is in apposition to, that noun (also when the
    parser hung the name on the object of a person noun's "to" phrase: "the ambassador to Spain, Omid Rahimi,"
    puts Rahimi on Spain). A name the parser apposed to another person's name ("Rep. Ada Lowe, a delegate
    backing Reyes, said": Reyes on Lowe) is no subject."""
    dep, head, pos = arrays.dep, arrays.head, arrays.pos
    root = head[ti] if dep[ti] in NAME_DEPS and pos[head[ti]] == PROPN else ti
    if dep[root] != _APPOS or head[root] > root:
        return int(root)
    noun = int(head[root])
    if dep[noun] == _POBJ and dep[head[noun]] == _PREP and dep[head[head[noun]]] in SUBJECT_DEPS and \
            doc[int(head[head[noun]])].lemma_.lower() in person_nouns():
        noun = int(head[head[noun]])
    t = doc[noun]
    # (a title or a noun for a person, not a text: "a study by a sociologist, Ivan Orlov, concluded" is the study's)
    titled = t.ent_type_ != "PERSON" and t.lemma_.lower() not in _texts()
    return noun if dep[noun] in SUBJECT_DEPS and titled else int(root)


def _one_person(subj: Token) -> bool:
    """A subject that names or describes one person, though no person entity holds it: a name typed a person, a
    name or title with a person's name or noun in apposition, "the" + a noun for one person."""
    if subj.ent_type_ == "PERSON" or any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or
                                                                 c.lemma_.lower() in apposed_person())
                                         for c in subj.children):
        return True
    return subj.tag_ == "NN" and subj.lemma_.lower() in person_nouns() and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def fronted_subject(index: Any, pron: Token, want: str) -> tuple[Span, str | None] | None:
    """The subject of a fronted clause of time or cause that the pronoun ``pron`` (a main clause's subject)
    takes up, as (mention, person id or None); None when there is no such clause or its subject is no person
    who may be "he"/"she" (``want``). ``index`` is the resolver (``PersonIndex``)."""
    verb = pron.head
    if pron.dep_ != "nsubj" or pron.lower_ not in ("he", "she"):
        return None
    owner = possessor_before_when(index, pron, want)  # "Trump's call when he asked ..." (round 24)
    if owner is not None:
        return owner
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pron.i or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _FRONTED and c.i < clause.i for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subj is None or subj.pos_ == "PRON" or index._masked[subj.i]:
            return None
        # a title with the person's name in apposition ("Peru's foreign minister, Ana Ruiz,") is that person
        named = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subj)
        s, e = np_span(index.doc, named)
        mention = index.doc[s:e]
        eid = index.resolve(mention, named)
        if eid is not None and index.by_id[eid]["type"] == "PERSON":
            return (mention, eid) if index.gender_of(eid) in (None, want) else None
        if _one_person(subj):
            return (mention, None) if _role_gender(index, subj, s) in (None, want) else None
        # no person as its subject: the one person the clause names ("While the campaign did not appeal to
        # Julie Graham, ..., she said"; round 24)
        return named_in_fronted(index, clause, pron, want)
    return None


def _role_gender(index: Any, subj: Token, s: int) -> str | None:
    """"F"/"M" when the words up to the subject's head word name a woman or a man ("the queen", "the victim's
    mother"), as ``PersonIndex``'s unnamed subjects read them; else None. "When the queen arrived, he said" is not
    the queen's (review of round 20)."""
    words = index.text[index.doc[s].idx : subj.idx + len(subj.text)]
    return "F" if FEMALE_ROLE.search(words) else "M" if MALE_ROLE.search(words) else None


def described_person(index: Any, name: Token) -> bool:
    """A proper name that a noun for a person in apposition makes one ("West, the former deputy defense secretary,
    dismissed ..."), though the entity layer typed it a place or an organization or left it out: no person
    entity holds it, so a pronoun after it is left unresolved rather than given to a person named before."""
    if not any(c.dep_ == "appos" and c.lemma_.lower() in apposed_person() for c in name.children):
        return False
    eid = index._entity_at(name.idx, name.idx + len(name.text))
    return eid is None or index.by_id.get(eid, {}).get("type") != "PERSON"


def capital_inside(word: Token) -> bool:
    """A capitalised "He" or "She" after a lowercase word of its sentence ('"...," said He, who is ...'): English
    writes the pronoun there in lower case, so the word is a name (the surname He), not a pronoun to resolve."""
    return word.text[:1].isupper() and word.i > word.sent.start and word.nbor(-1).is_alpha and word.nbor(-1).is_lower
