"""Definite descriptions that stand for a party named before (round 17b parties, review 17's "Events" part 3).

"Senator Chuck Grassley spoke. The Iowa Republican also urged sanctions": "the Iowa Republican" is Grassley, not the
Republican party (a NORP row coded USA); "The Treasury Department acted. The department also unveiled sanctions": the
department is the Treasury Department. The referent must be the one candidate named before in the text the rules
look at; where none or several fit, the party stays empty (a wrong party is worse than none)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .._doc import doc_text
from .authored import text_author
from .described_roles import office_described
from .kin import kin_party
from .party_words import party_words
from .senses import load_senses

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["charging_paper", "described_party", "persons_own"]


def _definite(tok: Token) -> bool:
    """A singular noun with "the" and no name of its own after it ("the Iowa Republican", "the department"; not
    "the Republican Party", "Democrats", "the department's spokesman")."""
    if tok.tag_ not in {"NN", "NNP"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return not any(c.dep_ in {"appos", "case"} for c in tok.children) and tok.dep_ != "compound"


def _start(tok: Token) -> int:
    """Where the look-back begins: the paragraph's start or the sentence before's, whichever is earlier (the text
    by :func:`doc_text`, built once per Doc: ``Doc.text`` is rebuilt from the tokens on every access)."""
    prev = tok.doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else tok.sent.start_char
    return min(prev, doc_text(tok.doc).rfind("\n", 0, tok.idx) + 1)


def _one_named(res: PartyResolver, tok: Token, start: int, fits: Any) -> list[dict[str, Any]]:
    """The distinct entities named from ``start`` up to ``tok`` (outside ``tok``'s own phrase) that ``fits``."""
    own = res._span_of(tok)
    found: dict[str, dict[str, Any]] = {}
    for s, e, ent in res._mentions_before(own.start_char):
        if s >= start and e <= own.start_char and fits(ent):
            found[ent["id"]] = ent
    return list(found.values())


def _described_person(tok: Token, res: PartyResolver) -> list[Party]:
    """"The Iowa Republican": the one person named before it in its paragraph (or the sentence before); none or
    two persons there leave it empty."""
    persons = _one_named(res, tok, _start(tok), lambda ent: ent["type"] == "PERSON")
    return _at(res, tok, persons)


def _described_body(tok: Token, res: PartyResolver) -> list[Party]:
    """"The department": the one organization named before it in its paragraph (or the sentence before) whose
    name has that head noun ("the Treasury Department"); none or two leave it empty."""
    word = tok.lemma_.lower()
    bodies = _one_named(res, tok, _start(tok), lambda ent: ent["type"] == "ORG" and word in ent["name"].lower().split())
    return _at(res, tok, bodies)


def _told_with_state(t: Token) -> bool:
    """``t`` is told with words of its own before it or an "of" phrase ("the Israeli cabinet", "Egypt's army",
    "the army of Mali"), so it is no bare mention that would itself look back."""
    return any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < t.i or c.dep_ == "prep" and c.lower_ == "of"
               for c in t.children)


def _stateless(tok: Token) -> bool:
    """A body noun told with no state of its own: no possessor, no "of" phrase, no capitalized word before it ("the
    cabinet", "the new government", "the army-backed government"; not "the Israeli cabinet", "Egypt's army")."""
    if not tok.is_lower or any(c.dep_ in {"poss", "appos"} or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return all(w.is_lower or w.is_punct or w.like_num for c in tok.lefts if c.dep_ != "det" for w in c.subtree)


def _body_named_before(tok: Token, res: PartyResolver, depth: int) -> list[Party]:
    """"The cabinet" after "the Israeli cabinet" (round 19, review 18): a bare state body stands for the same noun
    told with its state in its paragraph or the sentence before. Every such mention there must give one code;
    none, or two states ("the Israeli army ... the Egyptian army ... the army"), leave the rules before to it."""
    if depth >= 3:
        return []
    word, start = tok.lemma_.lower(), _start(tok)
    found: dict[str, Party] = {}
    first = tok.i
    while first > 0 and tok.doc[first - 1].idx >= start:
        first -= 1  # only the look-back's own tokens (a paragraph or two sentences), not a fixed window
    for t in tok.doc[first : tok.i]:
        # (a lower-case body noun the tagger took for a name counts: "The Iranian foreign ministry", round 33)
        if t.lemma_.lower() != word or t.pos_ != "NOUN" and not t.is_lower or not _told_with_state(t):
            continue
        for p in res.resolve_inner(t, False, depth + 1):
            # a state's body, not a named group's ("the Taliban government" is no antecedent of the Afghan one)
            if p.code and (res.entities.get(p.entity or "") or {}).get("type") in {"GPE", "NORP", None}:
                found[p.code] = p
    if len(found) != 1:
        return []
    p = next(iter(found.values()))
    sp = res._span_of(tok)
    return [replace(p, start=sp.start_char, end=sp.end_char)]


def _at(res: PartyResolver, tok: Token, ents: list[dict[str, Any]]) -> list[Party]:
    if len(ents) != 1:
        return []
    p = res.from_entity(ents[0])
    sp = res._span_of(tok)
    p.start, p.end = sp.start_char, sp.end_char
    return [p]


def _premises_owner(tok: Token, res: PartyResolver, depth: int) -> list[Party] | None:
    """"The Paris offices of the weekly", "the compound of the UN mission in Goma": premises told with an "of"
    phrase stand for their owner, the party of that phrase; where it names none, the target stays empty, never the
    city of a modifier or an "in" phrase (review 17: "the Paris offices" for the weekly whose staff were killed).
    None where ``tok`` is no unnamed premises noun with an "of" phrase ("the US consulate" keeps its state)."""
    if depth >= 3 or not load_senses().word_in("premises", tok) or res.entity_at_token(tok) is not None:
        return None
    of = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"), None)
    if of is None:
        return None
    return res.resolve_inner(of, False, depth + 1)


def described_party(tok: Token, res: PartyResolver, depth: int = 0) -> list[Party] | None:
    """The party a definite description of a party member or a government body stands for, or premises their
    owner (maybe empty), or None where ``tok`` is no such description."""
    owner = _premises_owner(tok, res, depth)
    if owner is None:  # "the relatives of the hostages", "Cummings' letter" (round 18)
        owner = kin_party(tok, res, depth) or text_author(tok, res, depth)
    if owner is not None:
        return owner
    if not _definite(tok):
        return None
    words = party_words()
    low = tok.lower_
    bare = tok.is_lower and all(c.dep_ in {"det", "punct"} for c in tok.lefts)
    if tok.lemma_.lower() in words.get("state_body", frozenset()) and _stateless(tok):
        named = _body_named_before(tok, res, depth)  # "The Israeli cabinet met ... The cabinet rejected" (round 19)
        if named:
            return named
    if low in words.get("party_member", frozenset()):
        return _described_person(tok, res)
    # a bare "the department": one with words of its own ("the Iranian foreign ministry") is described by them
    if tok.lemma_.lower() in words.get("bureau", frozenset()) and bare:
        return _described_body(tok, res)
    # "the president", "the attorney general": the one person named before who holds the office (round 33)
    return office_described(tok, res) or None


def charging_paper(verb: Token) -> bool:
    """``verb``'s subject is a legal paper ("The indictment charges Karen Lowe with spying", "The lawsuit accuses
    Ross of leaking"): the paper's authors accuse, so the event stands with no actor (none is named) rather than
    being dropped as a thing's act."""
    papers = party_words().get("charging_paper", frozenset())
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in papers for c in verb.children)


def persons_own(node: Token, actors: list[Party], res: PartyResolver) -> bool:
    """A noun event owned by "his"/"her" in a clause of "be" whose subject is a named body or state ("the
    department is currently in violation of his orders"): the orders are that person's, not the subject's, even
    where "his" is not resolved; the subject is then no actor of the noun (a verb that acts on the noun, "Trump
    announced his withdrawal", keeps its subject, which the entity layer may type as an organization) (round 17b parties: once "the department" named the State Department,
    it became the orders' actor)."""
    if not actors or not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in node.children):
        return False
    kinds = {(res.entities.get(p.entity or "") or {}).get("type") for p in actors}
    return kinds <= {"ORG", "GPE"}  # only named bodies and states: a person or an unnamed noun may own it
